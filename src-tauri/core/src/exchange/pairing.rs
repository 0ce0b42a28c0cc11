//! Pairing a tandem's two Eyelevels: one makes an invitation, the other accepts it (creating
//! or linking the tandem) and makes an answer, the first imports the answer. Invitations and
//! answers hold public keys and ids only — no secret — so any channel will do; a swapped key
//! shows as a different check code on the two screens.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::keys::{self, from_hex, ID_LEN, KEY_LEN};
use super::store::{self, NewPeer, Partner, Peer, PeerState};
use super::types::{Accepted, Invitation};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::tandem::{self, Cadence, Role, TandemInput};
use crate::text;

const INVITATION_PREFIX: &str = "eyelevel-invitation:v1:";
const ANSWER_PREFIX: &str = "eyelevel-answer:v1:";
/// Far above any real invitation; a pasted novel is refused before decoding.
const MAX_TEXT: usize = 16 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Party {
    id: String,
    name: String,
    /// The X25519 public key, hex.
    key: String,
}

/// What the invited side needs to create the tandem on its side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct TandemBasics {
    title: String,
    start_date: NaiveDate,
    planned_end_date: Option<NaiveDate>,
    cadence: Cadence,
    /// The inviter's role.
    inviter_role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct InvitationBody {
    exchange: String,
    from: Party,
    /// The invited side's id when pairing again (their items stay theirs).
    to: Option<String>,
    tandem: TandemBasics,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct AnswerBody {
    exchange: String,
    from: Party,
    to: String,
}

fn invalid(reason: &str) -> Error {
    Error::InvitationInvalid {
        reason: reason.into(),
    }
}

fn encode<T: Serialize>(prefix: &str, body: &T) -> Result<String> {
    Ok(format!(
        "{prefix}{}",
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(body)?)
    ))
}

/// Reads a pasted or saved text: whitespace anywhere is dropped (chats and mail wrap long
/// lines), the prefix says what it is.
fn decode<T: for<'de> Deserialize<'de>>(prefix: &str, other: &str, text: &str) -> Result<T> {
    if text.len() > MAX_TEXT {
        return Err(invalid("it is far too long"));
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.contains(other) {
        return Err(invalid(if other == ANSWER_PREFIX {
            "this is an answer, not an invitation"
        } else {
            "this is an invitation, not an answer"
        }));
    }
    let Some(start) = compact.find(prefix) else {
        return Err(invalid("it does not contain an Eyelevel pairing code"));
    };
    let payload = &compact[start + prefix.len()..];
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| invalid("the code is incomplete or changed"))?;
    serde_json::from_slice(&bytes).map_err(|_| invalid("the code is incomplete or changed"))
}

fn check_party(party: &Party) -> Result<[u8; KEY_LEN]> {
    from_hex::<ID_LEN>("participant id", &party.id).map_err(|_| invalid("a bad participant id"))?;
    let key =
        from_hex::<KEY_LEN>("public key", &party.key).map_err(|_| invalid("a bad public key"))?;
    // A key that yields no shared secret (all zeros, small order) is refused here, not later.
    let (probe, probe_public) = keys::generate();
    keys::file_key(&probe, &key, &[0; ID_LEN], &probe_public, &key)
        .map_err(|_| invalid("an unusable public key"))?;
    Ok(key)
}

fn my_name(name: &str) -> Result<String> {
    text::required_short("my_name", name)
}

/// The invitation of a tandem whose pairing is out, as text.
pub fn invitation_text(cx: &Ctx, peer: &Peer) -> Result<String> {
    let t = tandem::get(cx, peer.tandem_id)?;
    encode(
        INVITATION_PREFIX,
        &InvitationBody {
            exchange: peer.exchange_id.clone(),
            from: Party {
                id: peer.my_id.clone(),
                name: peer.my_name.clone(),
                key: hex::encode(peer.my_public),
            },
            to: peer.partner_id.clone(),
            tandem: TandemBasics {
                title: t.title,
                start_date: t.start_date,
                planned_end_date: t.planned_end_date,
                cadence: t.cadence,
                inviter_role: t.my_role,
            },
        },
    )
}

fn answer_text(peer: &Peer) -> Result<String> {
    let to = peer.partner_id.clone().ok_or(Error::NotPaired)?;
    encode(
        ANSWER_PREFIX,
        &AnswerBody {
            exchange: peer.exchange_id.clone(),
            from: Party {
                id: peer.my_id.clone(),
                name: peer.my_name.clone(),
                key: hex::encode(peer.my_public),
            },
            to,
        },
    )
}

/// The check code of a paired peer.
pub fn check_code(peer: &Peer) -> Result<Option<String>> {
    let Some(partner) = peer.partner_public else {
        return Ok(None);
    };
    let exchange: [u8; ID_LEN] = from_hex("exchange id", &peer.exchange_id)?;
    Ok(Some(keys::check_code(&exchange, &peer.my_public, &partner)))
}

/// Makes an invitation for tandem `tandem_id` with fresh keys. Pairing again (a new computer,
/// a lost key) revokes the old pairing at once: files made with the old keys are ignored from
/// now on. The ids stay, so each side's items stay theirs.
pub fn invite(cx: &Ctx, tandem_id: i64, name: &str) -> Result<Invitation> {
    let name = my_name(name)?;
    let tx = cx.begin()?;
    let t = tandem::get(&tx, tandem_id)?;
    let old = store::peer(&tx, tandem_id)?;
    let my_id = old.as_ref().map_or_else(keys::new_id, |p| p.my_id.clone());
    let (secret, public) = keys::generate();
    let exchange_id = keys::new_id();
    let mine = NewPeer {
        exchange_id: &exchange_id,
        my_id: &my_id,
        my_name: &name,
        my_secret: &secret,
        my_public: &public,
    };
    store::insert_peer(&tx, tandem_id, &mine, None, tx.now)?;
    // The folder stays: pairing again on a new computer usually keeps the sync folder.
    store::set_folder(
        &tx,
        tandem_id,
        old.as_ref().and_then(|p| p.folder.as_deref()),
    )?;
    if let Some(partner_id) = old.as_ref().and_then(|p| p.partner_id.as_deref()) {
        // Remembered so the invitation can hand the partner their id back.
        tx.execute(
            "UPDATE exchange_peers SET partner_id = ?2 WHERE tandem_id = ?1",
            rusqlite::params![tandem_id, partner_id],
        )?;
    }
    let peer = store::peer(&tx, tandem_id)?.ok_or(Error::NotPaired)?;
    let text = invitation_text(&tx, &peer)?;
    tx.commit()?;
    Ok(Invitation {
        tandem_id,
        text,
        file_name: file_name("invitation", &t.title),
    })
}

/// Accepts an invitation: links it to tandem `tandem_id`, or creates the tandem from it, and
/// returns the answer for the inviter. Accepting the same invitation again returns the same
/// answer.
pub fn accept(cx: &Ctx, text: &str, tandem_id: Option<i64>, name: &str) -> Result<Accepted> {
    let inv: InvitationBody = decode(INVITATION_PREFIX, ANSWER_PREFIX, text)?;
    let inviter_key = check_party(&inv.from)?;
    from_hex::<ID_LEN>("exchange id", &inv.exchange).map_err(|_| invalid("a bad pairing id"))?;
    if let Some(to) = &inv.to {
        from_hex::<ID_LEN>("participant id", to).map_err(|_| invalid("a bad participant id"))?;
    }
    let name = my_name(name)?;
    let tx = cx.begin()?;
    if let Some(existing) = store::peer_by_exchange(&tx, &inv.exchange)? {
        if existing.my_id == inv.from.id {
            return Err(invalid(
                "it is your own invitation; send it to your partner to accept",
            ));
        }
        if existing.partner_public != Some(inviter_key)
            || tandem_id.is_some_and(|id| id != existing.tandem_id)
        {
            return Err(invalid(
                "this invitation was already accepted for another tandem",
            ));
        }
        let accepted = accepted(&existing, false)?;
        tx.commit()?;
        return Ok(accepted);
    }
    let (tandem_id, created) = match tandem_id {
        Some(id) => (tandem::get(&tx, id)?.id, false),
        None => (create_tandem(&tx, &inv)?, true),
    };
    let old = store::peer(&tx, tandem_id)?;
    let old_folder = old.as_ref().and_then(|p| p.folder.clone());
    let my_id = inv
        .to
        .clone()
        .or_else(|| old.map(|p| p.my_id))
        .unwrap_or_else(keys::new_id);
    if my_id == inv.from.id {
        return Err(invalid("both sides would have the same id"));
    }
    let (secret, public) = keys::generate();
    let mine = NewPeer {
        exchange_id: &inv.exchange,
        my_id: &my_id,
        my_name: &name,
        my_secret: &secret,
        my_public: &public,
    };
    let partner_name = text::required_short("partner_name", &inv.from.name)
        .map_err(|_| invalid("the inviter's name is missing or too long"))?;
    let partner = Partner {
        id: &inv.from.id,
        name: &partner_name,
        public: &inviter_key,
    };
    store::insert_peer(&tx, tandem_id, &mine, Some(&partner), tx.now)?;
    store::set_folder(&tx, tandem_id, old_folder.as_deref())?;
    let peer = store::peer(&tx, tandem_id)?.ok_or(Error::NotPaired)?;
    let accepted = accepted(&peer, created)?;
    tx.commit()?;
    Ok(accepted)
}

fn accepted(peer: &Peer, created: bool) -> Result<Accepted> {
    Ok(Accepted {
        tandem_id: peer.tandem_id,
        answer: answer_text(peer)?,
        file_name: file_name("answer", &peer.my_name),
        check_code: check_code(peer)?.unwrap_or_default(),
        created,
    })
}

/// The tandem an invitation describes, seen from the invited side; a title taken here gets
/// a number.
fn create_tandem(cx: &Ctx, inv: &InvitationBody) -> Result<i64> {
    let t = &inv.tandem;
    let taken: Vec<String> = tandem::store::titles(cx)?
        .into_iter()
        .map(|(_, title)| title)
        .collect();
    let base = text::required_short("title", &t.title)
        .map_err(|_| invalid("the tandem's title is missing or too long"))?;
    let title = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base} ({n})")
            }
        })
        .find(|candidate| !taken.iter().any(|t| text::same_title(t, candidate)))
        .unwrap_or(base);
    let input = TandemInput {
        title,
        my_role: match t.inviter_role {
            Role::Mentor => Role::Mentee,
            Role::Mentee => Role::Mentor,
        },
        partner_name: inv.from.name.clone(),
        partner_contact: None,
        program: None,
        start_date: t.start_date,
        planned_end_date: t.planned_end_date,
        cadence: t.cadence,
        focus_topic_ids: Vec::new(),
    };
    tandem::insert(cx, &input, false)
}

/// Imports the partner's answer: the tandem is paired.
pub fn finish(cx: &Ctx, text: &str) -> Result<i64> {
    let answer: AnswerBody = decode(ANSWER_PREFIX, INVITATION_PREFIX, text)?;
    let key = check_party(&answer.from)?;
    let tx = cx.begin()?;
    let Some(peer) = store::peer_by_exchange(&tx, &answer.exchange)? else {
        return Err(invalid(
            "it answers an invitation this Eyelevel did not make, or one replaced by a newer invitation",
        ));
    };
    if answer.to != peer.my_id || answer.from.id == peer.my_id {
        return Err(invalid(
            "it answers an invitation this Eyelevel did not make",
        ));
    }
    if peer.state == PeerState::Paired {
        if peer.partner_public == Some(key) {
            return Ok(peer.tandem_id);
        }
        return Err(invalid(
            "this tandem is already paired with another key; make a new invitation to pair again",
        ));
    }
    let name = text::required_short("partner_name", &answer.from.name)
        .map_err(|_| invalid("the partner's name is missing or too long"))?;
    let partner = Partner {
        id: &answer.from.id,
        name: &name,
        public: &key,
    };
    store::set_partner(&tx, peer.tandem_id, &partner, tx.now)?;
    tx.commit()?;
    Ok(peer.tandem_id)
}

/// "Eyelevel invitation – Title.txt", with only characters every file system accepts.
fn file_name(what: &str, about: &str) -> String {
    let clean: String = about
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == ' ' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    format!("Eyelevel {what} - {}.txt", clean.trim())
}

//! Reading one exchange file: what it is (the partner's, my own, another tandem's, junk, not
//! complete yet, newer, damaged) and, when it is the partner's, merging its snapshot in one
//! transaction.

use std::collections::HashSet;

use sha2::{Digest, Sha256};

use super::file::{self, OpenError, Peek};
use super::item::merge;
use super::keys::{self, from_hex, ID_LEN, KEY_LEN};
use super::kinds::{self, Parties};
use super::snapshot::Snapshot;
use super::stamp::{self, Clock};
use super::store::{self, Peer, PeerState, Stored};
use super::types::{ChangeType, ReceivedChange};
use crate::ctx::Ctx;
use crate::error::{Error, ErrorCode, Result};

/// What one file turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The partner's file, merged (or, on a dry run, what merging it would change).
    Applied {
        tandem_id: i64,
        changes: Vec<ReceivedChange>,
        /// Items left out: not understood, not allowed, or not valid here.
        skipped: usize,
    },
    /// Merged before (the same file, or a copy of it).
    AlreadyApplied,
    /// Not an exchange file, another tandem's, my own, or for someone else: left alone.
    Ignored(Ignored),
    /// Fewer bytes than it announces: still syncing, or a placeholder. Retried later.
    Incomplete,
    /// A newer exchange format.
    TooNew { major: u16 },
    /// Damaged, or not written by the partner with the paired key. Nothing applied.
    Rejected { reason: String },
    /// The partner's sequence number again, with other contents: the first one stays.
    Duplicate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ignored {
    NotOurs,
    /// A pairing this Eyelevel does not hold (another tandem, or an earlier pairing).
    OtherTandem,
    /// The invitation is out, the answer not imported yet: the file waits.
    NotPairedYet,
    OwnFile,
    NotForMe,
}

/// The pairing a header belongs to, if it is one held here.
pub fn peer_of(cx: &Ctx, exchange_id: &[u8; ID_LEN]) -> Result<Option<Peer>> {
    store::peer_by_exchange(cx, &hex::encode(exchange_id))
}

/// The two ids of a paired peer.
pub fn parties(peer: &Peer) -> Result<Parties> {
    match (&peer.partner_id, peer.state) {
        (Some(partner), PeerState::Paired) => Ok(Parties {
            tandem_id: peer.tandem_id,
            me: peer.my_id.clone(),
            partner: partner.clone(),
        }),
        _ => Err(Error::NotPaired),
    }
}

/// The key of files going from `sender_public` to `recipient_public`, seen from `peer`.
pub fn direction_key(
    peer: &Peer,
    sender_public: &[u8; KEY_LEN],
    recipient_public: &[u8; KEY_LEN],
) -> Result<zeroize::Zeroizing<[u8; KEY_LEN]>> {
    let partner_public = peer.partner_public.ok_or(Error::NotPaired)?;
    let exchange: [u8; ID_LEN] = from_hex("exchange id", &peer.exchange_id)?;
    keys::file_key(
        peer.my_secret.expose(),
        &partner_public,
        &exchange,
        sender_public,
        recipient_public,
    )
}

/// Reads one file's bytes. `dry_run`: merge, report, roll back.
pub fn receive(cx: &Ctx, file_name: &str, bytes: &[u8], dry_run: bool) -> Result<Outcome> {
    let header = match file::peek(bytes) {
        Peek::NotOurs => return Ok(Outcome::Ignored(Ignored::NotOurs)),
        Peek::TooShort => return Ok(Outcome::Incomplete),
        Peek::Newer { major } => return Ok(Outcome::TooNew { major }),
        Peek::Header(h) => h,
    };
    let Some(peer) = peer_of(cx, &header.exchange_id)? else {
        return Ok(Outcome::Ignored(Ignored::OtherTandem));
    };
    let sender = hex::encode(header.sender);
    if sender == peer.my_id {
        return Ok(Outcome::Ignored(Ignored::OwnFile));
    }
    if hex::encode(header.recipient) != peer.my_id {
        return Ok(Outcome::Ignored(Ignored::NotForMe));
    }
    if peer.state != PeerState::Paired {
        return Ok(Outcome::Ignored(Ignored::NotPairedYet));
    }
    if peer.partner_id.as_deref() != Some(sender.as_str()) {
        return Ok(Outcome::Rejected {
            reason: "it claims to come from someone who is not your partner".into(),
        });
    }
    let hash = hex::encode(Sha256::digest(bytes));
    match store::received_hash(cx, peer.tandem_id, &sender, header.sequence)? {
        Some(h) if h == hash => return Ok(Outcome::AlreadyApplied),
        Some(_) => return Ok(Outcome::Duplicate),
        None => {}
    }
    let partner_public = peer.partner_public.ok_or(Error::NotPaired)?;
    let key = direction_key(&peer, &partner_public, &peer.my_public)?;
    let plain = match file::open(&header, bytes, &key) {
        Ok(plain) => plain,
        Err(OpenError::Incomplete) => return Ok(Outcome::Incomplete),
        Err(OpenError::Damaged | OpenError::TooLarge) => {
            return Ok(Outcome::Rejected {
                reason: "it is damaged, or it was not written by your partner".into(),
            })
        }
    };
    let (snapshot, unknown) = match Snapshot::from_bytes(&plain) {
        Ok(read) => read,
        Err(e) => {
            return Ok(Outcome::Rejected {
                reason: e.to_string(),
            })
        }
    };
    let tx = cx.begin()?;
    let (changes, skipped) = merge_snapshot(&tx, peer.tandem_id, &snapshot)?;
    let tandem_id = peer.tandem_id;
    store::put_received(
        &tx,
        tandem_id,
        &sender,
        header.sequence,
        &hash,
        file_name,
        tx.now,
    )?;
    store::set_received(&tx, tandem_id, header.sequence, snapshot.seen, tx.now)?;
    let name = snapshot.name.trim();
    if (1..=200).contains(&name.chars().count()) {
        store::set_partner_name(&tx, tandem_id, name)?;
    }
    if !changes.is_empty() {
        // Tell the partner their changes arrived (one answer, no ping-pong: an answer that
        // changes nothing is not answered).
        store::set_unsent(&tx, tandem_id, true)?;
    }
    store::clear_attempt(&tx, tandem_id, file_name)?;
    store::set_problem(&tx, tandem_id, None, tx.now)?;
    if !dry_run {
        tx.commit()?;
    }
    Ok(Outcome::Applied {
        tandem_id,
        changes,
        skipped: skipped + unknown,
    })
}

/// Failures that stop the whole file (the database itself is in trouble); anything else
/// about one item skips that item.
fn stops_everything(e: &Error) -> bool {
    matches!(
        e.code(),
        ErrorCode::Busy
            | ErrorCode::DiskFull
            | ErrorCode::ReadOnly
            | ErrorCode::PermissionDenied
            | ErrorCode::Io
            | ErrorCode::DatabaseCorrupt
            | ErrorCode::Locked
    )
}

/// Merges the snapshot's items into the tandem, item by item (each in a savepoint, so an item
/// that cannot be applied leaves nothing behind). The caller holds the transaction.
fn merge_snapshot(
    cx: &Ctx,
    tandem_id: i64,
    snapshot: &Snapshot,
) -> Result<(Vec<ReceivedChange>, usize)> {
    // The pairing as it is inside the transaction.
    let peer = store::peer(cx, tandem_id)?.ok_or(Error::NotPaired)?;
    let p = parties(&peer)?;
    let mut clock = Clock::new(cx, &peer);
    let (locals, _) = stamp::stamp(cx, &p, &mut clock)?;
    let (stored, _) = stamp::stored(cx, p.tandem_id)?;
    let mut items: Vec<_> = snapshot.items.iter().collect();
    items.sort_by_key(|i| i.kind);
    let mut seen_uids = HashSet::new();
    let mut changes = Vec::new();
    let mut skipped = 0;
    for remote in items {
        if !seen_uids.insert(remote.uid.as_str()) || !kinds::uid_fits(remote, &p) {
            skipped += 1;
            continue;
        }
        clock.see(remote.latest());
        if let Some(d) = &remote.deleted {
            clock.see(d);
        }
        let local = stored.get(&remote.uid);
        let Some(merged) = merge(local.map(|s| &s.item), remote, &p.partner, &p.me) else {
            continue;
        };
        cx.execute_batch("SAVEPOINT exchange_item")?;
        let local_id = local.and_then(|s| s.local_id).or_else(|| {
            // A record this side has but never exchanged (the partner's expectations typed
            // here before pairing): the arriving item replaces it.
            locals.get(&remote.uid).and_then(|l| l.local_id)
        });
        match kinds::apply(cx, &p, &merged.item, local_id) {
            Ok(local_id) => {
                let row = Stored {
                    item: merged.item.clone(),
                    local_id,
                };
                store::put_item(cx, p.tandem_id, &row)?;
                for r in &merged.replaced {
                    store::put_history(
                        cx,
                        p.tandem_id,
                        &remote.uid,
                        r.part,
                        &r.value,
                        &r.hlc,
                        cx.now,
                    )?;
                }
                if local.is_none() {
                    if let Some(l) = locals
                        .get(&remote.uid)
                        .filter(|l| l.content != remote.content)
                    {
                        store::put_history(
                            cx,
                            p.tandem_id,
                            &remote.uid,
                            "content",
                            &l.content,
                            &remote.content_hlc,
                            cx.now,
                        )?;
                    }
                }
                cx.execute_batch("RELEASE exchange_item")?;
                changes.push(ReceivedChange::of(p.tandem_id, &merged));
            }
            Err(e) if stops_everything(&e) => return Err(e),
            Err(_) => {
                cx.execute_batch("ROLLBACK TO exchange_item; RELEASE exchange_item")?;
                skipped += 1;
            }
        }
    }
    store::set_hlc(cx, p.tandem_id, &clock.last)?;
    changes.retain(|c| c.change != ChangeType::Unchanged);
    Ok((changes, skipped))
}

//! Partner exchange: the two partners' Eyelevels share a tandem's shared items, end-to-end
//! encrypted, through a folder both already sync or a file sent any way — no server.
//!
//! - [`pairing`]: invitation, answer, check code; pairing again; unpairing.
//! - [`file`] and [`keys`]: the file format (version 1) and its keys.
//! - [`kinds`]: what is shared of each record, and how a received item lands in the tables.
//! - [`item`] and [`hlc`]: the merge (last writer wins per register by hybrid logical clock).
//! - [`stamp`], [`send`], [`receive`], [`folder`]: noticing local changes, writing, reading.
//!
//! ARCHITECTURE.md ("Partner exchange") has the reasons.

pub mod file;
mod folder;
pub mod hlc;
pub mod item;
pub mod keys;
pub mod kinds;
pub mod pairing;
mod receive;
mod send;
pub mod snapshot;
mod stamp;
pub mod store;
mod types;

use std::path::{Path, PathBuf};

pub use pairing::{accept, finish, invite};
pub use receive::{Ignored, Outcome};
pub use types::*;

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::files;
use crate::tandem;
use store::{Peer, PeerState};

/// Replaced values the status lists.
const HISTORY_SHOWN: u32 = 20;

/// The pairing and exchange status of tandem `tandem_id`.
pub fn status(cx: &Ctx, tandem_id: i64) -> Result<PairingStatus> {
    tandem::get(cx, tandem_id)?;
    let Some(peer) = store::peer(cx, tandem_id)? else {
        return Ok(PairingStatus {
            tandem_id,
            state: PairState::Unpaired,
            check_code: None,
            verified: false,
            my_name: None,
            partner_name: None,
            invitation: None,
            folder: None,
            last_sent_at: None,
            last_received_at: None,
            partner_seen_at: None,
            unsent: false,
            problem: None,
            problem_file: None,
            problem_at: None,
            replaced: Vec::new(),
        });
    };
    let invited = peer.state == PeerState::Invited;
    let kinds: std::collections::HashMap<String, item::Kind> = store::items(cx, tandem_id)?
        .into_iter()
        .map(|s| (s.item.uid, s.item.kind))
        .collect();
    let replaced = store::history(cx, tandem_id, HISTORY_SHOWN)?
        .into_iter()
        .filter_map(|row| {
            let kind = *kinds.get(&row.uid)?;
            Some(ReplacedValue {
                kind: kind.into(),
                text: label(&row.value),
                replaced_at: row.replaced_at,
            })
        })
        .collect();
    Ok(PairingStatus {
        tandem_id,
        state: if invited {
            PairState::Invited
        } else {
            PairState::Paired
        },
        check_code: if invited {
            None
        } else {
            pairing::check_code(&peer)?
        },
        verified: peer.verified,
        my_name: Some(peer.my_name.clone()),
        partner_name: peer.partner_name.clone(),
        invitation: if invited {
            Some(pairing::invitation_text(cx, &peer)?)
        } else {
            None
        },
        folder: peer.folder.clone(),
        last_sent_at: peer.last_sent_at.clone(),
        last_received_at: peer.last_received_at.clone(),
        partner_seen_at: store::sent_at(cx, tandem_id, peer.partner_seen_seq)?,
        unsent: peer.unsent,
        problem: peer.problem.as_deref().and_then(ExchangeProblem::parse),
        problem_file: peer.problem_file.clone(),
        problem_at: peer.problem_at.clone(),
        replaced,
    })
}

fn paired(cx: &Ctx, tandem_id: i64) -> Result<Peer> {
    tandem::get(cx, tandem_id)?;
    match store::peer(cx, tandem_id)? {
        Some(peer) if peer.state == PeerState::Paired => Ok(peer),
        _ => Err(Error::NotPaired),
    }
}

/// The partners compared the check code (and it matched), or take that back.
pub fn set_verified(cx: &Ctx, tandem_id: i64, verified: bool) -> Result<PairingStatus> {
    paired(cx, tandem_id)?;
    store::set_verified(cx, tandem_id, verified)?;
    status(cx, tandem_id)
}

/// Exchanges through `folder` from now on (`None`: by file only). The folder must exist and
/// be writable; the first file is written at the next exchange.
pub fn set_folder(cx: &Ctx, tandem_id: i64, folder: Option<&Path>) -> Result<PairingStatus> {
    tandem::get(cx, tandem_id)?;
    if store::peer(cx, tandem_id)?.is_none() {
        return Err(Error::NotPaired);
    }
    let folder = folder.map(folder::check).transpose()?;
    let text = folder.as_ref().map(|f| f.display().to_string());
    let tx = cx.begin()?;
    store::set_folder(&tx, tandem_id, text.as_deref())?;
    store::set_unsent(&tx, tandem_id, true)?;
    store::set_problem(&tx, tandem_id, None, tx.now)?;
    tx.commit()?;
    status(cx, tandem_id)
}

/// Ends the pairing: keys, exchange records and history go; the partner's items stay here as
/// ordinary items of mine.
pub fn unpair(cx: &Ctx, tandem_id: i64) -> Result<PairingStatus> {
    tandem::get(cx, tandem_id)?;
    let tx = cx.begin()?;
    store::delete_peer(&tx, tandem_id)?;
    crate::goal::store::release_from_partner(&tx, tandem_id)?;
    crate::meeting::store::release_from_partner(&tx, tandem_id)?;
    crate::agenda::store::release_from_partner(&tx, tandem_id)?;
    crate::action::store::release_from_partner(&tx, tandem_id)?;
    tx.commit()?;
    status(cx, tandem_id)
}

/// Writes a file for the partner to `path` (to send by mail or chat).
pub fn send_to_file(cx: &Ctx, tandem_id: i64, path: &Path) -> Result<SentFile> {
    paired(cx, tandem_id)?;
    let sealed = send::seal(cx, tandem_id)?;
    send::write(cx, &sealed, path)
}

/// Writes a new file for the partner into `folder` (the tandem's folder when `None`).
pub fn send_to_folder(cx: &Ctx, tandem_id: i64, folder: Option<&Path>) -> Result<SentFile> {
    let peer = paired(cx, tandem_id)?;
    let folder = folder_of(&peer, folder)?;
    let sealed = send::seal(cx, tandem_id)?;
    let written = send::write(cx, &sealed, &folder.join(&sealed.file_name));
    if written.is_err() {
        store::set_problem(
            cx,
            tandem_id,
            Some((ExchangeProblem::WriteFailed.as_str(), None)),
            cx.now,
        )?;
    }
    written
}

fn folder_of(peer: &Peer, folder: Option<&Path>) -> Result<PathBuf> {
    match (folder, &peer.folder) {
        (Some(f), _) => folder::check(f),
        (None, Some(f)) => Ok(PathBuf::from(f)),
        (None, None) => Err(Error::ExchangeFolderInvalid {
            reason: "no exchange folder is chosen for this tandem".into(),
        }),
    }
}

/// The most an exchange file can be (a larger file is not one).
pub const MAX_FILE: usize = file::HEADER_LEN + file::MAX_BODY as usize;

/// Reads one file the user picked (or the CLI was given). Unlike the folder, a file that is
/// not the partner's is an error the user sees.
pub fn receive_file(cx: &Ctx, path: &Path, dry_run: bool) -> Result<ReceiveReport> {
    let bytes = files::read_regular(path, MAX_FILE, || Error::ExchangeFileInvalid {
        reason: "it is far larger than any exchange file".into(),
    })?;
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    receive_bytes(cx, &name, &bytes, dry_run)
}

/// [`receive_file`] on bytes already read (a dropped file).
pub fn receive_bytes(cx: &Ctx, name: &str, bytes: &[u8], dry_run: bool) -> Result<ReceiveReport> {
    let invalid = |reason: &str| Error::ExchangeFileInvalid {
        reason: reason.into(),
    };
    match receive::receive(cx, name, bytes, dry_run)? {
        Outcome::Applied {
            changes, skipped, ..
        } => Ok(ReceiveReport {
            applied: 1,
            changes,
            skipped: skipped as u32,
            dry_run,
            ..ReceiveReport::default()
        }),
        Outcome::AlreadyApplied => Ok(ReceiveReport {
            dry_run,
            ..ReceiveReport::default()
        }),
        Outcome::Ignored(Ignored::NotOurs) => Err(invalid("it is not an Eyelevel exchange file")),
        Outcome::Ignored(Ignored::OtherTandem) => Err(invalid(
            "it belongs to a tandem that is not paired here (or to an earlier pairing)",
        )),
        Outcome::Ignored(Ignored::NotPairedYet) => Err(invalid(
            "the pairing is not finished: import your partner's answer first",
        )),
        Outcome::Ignored(Ignored::OwnFile) => Err(invalid("it is a file you sent yourself")),
        Outcome::Ignored(Ignored::NotForMe) => Err(invalid("it was written for someone else")),
        Outcome::Incomplete => Err(invalid("it is incomplete (cut off while copying?)")),
        Outcome::TooNew { major } => Err(Error::ExchangeTooNew { major }),
        Outcome::Rejected { reason } => Err(invalid(&reason)),
        Outcome::Duplicate => Err(invalid(
            "your partner's Eyelevel wrote another file under the same number; the first one counts",
        )),
    }
}

/// Reads the partner's files in a folder: tandem `tandem_id`'s (its own folder unless
/// `folder` is given), or, without a tandem, every paired tandem's files in `folder`.
pub fn receive_folder(
    cx: &Ctx,
    tandem_id: Option<i64>,
    folder: Option<&Path>,
    dry_run: bool,
) -> Result<ReceiveReport> {
    let peers = match tandem_id {
        Some(id) => vec![paired(cx, id)?],
        None => store::paired(cx)?,
    };
    let mut report = ReceiveReport {
        dry_run,
        ..ReceiveReport::default()
    };
    for peer in peers {
        let folder = match (folder, &peer.folder) {
            (Some(f), _) => f.to_path_buf(),
            (None, Some(f)) => PathBuf::from(f),
            (None, None) => return folder_of(&peer, None).map(|_| report),
        };
        let r = folder::receive(cx, &peer, &folder, dry_run)?;
        report.applied += r.applied;
        report.changes.extend(r.changes);
        report.skipped += r.skipped;
        report.waiting += r.waiting;
        report.partner_newer |= r.partner_newer;
    }
    Ok(report)
}

/// One round for tandem `tandem_id` through its folder: read the partner's new files, then
/// write a file if something changed here since the last one.
pub fn sync_tandem(cx: &Ctx, tandem_id: i64) -> Result<(ReceiveReport, Option<SentFile>)> {
    let peer = paired(cx, tandem_id)?;
    let Some(folder) = peer.folder.clone() else {
        return Err(Error::ExchangeFolderInvalid {
            reason: "no exchange folder is chosen for this tandem".into(),
        });
    };
    let received = folder::receive(cx, &peer, Path::new(&folder), false)?;
    let tx = cx.begin()?;
    let fresh = store::peer(&tx, tandem_id)?.ok_or(Error::NotPaired)?;
    let p = receive::parties(&fresh)?;
    let mut clock = stamp::Clock::new(&tx, &fresh);
    stamp::stamp(&tx, &p, &mut clock)?;
    tx.commit()?;
    let unsent = store::peer(cx, tandem_id)?.is_some_and(|p| p.unsent);
    let sent = if unsent {
        Some(send_to_folder(cx, tandem_id, None)?)
    } else {
        None
    };
    Ok((received, sent))
}

/// What one round of automatic exchange did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncOutcome {
    /// What the partner's files changed here.
    pub changes: Vec<ReceivedChange>,
    /// A file was read or written (the status the Partner section shows moved on).
    pub active: bool,
}

/// One round for every tandem exchanging through a folder. A tandem whose folder fails does
/// not stop the others (its status carries the problem).
pub fn sync(cx: &Ctx) -> Result<SyncOutcome> {
    let mut outcome = SyncOutcome::default();
    for peer in store::paired(cx)? {
        if peer.folder.is_none() {
            continue;
        }
        match sync_tandem(cx, peer.tandem_id) {
            Ok((received, sent)) => {
                outcome.active |= received.applied > 0 || sent.is_some();
                outcome.changes.extend(received.changes);
            }
            Err(e) if stops_everything(&e) => return Err(e),
            // The problem is recorded in the tandem's status, which the section shows.
            Err(_) => outcome.active = true,
        }
    }
    Ok(outcome)
}

/// A failure of the database itself (as opposed to one tandem's folder or file).
fn stops_everything(e: &Error) -> bool {
    use crate::ErrorCode::*;
    matches!(
        e.code(),
        Busy | DiskFull | ReadOnly | DatabaseCorrupt | Locked | Database
    )
}

/// The folders the automatic exchange watches.
pub fn folders(cx: &Ctx) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = store::paired(cx)?
        .into_iter()
        .filter_map(|p| p.folder.map(PathBuf::from))
        .collect();
    out.sort();
    out.dedup();
    Ok(out)
}

//! The shared folder: which files to consider, reading them with retries, problems the user
//! should hear about, and cleaning up my own old files.
//!
//! Sync clients rename copies ("(conflicted copy)", ".sync-conflict-…", "-LAPTOP", " (1)"),
//! leave placeholders and half-synced files, lock files while syncing and drop desktop.ini
//! everywhere. So every file is judged by its header, not its name; partial and locked files
//! are retried; partner files are never deleted.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use chrono::DateTime;

use super::file::{self, Peek, HEADER_LEN, MAX_BODY};
use super::receive::{self, Ignored, Outcome};
use super::store::{self, Peer};
use super::types::{ExchangeProblem, ReceiveReport};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

/// Own files stay this long after the partner confirmed them.
const KEEP_CONFIRMED: Duration = Duration::from_secs(14 * 24 * 3600);
/// The newest few own files always stay.
const KEEP_NEWEST: usize = 3;
/// A damaged file is read this often before the user hears of it (it may still be syncing).
const DAMAGED_TRIES: u32 = 3;
/// An incomplete or unreadable file is only worth a word after this long.
const PATIENCE: chrono::Duration = chrono::Duration::hours(1);

/// Checks a folder chosen for the exchange: it exists, is a folder, and can be written.
pub fn check(folder: &Path) -> Result<PathBuf> {
    let invalid = |reason: &str| Error::ExchangeFolderInvalid {
        reason: reason.into(),
    };
    let meta = std::fs::metadata(folder).map_err(|_| invalid("it does not exist"))?;
    if !meta.is_dir() {
        return Err(invalid("it is not a folder"));
    }
    let probe = tempfile::Builder::new()
        .prefix(".eyelevel-probe-")
        .tempfile_in(folder);
    if probe.is_err() {
        return Err(invalid("Eyelevel may not write into it"));
    }
    Ok(folder.to_path_buf())
}

/// Names no exchange file (or a copy of one) has: the sync clients' own files and temporary
/// files, Eyelevel's included.
fn skipped_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    name.starts_with('.')
        || name.starts_with('~')
        || lower == "desktop.ini"
        || lower == "thumbs.db"
        || lower.ends_with(".tmp")
        || lower.ends_with(".part")
        || lower.ends_with(".partial")
        || lower.ends_with(".crdownload")
}

/// The candidate files of a folder, by name.
fn candidates(folder: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name().to_string_lossy().into_owned();
        if skipped_name(&name) {
            continue;
        }
        match entry.metadata() {
            Ok(meta) if meta.is_file() && meta.len() <= (HEADER_LEN as u64 + MAX_BODY as u64) => {
                out.push((name, entry.path()));
            }
            _ => {}
        }
    }
    out.sort();
    Ok(out)
}

/// Reads every file of the folder of tandem `peer` and merges the partner's.
pub fn receive(cx: &Ctx, peer: &Peer, folder: &Path, dry_run: bool) -> Result<ReceiveReport> {
    let tandem_id = peer.tandem_id;
    let entries = match candidates(folder) {
        Ok(entries) => entries,
        Err(_) => {
            if !dry_run {
                problem(cx, tandem_id, ExchangeProblem::FolderMissing, None)?;
            }
            return Err(Error::ExchangeFolderInvalid {
                reason: format!("{} cannot be read", folder.display()),
            });
        }
    };
    let mut report = ReceiveReport {
        dry_run,
        ..ReceiveReport::default()
    };
    let prefix = format!("eyelevel_{}_", &peer.exchange_id[..8]);
    for (name, path) in entries {
        let looks_ours = name.to_lowercase().starts_with(&prefix);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(_) if looks_ours => {
                report.waiting += 1;
                if !dry_run {
                    retry_later(cx, tandem_id, &name, ExchangeProblem::Unreadable)?;
                }
                continue;
            }
            Err(_) => continue,
        };
        if let Peek::Header(h) = file::peek(&bytes) {
            if hex::encode(h.exchange_id) != peer.exchange_id {
                // Another tandem's file (folders may be shared by several): its own round.
                continue;
            }
        }
        match receive::receive(cx, &name, &bytes, dry_run)? {
            Outcome::Applied {
                changes, skipped, ..
            } => {
                report.applied += 1;
                report.skipped += skipped as u32;
                report.changes.extend(changes);
            }
            Outcome::Incomplete if looks_ours || !bytes.is_empty() => {
                report.waiting += 1;
                if !dry_run {
                    retry_later(cx, tandem_id, &name, ExchangeProblem::Incomplete)?;
                }
            }
            Outcome::TooNew { .. } => {
                report.partner_newer = true;
                if !dry_run {
                    problem(cx, tandem_id, ExchangeProblem::TooNew, Some(&name))?;
                }
            }
            Outcome::Rejected { .. } if !dry_run => {
                let failures = store::attempt(cx, tandem_id, &name, "damaged", cx.now)?;
                if failures >= DAMAGED_TRIES {
                    problem(cx, tandem_id, ExchangeProblem::Damaged, Some(&name))?;
                }
            }
            Outcome::Duplicate if !dry_run => {
                problem(cx, tandem_id, ExchangeProblem::Duplicate, Some(&name))?;
            }
            Outcome::Ignored(Ignored::NotPairedYet) => report.waiting += 1,
            _ => {}
        }
    }
    if !dry_run {
        if let Some(fresh) = store::peer(cx, tandem_id)? {
            clean_up(&fresh, folder);
        }
    }
    Ok(report)
}

/// Counts a failed read; the user hears of it once the file has failed for a while.
fn retry_later(cx: &Ctx, tandem_id: i64, name: &str, kind: ExchangeProblem) -> Result<()> {
    store::attempt(cx, tandem_id, name, kind.as_str(), cx.now)?;
    if let Some((_, first_at)) = store::attempts_of(cx, tandem_id, name)? {
        let since = DateTime::parse_from_rfc3339(&first_at).map(|t| t.to_utc());
        if since.is_ok_and(|since| cx.now - since >= PATIENCE) {
            problem(cx, tandem_id, kind, Some(name))?;
        }
    }
    Ok(())
}

fn problem(cx: &Ctx, tandem_id: i64, kind: ExchangeProblem, file: Option<&str>) -> Result<()> {
    store::set_problem(cx, tandem_id, Some((kind.as_str(), file)), cx.now)
}

/// Deletes my own files the partner has confirmed, once they are two weeks old — never the
/// newest few, never anything else. Best effort: a file that cannot be deleted now is
/// deleted another time.
fn clean_up(peer: &Peer, folder: &Path) {
    let Ok(entries) = candidates(folder) else {
        return;
    };
    let mut own: Vec<(u64, PathBuf)> = Vec::new();
    for (_, path) in entries {
        let Some(header) = read_header(&path) else {
            continue;
        };
        if hex::encode(header.exchange_id) == peer.exchange_id
            && hex::encode(header.sender) == peer.my_id
        {
            own.push((header.sequence, path));
        }
    }
    own.sort_by_key(|(sequence, _)| std::cmp::Reverse(*sequence));
    let now = SystemTime::now();
    for (sequence, path) in own.into_iter().skip(KEEP_NEWEST) {
        let old_enough = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .is_ok_and(|modified| {
                now.duration_since(modified)
                    .is_ok_and(|age| age >= KEEP_CONFIRMED)
            });
        if sequence <= peer.partner_seen_seq && old_enough {
            let _ = std::fs::remove_file(&path);
        }
    }
}

fn read_header(path: &Path) -> Option<file::Header> {
    use std::io::Read;
    let mut bytes = vec![0u8; HEADER_LEN];
    let mut f = std::fs::File::open(path).ok()?;
    f.read_exact(&mut bytes).ok()?;
    match file::peek(&bytes) {
        Peek::Header(h) => Some(h),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_client_files_and_temporaries_are_skipped() {
        for name in [
            ".eyelevel-x.tmp",
            "desktop.ini",
            "Desktop.ini",
            "~syncthing~eyelevel_a.eyx.tmp",
            ".syncthing.eyelevel_a.eyx.tmp",
            "Thumbs.db",
            "eyelevel_a.eyx.part",
        ] {
            assert!(skipped_name(name), "{name}");
        }
        for name in [
            "eyelevel_0011aabb_ccdd0011_00000001_abcdef.eyx",
            "eyelevel_0011aabb_ccdd0011_00000001_abcdef (conflicted copy).eyx",
            "eyelevel_0011aabb_ccdd0011_00000001_abcdef.sync-conflict-20261204-101010-ABCDEFG.eyx",
            "eyelevel_0011aabb_ccdd0011_00000001_abcdef-LAPTOP.eyx",
            "eyelevel_0011aabb_ccdd0011_00000001_abcdef (1).eyx",
        ] {
            assert!(!skipped_name(name), "{name}");
        }
    }
}

//! Writing a file for the partner: stamp local changes, take the next sequence number (saved
//! before the file exists, so a number is never used twice), seal a full snapshot, and write
//! it as a new file (temporary name, fsync, rename — never rewriting a file in place).

use std::path::Path;

use super::file;
use super::keys::{from_hex, ID_LEN};
use super::receive::{direction_key, parties};
use super::snapshot::{Snapshot, FORMAT};
use super::stamp::{self, Clock};
use super::store::{self, Peer};
use super::types::SentFile;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::files;

/// A sealed file, ready to be written.
pub struct Sealed {
    pub tandem_id: i64,
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub sequence: u64,
}

/// Stamps local changes of tandem `tandem_id` and seals a snapshot of its shared items.
pub fn seal(cx: &Ctx, tandem_id: i64) -> Result<Sealed> {
    let tx = cx.begin()?;
    let peer = store::peer(&tx, tandem_id)?.ok_or(Error::NotPaired)?;
    let p = parties(&peer)?;
    let mut clock = Clock::new(&tx, &peer);
    stamp::stamp(&tx, &p, &mut clock)?;
    let items = store::items(&tx, tandem_id)?
        .into_iter()
        .map(|s| s.item)
        .collect();
    let snapshot = Snapshot {
        format: FORMAT,
        name: peer.my_name.clone(),
        seen: peer.last_received_seq,
        items,
    };
    let sequence = store::take_seq(&tx, tandem_id)?;
    let sealed = seal_snapshot(&tx, &peer, sequence, &snapshot)?;
    tx.commit()?;
    Ok(sealed)
}

fn seal_snapshot(cx: &Ctx, peer: &Peer, sequence: u64, snapshot: &Snapshot) -> Result<Sealed> {
    let partner_public = peer.partner_public.ok_or(Error::NotPaired)?;
    let partner_id = peer.partner_id.as_deref().ok_or(Error::NotPaired)?;
    let key = direction_key(peer, &peer.my_public, &partner_public)?;
    let bytes = file::seal(
        &key,
        from_hex::<ID_LEN>("exchange id", &peer.exchange_id)?,
        from_hex::<ID_LEN>("participant id", &peer.my_id)?,
        from_hex::<ID_LEN>("participant id", partner_id)?,
        sequence,
        cx.now.timestamp_millis(),
        &snapshot.to_bytes()?,
    )?;
    Ok(Sealed {
        tandem_id: peer.tandem_id,
        file_name: file::file_name(&peer.exchange_id, &peer.my_id, sequence),
        bytes,
        sequence,
    })
}

/// Writes `sealed` to `path` and records it as sent.
pub fn write(cx: &Ctx, sealed: &Sealed, path: &Path) -> Result<SentFile> {
    files::write_private(path, &sealed.bytes, "the exchange file")?;
    let tx = cx.begin()?;
    let name = path.file_name().map_or_else(
        || sealed.file_name.clone(),
        |n| n.to_string_lossy().into_owned(),
    );
    store::put_sent(&tx, sealed.tandem_id, sealed.sequence, &name, tx.now)?;
    store::set_sent(&tx, sealed.tandem_id, tx.now)?;
    tx.commit()?;
    Ok(SentFile {
        tandem_id: sealed.tandem_id,
        file_name: name,
        path: path.display().to_string(),
        sequence: sealed.sequence,
    })
}

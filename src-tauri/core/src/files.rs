//! The one way Eyelevel writes a file and the one way it reads a file the user picked.
//!
//! Writing: a temporary file in the target's folder, written, fsynced, owner-only (0600),
//! then renamed over the target and the folder fsynced. A reader sees the old file or the new
//! one, never half of one; a crash leaves the old file; a symlink at the target is replaced,
//! never followed (rename swaps the directory entry). Reading: only regular files, up to a
//! size limit, so a FIFO or device given as a path is refused at once instead of blocking.

use std::io::{Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// A file the user picked in a dialog the backend opened, for a later step: the page gets
/// the token (and the name to show), never the path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PickedFile {
    pub token: String,
    /// The file's name (no folders), to show.
    pub file_name: String,
}

/// Replaces `path` with `bytes` atomically (see the module comment). `what` names the file
/// for messages ("the calendar file", "vault.json").
pub fn write_private(path: &Path, bytes: &[u8], what: &str) -> Result<()> {
    write_private_io(path, bytes).map_err(|e| Error::io(format!("write {what}"), e))
}

/// [`write_private`] with the I/O error as it came.
pub fn write_private_io(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // tempfile creates the file 0600 on Unix and removes it if anything below fails.
    let mut tmp = tempfile::Builder::new()
        .prefix(".eyelevel-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_folder(folder);
    Ok(())
}

/// Reads the regular file at `path`, at most `max_bytes` long. Anything else (a folder, a
/// FIFO, a device, a socket) or a longer file is refused without reading further; `too_large`
/// builds the error for the latter.
pub fn read_regular(
    path: &Path,
    max_bytes: usize,
    too_large: impl FnOnce() -> Error,
) -> Result<Vec<u8>> {
    let what = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| Error::io(format!("read {what}"), e))?;
    if !meta.is_file() {
        return Err(Error::InvalidInput(format!(
            "{what} is not a regular file (a folder, a pipe or a device cannot be read)"
        )));
    }
    if meta.len() > max_bytes as u64 {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(format!("read {what}"), e))?;
    // Opened by name after the check: read no more than the limit even if it changed since.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(format!("read {what}"), e))?;
    if bytes.len() > max_bytes {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Makes a rename durable. Best effort: the file itself is complete either way.
#[cfg(unix)]
fn sync_folder(folder: &Path) {
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) {}

#[cfg(test)]
mod tests;

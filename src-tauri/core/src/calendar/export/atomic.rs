//! Atomic file replacement: a reader (a subscribed calendar, the user opening the file) sees
//! the old file or the new one, never a half-written one.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to a temp file beside `path`, flushes it to disk and renames it over
/// `path`. On any error the temp file is removed and `path` is untouched.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Same folder = same file system, so the rename is atomic.
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

/// Makes the rename itself durable. Best effort: the file is already complete either way.
#[cfg(unix)]
fn sync_folder(folder: &Path) {
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) {}

//! Where the data lives. (`EYELEVEL_DATA_DIR` and `--data-dir` are handled by the shell.)

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The application id; also the name of the data folder inside the OS data dir.
pub const APP_ID: &str = "org.eyelevel.desktop";
/// The SQLCipher database.
pub const DB_FILE: &str = "eyelevel.db";
/// The wrapped data key.
pub const VAULT_FILE: &str = "vault.json";
/// The "setup not finished" marker.
pub const SETUP_MARKER: &str = "setup-unfinished";

/// A data directory: `eyelevel.db` (+ `-wal`, `-shm`) and `vault.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DataDir { root: root.into() }
    }

    /// The `DataDir` at the OS data directory of the app (see [`default_dir`]).
    pub fn default_dir() -> Result<Self> {
        default_dir().map(DataDir::new)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn db_path(&self) -> PathBuf {
        self.root.join(DB_FILE)
    }

    pub fn wal_path(&self) -> PathBuf {
        self.root.join(format!("{DB_FILE}-wal"))
    }

    pub fn shm_path(&self) -> PathBuf {
        self.root.join(format!("{DB_FILE}-shm"))
    }

    pub fn vault_path(&self) -> PathBuf {
        self.root.join(VAULT_FILE)
    }

    /// Present from the start of setup until the user confirmed the recovery code: a setup
    /// interrupted before then resumes (a new code is shown) instead of leaving a vault whose
    /// recovery code nobody saw.
    pub fn setup_marker_path(&self) -> PathBuf {
        self.root.join(SETUP_MARKER)
    }

    /// True while setup has not been finished (see [`DataDir::setup_marker_path`]).
    pub fn setup_unfinished(&self) -> bool {
        self.setup_marker_path().exists()
    }

    /// Creates the directory (and parents) if needed: owner-only (0700) on Unix from the
    /// first moment, for the app and the CLI alike.
    pub fn ensure_exists(&self) -> Result<()> {
        if self.root.is_dir() {
            return Ok(());
        }
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder
            .create(&self.root)
            .map_err(|e| Error::io(format!("create {}", self.root.display()), e))
    }
}

/// The OS data directory of the app: e.g. `~/.local/share/org.eyelevel.desktop` on Linux,
/// `~/Library/Application Support/org.eyelevel.desktop` on macOS, `%APPDATA%\org.eyelevel.desktop`
/// on Windows (the same place Tauri's `app_data_dir` points to).
pub fn default_dir() -> Result<PathBuf> {
    dirs::data_dir()
        .map(|d| d.join(APP_ID))
        .ok_or_else(|| Error::Internal("the OS data directory cannot be determined".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        let d = DataDir::new("/x");
        assert_eq!(d.db_path(), PathBuf::from("/x/eyelevel.db"));
        assert_eq!(d.wal_path(), PathBuf::from("/x/eyelevel.db-wal"));
        assert_eq!(d.shm_path(), PathBuf::from("/x/eyelevel.db-shm"));
        assert_eq!(d.vault_path(), PathBuf::from("/x/vault.json"));
    }
}

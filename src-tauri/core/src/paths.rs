//! Where the data lives. (`EYELEVEL_DATA_DIR` and `--data-dir` are handled by the shell.)

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The application id; also the name of the data folder inside the OS data dir.
pub const APP_ID: &str = "org.eyelevel.desktop";
/// The SQLCipher database.
pub const DB_FILE: &str = "eyelevel.db";
/// The wrapped data key.
pub const VAULT_FILE: &str = "vault.json";

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

    /// Creates the directory (and parents) if needed; owner-only on Unix when created.
    pub fn ensure_exists(&self) -> Result<()> {
        if self.root.is_dir() {
            return Ok(());
        }
        std::fs::create_dir_all(&self.root)
            .map_err(|e| Error::io(format!("create {}", self.root.display()), e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let perms = std::fs::Permissions::from_mode(0o700);
            std::fs::set_permissions(&self.root, perms)
                .map_err(|e| Error::io(format!("restrict {}", self.root.display()), e))?;
        }
        Ok(())
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

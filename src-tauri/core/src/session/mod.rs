//! An unlocked data directory and everything one can do with it.
//!
//! [`status`], [`setup`] and [`unlock`] are the lifecycle; [`Session`] is the open state the
//! shell keeps (behind a mutex) while the app is unlocked.

mod lifecycle;
mod types;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

pub use lifecycle::{setup, status, unlock};
pub use types::*;

use crate::clock::Clock;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::i18n::Language;
use crate::paths::DataDir;
use crate::settings::{self, Settings, SettingsPatch};
use crate::store;
use crate::vault::{DataKey, KeySource, Protection, RecoveryCode, Vault};

/// The open database, its key and its vault.
pub struct Session {
    dir: DataDir,
    conn: Connection,
    key: DataKey,
    vault: Vault,
    key_source: KeySource,
    clock: Arc<dyn Clock>,
    keyring_restored: bool,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("dir", &self.dir)
            .field("key", &self.key)
            .field("vault_id", &self.vault.id())
            .field("key_source", &self.key_source)
            .finish_non_exhaustive()
    }
}

impl Session {
    fn new(
        dir: DataDir,
        conn: Connection,
        key: DataKey,
        vault: Vault,
        key_source: KeySource,
        clock: Arc<dyn Clock>,
    ) -> Self {
        Session {
            dir,
            conn,
            key,
            vault,
            key_source,
            clock,
            keyring_restored: false,
        }
    }

    pub fn dir(&self) -> &DataDir {
        &self.dir
    }

    /// The open connection, for domain modules.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The open connection, mutable (for transactions).
    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    pub fn protection(&self) -> Protection {
        self.vault.protection()
    }

    /// Which holder unwrapped the key of this session.
    pub fn key_source(&self) -> KeySource {
        self.key_source
    }

    /// True when [`unlock`] re-stored a missing keyring entry after a recovery-code unlock.
    pub fn keyring_restored(&self) -> bool {
        self.keyring_restored
    }

    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    /// The status of this (unlocked) session; `keyring_available` comes from the caller's
    /// probe.
    pub fn status(&self, keyring_available: bool) -> AppStatus {
        AppStatus {
            phase: AppPhase::Unlocked,
            protection: Some(self.protection()),
            has_passphrase: self.vault.has_passphrase(),
            keyring_available,
            data_dir: self.dir.root().display().to_string(),
            os_language: Language::from_os(),
            setup_unfinished: self.dir.setup_unfinished(),
            read_only: self.read_only(),
        }
    }

    /// The current instant (from the injected clock).
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The context of one core call: the database, now, and the user's zone and language
    /// (the settings, or the OS's where they follow it).
    pub fn ctx(&self) -> Result<Ctx<'_>> {
        let settings = self.settings()?;
        Ok(Ctx::new(
            &self.conn,
            self.clock.now(),
            settings.zone(),
            settings.language(),
        ))
    }

    pub fn settings(&self) -> Result<Settings> {
        settings::load(&self.conn)
    }

    /// Saves settings. Confirming the recovery code (`recovery_code_confirmed: true`) also
    /// finishes an unfinished setup; if that cannot be recorded the call fails, so the app
    /// never goes on as if it could.
    pub fn update_settings(&self, patch: &SettingsPatch) -> Result<Settings> {
        let settings = settings::update(&self.ctx()?, patch)?;
        if patch.recovery_code_confirmed == Some(true) {
            self.finish_setup()?;
        }
        Ok(settings)
    }

    /// Marks setup as finished (the recovery code was shown and confirmed, or printed by
    /// `eyelevel init`).
    pub fn finish_setup(&self) -> Result<()> {
        match std::fs::remove_file(self.dir.setup_marker_path()) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io("finish setup", e)),
            _ => Ok(()),
        }
    }

    /// True when the database was opened read-only: everything can be shown, nothing saved.
    pub fn read_only(&self) -> bool {
        store::open::is_read_only(&self.conn)
    }

    pub fn security_info(&self) -> Result<SecurityInfo> {
        Ok(SecurityInfo {
            protection: self.protection(),
            has_passphrase: self.vault.has_passphrase(),
            has_recovery_code: self.vault.has_recovery_code(),
            data_dir: self.dir.root().display().to_string(),
            database_file: self.dir.db_path().display().to_string(),
            vault_file: self.dir.vault_path().display().to_string(),
            cipher: store::info::cipher_description(&self.conn)?,
            schema_version: store::schema_version(&self.conn)?,
            kdf: self.vault.kdf_description(),
            unlocked_with: self.key_source(),
        })
    }

    /// Sets a new passphrase (re-wraps the key; the database is untouched). `current` is
    /// required when the vault already has a passphrase, unless this session was opened with
    /// the recovery code (the way back from a forgotten passphrase); without a passphrase
    /// holder, one is added.
    pub fn change_passphrase(&mut self, current: Option<&str>, new: &str) -> Result<SecurityInfo> {
        crate::vault::passphrase::check_new_passphrase(new)?;
        if self.vault.has_passphrase() && self.key_source() != KeySource::RecoveryCode {
            let current = current
                .filter(|c| !c.is_empty())
                .ok_or_else(|| Error::InvalidInput("the current passphrase is required".into()))?;
            if self.vault.unlock_passphrase(current)? != self.key {
                return Err(Error::WrongPassphrase);
            }
        }
        self.vault.set_passphrase(&self.key, new)?;
        self.security_info()
    }

    /// Replaces the recovery code; the returned code is shown once. Until the user confirms
    /// they stored the new one, the app reminds them (the old confirmation no longer counts).
    pub fn new_recovery_code(&mut self) -> Result<RecoveryCode> {
        let unconfirmed = SettingsPatch {
            recovery_code_confirmed: Some(false),
            ..SettingsPatch::default()
        };
        self.update_settings(&unconfirmed)?;
        self.vault.replace_recovery_code(&self.key)
    }

    /// Closes the database. Everything in the write-ahead log is copied into the database
    /// file first, so the file on its own is complete (a user who copies just eyelevel.db
    /// copies everything) and SQLite removes the -wal file.
    pub fn close(self) -> Result<()> {
        if !self.read_only() {
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        self.conn
            .close()
            .map_err(|(_, e)| Error::Database(format!("closing the database failed: {e}")))
    }

    #[cfg(test)]
    pub(crate) fn key(&self) -> &DataKey {
        &self.key
    }
}

#[cfg(test)]
mod tests;

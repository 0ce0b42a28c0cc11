//! status → setup | unlock: the lifecycle shared by the CLI and the Tauri commands.

use std::path::Path;
use std::sync::Arc;

use super::types::{AppPhase, AppStatus, SetupRequest, UnlockRequest};
use super::Session;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::i18n::Language;
use crate::paths::DataDir;
use crate::store::{self, Migration, OpenMode, MIGRATIONS};
use crate::topic;
use crate::vault::{passphrase, DataKey, KeySource, Protection, RecoveryCode, SecretStore, Vault};

/// Where the data directory stands. `unlocked` is whether the caller holds an open session.
///
/// No vault.json and no database → [`AppPhase::Setup`]. A database without vault.json is
/// [`Error::VaultMissing`]: never offer setup over existing data.
pub fn status(dir: &DataDir, keyring: &dyn SecretStore, unlocked: bool) -> Result<AppStatus> {
    let vault_path = dir.vault_path();
    let (phase, protection, has_passphrase) = if vault_path.exists() {
        let vault = Vault::load(&vault_path)?;
        let phase = if unlocked {
            AppPhase::Unlocked
        } else {
            AppPhase::Locked
        };
        (phase, Some(vault.protection()), vault.has_passphrase())
    } else if dir.db_path().exists() {
        return Err(Error::VaultMissing(format!(
            "{} exists but {} is gone; restore vault.json from a backup",
            dir.db_path().display(),
            vault_path.display()
        )));
    } else {
        (AppPhase::Setup, None, false)
    };
    Ok(AppStatus {
        phase,
        protection,
        has_passphrase,
        keyring_available: keyring.probe(),
        data_dir: dir.root().display().to_string(),
        os_language: Language::from_os(),
        setup_unfinished: phase != AppPhase::Setup && dir.setup_unfinished(),
        read_only: false,
    })
}

/// Creates a new vault and database and returns the open session plus the recovery code
/// (to be shown once).
///
/// Refuses with [`Error::VaultExists`] when vault.json or eyelevel.db (or an orphaned
/// eyelevel.db-wal) exists. On any failure, only what this call created is removed — files
/// and the keyring entry.
pub fn setup(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    request: &SetupRequest,
    clock: Arc<dyn Clock>,
) -> Result<(Session, RecoveryCode)> {
    setup_with(dir, keyring, request, clock, MIGRATIONS)
}

/// [`setup`] with a given migration list (tests inject failing migrations).
pub(crate) fn setup_with(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    request: &SetupRequest,
    clock: Arc<dyn Clock>,
    migrations: &[Migration],
) -> Result<(Session, RecoveryCode)> {
    match (request.protection, request.passphrase.as_deref()) {
        (_, Some(p)) => passphrase::check_new_passphrase(p)?,
        (Protection::Passphrase, None) => {
            return Err(Error::InvalidInput(
                "passphrase protection needs a passphrase".into(),
            ))
        }
        (Protection::Keyring, None) => {}
    }
    if [dir.vault_path(), dir.db_path(), dir.wal_path()]
        .iter()
        .any(|p| p.exists())
    {
        return Err(Error::VaultExists(dir.root().display().to_string()));
    }
    let created_dir = !dir.root().exists();
    let shm_existed = dir.shm_path().exists();
    dir.ensure_exists()?;
    // Until the user confirms the recovery code, setup counts as unfinished.
    crate::files::write_private(&dir.setup_marker_path(), b"", "the setup marker")?;

    let key = DataKey::generate();
    let (vault, code) = match Vault::create(
        &dir.vault_path(),
        &key,
        request.protection,
        request.passphrase.as_deref(),
        keyring,
        clock.now(),
    ) {
        Ok(v) => v,
        Err(e) => {
            remove_if_exists(&dir.setup_marker_path());
            if created_dir {
                let _ = std::fs::remove_dir(dir.root());
            }
            return Err(e);
        }
    };

    let opened = vault.save().and_then(|()| {
        let mut conn = store::open(&dir.db_path(), &key, OpenMode::Create, migrations)?;
        topic::sync_builtins(&mut conn, clock.now())?;
        Ok(conn)
    });
    let conn = match opened {
        Ok(conn) => conn,
        Err(e) => {
            remove_if_exists(&dir.db_path());
            remove_if_exists(&dir.wal_path());
            if !shm_existed {
                remove_if_exists(&dir.shm_path());
            }
            remove_if_exists(&dir.vault_path());
            remove_if_exists(&dir.setup_marker_path());
            vault.forget_keyring(keyring);
            if created_dir {
                let _ = std::fs::remove_dir(dir.root());
            }
            return Err(e);
        }
    };
    let source = match request.protection {
        Protection::Keyring => KeySource::Keyring,
        Protection::Passphrase => KeySource::Passphrase,
    };
    Ok((
        Session::new(dir.clone(), conn, key, vault, source, clock),
        code,
    ))
}

/// Unwraps the data key with the requested holder and opens the database.
///
/// Unlocking writes nothing (unless a newer Eyelevel must upgrade the schema or the topic
/// catalogue), and a wrong passphrase or code does not even open the database. After a
/// recovery-code unlock of a keyring vault whose keyring entry is missing or stale, a fresh
/// KEK is stored in the keyring (when the keyring and the folder can be written) and
/// vault.json re-wrapped. Read-only data opens read-only.
pub fn unlock(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    request: &UnlockRequest,
    clock: Arc<dyn Clock>,
) -> Result<Session> {
    let mut vault = Vault::load(&dir.vault_path())?;
    if !dir.db_path().is_file() {
        return Err(Error::DatabaseMissing(dir.db_path().display().to_string()));
    }
    let (key, source) = match request {
        UnlockRequest::Keyring => (vault.unlock_keyring(keyring)?, KeySource::Keyring),
        UnlockRequest::Passphrase { secret } => {
            (vault.unlock_passphrase(secret)?, KeySource::Passphrase)
        }
        UnlockRequest::RecoveryCode { secret } => {
            let code = RecoveryCode::parse(secret)?;
            (vault.unlock_recovery(&code)?, KeySource::RecoveryCode)
        }
    };
    let mut conn = store::open(&dir.db_path(), &key, OpenMode::Existing, MIGRATIONS)?;
    let read_only = store::open::is_read_only(&conn);
    if !read_only {
        topic::sync_builtins(&mut conn, clock.now())?;
    }
    let mut restored = false;
    if !read_only && source == KeySource::RecoveryCode && vault.protection() == Protection::Keyring
    {
        if let Err(Error::KeyringEntryMissing(_)) = vault.unlock_keyring(keyring) {
            restored = vault.restore_keyring(&key, keyring).is_ok();
        }
    }
    let mut session = Session::new(dir.clone(), conn, key, vault, source, clock);
    session.keyring_restored = restored;
    Ok(session)
}

fn remove_if_exists(path: &Path) {
    let _ = std::fs::remove_file(path);
}

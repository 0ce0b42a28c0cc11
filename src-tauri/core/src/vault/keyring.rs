//! Secrets in the OS keyring, behind a small trait so tests can use [`MemoryKeyring`].
//!
//! # What is stored where
//!
//! Service `org.eyelevel.desktop`, account `vault-<vault id>`; the secret is the hex text of a
//! random 256-bit key-encryption key (text, so stores that only hold UTF-8, like KDE Wallet,
//! work too). [`SecretStore::probe`] writes, reads and deletes a throwaway account `probe`.
//!
//! On Linux the item is created by `zbus-secret-service-keyring-store` in the default
//! (login) collection with the Secret Service attributes
//! `service` = `org.eyelevel.desktop` and `username` = `vault-<vault id>`
//! (no `target` attribute, since no target modifier is used), and the label
//! `keyring:vault-<vault id>@org.eyelevel.desktop`. Items are looked up by exactly
//! `service` + `username`, so an end-to-end test can remove the entry with
//! `secret-tool clear service org.eyelevel.desktop username vault-<vault id>`.
//! On macOS it is a generic password in the login keychain (service/account);
//! on Windows a generic credential in the Credential Manager.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use keyring_core::{CredentialStore, Entry};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

pub use super::memory_keyring::MemoryKeyring;

/// The keyring service name (the app id).
pub const SERVICE: &str = "org.eyelevel.desktop";
/// The account used by [`SecretStore::probe`].
pub const PROBE_ACCOUNT: &str = "probe";

/// The keyring account that holds the KEK of a vault.
pub fn account_for(vault_id: &str) -> String {
    format!("vault-{vault_id}")
}

/// A place to keep small secrets outside the data directory.
pub trait SecretStore: Send + Sync {
    /// True when a write, read and delete of a throwaway entry all work. Never hangs long,
    /// never panics.
    fn probe(&self) -> bool;
    /// The secret of `account`; `Ok(None)` when there is none.
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>>;
    /// Creates or replaces the secret of `account`.
    fn set(&self, account: &str, secret: &[u8]) -> Result<()>;
    /// Removes `account`; a missing entry is not an error.
    fn delete(&self, account: &str) -> Result<()>;
}

type SharedStore = Arc<Mutex<Option<Arc<CredentialStore>>>>;

/// The OS keyring via keyring-core and the store crate of the platform.
///
/// The platform store is built lazily on first use and rebuilt after a failure, so a keyring
/// that appears after start-up (or restarts) is picked up; no process-wide default store is
/// used. Every call runs on a helper thread with a time limit, so a stuck D-Bus or a panic in
/// the store becomes [`Error::KeyringUnavailable`].
pub struct OsKeyring {
    service: String,
    store: SharedStore,
    timeout: Duration,
    probe_timeout: Duration,
    connect_timeout: Duration,
}

/// What the keyring thread reports: that it reached the keyring, then the outcome.
enum Progress<T> {
    Connected,
    Done(keyring_core::Result<T>),
}

impl Default for OsKeyring {
    fn default() -> Self {
        OsKeyring::new()
    }
}

impl std::fmt::Debug for OsKeyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OsKeyring")
            .field("service", &self.service)
            .finish_non_exhaustive()
    }
}

impl OsKeyring {
    /// The keyring for service [`SERVICE`]. Does not connect yet.
    pub fn new() -> Self {
        OsKeyring::with_service(SERVICE)
    }

    /// A keyring under another service name (tests).
    pub fn with_service(service: &str) -> Self {
        OsKeyring {
            service: service.to_string(),
            store: Arc::new(Mutex::new(None)),
            // Generous once connected: a locked keyring may show an unlock prompt to the user.
            timeout: Duration::from_secs(60),
            probe_timeout: Duration::from_secs(10),
            // Reaching the Secret Service takes milliseconds; a bus that never answers is not
            // worth waiting for.
            connect_timeout: Duration::from_secs(4),
        }
    }

    /// Runs `op` on an entry for `account`, off-thread: the keyring must be reached within
    /// the connect timeout, and `op` must finish within `limit`.
    fn run<T, F>(&self, account: &str, limit: Duration, op: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Entry) -> keyring_core::Result<T> + Send + 'static,
    {
        let shared = self.store.clone();
        let service = self.service.clone();
        let account = account.to_string();
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("eyelevel-keyring".into())
            .spawn(move || {
                let result = (|| {
                    let store = cached_store(&shared)?;
                    let _ = tx.send(Progress::Connected);
                    let entry = Entry::new_in_store(&store, &service, &account)?;
                    op(&entry)
                })();
                if let Err(err) = &result {
                    if is_connection_failure(err) {
                        forget_store(&shared);
                    }
                }
                let _ = tx.send(Progress::Done(result));
            });
        if let Err(e) = spawned {
            return Err(Error::KeyringUnavailable(format!(
                "cannot start a thread: {e}"
            )));
        }
        let silent = |seconds: u64| {
            Error::KeyringUnavailable(format!(
                "the keyring did not answer within {seconds} seconds"
            ))
        };
        let failed = || Error::KeyringUnavailable("the keyring store failed unexpectedly".into());
        match rx.recv_timeout(self.connect_timeout.min(limit)) {
            Ok(Progress::Done(result)) => result.map_err(unavailable),
            Ok(Progress::Connected) => match rx.recv_timeout(limit) {
                Ok(Progress::Done(result)) => result.map_err(unavailable),
                Ok(Progress::Connected) | Err(mpsc::RecvTimeoutError::Disconnected) => {
                    Err(failed())
                }
                Err(mpsc::RecvTimeoutError::Timeout) => Err(silent(limit.as_secs())),
            },
            Err(mpsc::RecvTimeoutError::Timeout) => Err(silent(self.connect_timeout.as_secs())),
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(failed()),
        }
    }
}

impl SecretStore for OsKeyring {
    fn probe(&self) -> bool {
        let marker = format!("probe-{}", hex::encode(rand::random::<[u8; 8]>()));
        let result = self.run(PROBE_ACCOUNT, self.probe_timeout, move |entry| {
            entry.set_secret(marker.as_bytes())?;
            let back = entry.get_secret();
            let _ = entry.delete_credential();
            Ok(back? == marker.as_bytes())
        });
        matches!(result, Ok(true))
    }

    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
        self.run(account, self.timeout, |entry| match entry.get_secret() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(keyring_core::Error::Ambiguous(entries)) => {
                // Several items match: take the first readable one; the vault verifies it.
                Ok(entries
                    .iter()
                    .find_map(|e| e.get_secret().ok())
                    .map(Zeroizing::new))
            }
            Err(e) => Err(e),
        })
    }

    fn set(&self, account: &str, secret: &[u8]) -> Result<()> {
        let secret = Zeroizing::new(secret.to_vec());
        self.run(account, self.timeout, move |entry| {
            match entry.set_secret(&secret) {
                Err(keyring_core::Error::Ambiguous(entries)) => {
                    for e in &entries {
                        e.delete_credential()?;
                    }
                    entry.set_secret(&secret)
                }
                other => other,
            }
        })
    }

    fn delete(&self, account: &str) -> Result<()> {
        self.run(account, self.timeout, |entry| {
            match entry.delete_credential() {
                Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
                Err(keyring_core::Error::Ambiguous(entries)) => {
                    for e in &entries {
                        e.delete_credential()?;
                    }
                    Ok(())
                }
                Err(e) => Err(e),
            }
        })
    }
}

fn cached_store(shared: &SharedStore) -> keyring_core::Result<Arc<CredentialStore>> {
    let mut guard = match shared.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(store) = guard.as_ref() {
        return Ok(store.clone());
    }
    let store = platform_store()?;
    *guard = Some(store.clone());
    Ok(store)
}

fn forget_store(shared: &SharedStore) {
    match shared.lock() {
        Ok(mut g) => *g = None,
        Err(poisoned) => *poisoned.into_inner() = None,
    }
}

fn is_connection_failure(err: &keyring_core::Error) -> bool {
    matches!(
        err,
        keyring_core::Error::PlatformFailure(_) | keyring_core::Error::NoStorageAccess(_)
    )
}

fn unavailable(err: keyring_core::Error) -> Error {
    let detail = match &err {
        keyring_core::Error::Ambiguous(items) => {
            format!("{} keyring entries match", items.len())
        }
        other => other.to_string(),
    };
    Error::KeyringUnavailable(detail)
}

#[cfg(target_os = "linux")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = zbus_secret_service_keyring_store::Store::new()?;
    Ok(store)
}

#[cfg(target_os = "macos")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = apple_native_keyring_store::keychain::Store::new()?;
    Ok(store)
}

#[cfg(target_os = "windows")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = windows_native_keyring_store::Store::new()?;
    Ok(store)
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(keyring_core::Error::NotSupportedByStore(
        "no OS keyring support on this platform".into(),
    ))
}

//! An in-memory [`SecretStore`] for tests (the core's and the shell's IPC tests).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use zeroize::Zeroizing;

use super::keyring::SecretStore;
use crate::error::{Error, Result};

#[derive(Default)]
struct Inner {
    entries: HashMap<String, Zeroizing<Vec<u8>>>,
    unavailable: bool,
}

/// A keyring in memory. Clones share the same entries, so a test can keep a handle while the
/// code under test owns another. Can be switched to "unavailable" to simulate a missing
/// Secret Service.
#[derive(Clone, Default)]
pub struct MemoryKeyring {
    inner: Arc<Mutex<Inner>>,
}

impl std::fmt::Debug for MemoryKeyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let inner = self.lock();
        f.debug_struct("MemoryKeyring")
            .field("entries", &inner.entries.len())
            .field("unavailable", &inner.unavailable)
            .finish()
    }
}

impl MemoryKeyring {
    /// An empty, working keyring.
    pub fn new() -> Self {
        MemoryKeyring::default()
    }

    /// A keyring that fails every call with [`Error::KeyringUnavailable`].
    pub fn unavailable() -> Self {
        let k = MemoryKeyring::default();
        k.set_available(false);
        k
    }

    /// Switches availability; entries survive.
    pub fn set_available(&self, available: bool) {
        self.lock().unavailable = !available;
    }

    /// Removes every entry (like a reset keychain).
    pub fn clear(&self) {
        self.lock().entries.clear();
    }

    /// Alias of [`MemoryKeyring::clear`].
    pub fn delete_all(&self) {
        self.clear();
    }

    /// The accounts that hold a secret, sorted.
    pub fn accounts(&self) -> Vec<String> {
        let mut v: Vec<String> = self.lock().entries.keys().cloned().collect();
        v.sort();
        v
    }

    /// Whether `account` holds a secret (ignores availability).
    pub fn contains(&self, account: &str) -> bool {
        self.lock().entries.contains_key(account)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        match self.inner.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    fn available(&self) -> Result<MutexGuard<'_, Inner>> {
        let inner = self.lock();
        if inner.unavailable {
            return Err(Error::KeyringUnavailable(
                "the in-memory keyring is switched off".into(),
            ));
        }
        Ok(inner)
    }
}

impl SecretStore for MemoryKeyring {
    fn probe(&self) -> bool {
        !self.lock().unavailable
    }

    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
        Ok(self.available()?.entries.get(account).cloned())
    }

    fn set(&self, account: &str, secret: &[u8]) -> Result<()> {
        self.available()?
            .entries
            .insert(account.to_string(), Zeroizing::new(secret.to_vec()));
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<()> {
        self.available()?.entries.remove(account);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_and_switchable() {
        let k = MemoryKeyring::new();
        let handle = k.clone();
        assert!(k.probe());
        k.set("a", b"1").unwrap();
        assert_eq!(handle.get("a").unwrap().unwrap().as_slice(), b"1");
        handle.set_available(false);
        assert!(!k.probe());
        assert!(matches!(k.get("a"), Err(Error::KeyringUnavailable(_))));
        assert!(k.contains("a"));
        handle.set_available(true);
        k.delete("a").unwrap();
        k.delete("a").unwrap();
        assert_eq!(k.get("a").unwrap(), None);
        k.set("b", b"2").unwrap();
        k.clear();
        assert!(k.accounts().is_empty());
    }
}

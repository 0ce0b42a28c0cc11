//! Key management: one random data key, wrapped in `vault.json` by up to three holders —
//! the OS keyring, a passphrase, and (always) a recovery code.
//!
//! Unwrapping only reads; every change re-wraps the same data key (the database is never
//! re-encrypted) and replaces vault.json atomically.

mod base64_bytes;
pub mod file;
pub mod key;
pub mod keyring;
mod memory_keyring;
pub mod passphrase;
mod protection;
pub mod recovery;
pub mod wrap;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

pub use file::VaultFile;
pub use key::{DataKey, Sensitive};
pub use keyring::{MemoryKeyring, OsKeyring, SecretStore};
pub use protection::{KeySource, Protection};
pub use recovery::RecoveryCode;

use file::{Holders, KdfHolder, KeyringHolder};
use passphrase::KdfParams;
use wrap::{associated_data, Kek};

use crate::error::{Error, Result};

const HOLDER_KEYRING: &str = "keyring";
const HOLDER_PASSPHRASE: &str = "passphrase";
const HOLDER_RECOVERY: &str = "recovery_code";

/// A loaded vault file and where it lives.
#[derive(Debug, Clone)]
pub struct Vault {
    path: PathBuf,
    file: VaultFile,
}

impl Vault {
    /// Reads and validates vault.json. Never writes.
    pub fn load(path: &Path) -> Result<Vault> {
        Ok(Vault {
            path: path.to_path_buf(),
            file: VaultFile::read(path)?,
        })
    }

    /// Builds a new vault for `key`: keyring protection stores a fresh KEK in `keyring`
    /// (failing with [`Error::KeyringUnavailable`] before anything is written); passphrase
    /// protection needs `passphrase`. A recovery holder is always added. Nothing is written
    /// to disk: call [`Vault::save`].
    pub fn create(
        path: &Path,
        key: &DataKey,
        protection: Protection,
        passphrase: Option<&str>,
        keyring: &dyn SecretStore,
        now: DateTime<Utc>,
    ) -> Result<(Vault, RecoveryCode)> {
        if let Some(p) = passphrase {
            passphrase::check_new_passphrase(p)?;
        } else if protection == Protection::Passphrase {
            return Err(Error::InvalidInput(
                "passphrase protection needs a passphrase".into(),
            ));
        }
        let vault_id = hex::encode(rand::random::<[u8; 16]>());
        let code = RecoveryCode::generate();
        let recovery_code = kdf_holder(&vault_id, HOLDER_RECOVERY, code.kdf_input(), key)?;
        let passphrase = match passphrase {
            Some(p) => {
                let normalized = passphrase::normalized(p);
                Some(kdf_holder(
                    &vault_id,
                    HOLDER_PASSPHRASE,
                    normalized.as_bytes(),
                    key,
                )?)
            }
            None => None,
        };
        let mut vault = Vault {
            path: path.to_path_buf(),
            file: VaultFile {
                format: file::FORMAT.to_string(),
                version: file::VERSION,
                vault_id,
                created_at: now,
                protection,
                holders: Holders {
                    keyring: None,
                    passphrase,
                    recovery_code,
                },
            },
        };
        if protection == Protection::Keyring {
            vault.file.holders.keyring = Some(store_new_kek(&vault.file.vault_id, key, keyring)?);
        }
        Ok((vault, code))
    }

    /// Writes vault.json atomically.
    pub fn save(&self) -> Result<()> {
        self.file.write(&self.path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn file(&self) -> &VaultFile {
        &self.file
    }

    pub fn id(&self) -> &str {
        &self.file.vault_id
    }

    pub fn protection(&self) -> Protection {
        self.file.protection
    }

    pub fn has_passphrase(&self) -> bool {
        self.file.holders.passphrase.is_some()
    }

    pub fn has_keyring_holder(&self) -> bool {
        self.file.holders.keyring.is_some()
    }

    pub fn has_recovery_code(&self) -> bool {
        true
    }

    /// The keyring account of this vault (`vault-<id>`).
    pub fn keyring_account(&self) -> String {
        keyring::account_for(&self.file.vault_id)
    }

    /// The KDF of the passphrase holder, or else of the recovery holder, described.
    pub fn kdf_description(&self) -> String {
        let h = &self.file.holders;
        h.passphrase
            .as_ref()
            .unwrap_or(&h.recovery_code)
            .kdf
            .describe()
    }

    /// Unwraps with the KEK kept in the OS keyring.
    pub fn unlock_keyring(&self, keyring: &dyn SecretStore) -> Result<DataKey> {
        let holder = self.file.holders.keyring.as_ref().ok_or_else(|| {
            Error::InvalidInput("this vault is not protected by the OS keyring".into())
        })?;
        let secret = keyring
            .get(&self.keyring_account())?
            .ok_or_else(|| Error::KeyringEntryMissing("there is no entry for this vault".into()))?;
        let kek = Kek::from_hex(&secret).ok_or_else(|| {
            Error::KeyringEntryMissing("the entry for this vault is not readable".into())
        })?;
        let aad = associated_data(self.id(), HOLDER_KEYRING);
        wrap::unwrap(&kek, &holder.wrapped, &aad).ok_or_else(|| {
            Error::KeyringEntryMissing("the entry for this vault does not match it".into())
        })
    }

    /// Unwraps with a passphrase, in its NFC form — or, for a vault wrapped before
    /// passphrases were normalised, in the form it was typed (see
    /// [`passphrase::unlock_candidates`]).
    pub fn unlock_passphrase(&self, passphrase: &str) -> Result<DataKey> {
        let holder = self
            .file
            .holders
            .passphrase
            .as_ref()
            .ok_or(Error::NoPassphraseSet)?;
        for form in passphrase::unlock_candidates(passphrase) {
            if let Some(key) = unwrap_kdf(self.id(), HOLDER_PASSPHRASE, holder, form.as_bytes())? {
                return Ok(key);
            }
        }
        Err(Error::WrongPassphrase)
    }

    /// Unwraps with a recovery code.
    pub fn unlock_recovery(&self, code: &RecoveryCode) -> Result<DataKey> {
        let holder = &self.file.holders.recovery_code;
        unwrap_kdf(self.id(), HOLDER_RECOVERY, holder, code.kdf_input())?
            .ok_or(Error::WrongRecoveryCode)
    }

    /// Stores a fresh KEK for `key` in `keyring` and saves the re-wrapped holder.
    /// If saving fails, the keyring keeps the new KEK but vault.json is unchanged.
    pub fn restore_keyring(&mut self, key: &DataKey, keyring: &dyn SecretStore) -> Result<()> {
        let holder = store_new_kek(self.id(), key, keyring)?;
        self.update(|f| f.holders.keyring = Some(holder))
    }

    /// Sets (or adds) the passphrase holder and saves. Re-wraps only.
    pub fn set_passphrase(&mut self, key: &DataKey, passphrase: &str) -> Result<()> {
        passphrase::check_new_passphrase(passphrase)?;
        let normalized = passphrase::normalized(passphrase);
        let holder = kdf_holder(self.id(), HOLDER_PASSPHRASE, normalized.as_bytes(), key)?;
        self.update(|f| f.holders.passphrase = Some(holder))
    }

    /// Replaces the recovery holder with a fresh code and saves; returns the new code.
    pub fn replace_recovery_code(&mut self, key: &DataKey) -> Result<RecoveryCode> {
        let code = RecoveryCode::generate();
        let holder = kdf_holder(self.id(), HOLDER_RECOVERY, code.kdf_input(), key)?;
        self.update(|f| f.holders.recovery_code = holder)?;
        Ok(code)
    }

    /// Best effort: removes this vault's keyring entry (cleanup after a failed setup).
    pub fn forget_keyring(&self, keyring: &dyn SecretStore) {
        let _ = keyring.delete(&self.keyring_account());
    }

    /// Applies `change` to a copy, writes it, and only then adopts it.
    fn update(&mut self, change: impl FnOnce(&mut VaultFile)) -> Result<()> {
        let mut next = self.file.clone();
        change(&mut next);
        next.write(&self.path)?;
        self.file = next;
        Ok(())
    }
}

fn kdf_holder(vault_id: &str, holder: &str, secret: &[u8], key: &DataKey) -> Result<KdfHolder> {
    let kdf = KdfParams::generate();
    let kek = kdf.derive(secret)?;
    let wrapped = wrap::wrap(&kek, key, &associated_data(vault_id, holder))?;
    Ok(KdfHolder { kdf, wrapped })
}

fn unwrap_kdf(
    vault_id: &str,
    holder_kind: &str,
    holder: &KdfHolder,
    secret: &[u8],
) -> Result<Option<DataKey>> {
    let kek = holder.kdf.derive(secret)?;
    Ok(wrap::unwrap(
        &kek,
        &holder.wrapped,
        &associated_data(vault_id, holder_kind),
    ))
}

fn store_new_kek(
    vault_id: &str,
    key: &DataKey,
    keyring: &dyn SecretStore,
) -> Result<KeyringHolder> {
    let kek = Kek::generate();
    let wrapped = wrap::wrap(&kek, key, &associated_data(vault_id, HOLDER_KEYRING))?;
    keyring.set(&keyring::account_for(vault_id), &kek.to_hex())?;
    Ok(KeyringHolder { wrapped })
}

#[cfg(test)]
mod nfc_tests;

//! `vault.json`: the wrapped data key and how to unwrap it. Holds no plaintext key.
//!
//! ```json
//! { "format": "eyelevel-vault", "version": 1, "vault_id": "<32 hex>",
//!   "created_at": "2026-11-24T09:00:00Z", "protection": "keyring" | "passphrase",
//!   "holders": { "keyring": { "wrapped": "<base64>" },
//!                "passphrase": { "kdf": {…}, "wrapped": "<base64>" },
//!                "recovery_code": { "kdf": {…}, "wrapped": "<base64>" } } }
//! ```
//! `wrapped` is nonce ‖ ciphertext ‖ tag of XChaCha20-Poly1305. Reading never writes;
//! writing is atomic (temp file in the same folder, fsync, rename, fsync folder).

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::base64_bytes;
use super::passphrase::KdfParams;
use super::protection::Protection;
use super::wrap::WRAPPED_LEN;
use crate::error::{Error, Result};

/// The `format` marker of our vault files.
pub const FORMAT: &str = "eyelevel-vault";
/// The newest format version this binary reads and the one it writes.
pub const VERSION: u64 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultFile {
    pub format: String,
    pub version: u64,
    pub vault_id: String,
    pub created_at: DateTime<Utc>,
    pub protection: Protection,
    pub holders: Holders,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holders {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyring: Option<KeyringHolder>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passphrase: Option<KdfHolder>,
    pub recovery_code: KdfHolder,
}

/// The data key wrapped by a KEK that lives in the OS keyring.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyringHolder {
    #[serde(with = "base64_bytes")]
    pub wrapped: Vec<u8>,
}

/// The data key wrapped by a KEK derived from a secret the user knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfHolder {
    pub kdf: KdfParams,
    #[serde(with = "base64_bytes")]
    pub wrapped: Vec<u8>,
}

impl VaultFile {
    /// Reads and validates `path`. A missing file is [`Error::VaultMissing`].
    pub fn read(path: &Path) -> Result<VaultFile> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::VaultMissing(path.display().to_string()))
            }
            Err(e) => return Err(Error::io(format!("read {}", path.display()), e)),
        };
        VaultFile::parse(&bytes)
    }

    /// Parses and validates the bytes of a vault file.
    pub fn parse(bytes: &[u8]) -> Result<VaultFile> {
        let value: serde_json::Value = serde_json::from_slice(bytes)
            .map_err(|_| Error::VaultCorrupt("the file is not valid JSON".into()))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(Error::VaultCorrupt(
                "this is not an Eyelevel vault file".into(),
            ));
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v > VERSION => {
                return Err(Error::VaultTooNew {
                    found: v,
                    supported: VERSION,
                })
            }
            Some(v) if v >= 1 => {}
            _ => return Err(Error::VaultCorrupt("the format version is invalid".into())),
        }
        let file: VaultFile = serde_json::from_value(value)
            .map_err(|e| Error::VaultCorrupt(format!("unexpected content ({e})")))?;
        file.validate()?;
        Ok(file)
    }

    fn validate(&self) -> Result<()> {
        let corrupt = |why: &str| Err(Error::VaultCorrupt(why.to_string()));
        if self.vault_id.len() != 32
            || !self
                .vault_id
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return corrupt("the vault id is invalid");
        }
        let h = &self.holders;
        let lens_ok = h
            .keyring
            .as_ref()
            .is_none_or(|k| k.wrapped.len() == WRAPPED_LEN)
            && h.passphrase
                .as_ref()
                .is_none_or(|p| p.wrapped.len() == WRAPPED_LEN)
            && h.recovery_code.wrapped.len() == WRAPPED_LEN;
        if !lens_ok {
            return corrupt("a wrapped key has the wrong length");
        }
        if let Some(p) = &h.passphrase {
            p.kdf.validate()?;
        }
        h.recovery_code.kdf.validate()?;
        match self.protection {
            Protection::Keyring if h.keyring.is_none() => {
                corrupt("keyring protection without a keyring holder")
            }
            Protection::Passphrase if h.passphrase.is_none() => {
                corrupt("passphrase protection without a passphrase holder")
            }
            _ => Ok(()),
        }
    }

    /// Writes the file atomically (owner-only permissions on Unix).
    pub fn write(&self, path: &Path) -> Result<()> {
        let mut json = serde_json::to_vec_pretty(self)?;
        json.push(b'\n');
        crate::files::write_private(path, &json, "vault.json")
    }
}

//! Argon2id key derivation for the passphrase and recovery-code holders.
//!
//! Parameters (m = 64 MiB, t = 3, p = 1, 16-byte random salt) are stored next to each wrap in
//! vault.json, so vaults keep opening if the defaults change later.

use argon2::{Algorithm, Argon2, Params, Version};
use rand::rngs::OsRng;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use super::base64_bytes;
use super::wrap::Kek;
use crate::error::{Error, Result};

/// Minimum passphrase length, in characters (Unicode scalar values, nothing trimmed).
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Memory cost in KiB (64 MiB).
pub const MEMORY_KIB: u32 = 65_536;
/// Number of passes.
pub const ITERATIONS: u32 = 3;
/// Lanes.
pub const PARALLELISM: u32 = 1;
/// Salt length in bytes.
pub const SALT_LEN: usize = 16;

/// Every (memory KiB, passes, lanes) Eyelevel has written. A stronger profile is added here,
/// never an old one removed, so every vault keeps opening.
pub const PROFILES: &[(u32, u32, u32)] = &[(MEMORY_KIB, ITERATIONS, PARALLELISM)];

const ALGORITHM: &str = "argon2id";
const VERSION: u32 = 0x13;

/// The KDF settings of one holder, as stored in vault.json.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub algorithm: String,
    pub version: u32,
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
    #[serde(with = "base64_bytes")]
    pub salt: Vec<u8>,
}

impl KdfParams {
    /// Production parameters with a fresh random salt.
    pub fn generate() -> Self {
        let mut salt = vec![0u8; SALT_LEN];
        OsRng.fill_bytes(&mut salt);
        KdfParams {
            algorithm: ALGORITHM.to_string(),
            version: VERSION,
            memory_kib: MEMORY_KIB,
            iterations: ITERATIONS,
            parallelism: PARALLELISM,
            salt,
        }
    }

    /// Accepts only the parameter sets Eyelevel writes ([`PROFILES`]): anything else was
    /// changed outside Eyelevel, and deriving with it could allocate gigabytes or spin for
    /// minutes before saying "wrong passphrase". Refused at once as tampered instead.
    pub fn validate(&self) -> Result<()> {
        let ok = self.algorithm == ALGORITHM
            && self.version == VERSION
            && PROFILES.contains(&(self.memory_kib, self.iterations, self.parallelism))
            && self.salt.len() == SALT_LEN;
        if ok {
            Ok(())
        } else {
            Err(Error::VaultTampered(
                "its key-derivation parameters are not ones Eyelevel writes".into(),
            ))
        }
    }

    /// Derives a 256-bit KEK from `secret`.
    pub fn derive(&self, secret: &[u8]) -> Result<Kek> {
        self.validate()?;
        let params = Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32))
            .map_err(|e| Error::VaultCorrupt(format!("key-derivation parameters: {e}")))?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut kek = Kek::from_bytes([0u8; 32]);
        argon
            .hash_password_into(secret, &self.salt, kek.bytes_mut())
            .map_err(|e| Error::Internal(format!("key derivation failed: {e}")))?;
        Ok(kek)
    }

    /// Human description, e.g. "Argon2id (64 MiB, 3 passes, 1 lane)".
    pub fn describe(&self) -> String {
        let mem = if self.memory_kib.is_multiple_of(1024) {
            format!("{} MiB", self.memory_kib / 1024)
        } else {
            format!("{} KiB", self.memory_kib)
        };
        let passes = plural(self.iterations, "pass", "passes");
        let lanes = plural(self.parallelism, "lane", "lanes");
        format!("Argon2id ({mem}, {passes}, {lanes})")
    }
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The form a passphrase is derived from: Unicode NFC, so "ä" typed as one character (Linux,
/// Windows) or as "a" + combining diaeresis (macOS input methods) opens the same vault.
pub fn normalized(passphrase: &str) -> Zeroizing<String> {
    Zeroizing::new(passphrase.nfc().collect())
}

/// The forms to try when unlocking, best first: NFC (how Eyelevel wraps since it normalises),
/// then the text exactly as typed and its NFD form — a vault wrapped before normalisation holds
/// whatever bytes were typed then. Most passphrases have one form only.
pub fn unlock_candidates(passphrase: &str) -> Vec<Zeroizing<String>> {
    let mut forms = vec![normalized(passphrase)];
    for form in [
        Zeroizing::new(passphrase.to_string()),
        Zeroizing::new(passphrase.nfd().collect::<String>()),
    ] {
        if !forms.iter().any(|f| **f == *form) {
            forms.push(form);
        }
    }
    forms
}

/// Checks a passphrase the user wants to set (its length counted after normalisation).
pub fn check_new_passphrase(passphrase: &str) -> Result<()> {
    if normalized(passphrase).chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derivation_is_deterministic_per_salt() {
        let p = KdfParams::generate();
        assert_eq!(p.describe(), "Argon2id (64 MiB, 3 passes, 1 lane)");
        let a = p.derive(b"correct horse").unwrap();
        let b = p.derive(b"correct horse").unwrap();
        assert_eq!(a.to_hex(), b.to_hex());
        let c = p.derive(b"correct horsf").unwrap();
        assert_ne!(a.to_hex(), c.to_hex());
        let q = KdfParams::generate();
        assert_ne!(p.salt, q.salt);
        assert_ne!(q.derive(b"correct horse").unwrap().to_hex(), a.to_hex());
    }

    #[test]
    fn rejects_foreign_params() {
        let mut p = KdfParams::generate();
        p.algorithm = "scrypt".into();
        assert!(matches!(p.validate(), Err(Error::VaultTampered(_))));
        let mut p = KdfParams::generate();
        p.memory_kib = u32::MAX;
        assert!(p.derive(b"x").is_err());
    }

    #[test]
    fn passphrase_length_counts_chars() {
        assert!(check_new_passphrase("1234567").is_err());
        assert!(check_new_passphrase("12345678").is_ok());
        assert!(check_new_passphrase("äöüäöüä").is_err()); // 7 chars, 14 bytes
        assert!(check_new_passphrase("        ").is_ok()); // nothing is trimmed
                                                           // Seven characters however they were typed: "ä" decomposed is still one.
        assert!(check_new_passphrase("a\u{308}öüäöüä").is_err());
    }

    #[test]
    fn candidates_put_nfc_first_and_drop_duplicates() {
        assert_eq!(unlock_candidates("plain ascii").len(), 1);
        let decomposed = "Mu\u{308}nchen 2026";
        let forms = unlock_candidates(decomposed);
        assert_eq!(forms.len(), 2, "NFC, then the typed (= NFD) form");
        assert_eq!(forms[0].as_str(), "München 2026");
        assert_eq!(forms[1].as_str(), decomposed);
        let composed = unlock_candidates("München 2026");
        assert_eq!(composed.len(), 2, "NFC (= typed), then NFD");
        assert_eq!(composed[1].as_str(), decomposed);
    }
}

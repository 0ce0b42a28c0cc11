//! How a vault protects its data key, and which holder opened a session.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the data key is normally unlocked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Protection {
    /// A random key kept in the OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// A passphrase the user types.
    Passphrase,
}

/// Which holder unwrapped the data key of the open session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum KeySource {
    Keyring,
    Passphrase,
    RecoveryCode,
}

impl Protection {
    /// The wire name: `"keyring"` or `"passphrase"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Protection::Keyring => "keyring",
            Protection::Passphrase => "passphrase",
        }
    }
}

impl std::fmt::Display for Protection {
    /// Human words: "OS keyring", "passphrase".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Protection::Keyring => "OS keyring",
            Protection::Passphrase => "passphrase",
        })
    }
}

impl KeySource {
    /// The wire name: `"keyring"`, `"passphrase"` or `"recovery_code"`.
    pub fn as_str(self) -> &'static str {
        match self {
            KeySource::Keyring => "keyring",
            KeySource::Passphrase => "passphrase",
            KeySource::RecoveryCode => "recovery_code",
        }
    }
}

impl std::fmt::Display for KeySource {
    /// Human words: "OS keyring", "passphrase", "recovery code".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            KeySource::Keyring => "OS keyring",
            KeySource::Passphrase => "passphrase",
            KeySource::RecoveryCode => "recovery code",
        })
    }
}

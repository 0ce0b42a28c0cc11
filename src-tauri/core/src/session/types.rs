//! Session types that cross the IPC boundary (exported to TypeScript).
//!
//! Request types that carry secrets print `***` in `Debug` and wipe their strings on drop.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroize;

use crate::i18n::Language;
use crate::vault::{KeySource, Protection};

/// Where the app is in its lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AppPhase {
    /// No vault yet: show the first-run wizard.
    Setup,
    /// A vault exists but the database is not open.
    Locked,
    /// The database is open.
    Unlocked,
}

/// What the UI needs to decide which screen to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AppStatus {
    pub phase: AppPhase,
    /// `None` only in [`AppPhase::Setup`].
    pub protection: Option<Protection>,
    /// The vault has a passphrase holder.
    pub has_passphrase: bool,
    /// A probe found a working OS keyring.
    pub keyring_available: bool,
    pub data_dir: String,
    /// From the OS locale: `de*` → De, else En.
    pub os_language: Language,
    /// Setup was interrupted before the recovery code was confirmed: after unlocking, the
    /// app shows a new code first.
    pub setup_unfinished: bool,
    /// The data can be read but not changed (a read-only folder or mount); only known once
    /// unlocked.
    pub read_only: bool,
}

/// First-run request.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetupRequest {
    pub protection: Protection,
    /// Required for [`Protection::Passphrase`]; optional extra holder for keyring protection.
    pub passphrase: Option<String>,
}

/// Answer to a successful setup: the recovery code is shown once.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetupResult {
    pub recovery_code: String,
    pub status: AppStatus,
}

/// How to unlock.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum UnlockRequest {
    Keyring,
    Passphrase { secret: String },
    RecoveryCode { secret: String },
}

/// Change or add the passphrase.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChangePassphraseRequest {
    /// Required when the vault already has a passphrase.
    pub current: Option<String>,
    pub new_passphrase: String,
}

/// What the Settings › Security page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SecurityInfo {
    pub protection: Protection,
    pub has_passphrase: bool,
    /// Always true for vaults Eyelevel creates.
    pub has_recovery_code: bool,
    pub data_dir: String,
    pub database_file: String,
    pub vault_file: String,
    /// e.g. "SQLCipher 4.6.1 community", from `PRAGMA cipher_version`.
    pub cipher: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    /// e.g. "Argon2id (64 MiB, 3 passes, 1 lane)".
    pub kdf: String,
    /// What opened this session. After a recovery-code unlock a new passphrase can be set
    /// without the old one — that is what the recovery code is for.
    pub unlocked_with: KeySource,
}

impl SetupResult {
    /// The answer to `setup_vault`: the code in its display form and the new status.
    pub fn new(recovery_code: &crate::vault::RecoveryCode, status: AppStatus) -> Self {
        SetupResult {
            recovery_code: recovery_code.formatted().to_string(),
            status,
        }
    }
}

impl std::fmt::Debug for SetupRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetupRequest")
            .field("protection", &self.protection)
            .field("passphrase", &self.passphrase.as_ref().map(|_| "***"))
            .finish()
    }
}

impl Drop for SetupRequest {
    fn drop(&mut self) {
        self.passphrase.zeroize();
    }
}

impl std::fmt::Debug for SetupResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetupResult")
            .field("recovery_code", &"***")
            .field("status", &self.status)
            .finish()
    }
}

impl Drop for SetupResult {
    fn drop(&mut self) {
        self.recovery_code.zeroize();
    }
}

impl std::fmt::Debug for UnlockRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UnlockRequest::Keyring => f.write_str("UnlockRequest::Keyring"),
            UnlockRequest::Passphrase { .. } => f.write_str("UnlockRequest::Passphrase(***)"),
            UnlockRequest::RecoveryCode { .. } => f.write_str("UnlockRequest::RecoveryCode(***)"),
        }
    }
}

impl Drop for UnlockRequest {
    fn drop(&mut self) {
        match self {
            UnlockRequest::Keyring => {}
            UnlockRequest::Passphrase { secret } | UnlockRequest::RecoveryCode { secret } => {
                secret.zeroize()
            }
        }
    }
}

impl std::fmt::Debug for ChangePassphraseRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChangePassphraseRequest")
            .field("current", &self.current.as_ref().map(|_| "***"))
            .field("new_passphrase", &"***")
            .finish()
    }
}

impl Drop for ChangePassphraseRequest {
    fn drop(&mut self) {
        self.current.zeroize();
        self.new_passphrase.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlock_request_wire_format() {
        let r: UnlockRequest = serde_json::from_str(r#"{"method":"keyring"}"#).unwrap();
        assert!(matches!(r, UnlockRequest::Keyring));
        let r: UnlockRequest =
            serde_json::from_str(r#"{"method":"recovery_code","secret":"ab"}"#).unwrap();
        assert!(matches!(&r, UnlockRequest::RecoveryCode { secret } if secret == "ab"));
        let r: UnlockRequest =
            serde_json::from_str(r#"{"method":"passphrase","secret":"hunter22"}"#).unwrap();
        assert_eq!(format!("{r:?}"), "UnlockRequest::Passphrase(***)");
    }

    #[test]
    fn secrets_do_not_print() {
        let r = SetupRequest {
            protection: Protection::Passphrase,
            passphrase: Some("correct horse".into()),
        };
        assert!(!format!("{r:?}").contains("horse"));
        let c = ChangePassphraseRequest {
            current: Some("old-secret".into()),
            new_passphrase: "new-secret".into(),
        };
        assert!(!format!("{c:?}").contains("secret"));
    }
}

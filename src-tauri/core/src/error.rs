//! The one error type of the core, its stable machine codes, and the payload the UI receives.
//!
//! Messages are English, meant for logs and as a fallback; the UI translates by [`ErrorCode`].
//! No message ever contains a secret (passphrase, recovery code, key material or SQL that
//! carries a key).

use serde::{Deserialize, Serialize, Serializer};
use ts_rs::TS;

/// Stable machine codes. Never renumber or rename: the UI translates by these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The passphrase does not unwrap the key.
    WrongPassphrase,
    /// A well-formed recovery code that does not unwrap the key.
    WrongRecoveryCode,
    /// A malformed recovery code (bad characters or length).
    InvalidRecoveryCode,
    /// A passphrase shorter than 8 characters.
    PassphraseTooShort,
    /// The passphrase and its confirmation differ.
    PassphraseMismatch,
    /// No Secret Service / keychain is reachable.
    KeyringUnavailable,
    /// The keyring works but holds no (matching) secret for this vault.
    KeyringEntryMissing,
    /// Passphrase unlock requested, but the vault has no passphrase holder.
    NoPassphraseSet,
    /// Setup requested, but vault.json or eyelevel.db already exists.
    VaultExists,
    /// Unlock requested, but there is no vault.json.
    VaultMissing,
    /// vault.json is unreadable, not ours, or tampered with.
    VaultCorrupt,
    /// vault.json has a format version newer than this binary.
    VaultTooNew,
    /// The vault exists but eyelevel.db is gone.
    DatabaseMissing,
    /// Not a database, the key does not open it, or the integrity check fails.
    DatabaseCorrupt,
    /// The database schema is newer than this binary's migrations.
    SchemaTooNew,
    /// The command needs an unlocked database.
    Locked,
    /// Generic validation failure; the message says what.
    InvalidInput,
    /// Filesystem error.
    Io,
    /// Other SQLite error.
    Database,
    /// Anything else (a bug).
    Internal,
}

impl ErrorCode {
    /// Every code, in declaration order.
    pub const ALL: [ErrorCode; 20] = [
        ErrorCode::WrongPassphrase,
        ErrorCode::WrongRecoveryCode,
        ErrorCode::InvalidRecoveryCode,
        ErrorCode::PassphraseTooShort,
        ErrorCode::PassphraseMismatch,
        ErrorCode::KeyringUnavailable,
        ErrorCode::KeyringEntryMissing,
        ErrorCode::NoPassphraseSet,
        ErrorCode::VaultExists,
        ErrorCode::VaultMissing,
        ErrorCode::VaultCorrupt,
        ErrorCode::VaultTooNew,
        ErrorCode::DatabaseMissing,
        ErrorCode::DatabaseCorrupt,
        ErrorCode::SchemaTooNew,
        ErrorCode::Locked,
        ErrorCode::InvalidInput,
        ErrorCode::Io,
        ErrorCode::Database,
        ErrorCode::Internal,
    ];

    /// The wire name, e.g. `"wrong_passphrase"` (same as the serde form).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::WrongPassphrase => "wrong_passphrase",
            ErrorCode::WrongRecoveryCode => "wrong_recovery_code",
            ErrorCode::InvalidRecoveryCode => "invalid_recovery_code",
            ErrorCode::PassphraseTooShort => "passphrase_too_short",
            ErrorCode::PassphraseMismatch => "passphrase_mismatch",
            ErrorCode::KeyringUnavailable => "keyring_unavailable",
            ErrorCode::KeyringEntryMissing => "keyring_entry_missing",
            ErrorCode::NoPassphraseSet => "no_passphrase_set",
            ErrorCode::VaultExists => "vault_exists",
            ErrorCode::VaultMissing => "vault_missing",
            ErrorCode::VaultCorrupt => "vault_corrupt",
            ErrorCode::VaultTooNew => "vault_too_new",
            ErrorCode::DatabaseMissing => "database_missing",
            ErrorCode::DatabaseCorrupt => "database_corrupt",
            ErrorCode::SchemaTooNew => "schema_too_new",
            ErrorCode::Locked => "locked",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::Io => "io",
            ErrorCode::Database => "database",
            ErrorCode::Internal => "internal",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the UI receives when a command fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
}

/// Every failure the core reports.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("The passphrase is not correct.")]
    WrongPassphrase,
    #[error("The recovery code is not correct for this vault.")]
    WrongRecoveryCode,
    #[error("This is not a valid recovery code: {0}")]
    InvalidRecoveryCode(String),
    #[error("The passphrase is too short: it needs at least {min} characters.")]
    PassphraseTooShort { min: usize },
    #[error("The passphrase and its confirmation do not match.")]
    PassphraseMismatch,
    #[error("The OS keyring is not available: {0}")]
    KeyringUnavailable(String),
    #[error("The OS keyring holds no usable key for this vault: {0}")]
    KeyringEntryMissing(String),
    #[error("This vault has no passphrase; unlock it with the keyring or the recovery code.")]
    NoPassphraseSet,
    #[error("Eyelevel data already exists in {0}; refusing to set up a new vault over it.")]
    VaultExists(String),
    #[error("The vault file is missing: {0}")]
    VaultMissing(String),
    #[error("The vault file is damaged or not an Eyelevel vault: {0}")]
    VaultCorrupt(String),
    #[error("The vault file has format version {found}, but this Eyelevel understands up to {supported}. Please update Eyelevel.")]
    VaultTooNew { found: u64, supported: u64 },
    #[error("The database file is missing: {0}")]
    DatabaseMissing(String),
    #[error("The database cannot be read: {0}")]
    DatabaseCorrupt(String),
    #[error("The database has schema version {found}, but this Eyelevel knows versions up to {supported}. Please update Eyelevel.")]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("The data is locked; unlock it first.")]
    Locked,
    #[error("Invalid input: {0}")]
    InvalidInput(String),
    #[error("File system error while trying to {context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("Database error: {0}")]
    Database(String),
    #[error("Internal error: {0}")]
    Internal(String),
}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The stable machine code of this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::WrongPassphrase => ErrorCode::WrongPassphrase,
            Error::WrongRecoveryCode => ErrorCode::WrongRecoveryCode,
            Error::InvalidRecoveryCode(_) => ErrorCode::InvalidRecoveryCode,
            Error::PassphraseTooShort { .. } => ErrorCode::PassphraseTooShort,
            Error::PassphraseMismatch => ErrorCode::PassphraseMismatch,
            Error::KeyringUnavailable(_) => ErrorCode::KeyringUnavailable,
            Error::KeyringEntryMissing(_) => ErrorCode::KeyringEntryMissing,
            Error::NoPassphraseSet => ErrorCode::NoPassphraseSet,
            Error::VaultExists(_) => ErrorCode::VaultExists,
            Error::VaultMissing(_) => ErrorCode::VaultMissing,
            Error::VaultCorrupt(_) => ErrorCode::VaultCorrupt,
            Error::VaultTooNew { .. } => ErrorCode::VaultTooNew,
            Error::DatabaseMissing(_) => ErrorCode::DatabaseMissing,
            Error::DatabaseCorrupt(_) => ErrorCode::DatabaseCorrupt,
            Error::SchemaTooNew { .. } => ErrorCode::SchemaTooNew,
            Error::Locked => ErrorCode::Locked,
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::Io { .. } => ErrorCode::Io,
            Error::Database(_) => ErrorCode::Database,
            Error::Internal(_) => ErrorCode::Internal,
        }
    }

    /// The payload sent to the UI.
    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            message: self.to_string(),
        }
    }

    /// An [`Error::Io`] with what was being attempted.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

impl From<&Error> for ErrorPayload {
    fn from(err: &Error) -> Self {
        err.payload()
    }
}

impl From<Error> for ErrorPayload {
    fn from(err: Error) -> Self {
        err.payload()
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        self.payload().serialize(serializer)
    }
}

/// SQLite errors. The message of rusqlite's `SqlInputError` quotes the statement; statements
/// that carry key material never reach this conversion (see `store::open`).
impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        Error::Database(err.to_string())
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::Internal(format!("JSON: {err}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_payload() {
        let json = serde_json::to_value(Error::WrongPassphrase).unwrap();
        assert_eq!(json["code"], "wrong_passphrase");
        assert_eq!(json["message"], "The passphrase is not correct.");
        let json = serde_json::to_value(Error::SchemaTooNew {
            found: 9,
            supported: 1,
        })
        .unwrap();
        assert_eq!(json["code"], "schema_too_new");
    }

    #[test]
    fn as_str_matches_serde() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json.as_str(), Some(code.as_str()));
        }
    }

    #[test]
    fn codes_are_snake_case() {
        let s = serde_json::to_string(&ErrorCode::KeyringEntryMissing).unwrap();
        assert_eq!(s, "\"keyring_entry_missing\"");
    }
}

//! The one error type of the core, its stable machine codes, and the payload the UI receives.
//!
//! Messages are English, meant for logs and as a fallback; the UI translates by [`ErrorCode`].
//! No message ever contains a secret (passphrase, recovery code, key material or SQL that
//! carries a key).

mod code;

use serde::{Deserialize, Serialize, Serializer};
use ts_rs::TS;

pub use code::ErrorCode;

/// What the UI receives when a command fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
    /// The input field the error is about, as the snake_case name of the input struct's
    /// field (`"title"`, `"partner_name"`, `"cadence.minutes"` …); `null` when the error is
    /// not about one field. The UI places the message by this key, never by the message.
    #[serde(default)]
    pub field: Option<String>,
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
    /// An [`ErrorCode::InvalidInput`] about one input field (`field` is its machine key).
    #[error("Invalid input: {message}")]
    InvalidField {
        field: &'static str,
        message: String,
    },
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
    /// `field` is the input field's machine key, e.g. "title" or "partner_name".
    #[error("The {} is required.", humanise(field))]
    TitleRequired { field: &'static str },
    #[error("The planned end date ({end}) is before the start date ({start}).")]
    EndBeforeStart { start: String, end: String },
    /// `what` names the kind of thing, e.g. "tandem" or "topic".
    #[error("A {what} with this title already exists.")]
    DuplicateTitle { what: String },
    /// `what` names the thing, e.g. "tandem 7".
    #[error("Not found: {what}.")]
    NotFound { what: String },
    /// `field` is the input field's machine key, e.g. "my_expectations".
    #[error(
        "The {} is too long: at most {max} characters are allowed.",
        humanise(field)
    )]
    TextTooLong { field: &'static str, max: usize },
    #[error("Built-in topics cannot be {action}; they can only be hidden.")]
    BuiltinTopic { action: String },
    /// `field` is "cadence.every" or "cadence.minutes"; `reason` says what is allowed.
    #[error("Invalid cadence: {reason}")]
    InvalidCadence { field: &'static str, reason: String },
    /// `field`: "time", "time_zone", "date", "first_date" …
    #[error("Invalid time: {message}")]
    InvalidTime {
        field: &'static str,
        message: String,
    },
    /// `field`: "date" (one meeting) or "first_date" (a series).
    #[error("The meeting would start more than 24 hours ago; plan meetings from today on.")]
    MeetingInPast { field: &'static str },
    #[error("A series may run for at most two years.")]
    SeriesTooLong,
    /// `field`: "duration_minutes" or "minutes".
    #[error("Invalid duration: {reason}")]
    InvalidDuration { field: &'static str, reason: String },
    /// `field`: "video_link" or "links".
    #[error("Invalid link: {message}")]
    InvalidLink {
        field: &'static str,
        message: String,
    },
    #[error("There is no later planned meeting to carry the open items over to.")]
    NoNextMeeting,
    #[error(
        "The calendar file is too large to import (at most {} MB). Nothing was changed.",
        max_bytes / (1024 * 1024)
    )]
    IcsTooLarge { max_bytes: usize },
    /// `reason` says what is wrong (never quotes the file's text).
    #[error("Eyelevel cannot read this file as a calendar: {reason}. Nothing was changed.")]
    IcsInvalid { reason: String },
    #[error("The calendar file holds no event that could become a meeting. Nothing was changed.")]
    IcsNoEvents,
    #[error("The calendar file holds too many events to import at once (at most {max}). Nothing was changed.")]
    IcsTooManyEvents { max: usize },
    #[error("There is no meeting to export in this selection.")]
    NothingToExport,
    #[error("The calendar feed folder cannot be used: {reason}")]
    FeedFolderInvalid { reason: String },
    #[error("Starting Eyelevel at login could not be changed: {reason}")]
    AutostartFailed { reason: String },
    /// `what` names the file or folder.
    #[error("Eyelevel may not read or write {what}: permission denied.")]
    PermissionDenied { what: String },
    #[error("The disk is full: {what} could not be written. Nothing already saved was lost.")]
    DiskFull { what: String },
    #[error("The data is read-only here ({reason}); nothing can be changed.")]
    ReadOnly { reason: String },
    #[error("vault.json has been changed outside Eyelevel or is damaged: {0}")]
    VaultTampered(String),
    #[error("The database is busy in another Eyelevel; try again in a moment.")]
    Busy,
    /// `what` names the kind of item, e.g. "agenda item".
    #[error("This {what} comes from your partner: only they can change its text or delete it.")]
    PartnerItem { what: String },
    #[error("This is not an Eyelevel invitation or answer that fits here: {reason}. Nothing was changed.")]
    InvitationInvalid { reason: String },
    #[error("This tandem is not paired with a partner yet.")]
    NotPaired,
    #[error(
        "The exchange file is damaged or not from your partner: {reason}. Nothing was changed."
    )]
    ExchangeFileInvalid { reason: String },
    #[error("Your partner uses a newer Eyelevel (exchange format {major}); update Eyelevel to see their changes.")]
    ExchangeTooNew { major: u16 },
    #[error("The exchange folder cannot be used: {reason}")]
    ExchangeFolderInvalid { reason: String },
}

/// A field's machine key as words for the English message: `"partner_name"` → "partner name",
/// `"cadence.minutes"` → "cadence minutes", `"hr_sharing"` → "HR sharing".
fn humanise(field: &str) -> String {
    match field {
        "why" => return "reason".to_string(),
        "body" => return "note".to_string(),
        "tags" => return "tag list".to_string(),
        "answers" | "answers.text" => return "answer".to_string(),
        "answers.prompt" => return "question".to_string(),
        "answers.scale" => return "rating".to_string(),
        "query" => return "search".to_string(),
        _ => {}
    }
    field
        .split(['_', '.'])
        .filter(|word| !word.is_empty())
        .map(|word| if word == "hr" { "HR" } else { word })
        .collect::<Vec<_>>()
        .join(" ")
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
            Error::InvalidInput(_) | Error::InvalidField { .. } => ErrorCode::InvalidInput,
            Error::Io { .. } => ErrorCode::Io,
            Error::Database(_) => ErrorCode::Database,
            Error::Internal(_) => ErrorCode::Internal,
            Error::TitleRequired { .. } => ErrorCode::TitleRequired,
            Error::EndBeforeStart { .. } => ErrorCode::EndBeforeStart,
            Error::DuplicateTitle { .. } => ErrorCode::DuplicateTitle,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::TextTooLong { .. } => ErrorCode::TextTooLong,
            Error::BuiltinTopic { .. } => ErrorCode::BuiltinTopic,
            Error::InvalidCadence { .. } => ErrorCode::InvalidCadence,
            Error::InvalidTime { .. } => ErrorCode::InvalidTime,
            Error::MeetingInPast { .. } => ErrorCode::MeetingInPast,
            Error::SeriesTooLong => ErrorCode::SeriesTooLong,
            Error::InvalidDuration { .. } => ErrorCode::InvalidDuration,
            Error::InvalidLink { .. } => ErrorCode::InvalidLink,
            Error::NoNextMeeting => ErrorCode::NoNextMeeting,
            Error::IcsTooLarge { .. } => ErrorCode::IcsTooLarge,
            Error::IcsInvalid { .. } => ErrorCode::IcsInvalid,
            Error::IcsNoEvents => ErrorCode::IcsNoEvents,
            Error::IcsTooManyEvents { .. } => ErrorCode::IcsTooManyEvents,
            Error::NothingToExport => ErrorCode::NothingToExport,
            Error::FeedFolderInvalid { .. } => ErrorCode::FeedFolderInvalid,
            Error::AutostartFailed { .. } => ErrorCode::AutostartFailed,
            Error::PermissionDenied { .. } => ErrorCode::PermissionDenied,
            Error::DiskFull { .. } => ErrorCode::DiskFull,
            Error::ReadOnly { .. } => ErrorCode::ReadOnly,
            Error::VaultTampered(_) => ErrorCode::VaultTampered,
            Error::Busy => ErrorCode::Busy,
            Error::PartnerItem { .. } => ErrorCode::PartnerItem,
            Error::InvitationInvalid { .. } => ErrorCode::InvitationInvalid,
            Error::NotPaired => ErrorCode::NotPaired,
            Error::ExchangeFileInvalid { .. } => ErrorCode::ExchangeFileInvalid,
            Error::ExchangeTooNew { .. } => ErrorCode::ExchangeTooNew,
            Error::ExchangeFolderInvalid { .. } => ErrorCode::ExchangeFolderInvalid,
        }
    }

    /// The input field this error is about: the snake_case name of the input struct's field
    /// (`"title"`, `"partner_name"`, `"cadence.every"` …), or `None` for errors that are not
    /// about one field.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::TitleRequired { field }
            | Error::TextTooLong { field, .. }
            | Error::InvalidCadence { field, .. }
            | Error::InvalidField { field, .. }
            | Error::InvalidTime { field, .. }
            | Error::InvalidDuration { field, .. }
            | Error::InvalidLink { field, .. }
            | Error::MeetingInPast { field } => Some(field),
            Error::SeriesTooLong => Some("until"),
            Error::EndBeforeStart { .. } => Some("planned_end_date"),
            Error::DuplicateTitle { .. } => Some("title"),
            Error::FeedFolderInvalid { .. } => Some("feed_folder"),
            Error::ExchangeFolderInvalid { .. } => Some("folder"),
            _ => None,
        }
    }

    /// The payload sent to the UI.
    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            message: self.to_string(),
            field: self.field().map(str::to_string),
        }
    }

    /// An [`Error::NotFound`] for `what` (e.g. "tandem") with `id`.
    pub fn not_found(what: &str, id: i64) -> Self {
        Error::NotFound {
            what: format!("{what} {id}"),
        }
    }

    /// An [`Error::PartnerItem`] about a `what` ("agenda item").
    pub fn partner_item(what: &str) -> Self {
        Error::PartnerItem {
            what: what.to_string(),
        }
    }

    /// An [`Error::InvalidField`]: invalid input in the field `field` (its machine key).
    pub fn invalid_field(field: &'static str, message: impl Into<String>) -> Self {
        Error::InvalidField {
            field,
            message: message.into(),
        }
    }

    /// An [`Error::InvalidTime`] about `field`.
    pub fn invalid_time(field: &'static str, message: impl Into<String>) -> Self {
        Error::InvalidTime {
            field,
            message: message.into(),
        }
    }

    /// An [`Error::InvalidLink`] about `field`.
    pub fn invalid_link(field: &'static str, message: impl Into<String>) -> Self {
        Error::InvalidLink {
            field,
            message: message.into(),
        }
    }

    /// An I/O failure while doing `context` ("write the calendar file"): a full disk, a
    /// refused permission and a read-only file system get their own errors (and codes), so the
    /// user is told what to do; anything else is [`Error::Io`].
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        use std::io::ErrorKind;
        let context = context.into();
        match source.kind() {
            ErrorKind::PermissionDenied => Error::PermissionDenied {
                what: object(&context),
            },
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => Error::DiskFull {
                what: object(&context),
            },
            ErrorKind::ReadOnlyFilesystem => Error::ReadOnly {
                reason: "the file system is mounted read-only".into(),
            },
            _ => Error::Io { context, source },
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
        use rusqlite::ErrorCode as Sqlite;
        match err.sqlite_error_code() {
            Some(Sqlite::DiskFull) => Error::DiskFull {
                what: "the database".into(),
            },
            Some(Sqlite::ReadOnly) => Error::ReadOnly {
                reason: "the database file or its folder cannot be written".into(),
            },
            Some(Sqlite::DatabaseBusy | Sqlite::DatabaseLocked) => Error::Busy,
            Some(Sqlite::DatabaseCorrupt | Sqlite::NotADatabase) => {
                Error::DatabaseCorrupt(err.to_string())
            }
            Some(Sqlite::PermissionDenied) => Error::PermissionDenied {
                what: "the database".into(),
            },
            _ => Error::Database(err.to_string()),
        }
    }
}

/// "write the calendar file" → "the calendar file": the object of an I/O context.
fn object(context: &str) -> String {
    context
        .split_once(' ')
        .map_or(context, |(_, rest)| rest)
        .to_string()
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::Internal(format!("JSON: {err}"))
    }
}

#[cfg(test)]
mod tests;

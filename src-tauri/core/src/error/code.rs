//! The stable machine codes the UI translates.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};
use ts_rs::TS;

/// Stable machine codes. Never renumber or rename: the UI translates by these. Each code is
/// written once, here: the list ([`ErrorCode::ALL`]), the text form and the TypeScript
/// `ERROR_CODES` are derived from this enum.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
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
    /// An empty (or whitespace-only) title or partner name; the message says which field.
    TitleRequired,
    /// The planned end date is before the start date.
    EndBeforeStart,
    /// A tandem (or user topic) with this title already exists (case-insensitive).
    DuplicateTitle,
    /// The requested tandem, agreement, goal or topic does not exist.
    NotFound,
    /// A title or name longer than 200 characters, or a long text over 20 000 characters.
    TextTooLong,
    /// Built-in topics cannot be edited or deleted, only hidden.
    BuiltinTopic,
    /// The cadence is out of bounds (every 1–52, 15–480 minutes).
    InvalidCadence,
    /// A bad "HH:MM" time, an unknown time zone or an impossible date.
    InvalidTime,
    /// A new meeting would start more than 24 hours ago.
    MeetingInPast,
    /// A series longer than two years.
    SeriesTooLong,
    /// A meeting duration outside 15–480 minutes, or agenda minutes outside 0–480.
    InvalidDuration,
    /// A link that is not an http(s) address.
    InvalidLink,
    /// Carry-over asked, but the tandem has no later planned meeting.
    NoNextMeeting,
    /// A calendar file over the import size limit.
    IcsTooLarge,
    /// A file that is not a readable iCalendar file (or is hostile); nothing was changed.
    IcsInvalid,
    /// A calendar file with no event that could become a meeting.
    IcsNoEvents,
    /// A calendar file with more events (or series occurrences) than an import accepts.
    IcsTooManyEvents,
    /// The chosen export selects no meeting.
    NothingToExport,
    /// The calendar feed folder does not exist, is not a folder or cannot be written.
    FeedFolderInvalid,
    /// Starting Eyelevel at login could not be switched on or off.
    AutostartFailed,
    /// A file or folder Eyelevel needs may not be read or written (permissions).
    PermissionDenied,
    /// The disk (or the user's quota) is full; nothing already saved was lost.
    DiskFull,
    /// The data directory or the database is read-only: Eyelevel can show but not change it.
    ReadOnly,
    /// vault.json holds values Eyelevel never writes (changed outside Eyelevel, or damaged).
    VaultTampered,
    /// Another Eyelevel (the app or a command) holds the database's write lock too long.
    Busy,
    /// The item was written by the partner: only its state (done, discussed) can change here.
    PartnerItem,
    /// An invitation or answer that is not one, is damaged or belongs to another pairing.
    InvitationInvalid,
    /// The tandem is not paired with a partner (or the pairing is not finished).
    NotPaired,
    /// An exchange file that is damaged, not from the partner, or of another tandem.
    ExchangeFileInvalid,
    /// The partner's exchange file has a newer format: update Eyelevel.
    ExchangeTooNew,
    /// The exchange folder does not exist, is not a folder or cannot be written.
    ExchangeFolderInvalid,
}

impl ErrorCode {
    /// Every code, in declaration order.
    pub const ALL: &'static [ErrorCode] = <ErrorCode as VariantArray>::VARIANTS;

    /// The wire name, e.g. `"wrong_passphrase"` (same as the serde form; a test checks).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

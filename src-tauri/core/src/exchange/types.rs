//! Exchange types that cross the IPC boundary (exported to TypeScript).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::item::{Kind, Merged};

/// Where a tandem's pairing stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PairState {
    /// Not paired.
    Unpaired,
    /// My invitation is out; the partner's answer is not imported yet.
    Invited,
    Paired,
}

/// What went wrong last while exchanging, for the status to word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExchangeProblem {
    /// A file from the partner has stayed incomplete for a long time (sync client stopped?).
    Incomplete,
    /// A file could not be read for a long time (locked, not downloaded, no permission).
    Unreadable,
    /// A file is damaged or not from the partner; nothing from it was applied.
    Damaged,
    /// The partner uses a newer Eyelevel.
    TooNew,
    /// Two different files claim the same place in the partner's sequence.
    Duplicate,
    /// The exchange folder is gone or cannot be read.
    FolderMissing,
    /// Writing to the exchange folder failed.
    WriteFailed,
}

impl ExchangeProblem {
    pub fn as_str(self) -> &'static str {
        match self {
            ExchangeProblem::Incomplete => "incomplete",
            ExchangeProblem::Unreadable => "unreadable",
            ExchangeProblem::Damaged => "damaged",
            ExchangeProblem::TooNew => "too_new",
            ExchangeProblem::Duplicate => "duplicate",
            ExchangeProblem::FolderMissing => "folder_missing",
            ExchangeProblem::WriteFailed => "write_failed",
        }
    }

    pub fn parse(text: &str) -> Option<ExchangeProblem> {
        [
            ExchangeProblem::Incomplete,
            ExchangeProblem::Unreadable,
            ExchangeProblem::Damaged,
            ExchangeProblem::TooNew,
            ExchangeProblem::Duplicate,
            ExchangeProblem::FolderMissing,
            ExchangeProblem::WriteFailed,
        ]
        .into_iter()
        .find(|p| p.as_str() == text)
    }
}

/// Everything the Partner section shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PairingStatus {
    #[ts(type = "number")]
    pub tandem_id: i64,
    pub state: PairState,
    /// The six digits both apps show once paired ("123 456"), to compare by voice.
    pub check_code: Option<String>,
    /// The partners compared the check code and confirmed it matches.
    pub verified: bool,
    pub my_name: Option<String>,
    pub partner_name: Option<String>,
    /// While invited: the invitation, to copy or save again.
    pub invitation: Option<String>,
    /// The shared folder the files go through (`None`: by file only).
    pub folder: Option<String>,
    /// UTC, RFC 3339.
    pub last_sent_at: Option<String>,
    /// UTC, RFC 3339.
    pub last_received_at: Option<String>,
    /// When the newest file the partner has confirmed was written (UTC, RFC 3339): "your
    /// partner has seen your changes up to …".
    pub partner_seen_at: Option<String>,
    /// Changes here the partner has not been sent yet.
    pub unsent: bool,
    pub problem: Option<ExchangeProblem>,
    /// The file the problem is about (its name only).
    pub problem_file: Option<String>,
    /// UTC, RFC 3339.
    pub problem_at: Option<String>,
    /// Values written here that a later change of the partner replaced, newest first.
    pub replaced: Vec<ReplacedValue>,
}

/// A value a merge replaced (kept so that nothing typed is silently lost).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReplacedValue {
    pub kind: SharedKind,
    /// The text that was replaced (title, text or status).
    pub text: String,
    /// UTC, RFC 3339.
    pub replaced_at: String,
}

/// The kinds of shared items, for the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SharedKind {
    Tandem,
    Agreement,
    Expectations,
    Agreed,
    Goal,
    Meeting,
    AgendaItem,
    Action,
    Note,
}

impl From<Kind> for SharedKind {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Basics => SharedKind::Tandem,
            Kind::Agreement => SharedKind::Agreement,
            Kind::Expectations => SharedKind::Expectations,
            Kind::Agreed => SharedKind::Agreed,
            Kind::Goal => SharedKind::Goal,
            Kind::Meeting => SharedKind::Meeting,
            Kind::AgendaItem => SharedKind::AgendaItem,
            Kind::Action => SharedKind::Action,
            Kind::Note => SharedKind::Note,
        }
    }
}

/// What a change did to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChangeType {
    Added,
    Changed,
    Removed,
    /// Only clock stamps moved (not shown).
    Unchanged,
}

/// One change a partner's file made (or, on a dry run, would make).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReceivedChange {
    #[ts(type = "number")]
    pub tandem_id: i64,
    pub kind: SharedKind,
    pub change: ChangeType,
    /// A short label: the title, the text's start, or the meeting's start.
    pub label: String,
}

impl ReceivedChange {
    pub fn of(tandem_id: i64, merged: &Merged) -> ReceivedChange {
        let change = if merged.deleted {
            ChangeType::Removed
        } else if merged.created {
            ChangeType::Added
        } else if merged.content || merged.state {
            ChangeType::Changed
        } else {
            ChangeType::Unchanged
        };
        ReceivedChange {
            tandem_id,
            kind: merged.item.kind.into(),
            change,
            label: label(&merged.item.content),
        }
    }
}

/// The text that names an item: its title, text or body (first line, at most 80 characters),
/// the agreement's place, or the start of a meeting.
pub fn label(content: &serde_json::Value) -> String {
    let text = ["title", "text", "body", "place", "starts_at", "status"]
        .iter()
        .find_map(|k| content.get(k).and_then(|v| v.as_str()))
        .unwrap_or_default();
    let line = text.lines().next().unwrap_or_default().trim();
    let mut out: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        out.push('…');
    }
    out
}

/// What reading files from the partner did.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ReceiveReport {
    /// Files of the partner merged now.
    pub applied: u32,
    /// What they changed.
    pub changes: Vec<ReceivedChange>,
    /// Items left out (not understood or not valid here).
    pub skipped: u32,
    /// Files that are not complete or readable yet; tried again later.
    pub waiting: u32,
    /// The partner uses a newer Eyelevel.
    pub partner_newer: bool,
    /// Nothing was saved (a dry run).
    pub dry_run: bool,
}

/// An invitation to pair, to send to the partner any way (it holds no secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Invitation {
    #[ts(type = "number")]
    pub tandem_id: i64,
    pub text: String,
    /// A file name to save it under.
    pub file_name: String,
}

/// An accepted invitation: the tandem it created or linked, and the answer to send back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Accepted {
    #[ts(type = "number")]
    pub tandem_id: i64,
    pub answer: String,
    pub file_name: String,
    pub check_code: String,
    /// The tandem was created from the invitation (not linked to an existing one).
    pub created: bool,
}

/// A file written for the partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SentFile {
    #[ts(type = "number")]
    pub tandem_id: i64,
    pub file_name: String,
    /// Where it was written.
    pub path: String,
    #[ts(type = "number")]
    pub sequence: u64,
}

//! Export types that cross the IPC boundary.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which meetings an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ExportScope {
    /// One meeting, whatever its status.
    Meeting {
        #[ts(type = "number")]
        meeting_id: i64,
    },
    /// This meeting and the later ones of its series (cancelled ones included, so calendars
    /// learn of them). A meeting outside a series exports alone.
    SeriesFrom {
        #[ts(type = "number")]
        meeting_id: i64,
    },
    /// The upcoming meetings of one tandem.
    Tandem {
        #[ts(type = "number")]
        tandem_id: i64,
    },
    /// The upcoming meetings of every tandem.
    All,
}

/// An export: a scope, optionally bounded by local dates (inclusive) in the user's zone.
/// Without `from`, `Tandem` and `All` start now ("upcoming"); `Meeting` and `SeriesFrom`
/// ignore both bounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportRequest {
    pub scope: ExportScope,
    #[serde(default)]
    pub from: Option<NaiveDate>,
    #[serde(default)]
    pub to: Option<NaiveDate>,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportSummary {
    /// Events in the file (cancelled ones included).
    pub events: u32,
    /// Of those, cancelled meetings.
    pub cancelled: u32,
    /// The file written.
    pub path: String,
}

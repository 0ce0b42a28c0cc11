//! Import types that cross the IPC boundary.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How an invitation becomes meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportOptions {
    /// The tandem the meetings belong to.
    #[ts(type = "number")]
    pub tandem_id: i64,
    /// "HH:MM": when all-day events start (they have no time of their own).
    pub all_day_time: String,
    /// 15–480: how long all-day events last as meetings.
    pub all_day_minutes: u32,
}

/// What importing does with one event (or one occurrence of a series).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportAction {
    /// A new meeting.
    Create,
    /// An earlier import (or an Eyelevel export) of this event changed: the meeting moves.
    Update,
    /// Already imported and unchanged.
    Unchanged,
    /// The invitation cancels a meeting imported before.
    Cancel,
    /// Not imported; `notes` says why.
    Skip,
}

/// Why a row is skipped, or what was adjusted to make it a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportNote {
    /// Skip: it ended in the past.
    InPast,
    /// Skip: cancelled, and never imported.
    CancelledUnknown,
    /// Skip: the meeting it updates was already held.
    AlreadyHeld,
    /// Skip: a series occurrence beyond the two years an import reaches.
    BeyondTwoYears,
    /// An all-day event: it starts at `all_day_time`.
    AllDay,
    /// The duration was brought into 15–480 minutes.
    DurationAdjusted,
    /// The location was longer than 200 characters and was shortened.
    PlaceShortened,
    /// The time zone was not recognised; the time was read in the user's zone.
    ZoneAssumed,
}

/// One event (or occurrence) of the file and what importing will do with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportRow {
    /// The event's SUMMARY, for the preview only (never stored).
    pub summary: String,
    pub action: ImportAction,
    pub notes: Vec<ImportNote>,
    /// Start in the user's zone.
    pub local_date: NaiveDate,
    /// "HH:MM" in the user's zone.
    pub local_time: String,
    pub duration_minutes: u32,
    pub place: String,
    pub video_link: Option<String>,
    /// Part of a recurring series in the file.
    pub recurring: bool,
    /// Number of attendees in the invitation (names are not kept).
    pub attendees: u32,
    /// The existing meeting this row updates, cancels or matches.
    #[ts(type = "number | null")]
    pub meeting_id: Option<i64>,
}

/// What importing a file would do; nothing is written yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportPreview {
    /// By start time.
    pub rows: Vec<ImportRow>,
    pub create: u32,
    pub update: u32,
    pub unchanged: u32,
    pub cancel: u32,
    pub skip: u32,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportResult {
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub cancelled: u32,
    pub skipped: u32,
    /// The meetings created or updated, by start time.
    #[ts(type = "Array<number>")]
    pub meeting_ids: Vec<i64>,
}

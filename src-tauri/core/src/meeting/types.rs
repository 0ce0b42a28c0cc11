//! Meeting types that cross the IPC boundary (exported to TypeScript).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::tandem::CadenceUnit;
use crate::wire_enum::wire_enum;

/// Where a meeting stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    Planned,
    Held,
    Cancelled,
    /// Rescheduled, still upcoming.
    Moved,
}
wire_enum!(MeetingStatus {
    Planned => "planned",
    Held => "held",
    Cancelled => "cancelled",
    Moved => "moved",
});

impl MeetingStatus {
    /// Planned or moved: the meeting is still going to happen.
    pub fn is_upcoming(self) -> bool {
        matches!(self, MeetingStatus::Planned | MeetingStatus::Moved)
    }
}

/// Which occurrences of a series an edit or cancellation applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EditScope {
    ThisOnly,
    ThisAndFollowing,
}

/// One meeting as the user plans it, in local wall-clock time of the user's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingInput {
    pub date: NaiveDate,
    /// "HH:MM", 24 hours.
    pub time: String,
    /// 15 to 480.
    pub duration_minutes: u32,
    pub place: String,
    /// http(s) only; `meet.example.org/x` gets `https://`.
    pub video_link: Option<String>,
}

/// A series: from `first_date` at `time` every `every` `unit`s until `until` (inclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SeriesInput {
    pub first_date: NaiveDate,
    /// "HH:MM", 24 hours; kept across DST changes.
    pub time: String,
    pub duration_minutes: u32,
    pub place: String,
    pub video_link: Option<String>,
    /// 1 to 52.
    pub every: u32,
    pub unit: CadenceUnit,
    /// At most 2 years after `first_date`.
    pub until: NaiveDate,
}

/// A stored meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Meeting {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub tandem_id: i64,
    #[ts(type = "number | null")]
    pub series_id: Option<i64>,
    /// Stable across edits (for calendar export).
    pub uid: String,
    /// +1 on every change.
    pub sequence: u32,
    /// UTC, RFC 3339.
    pub starts_at: String,
    /// UTC, RFC 3339.
    pub ends_at: String,
    /// IANA zone the meeting was planned in.
    pub time_zone: String,
    pub local_date: NaiveDate,
    /// "HH:MM" in `time_zone`.
    pub local_time: String,
    pub duration_minutes: u32,
    pub place: String,
    pub video_link: Option<String>,
    pub status: MeetingStatus,
    pub cancel_reason: Option<String>,
    /// Sum of the agenda items' minutes.
    pub agenda_minutes: u32,
    /// Number of agenda items.
    pub agenda_items: u32,
    /// Planned by the partner (their Eyelevel): its time and place are theirs to change.
    pub from_partner: bool,
    /// UTC, RFC 3339.
    pub created_at: String,
    /// UTC, RFC 3339.
    pub updated_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_forms_match_serde() {
        for s in MeetingStatus::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        assert_eq!(
            serde_json::to_value(EditScope::ThisAndFollowing).unwrap(),
            "this_and_following"
        );
    }
}

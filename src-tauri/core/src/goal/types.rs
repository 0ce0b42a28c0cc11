//! Goal types that cross the IPC boundary (exported to TypeScript).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::wire_enum::wire_enum;

/// Where a goal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Open,
    InProgress,
    Achieved,
    Dropped,
}
wire_enum!(GoalStatus {
    Open => "open",
    InProgress => "in_progress",
    Achieved => "achieved",
    Dropped => "dropped",
});

impl GoalStatus {
    /// Open and in-progress goals are active (reorderable); the others are history.
    pub fn is_active(self) -> bool {
        matches!(self, GoalStatus::Open | GoalStatus::InProgress)
    }
}

/// What the user types to create or edit a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GoalInput {
    /// At most 200 characters.
    pub title: String,
    /// Why it matters; at most 20 000 characters.
    pub why: String,
    #[ts(type = "number | null")]
    pub topic_id: Option<i64>,
    pub target_date: Option<NaiveDate>,
}

/// One status change of a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GoalStatusChange {
    pub status: GoalStatus,
    /// UTC, RFC 3339.
    pub changed_at: String,
}

/// A progress note on a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GoalNote {
    #[ts(type = "number")]
    pub id: i64,
    pub body: String,
    /// UTC, RFC 3339.
    pub created_at: String,
}

/// A stored goal with its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Goal {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub tandem_id: i64,
    pub title: String,
    pub why: String,
    #[ts(type = "number | null")]
    pub topic_id: Option<i64>,
    pub target_date: Option<NaiveDate>,
    pub status: GoalStatus,
    /// Order among the tandem's goals (0 first).
    pub position: u32,
    /// Oldest first; includes the initial `open`.
    pub status_history: Vec<GoalStatusChange>,
    /// Newest first.
    pub notes: Vec<GoalNote>,
    /// Shared with the partner's Eyelevel (when the tandem is paired).
    pub shared: bool,
    /// Came from the partner: its text is theirs to change.
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
        for s in GoalStatus::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
    }
}

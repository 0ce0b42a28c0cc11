//! Action item types that cross the IPC boundary (exported to TypeScript).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::wire_enum::wire_enum;

/// Who does it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    Me,
    Partner,
}
wire_enum!(Owner { Me => "me", Partner => "partner" });

/// What the user types for an action item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionInput {
    pub title: String,
    pub owner: Owner,
    pub due_date: Option<NaiveDate>,
}

/// A stored action item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionItem {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub tandem_id: i64,
    /// The meeting it was agreed in, if any.
    #[ts(type = "number | null")]
    pub meeting_id: Option<i64>,
    pub title: String,
    pub owner: Owner,
    pub due_date: Option<NaiveDate>,
    pub done: bool,
    /// UTC, RFC 3339.
    pub done_at: Option<String>,
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
        for o in Owner::ALL {
            assert_eq!(serde_json::to_value(o).unwrap(), o.as_str());
        }
    }
}

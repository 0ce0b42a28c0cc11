//! Tandem types that cross the IPC boundary (exported to TypeScript).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::wire_enum::wire_enum;

/// My role in the tandem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// I am the (junior) mentor.
    Mentor,
    /// I am the (senior) mentee.
    Mentee,
}
wire_enum!(Role { Mentor => "mentor", Mentee => "mentee" });

/// Where a tandem stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TandemStatus {
    Active,
    Paused,
    Finished,
}
wire_enum!(TandemStatus { Active => "active", Paused => "paused", Finished => "finished" });

/// The unit of a cadence ("every 2 weeks").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CadenceUnit {
    Week,
    Month,
}
wire_enum!(CadenceUnit { Week => "week", Month => "month" });

/// How often and how long the tandem meets: every `every` `unit`s for `minutes` minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Cadence {
    /// 1 to 52.
    pub every: u32,
    pub unit: CadenceUnit,
    /// 15 to 480.
    pub minutes: u32,
}

/// What the user types to create or edit a tandem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TandemInput {
    /// Unique among all tandems (case-insensitive, archived ones included); at most 200 chars.
    pub title: String,
    pub my_role: Role,
    pub partner_name: String,
    pub partner_contact: Option<String>,
    /// Program or organisation.
    pub program: Option<String>,
    pub start_date: NaiveDate,
    pub planned_end_date: Option<NaiveDate>,
    pub cadence: Cadence,
    /// Topic ids, in the order chosen; duplicates are dropped.
    #[ts(type = "Array<number>")]
    pub focus_topic_ids: Vec<i64>,
}

/// A stored tandem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Tandem {
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
    pub my_role: Role,
    pub partner_name: String,
    pub partner_contact: Option<String>,
    pub program: Option<String>,
    pub start_date: NaiveDate,
    pub planned_end_date: Option<NaiveDate>,
    pub cadence: Cadence,
    #[ts(type = "Array<number>")]
    pub focus_topic_ids: Vec<i64>,
    pub status: TandemStatus,
    pub archived: bool,
    pub is_sample: bool,
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
        for r in Role::ALL {
            assert_eq!(serde_json::to_value(r).unwrap(), r.as_str());
        }
        for s in TandemStatus::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        for u in CadenceUnit::ALL {
            assert_eq!(serde_json::to_value(u).unwrap(), u.as_str());
        }
    }
}

//! Agreement types that cross the IPC boundary (exported to TypeScript).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::tandem::Cadence;
use crate::wire_enum::wire_enum;

/// Where the tandem's agreement stands (judged on its latest version).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AgreementState {
    /// No agreement written yet.
    Missing,
    /// The latest version is not agreed yet (also while revising an agreed one).
    Draft,
    /// The latest version is agreed and its review date (if any) lies ahead.
    Agreed,
    /// The latest version is agreed and its review date is today or past.
    ReviewDue,
}
wire_enum!(AgreementState {
    Missing => "missing",
    Draft => "draft",
    Agreed => "agreed",
    ReviewDue => "review_due",
});

/// What the user writes into the agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgreementInput {
    pub my_expectations: String,
    pub partner_expectations: String,
    pub cadence: Cadence,
    /// Where we meet (room, café …); at most 200 characters.
    pub place: String,
    /// An http(s) link; a link without a scheme gets `https://`.
    pub video_link: Option<String>,
    /// What stays between us.
    pub confidentiality: String,
    /// What may be shared with HR.
    pub hr_sharing: String,
    /// Both take part voluntarily.
    pub voluntary: bool,
    /// How we give each other feedback.
    pub feedback: String,
    /// When we review the agreement.
    pub review_date: Option<NaiveDate>,
}

/// One version of a tandem's agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Agreement {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub tandem_id: i64,
    /// 1, 2, 3 … per tandem.
    pub version: u32,
    pub my_expectations: String,
    pub partner_expectations: String,
    pub cadence: Cadence,
    pub place: String,
    pub video_link: Option<String>,
    pub confidentiality: String,
    pub hr_sharing: String,
    pub voluntary: bool,
    pub feedback: String,
    pub review_date: Option<NaiveDate>,
    /// The date I agreed; `None` for a draft.
    pub agreed_on: Option<NaiveDate>,
    /// The date the paired partner agreed to exactly this text (from their Eyelevel).
    pub partner_agreed_on: Option<NaiveDate>,
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
        for s in AgreementState::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
    }
}

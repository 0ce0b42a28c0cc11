//! Search types that cross the IPC boundary (exported to TypeScript).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::wire_enum::wire_enum;

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SearchKind {
    Goal,
    GoalNote,
    Agreement,
    AgendaItem,
    Note,
    Action,
    Reflection,
    Entry,
}
wire_enum!(SearchKind {
    Goal => "goal",
    GoalNote => "goal_note",
    Agreement => "agreement",
    AgendaItem => "agenda_item",
    Note => "note",
    Action => "action",
    Reflection => "reflection",
    Entry => "entry",
});

impl SearchKind {
    /// The kind's code in the index: rowid = record id * 16 + code (migration 0005).
    pub fn code(self) -> i64 {
        match self {
            SearchKind::Goal => 1,
            SearchKind::GoalNote => 2,
            SearchKind::Agreement => 3,
            SearchKind::AgendaItem => 4,
            SearchKind::Note => 5,
            SearchKind::Action => 6,
            SearchKind::Reflection => 7,
            SearchKind::Entry => 8,
        }
    }

    /// The kind with this code.
    pub fn from_code(code: i64) -> Option<SearchKind> {
        SearchKind::ALL.iter().copied().find(|k| k.code() == code)
    }
}

/// What the user searches for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SearchRequest {
    /// At most 200 characters; empty or blank → no hits, no error.
    pub query: String,
    #[ts(type = "number | null")]
    pub tandem_id: Option<i64>,
    /// Empty = all kinds.
    pub kinds: Vec<SearchKind>,
    /// 1..=100.
    pub limit: u32,
}

/// A piece of a snippet; the UI renders `text` as text and wraps hits in `<mark>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// One result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SearchHit {
    pub kind: SearchKind,
    /// Agreement: the tandem id; note: the meeting id; otherwise the record's id.
    #[ts(type = "number")]
    pub record_id: i64,
    #[ts(type = "number | null")]
    pub tandem_id: Option<i64>,
    pub tandem_title: Option<String>,
    #[ts(type = "number | null")]
    pub meeting_id: Option<i64>,
    /// Plain text: the goal, agenda item, action or entry title (a goal note: its goal's
    /// title); "" for notes, reflections and the agreement.
    pub title: String,
    /// About 200 characters of the best-matching field around the first hit.
    pub snippet: Vec<SnippetPart>,
    /// UTC, RFC 3339: the record's last change, or the meeting's start for notes and
    /// reflections.
    pub at: String,
}

/// The best hits and how many there are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SearchResults {
    /// Best first (bm25; title hits weigh more).
    pub hits: Vec<SearchHit>,
    /// All matches, capped at 10 000.
    pub total: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_forms_match_serde() {
        for k in SearchKind::ALL {
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
    }

    #[test]
    fn codes_round_trip_and_fit_in_four_bits() {
        for &k in SearchKind::ALL {
            assert!((1..16).contains(&k.code()));
            assert_eq!(SearchKind::from_code(k.code()), Some(k));
        }
        assert_eq!(SearchKind::from_code(0), None);
    }
}

//! Journal types that cross the IPC boundary (exported to TypeScript).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::wire_enum::wire_enum;

/// What the user writes for a free journal entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JournalEntryInput {
    /// `None`: not tied to a tandem.
    #[ts(type = "number | null")]
    pub tandem_id: Option<i64>,
    /// One line, at most 200 characters; may be empty when the body is not.
    pub title: String,
    /// Markdown, at most 100 000 characters, kept as typed.
    pub body: String,
    /// The prompt of the day the entry answers (at most 1000 characters); blank → `None`.
    pub prompt: Option<String>,
    #[ts(type = "number | null")]
    pub topic_id: Option<i64>,
    /// At most 20; each trimmed, 1 to 40 characters, no ','; blank ones are dropped and
    /// duplicates (ignoring case) keep their first spelling.
    pub tags: Vec<String>,
    /// Goals this entry is about (of the entry's tandem when it has one).
    #[ts(type = "Array<number>")]
    pub goal_ids: Vec<i64>,
    pub pinned: bool,
}

/// A stored journal entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JournalEntry {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub tandem_id: Option<i64>,
    pub title: String,
    pub body: String,
    pub prompt: Option<String>,
    #[ts(type = "number | null")]
    pub topic_id: Option<i64>,
    pub tags: Vec<String>,
    /// Ascending.
    #[ts(type = "Array<number>")]
    pub goal_ids: Vec<i64>,
    pub pinned: bool,
    /// UTC, RFC 3339.
    pub created_at: String,
    /// UTC, RFC 3339.
    pub updated_at: String,
}

/// A tag and how many entries carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TagCount {
    pub tag: String,
    pub count: u32,
}

/// A question from the topic library to write about today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DailyPrompt {
    #[ts(type = "number")]
    pub topic_id: i64,
    pub topic_title: String,
    pub question: String,
}

/// What a timeline item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum JournalKind {
    /// Meeting notes.
    Note,
    /// A reflection on a meeting.
    Reflection,
    /// A free journal entry.
    Entry,
}
wire_enum!(JournalKind { Note => "note", Reflection => "reflection", Entry => "entry" });

/// Which timeline items to list.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct JournalFilter {
    #[ts(type = "number | null")]
    pub tandem_id: Option<i64>,
    /// Empty: all kinds.
    pub kinds: Vec<JournalKind>,
    /// Entries with this tag (ignoring case); notes and reflections have no tags.
    pub tag: Option<String>,
    /// Entries about the topic, and notes and reflections of meetings with an agenda item
    /// on it.
    #[ts(type = "number | null")]
    pub topic_id: Option<i64>,
    /// Entries and reflections linked to the goal.
    #[ts(type = "number | null")]
    pub goal_id: Option<i64>,
    /// Inclusive, local dates (the meeting's date; an entry's creation date in the user's
    /// zone).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Opaque: the `next_cursor` of the previous page; `None` for the first page.
    pub cursor: Option<String>,
    /// 1 to 200.
    pub limit: u32,
}

/// One item of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JournalItem {
    pub kind: JournalKind,
    /// Note: the meeting id; reflection: the reflection id; entry: the entry id.
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub tandem_id: Option<i64>,
    pub tandem_title: Option<String>,
    #[ts(type = "number | null")]
    pub meeting_id: Option<i64>,
    /// The meeting's local date, or the entry's creation date in the user's zone.
    pub date: NaiveDate,
    /// The sort instant (UTC, RFC 3339): the meeting's start or the entry's creation.
    pub at: String,
    /// The entry's title; "" for notes and reflections (the UI labels them).
    pub title: String,
    /// Plain text (Markdown stripped), at most 280 characters, cut at a word with "…".
    pub excerpt: String,
    pub tags: Vec<String>,
    pub pinned: bool,
    #[ts(type = "Array<number>")]
    pub goal_ids: Vec<i64>,
    /// The entry's topic, or the topics of the meeting's agenda items.
    #[ts(type = "Array<number>")]
    pub topic_ids: Vec<i64>,
    /// The first rated scale answer of a reflection.
    pub rating: Option<u8>,
}

/// One page of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JournalPage {
    /// Newest first; pinned entries are never listed here.
    pub items: Vec<JournalItem>,
    /// First page only: the pinned entries that match the filter, newest first.
    pub pinned: Vec<JournalItem>,
    /// `None` when this is the last page.
    pub next_cursor: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_forms_match_serde() {
        for k in JournalKind::ALL {
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
    }
}

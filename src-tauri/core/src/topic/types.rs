//! Topic types that cross the IPC boundary (exported to TypeScript).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the user types to create or edit their own topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TopicInput {
    /// Unique among user topics (case-insensitive); at most 200 characters.
    pub title: String,
    pub description: String,
    /// Empty lines are dropped.
    pub questions: Vec<String>,
}

/// A topic of the library: built-in (text in the requested language) or the user's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Topic {
    #[ts(type = "number")]
    pub id: i64,
    pub builtin: bool,
    /// The stable key of a built-in topic, e.g. `"ai_at_work"`; `None` for user topics.
    pub key: Option<String>,
    pub title: String,
    pub description: String,
    pub questions: Vec<String>,
    pub hidden: bool,
}

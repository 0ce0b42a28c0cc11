//! Agenda types that cross the IPC boundary (exported to TypeScript).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the user types for one agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaItemInput {
    pub title: String,
    #[ts(type = "number | null")]
    pub topic_id: Option<i64>,
    /// Planned minutes, 0 to 480.
    pub minutes: u32,
    /// My preparation (Markdown); never exported.
    pub prep_notes: String,
    /// http(s) links.
    pub links: Vec<String>,
    /// Shared items appear in the agenda export; private ones never do.
    pub shared: bool,
}

/// A stored agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaItem {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub meeting_id: i64,
    /// Order in the agenda (0 first).
    pub position: u32,
    pub title: String,
    #[ts(type = "number | null")]
    pub topic_id: Option<i64>,
    pub minutes: u32,
    pub prep_notes: String,
    pub links: Vec<String>,
    pub shared: bool,
    pub discussed: bool,
    /// The meeting this item was carried over from.
    #[ts(type = "number | null")]
    pub carried_from_meeting_id: Option<i64>,
    /// The meeting this (undiscussed) item was carried over to.
    #[ts(type = "number | null")]
    pub carried_to_meeting_id: Option<i64>,
    /// Came from the partner: its text is theirs to change.
    pub from_partner: bool,
    /// UTC, RFC 3339.
    pub created_at: String,
    /// UTC, RFC 3339.
    pub updated_at: String,
}

/// One item of an agenda template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TemplateItem {
    pub title: String,
    #[ts(type = "number | null")]
    pub topic_id: Option<i64>,
    pub minutes: u32,
    pub prep_notes: String,
    pub shared: bool,
}

/// A reusable agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaTemplate {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub items: Vec<TemplateItem>,
    /// UTC, RFC 3339.
    pub created_at: String,
}

//! The encrypted SQLite store: opening, migrations, and one module per table.
//! Plain SQL only; the rules live in the domain modules.

pub mod action_items;
pub mod agenda_items;
pub mod agenda_templates;
pub mod agreements;
pub mod focus_topics;
pub mod goal_notes;
pub mod goal_status_changes;
pub mod goals;
pub mod info;
pub mod journal_entries;
pub mod meeting_notes;
pub mod meeting_series;
pub mod meeting_sources;
pub mod meetings;
pub mod migrate;
pub mod open;
pub mod reflection_prompts;
pub mod reflections;
pub mod reminder_deliveries;
pub mod reminder_input;
pub mod reminder_rules;
pub mod search_index;
pub mod settings;
pub mod tandems;
pub mod timeline;
pub mod topics;

pub use info::{cipher_integrity_check, cipher_version, integrity_check, schema_version};
pub use migrate::{binary_schema_version, migrate, Migration, MIGRATIONS};
pub use open::{open, OpenMode};
pub use settings::utc_text;

//! Calendar files (RFC 5545): exporting meetings as .ics, the always-current feed file, and
//! importing invitations from other calendars as meetings.
//!
//! Only what a calendar may show leaves the vault: the tandem title, time, place, video link
//! and (per [`CalendarSettings::agenda_detail`]) the shared agenda. Private agenda items,
//! notes and reflections never go into a calendar file.

pub mod export;
pub mod feed;
pub mod import;
pub mod settings;

pub use export::{ExportRequest, ExportScope, ExportSummary};
pub use feed::FeedStatus;
pub use import::{ImportAction, ImportNote, ImportOptions, ImportPreview, ImportResult, ImportRow};
pub use settings::{AgendaDetail, CalendarSettings, CalendarSettingsPatch};

//! Calendar settings: how much of the agenda an exported event carries, the alarm, and the
//! feed folder. Stored as JSON values in the `settings` table under `calendar.*` keys.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::settings::store as table;

/// What an exported event's description holds (shared agenda items only, always).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AgendaDetail {
    /// No agenda in the calendar.
    None,
    /// The shared items' titles (and time boxes).
    #[default]
    Titles,
    /// Titles plus each shared item's prep notes and links.
    WithPrepNotes,
}

/// The calendar settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CalendarSettings {
    pub agenda_detail: AgendaDetail,
    /// Minutes before the start for the event's alarm (VALARM); `None` = no alarm.
    pub alarm_minutes: Option<u32>,
    /// Absolute folder in which `eyelevel.ics` is kept current; `None` = no feed file.
    pub feed_folder: Option<String>,
}

impl Default for CalendarSettings {
    fn default() -> Self {
        CalendarSettings {
            agenda_detail: AgendaDetail::Titles,
            alarm_minutes: Some(DEFAULT_ALARM_MINUTES),
            feed_folder: None,
        }
    }
}

/// A partial update: an absent field is unchanged; `"alarm_minutes": null` turns the alarm
/// off and `"feed_folder": null` stops the feed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct CalendarSettingsPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub agenda_detail: Option<AgendaDetail>,
    #[serde(
        default,
        deserialize_with = "crate::patch::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[ts(optional)]
    pub alarm_minutes: Option<Option<u32>>,
    #[serde(
        default,
        deserialize_with = "crate::patch::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[ts(optional)]
    pub feed_folder: Option<Option<String>>,
}

/// The reminder lead time calendars get unless the user changes it.
pub const DEFAULT_ALARM_MINUTES: u32 = 30;
/// One week: alarms further ahead are not reminders any more.
pub const MAX_ALARM_MINUTES: u32 = 7 * 24 * 60;
/// The feed's file name inside the chosen folder.
pub const FEED_FILE_NAME: &str = "eyelevel.ics";

const AGENDA_DETAIL: &str = "calendar.agenda_detail";
const ALARM_MINUTES: &str = "calendar.alarm_minutes";
const FEED_FOLDER: &str = "calendar.feed_folder";

/// Reads the calendar settings; missing or unreadable values fall back to their defaults.
pub fn load(conn: &Connection) -> Result<CalendarSettings> {
    let mut s = CalendarSettings::default();
    if let Some(v) = table::get(conn, AGENDA_DETAIL)? {
        s.agenda_detail = serde_json::from_str(&v).unwrap_or_default();
    }
    if let Some(v) = table::get(conn, ALARM_MINUTES)? {
        if let Ok(minutes) = serde_json::from_str::<Option<u32>>(&v) {
            s.alarm_minutes = minutes.filter(|m| *m <= MAX_ALARM_MINUTES);
        }
    }
    if let Some(v) = table::get(conn, FEED_FOLDER)? {
        s.feed_folder = serde_json::from_str(&v).unwrap_or_default();
    }
    Ok(s)
}

/// Applies `patch` in one transaction and returns the resulting settings. A feed folder must
/// be an existing, absolute directory.
pub fn update(cx: &Ctx, patch: &CalendarSettingsPatch) -> Result<CalendarSettings> {
    let tx = cx.begin()?;
    if let Some(detail) = &patch.agenda_detail {
        table::put(&tx, AGENDA_DETAIL, &serde_json::to_string(detail)?, cx.now)?;
    }
    if let Some(minutes) = &patch.alarm_minutes {
        if minutes.is_some_and(|m| m > MAX_ALARM_MINUTES) {
            return Err(Error::InvalidField {
                field: "alarm_minutes",
                message: format!("an alarm can be at most {MAX_ALARM_MINUTES} minutes ahead"),
            });
        }
        table::put(&tx, ALARM_MINUTES, &serde_json::to_string(minutes)?, cx.now)?;
    }
    if let Some(folder) = &patch.feed_folder {
        let folder = match folder.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(f) => Some(check_folder(f)?),
        };
        table::put(&tx, FEED_FOLDER, &serde_json::to_string(&folder)?, cx.now)?;
    }
    let settings = load(&tx)?;
    tx.commit()?;
    Ok(settings)
}

fn check_folder(folder: &str) -> Result<String> {
    let path = std::path::Path::new(folder);
    let invalid = |reason: &str| Error::FeedFolderInvalid {
        reason: reason.to_string(),
    };
    if !path.is_absolute() {
        return Err(invalid("the folder must be an absolute path"));
    }
    if !path.is_dir() {
        return Err(invalid("the folder does not exist"));
    }
    // Refuse a folder the feed could never be written to, rather than store it and fail later.
    tempfile::NamedTempFile::new_in(path)
        .map_err(|e| invalid(&format!("the folder cannot be written to ({e})")))?;
    Ok(folder.to_string())
}

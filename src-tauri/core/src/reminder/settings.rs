//! Reminder settings that are not per tandem, stored as JSON values in the `settings` table
//! under `reminders.*` keys.

use rusqlite::Connection;

use super::{QuietHours, ReminderSettings, ReminderSettingsPatch};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::settings::store as table;
use crate::time::{hhmm, parse_hhmm};

const SHOW_TANDEM_TITLE: &str = "reminders.show_tandem_title";
const QUIET_HOURS: &str = "reminders.quiet_hours";
const KEEP_RUNNING_IN_TRAY: &str = "reminders.keep_running_in_tray";

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            show_tandem_title: false,
            quiet_hours: Some(QuietHours {
                start: "20:00".into(),
                end: "08:00".into(),
            }),
            keep_running_in_tray: false,
        }
    }
}

/// Reads the settings; missing or unreadable values fall back to their defaults.
pub fn load_settings(conn: &Connection) -> Result<ReminderSettings> {
    let mut s = ReminderSettings::default();
    if let Some(v) = table::get(conn, SHOW_TANDEM_TITLE)? {
        s.show_tandem_title = serde_json::from_str(&v).unwrap_or_default();
    }
    if let Some(v) = table::get(conn, QUIET_HOURS)? {
        // A value this binary would refuse to write keeps the default.
        let stored = serde_json::from_str::<Option<QuietHours>>(&v)
            .ok()
            .and_then(|q| q.map(|q| normalise(&q)).transpose().ok());
        if let Some(quiet) = stored {
            s.quiet_hours = quiet;
        }
    }
    if let Some(v) = table::get(conn, KEEP_RUNNING_IN_TRAY)? {
        s.keep_running_in_tray = serde_json::from_str(&v).unwrap_or_default();
    }
    Ok(s)
}

/// Applies `patch` in one transaction and returns the resulting settings. Quiet hours need
/// two valid, different "HH:MM" times; on any error nothing is written.
pub fn update_settings(cx: &Ctx, patch: &ReminderSettingsPatch) -> Result<ReminderSettings> {
    // Validate first so a bad field cannot leave the others half-applied.
    let quiet = patch
        .quiet_hours
        .as_ref()
        .map(|q| q.as_ref().map(normalise).transpose())
        .transpose()?;
    let tx = cx.begin()?;
    if let Some(show) = patch.show_tandem_title {
        table::put(
            &tx,
            SHOW_TANDEM_TITLE,
            &serde_json::to_string(&show)?,
            cx.now,
        )?;
    }
    if let Some(quiet) = quiet {
        table::put(&tx, QUIET_HOURS, &serde_json::to_string(&quiet)?, cx.now)?;
    }
    if let Some(keep) = patch.keep_running_in_tray {
        table::put(
            &tx,
            KEEP_RUNNING_IN_TRAY,
            &serde_json::to_string(&keep)?,
            cx.now,
        )?;
    }
    let settings = load_settings(&tx)?;
    tx.commit()?;
    Ok(settings)
}

/// Both times parsed and written as "HH:MM"; an empty window (start = end) is refused.
fn normalise(q: &QuietHours) -> Result<QuietHours> {
    let start = parse_hhmm("quiet_hours.start", &q.start)?;
    let end = parse_hhmm("quiet_hours.end", &q.end)?;
    if start == end {
        return Err(Error::invalid_time(
            "quiet_hours.end",
            "quiet hours must end at a different time than they start",
        ));
    }
    Ok(QuietHours {
        start: hhmm(start),
        end: hhmm(end),
    })
}

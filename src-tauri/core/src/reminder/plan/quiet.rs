//! Quiet hours: a daily window in the user's zone; `start` after `end` spans midnight.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::reminder::QuietHours;
use crate::time::{parse_hhmm, to_local, to_utc};

/// The window as times; `None` when off or unreadable (settings are validated on write).
pub(super) fn parse(quiet: Option<&QuietHours>) -> Option<(NaiveTime, NaiveTime)> {
    let q = quiet?;
    let start = parse_hhmm("quiet_hours.start", &q.start).ok()?;
    let end = parse_hhmm("quiet_hours.end", &q.end).ok()?;
    (start != end).then_some((start, end))
}

/// When the quiet period containing `t` ends, or `None` when `t` is not inside one.
/// The end is a wall time: on a DST day it is converted on that day (a time in the gap →
/// the first instant after it).
pub(super) fn end_of_quiet(
    zone: Tz,
    start: NaiveTime,
    end: NaiveTime,
    t: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let (date, time) = to_local(zone, t);
    let end_date = if start < end {
        (start <= time && time < end).then_some(date)?
    } else if time >= start {
        date + Duration::days(1)
    } else if time < end {
        date
    } else {
        return None;
    };
    let end_at = to_utc(zone, end_date, end);
    // In a repeated autumn hour the wall-clock end can map to an instant before `t`.
    (end_at > t).then_some(end_at)
}

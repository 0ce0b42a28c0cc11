//! Which meetings an export (or the feed) holds.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

use super::types::{ExportRequest, ExportScope};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::meeting::store as meetings;
use crate::meeting::{self, Meeting};
use crate::tandem::store as tandems;
use crate::time;

/// A stored RFC 3339 time.
pub fn instant(text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Error::Internal("a meeting time is not an RFC 3339 time".into()))
}

/// The meetings of `req`, by start. Unknown meeting or tandem → NotFound.
pub fn select(cx: &Ctx, req: &ExportRequest) -> Result<Vec<Meeting>> {
    let now = cx.now;
    match req.scope {
        ExportScope::Meeting { meeting_id } => Ok(vec![meeting::get(cx, meeting_id)?]),
        ExportScope::SeriesFrom { meeting_id } => {
            let m = meeting::get(cx, meeting_id)?;
            match m.series_id {
                // Starts at or after this one: the meeting itself is included.
                Some(series) => meetings::series_from(cx, series, &m.starts_at),
                None => Ok(vec![m]),
            }
        }
        ExportScope::Tandem { tandem_id } => {
            if tandems::get(cx, tandem_id)?.is_none() {
                return Err(Error::not_found("tandem", tandem_id));
            }
            let all = meetings::list(cx, tandem_id, true, now)?;
            in_window(all, req, cx.zone, now)
        }
        ExportScope::All => in_window(every_meeting(cx, now)?, req, cx.zone, now),
    }
}

/// Every meeting of every tandem (archived ones too), by start.
fn every_meeting(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<Meeting>> {
    let mut keyed = Vec::new();
    for t in tandems::list(conn, true)? {
        for m in meetings::list(conn, t.id, true, now)? {
            keyed.push((instant(&m.starts_at)?, m));
        }
    }
    keyed.sort_by_key(|(start, m)| (*start, m.id));
    Ok(keyed.into_iter().map(|(_, m)| m).collect())
}

/// `Tandem` / `All`: from `req.from` (local date in the user's zone, inclusive) or else from now, up to
/// `req.to` (inclusive); every status, so calendars learn of cancellations.
fn in_window(
    ms: Vec<Meeting>,
    req: &ExportRequest,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<Vec<Meeting>> {
    let mut out = Vec::new();
    for m in ms {
        let start = instant(&m.starts_at)?;
        let day = time::to_local(tz, start).0;
        let after = match req.from {
            Some(from) => day >= from,
            None => start >= now,
        };
        if after && req.to.is_none_or(|to| day <= to) {
            out.push(m);
        }
    }
    Ok(out)
}

/// Days a finished meeting stays in the feed.
pub const FEED_PAST_DAYS: i64 = 30;

/// The feed: every meeting of every tandem that ended at most [`FEED_PAST_DAYS`] ago.
pub fn feed(cx: &Ctx) -> Result<Vec<Meeting>> {
    let since = cx.now - Duration::days(FEED_PAST_DAYS);
    let mut out = Vec::new();
    for m in every_meeting(cx, cx.now)? {
        if instant(&m.ends_at)? >= since {
            out.push(m);
        }
    }
    Ok(out)
}

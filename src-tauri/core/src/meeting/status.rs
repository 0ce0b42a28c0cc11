//! Held, back to planned, cancelled.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::store;
use super::{get, EditScope, Meeting, MeetingStatus};
use crate::error::Result;
use crate::text;

/// Marks a meeting as held, or (held = false) back to planned. No change, no new sequence.
pub fn set_held(conn: &Connection, id: i64, held: bool, now: DateTime<Utc>) -> Result<Meeting> {
    let meeting = get(conn, id)?;
    let status = if held {
        MeetingStatus::Held
    } else if meeting.status == MeetingStatus::Held {
        MeetingStatus::Planned
    } else {
        meeting.status
    };
    if status != meeting.status {
        store::set_status(conn, id, status, None, now)?;
    }
    get(conn, id)
}

/// Cancels the meeting (with `ThisAndFollowing`: also the later planned or moved
/// occurrences of its series). Returns every meeting that changed.
pub fn cancel(
    conn: &mut Connection,
    id: i64,
    reason: Option<&str>,
    scope: EditScope,
    now: DateTime<Utc>,
) -> Result<Vec<Meeting>> {
    let reason = text::optional_short("reason", reason)?;
    let tx = conn.transaction()?;
    let meeting = get(&tx, id)?;
    let mut targets = vec![meeting.clone()];
    if let (EditScope::ThisAndFollowing, Some(series)) = (scope, meeting.series_id) {
        targets.extend(
            store::series_from(&tx, series, &meeting.starts_at)?
                .into_iter()
                .filter(|m| m.id != id && m.status.is_upcoming()),
        );
    }
    let mut changed = Vec::with_capacity(targets.len());
    for m in targets {
        store::set_status(&tx, m.id, MeetingStatus::Cancelled, reason.as_deref(), now)?;
        changed.push(get(&tx, m.id)?);
    }
    tx.commit()?;
    Ok(changed)
}

//! The `meetings` table. Rows come back with their agenda counts.

pub mod series;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::error::Result;
use crate::meeting::{Meeting, MeetingStatus, Slot};
use crate::store::ConnExt;
use crate::time::utc_text;

const COLUMNS: &str = "m.id, m.tandem_id, m.series_id, m.uid, m.sequence, m.starts_at, m.ends_at, \
     m.time_zone, m.local_date, m.local_time, m.duration_minutes, m.place, m.video_link, \
     m.status, m.cancel_reason, m.created_at, m.updated_at, \
     (SELECT COALESCE(SUM(a.minutes), 0) FROM agenda_items a WHERE a.meeting_id = m.id), \
     (SELECT COUNT(*) FROM agenda_items a WHERE a.meeting_id = m.id), m.from_partner";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: r.get(0)?,
        tandem_id: r.get(1)?,
        series_id: r.get(2)?,
        uid: r.get(3)?,
        sequence: r.get(4)?,
        starts_at: r.get(5)?,
        ends_at: r.get(6)?,
        time_zone: r.get(7)?,
        local_date: r.get(8)?,
        local_time: r.get(9)?,
        duration_minutes: r.get(10)?,
        place: r.get(11)?,
        video_link: r.get(12)?,
        status: r.get(13)?,
        cancel_reason: r.get(14)?,
        created_at: r.get(15)?,
        updated_at: r.get(16)?,
        agenda_minutes: r.get(17)?,
        agenda_items: r.get(18)?,
        from_partner: r.get(19)?,
    })
}

fn query(conn: &Connection, tail: &str, args: impl rusqlite::Params) -> Result<Vec<Meeting>> {
    let sql = format!("SELECT {COLUMNS} FROM meetings m {tail}");
    conn.query_rows(&sql, args, from_row)
}

/// Inserts a planned meeting and returns its id.
pub fn insert(
    conn: &Connection,
    tandem_id: i64,
    series_id: Option<i64>,
    uid: &str,
    slot: &Slot,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO meetings (tandem_id, series_id, uid, starts_at, ends_at, time_zone,
             local_date, local_time, duration_minutes, place, video_link, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        params![
            tandem_id,
            series_id,
            uid,
            utc_text(slot.starts_at),
            utc_text(slot.ends_at),
            slot.time_zone,
            slot.local_date,
            slot.local_time,
            slot.duration_minutes,
            slot.place,
            slot.video_link,
            utc_text(now),
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Moves a meeting to `slot` with `status`; bumps `sequence`.
pub fn reschedule(
    conn: &Connection,
    id: i64,
    slot: &Slot,
    status: MeetingStatus,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE meetings SET starts_at = ?2, ends_at = ?3, time_zone = ?4, local_date = ?5,
             local_time = ?6, duration_minutes = ?7, place = ?8, video_link = ?9, status = ?10,
             sequence = sequence + 1, updated_at = ?11
         WHERE id = ?1",
        params![
            id,
            utc_text(slot.starts_at),
            utc_text(slot.ends_at),
            slot.time_zone,
            slot.local_date,
            slot.local_time,
            slot.duration_minutes,
            slot.place,
            slot.video_link,
            status,
            utc_text(now),
        ],
    )?;
    Ok(n == 1)
}

/// Sets the status (and cancel reason); bumps `sequence`.
pub fn set_status(
    conn: &Connection,
    id: i64,
    status: MeetingStatus,
    cancel_reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE meetings SET status = ?2, cancel_reason = ?3, sequence = sequence + 1,
             updated_at = ?4
         WHERE id = ?1",
        params![id, status, cancel_reason, utc_text(now)],
    )?;
    Ok(n == 1)
}

/// The id of the meeting of `tandem_id` whose calendar uid is `uid` (a file Eyelevel exported
/// being imported again).
pub fn id_by_uid(conn: &Connection, tandem_id: i64, uid: &str) -> Result<Option<i64>> {
    conn.query_opt(
        "SELECT id FROM meetings WHERE tandem_id = ?1 AND uid = ?2",
        params![tandem_id, uid],
        |r| r.get(0),
    )
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Meeting>> {
    let sql = format!("SELECT {COLUMNS} FROM meetings m WHERE m.id = ?1");
    conn.query_opt(&sql, params![id], from_row)
}

/// The tandem's meetings by start; without past ones, only those that have not ended by
/// `now` (no meeting lasts longer than 480 minutes, so the index range starts 8 h earlier).
pub fn list(
    conn: &Connection,
    tandem_id: i64,
    include_past: bool,
    now: DateTime<Utc>,
) -> Result<Vec<Meeting>> {
    if include_past {
        return query(
            conn,
            "WHERE m.tandem_id = ?1 ORDER BY m.starts_at, m.id",
            params![tandem_id],
        );
    }
    let earliest = utc_text(now - chrono::Duration::minutes(480));
    query(
        conn,
        "WHERE m.tandem_id = ?1 AND m.starts_at >= ?2 AND m.ends_at > ?3
         ORDER BY m.starts_at, m.id",
        params![tandem_id, earliest, utc_text(now)],
    )
}

/// The next `limit` planned or moved meetings starting at or after `now`.
pub fn upcoming(
    conn: &Connection,
    tandem_id: i64,
    now: DateTime<Utc>,
    limit: u32,
) -> Result<Vec<Meeting>> {
    query(
        conn,
        "WHERE m.tandem_id = ?1 AND m.status IN ('planned', 'moved') AND m.starts_at >= ?2
         ORDER BY m.starts_at, m.id LIMIT ?3",
        params![tandem_id, utc_text(now), limit],
    )
}

/// The next planned or moved meeting starting at or after `now`.
pub fn next_upcoming(
    conn: &Connection,
    tandem_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<Meeting>> {
    Ok(upcoming(conn, tandem_id, now, 1)?.into_iter().next())
}

/// The start of the next planned or moved meeting at or after `now`.
pub fn next_start(conn: &Connection, tandem_id: i64, now: DateTime<Utc>) -> Result<Option<String>> {
    conn.query_opt(
        "SELECT starts_at FROM meetings
             WHERE tandem_id = ?1 AND status IN ('planned', 'moved') AND starts_at >= ?2
             ORDER BY starts_at LIMIT 1",
        params![tandem_id, utc_text(now)],
        |r| r.get(0),
    )
}

/// The first planned or moved meeting of the tandem that starts after `starts_at`.
pub fn next_planned_after(
    conn: &Connection,
    tandem_id: i64,
    starts_at: &str,
    except: i64,
) -> Result<Option<Meeting>> {
    Ok(query(
        conn,
        "WHERE m.tandem_id = ?1 AND m.status IN ('planned', 'moved') AND m.starts_at > ?2
             AND m.id <> ?3
         ORDER BY m.starts_at, m.id LIMIT 1",
        params![tandem_id, starts_at, except],
    )?
    .into_iter()
    .next())
}

/// The last held meeting of the tandem that started before `starts_at`.
pub fn previous_held(
    conn: &Connection,
    tandem_id: i64,
    starts_at: &str,
) -> Result<Option<Meeting>> {
    Ok(query(
        conn,
        "WHERE m.tandem_id = ?1 AND m.status = 'held' AND m.starts_at < ?2
         ORDER BY m.starts_at DESC, m.id DESC LIMIT 1",
        params![tandem_id, starts_at],
    )?
    .into_iter()
    .next())
}

/// The occurrences of `series_id` that start at or after `starts_at`, by start.
pub fn series_from(conn: &Connection, series_id: i64, starts_at: &str) -> Result<Vec<Meeting>> {
    query(
        conn,
        "WHERE m.series_id = ?1 AND m.starts_at >= ?2 ORDER BY m.starts_at, m.id",
        params![series_id, starts_at],
    )
}

/// Deletes the meeting; its agenda items cascade, action items keep their tandem.
pub fn delete(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM meetings WHERE id = ?1", params![id])? == 1)
}

/// Marks a meeting that arrived from the partner.
pub fn mark_from_partner(conn: &Connection, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE meetings SET from_partner = 1 WHERE id = ?1",
        params![id],
    )?;
    Ok(())
}

/// The uid of meeting `id`.
pub fn uid_of(conn: &Connection, id: i64) -> Result<Option<String>> {
    conn.query_opt("SELECT uid FROM meetings WHERE id = ?1", params![id], |r| {
        r.get(0)
    })
}

/// After unpairing: the partner's meetings become ordinary meetings here.
pub fn release_from_partner(conn: &Connection, tandem_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE meetings SET from_partner = 0 WHERE tandem_id = ?1 AND from_partner = 1",
        params![tandem_id],
    )?;
    Ok(())
}

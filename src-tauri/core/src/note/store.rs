//! The `meeting_notes` table: one Markdown note per meeting.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::note::MeetingNote;
use crate::store::ConnExt;
use crate::time::utc_text;

pub fn get(conn: &Connection, meeting_id: i64) -> Result<Option<MeetingNote>> {
    conn.query_opt(
        "SELECT meeting_id, body, updated_at, shared FROM meeting_notes WHERE meeting_id = ?1",
        params![meeting_id],
        |r| {
            Ok(MeetingNote {
                meeting_id: r.get(0)?,
                body: r.get(1)?,
                updated_at: r.get(2)?,
                shared: r.get(3)?,
            })
        },
    )
}

/// The note's body, if the meeting has one.
pub fn body(conn: &Connection, meeting_id: i64) -> Result<Option<String>> {
    conn.query_opt(
        "SELECT body FROM meeting_notes WHERE meeting_id = ?1",
        params![meeting_id],
        |r| r.get(0),
    )
}

/// Inserts or replaces the note (the body must not be empty).
pub fn upsert(conn: &Connection, meeting_id: i64, body: &str, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "INSERT INTO meeting_notes (meeting_id, body, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?3)
         ON CONFLICT (meeting_id) DO UPDATE SET body = excluded.body,
             updated_at = excluded.updated_at
         WHERE body IS NOT excluded.body",
        params![meeting_id, body, utc_text(now)],
    )?;
    Ok(())
}

pub fn delete(conn: &Connection, meeting_id: i64) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM meeting_notes WHERE meeting_id = ?1",
        params![meeting_id],
    )? == 1)
}

pub fn set_shared(conn: &Connection, meeting_id: i64, shared: bool) -> Result<bool> {
    Ok(conn.execute(
        "UPDATE meeting_notes SET shared = ?2 WHERE meeting_id = ?1",
        params![meeting_id, shared],
    )? == 1)
}

//! The `meeting_sources` table: where an imported meeting came from (the invitation's UID,
//! the occurrence's RECURRENCE-ID and the SEQUENCE last applied), so importing the same
//! invitation again finds the meeting instead of adding a second one.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::store::ConnExt;
use crate::time::utc_text;

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingSource {
    pub meeting_id: i64,
    pub tandem_id: i64,
    pub source_uid: String,
    /// '' for a single event.
    pub recurrence_id: String,
    pub source_sequence: u32,
}

/// The row for this invitation occurrence in `tandem_id`, if it was imported before.
pub fn find(
    conn: &Connection,
    tandem_id: i64,
    source_uid: &str,
    recurrence_id: &str,
) -> Result<Option<MeetingSource>> {
    conn.query_opt(
        "SELECT meeting_id, tandem_id, source_uid, recurrence_id, source_sequence
             FROM meeting_sources
             WHERE tandem_id = ?1 AND source_uid = ?2 AND recurrence_id = ?3",
        params![tandem_id, source_uid, recurrence_id],
        |r| {
            Ok(MeetingSource {
                meeting_id: r.get(0)?,
                tandem_id: r.get(1)?,
                source_uid: r.get(2)?,
                recurrence_id: r.get(3)?,
                source_sequence: r.get(4)?,
            })
        },
    )
}

/// Records that `meeting_id` was imported from this invitation occurrence.
pub fn insert(conn: &Connection, source: &MeetingSource, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "INSERT INTO meeting_sources (meeting_id, tandem_id, source_uid, recurrence_id,
             source_sequence, imported_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            source.meeting_id,
            source.tandem_id,
            source.source_uid,
            source.recurrence_id,
            source.source_sequence,
            utc_text(now),
        ],
    )?;
    Ok(())
}

/// Stores the SEQUENCE of the invitation applied last.
pub fn set_sequence(
    conn: &Connection,
    meeting_id: i64,
    source_sequence: u32,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE meeting_sources SET source_sequence = ?2, updated_at = ?3 WHERE meeting_id = ?1",
        params![meeting_id, source_sequence, utc_text(now)],
    )?;
    Ok(n == 1)
}

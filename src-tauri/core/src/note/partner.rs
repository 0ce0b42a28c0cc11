//! The `partner_notes` table: the paired partner's notes on a meeting, when they share them.
//! Read-only here; the exchange writes them.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::store::ConnExt;
use crate::time::utc_text;

/// The partner's notes on one meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerNote {
    /// Markdown, as the partner wrote it.
    pub body: String,
    /// UTC, RFC 3339: when it arrived here.
    pub updated_at: String,
}

pub fn get(conn: &Connection, meeting_id: i64) -> Result<Option<PartnerNote>> {
    conn.query_opt(
        "SELECT body, updated_at FROM partner_notes WHERE meeting_id = ?1",
        params![meeting_id],
        |r| {
            Ok(PartnerNote {
                body: r.get(0)?,
                updated_at: r.get(1)?,
            })
        },
    )
}

/// Stores the partner's notes (a blank body removes them).
pub fn put(conn: &Connection, meeting_id: i64, body: &str, now: DateTime<Utc>) -> Result<()> {
    if body.trim().is_empty() {
        delete(conn, meeting_id)?;
        return Ok(());
    }
    conn.execute(
        "INSERT INTO partner_notes (meeting_id, body, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (meeting_id) DO UPDATE SET body = excluded.body,
             updated_at = excluded.updated_at",
        params![meeting_id, body, utc_text(now)],
    )?;
    Ok(())
}

pub fn delete(conn: &Connection, meeting_id: i64) -> Result<()> {
    conn.execute(
        "DELETE FROM partner_notes WHERE meeting_id = ?1",
        params![meeting_id],
    )?;
    Ok(())
}

//! The `goal_notes` table: progress notes on a goal.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::goal::GoalNote;
use crate::store::ConnExt;
use crate::time::utc_text;

/// Inserts a note and returns its id.
pub fn insert(conn: &Connection, goal_id: i64, body: &str, at: DateTime<Utc>) -> Result<i64> {
    conn.execute(
        "INSERT INTO goal_notes (goal_id, body, created_at) VALUES (?1, ?2, ?3)",
        params![goal_id, body, utc_text(at)],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The goal's notes, newest first.
pub fn list(conn: &Connection, goal_id: i64) -> Result<Vec<GoalNote>> {
    conn.query_rows(
        "SELECT id, body, created_at FROM goal_notes WHERE goal_id = ?1
         ORDER BY created_at DESC, id DESC",
        params![goal_id],
        |r| {
            Ok(GoalNote {
                id: r.get(0)?,
                body: r.get(1)?,
                created_at: r.get(2)?,
            })
        },
    )
}

//! The `goal_status_changes` table: when each goal reached each status.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::goal::{GoalStatus, GoalStatusChange};
use crate::store::ConnExt;
use crate::time::utc_text;

pub fn insert(
    conn: &Connection,
    goal_id: i64,
    status: GoalStatus,
    at: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO goal_status_changes (goal_id, status, changed_at) VALUES (?1, ?2, ?3)",
        params![goal_id, status, utc_text(at)],
    )?;
    Ok(())
}

/// The goal's status changes, oldest first.
pub fn list(conn: &Connection, goal_id: i64) -> Result<Vec<GoalStatusChange>> {
    conn.query_rows(
        "SELECT status, changed_at FROM goal_status_changes WHERE goal_id = ?1
         ORDER BY changed_at, id",
        params![goal_id],
        |r| {
            Ok(GoalStatusChange {
                status: r.get(0)?,
                changed_at: r.get(1)?,
            })
        },
    )
}

//! The `goals` table. Rows come back with empty history and notes (see
//! [`super::goal_status_changes`] and [`super::goal_notes`]).

pub mod notes;
pub mod status_changes;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::error::Result;
use crate::goal::{Goal, GoalInput, GoalStatus};
use crate::store::ConnExt;
use crate::time::utc_text;

const COLUMNS: &str =
    "id, tandem_id, title, why, topic_id, target_date, status, position, created_at, updated_at, \
     shared, from_partner";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Goal> {
    Ok(Goal {
        id: r.get(0)?,
        tandem_id: r.get(1)?,
        title: r.get(2)?,
        why: r.get(3)?,
        topic_id: r.get(4)?,
        target_date: r.get(5)?,
        status: r.get(6)?,
        position: r.get(7)?,
        status_history: Vec::new(),
        notes: Vec::new(),
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
        shared: r.get(10)?,
        from_partner: r.get(11)?,
    })
}

/// Inserts an open goal at `position` and returns its id.
pub fn insert(
    conn: &Connection,
    tandem_id: i64,
    input: &GoalInput,
    position: u32,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO goals (tandem_id, title, why, topic_id, target_date, status, position,
             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6, ?7, ?7)",
        params![
            tandem_id,
            input.title,
            input.why,
            input.topic_id,
            input.target_date,
            position,
            utc_text(now)
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn update(conn: &Connection, id: i64, input: &GoalInput, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE goals SET title = ?2, why = ?3, topic_id = ?4, target_date = ?5, updated_at = ?6
         WHERE id = ?1",
        params![
            id,
            input.title,
            input.why,
            input.topic_id,
            input.target_date,
            utc_text(now)
        ],
    )?;
    Ok(n == 1)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Goal>> {
    let sql = format!("SELECT {COLUMNS} FROM goals WHERE id = ?1");
    conn.query_opt(&sql, params![id], from_row)
}

/// The tandem's goals by position.
pub fn list(conn: &Connection, tandem_id: i64) -> Result<Vec<Goal>> {
    let sql = format!("SELECT {COLUMNS} FROM goals WHERE tandem_id = ?1 ORDER BY position, id");
    conn.query_rows(&sql, params![tandem_id], from_row)
}

/// One past the highest position in the tandem (0 for the first goal).
pub fn next_position(conn: &Connection, tandem_id: i64) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT COALESCE(MAX(position) + 1, 0) FROM goals WHERE tandem_id = ?1",
        params![tandem_id],
        |r| r.get(0),
    )?)
}

/// (open or in progress, all) goals of the tandem.
pub fn counts(conn: &Connection, tandem_id: i64) -> Result<(u32, u32)> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FILTER (WHERE status IN ('open', 'in_progress')), COUNT(*)
         FROM goals WHERE tandem_id = ?1",
        params![tandem_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

pub fn set_status(
    conn: &Connection,
    id: i64,
    status: GoalStatus,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE goals SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, status, utc_text(now)],
    )?;
    Ok(n == 1)
}

/// Moves a goal; the order is not an edit of the goal, so `updated_at` stays.
pub fn set_position(conn: &Connection, id: i64, position: u32) -> Result<bool> {
    let n = conn.execute(
        "UPDATE goals SET position = ?2 WHERE id = ?1",
        params![id, position],
    )?;
    Ok(n == 1)
}

/// Deletes the goal; its status changes and notes cascade.
pub fn delete(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM goals WHERE id = ?1", params![id])? == 1)
}

/// Shares the goal with the partner, or stops sharing it.
pub fn set_shared(conn: &Connection, id: i64, shared: bool, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE goals SET shared = ?2, updated_at = ?3 WHERE id = ?1 AND from_partner = 0",
        params![id, shared, utc_text(now)],
    )?;
    Ok(n == 1)
}

/// Marks a goal that arrived from the partner: shared, and theirs.
pub fn mark_from_partner(conn: &Connection, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE goals SET shared = 1, from_partner = 1 WHERE id = ?1",
        params![id],
    )?;
    Ok(())
}

/// After unpairing: the partner's goals become ordinary goals here.
pub fn release_from_partner(conn: &Connection, tandem_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE goals SET from_partner = 0 WHERE tandem_id = ?1 AND from_partner = 1",
        params![tandem_id],
    )?;
    Ok(())
}

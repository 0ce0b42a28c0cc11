//! The `action_items` table.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, Row};

use crate::action::{ActionInput, ActionItem};
use crate::error::Result;
use crate::store::ConnExt;
use crate::time::utc_text;

const COLUMNS: &str =
    "a.id, a.tandem_id, a.meeting_id, a.title, a.owner, a.due_date, a.done, a.done_at, \
     a.created_at, a.updated_at, a.shared, a.from_partner";

/// Open by due date (undated last), then done (most recently done first).
const ORDER: &str = "ORDER BY a.done, CASE WHEN a.done = 0 THEN a.due_date IS NULL END, \
     CASE WHEN a.done = 0 THEN a.due_date END, a.done_at DESC, a.id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<ActionItem> {
    Ok(ActionItem {
        id: r.get(0)?,
        tandem_id: r.get(1)?,
        meeting_id: r.get(2)?,
        title: r.get(3)?,
        owner: r.get(4)?,
        due_date: r.get(5)?,
        done: r.get(6)?,
        done_at: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
        shared: r.get(10)?,
        from_partner: r.get(11)?,
    })
}

fn query(conn: &Connection, tail: &str, args: impl rusqlite::Params) -> Result<Vec<ActionItem>> {
    let sql = format!("SELECT {COLUMNS} FROM action_items a {tail}");
    conn.query_rows(&sql, args, from_row)
}

/// Inserts an open, private item.
pub fn insert(
    conn: &Connection,
    tandem_id: i64,
    meeting_id: Option<i64>,
    input: &ActionInput,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO action_items (tandem_id, meeting_id, title, owner, due_date, created_at,
             updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            tandem_id,
            meeting_id,
            input.title,
            input.owner,
            input.due_date,
            utc_text(now)
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn update(conn: &Connection, id: i64, input: &ActionInput, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE action_items SET title = ?2, owner = ?3, due_date = ?4, updated_at = ?5
         WHERE id = ?1",
        params![id, input.title, input.owner, input.due_date, utc_text(now)],
    )?;
    Ok(n == 1)
}

/// Done (at `now`) or open again.
pub fn set_done(conn: &Connection, id: i64, done: bool, now: DateTime<Utc>) -> Result<bool> {
    let now = utc_text(now);
    let n = conn.execute(
        "UPDATE action_items SET done = ?2,
             done_at = CASE WHEN ?2 THEN COALESCE(done_at, ?3) END, updated_at = ?3
         WHERE id = ?1",
        params![id, done, now],
    )?;
    Ok(n == 1)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<ActionItem>> {
    let sql = format!("SELECT {COLUMNS} FROM action_items a WHERE a.id = ?1");
    conn.query_opt(&sql, params![id], from_row)
}

/// The tandem's action items: open by due date (undated last), then (unless `open_only`)
/// the done ones.
pub fn list(conn: &Connection, tandem_id: i64, open_only: bool) -> Result<Vec<ActionItem>> {
    if open_only {
        return query(
            conn,
            &format!("WHERE a.tandem_id = ?1 AND a.done = 0 {ORDER}"),
            params![tandem_id],
        );
    }
    query(
        conn,
        &format!("WHERE a.tandem_id = ?1 {ORDER}"),
        params![tandem_id],
    )
}

/// Items created in the meeting.
pub fn of_meeting(conn: &Connection, meeting_id: i64) -> Result<Vec<ActionItem>> {
    query(
        conn,
        &format!("WHERE a.meeting_id = ?1 {ORDER}"),
        params![meeting_id],
    )
}

/// Open items of non-archived tandems due in `from..=to` (either end open), by due date.
pub fn open_due_between(
    conn: &Connection,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<ActionItem>> {
    if from.is_none() && to.is_none() {
        return Ok(Vec::new());
    }
    query(
        conn,
        "WHERE a.done = 0 AND a.due_date IS NOT NULL
             AND (?1 IS NULL OR a.due_date >= ?1) AND (?2 IS NULL OR a.due_date <= ?2)
             AND a.tandem_id IN (SELECT id FROM tandems WHERE archived = 0)
         ORDER BY a.due_date, a.id",
        params![from, to],
    )
}

pub fn delete(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM action_items WHERE id = ?1", params![id])? == 1)
}

/// Shares the action item with the partner, or stops sharing it.
pub fn set_shared(conn: &Connection, id: i64, shared: bool, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE action_items SET shared = ?2, updated_at = ?3 WHERE id = ?1 AND from_partner = 0",
        params![id, shared, utc_text(now)],
    )?;
    Ok(n == 1)
}

/// Marks an action item that arrived from the partner: shared, and theirs.
pub fn mark_from_partner(conn: &Connection, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE action_items SET shared = 1, from_partner = 1 WHERE id = ?1",
        params![id],
    )?;
    Ok(())
}

/// Moves the action item to another meeting (or none).
pub fn set_meeting(conn: &Connection, id: i64, meeting_id: Option<i64>) -> Result<()> {
    conn.execute(
        "UPDATE action_items SET meeting_id = ?2 WHERE id = ?1",
        params![id, meeting_id],
    )?;
    Ok(())
}

/// After unpairing: the partner's action items become ordinary items here.
pub fn release_from_partner(conn: &Connection, tandem_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE action_items SET from_partner = 0 WHERE tandem_id = ?1 AND from_partner = 1",
        params![tandem_id],
    )?;
    Ok(())
}

//! The `tandems` table. Plain SQL; validation lives in [`crate::tandem`].
//! Rows come back with empty `focus_topic_ids` (see [`super::focus_topics`]).

pub mod focus_topics;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::error::Result;
use crate::store::ConnExt;
use crate::tandem::{Cadence, Tandem, TandemInput, TandemStatus};
use crate::time::utc_text;

const COLUMNS: &str = "id, title, my_role, partner_name, partner_contact, program, start_date, \
     planned_end_date, cadence_every, cadence_unit, cadence_minutes, status, archived, \
     is_sample, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Tandem> {
    Ok(Tandem {
        id: r.get(0)?,
        title: r.get(1)?,
        my_role: r.get(2)?,
        partner_name: r.get(3)?,
        partner_contact: r.get(4)?,
        program: r.get(5)?,
        start_date: r.get(6)?,
        planned_end_date: r.get(7)?,
        cadence: Cadence {
            every: r.get(8)?,
            unit: r.get(9)?,
            minutes: r.get(10)?,
        },
        focus_topic_ids: Vec::new(),
        status: r.get(11)?,
        archived: r.get(12)?,
        is_sample: r.get(13)?,
        created_at: r.get(14)?,
        updated_at: r.get(15)?,
    })
}

/// Inserts a tandem (status active, not archived) and returns its id.
pub fn insert(
    conn: &Connection,
    input: &TandemInput,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<i64> {
    let now = utc_text(now);
    conn.execute(
        "INSERT INTO tandems (title, my_role, partner_name, partner_contact, program, start_date,
             planned_end_date, cadence_every, cadence_unit, cadence_minutes, is_sample,
             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        params![
            input.title,
            input.my_role,
            input.partner_name,
            input.partner_contact,
            input.program,
            input.start_date,
            input.planned_end_date,
            input.cadence.every,
            input.cadence.unit,
            input.cadence.minutes,
            is_sample,
            now,
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Overwrites the editable fields; false when there is no such tandem.
pub fn update(conn: &Connection, id: i64, input: &TandemInput, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE tandems SET title = ?2, my_role = ?3, partner_name = ?4, partner_contact = ?5,
             program = ?6, start_date = ?7, planned_end_date = ?8, cadence_every = ?9,
             cadence_unit = ?10, cadence_minutes = ?11, updated_at = ?12
         WHERE id = ?1",
        params![
            id,
            input.title,
            input.my_role,
            input.partner_name,
            input.partner_contact,
            input.program,
            input.start_date,
            input.planned_end_date,
            input.cadence.every,
            input.cadence.unit,
            input.cadence.minutes,
            utc_text(now),
        ],
    )?;
    Ok(n == 1)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Tandem>> {
    let sql = format!("SELECT {COLUMNS} FROM tandems WHERE id = ?1");
    conn.query_opt(&sql, params![id], from_row)
}

/// All tandems (archived ones only when asked), in id order.
pub fn list(conn: &Connection, include_archived: bool) -> Result<Vec<Tandem>> {
    let sql = format!("SELECT {COLUMNS} FROM tandems WHERE archived = 0 OR ?1 ORDER BY id");
    conn.query_rows(&sql, params![include_archived], from_row)
}

/// Every tandem's id and title (for duplicate checks).
pub fn titles(conn: &Connection) -> Result<Vec<(i64, String)>> {
    conn.query_rows("SELECT id, title FROM tandems", [], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
}

pub fn set_status(
    conn: &Connection,
    id: i64,
    status: TandemStatus,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE tandems SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, status, utc_text(now)],
    )?;
    Ok(n == 1)
}

pub fn set_archived(
    conn: &Connection,
    id: i64,
    archived: bool,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE tandems SET archived = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, archived, utc_text(now)],
    )?;
    Ok(n == 1)
}

/// Deletes the tandem; foreign keys cascade to every dependent row.
pub fn delete(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM tandems WHERE id = ?1", params![id])? == 1)
}

/// The id of the (first) sample tandem, if any.
pub fn sample_id(conn: &Connection) -> Result<Option<i64>> {
    conn.query_opt(
        "SELECT id FROM tandems WHERE is_sample = 1 ORDER BY id LIMIT 1",
        [],
        |r| r.get(0),
    )
}

//! The `agenda_items` table (`links` is a JSON array of strings).

pub mod templates;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::agenda::{AgendaItem, AgendaItemInput};
use crate::error::Result;
use crate::store::ConnExt;
use crate::time::utc_text;

const COLUMNS: &str = "id, meeting_id, position, title, topic_id, minutes, prep_notes, links, \
     shared, discussed, carried_from_meeting_id, carried_to_meeting_id, created_at, updated_at, \
     from_partner";

fn from_row(r: &Row<'_>) -> rusqlite::Result<AgendaItem> {
    let links: String = r.get(7)?;
    Ok(AgendaItem {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        position: r.get(2)?,
        title: r.get(3)?,
        topic_id: r.get(4)?,
        minutes: r.get(5)?,
        prep_notes: r.get(6)?,
        links: serde_json::from_str(&links).unwrap_or_default(),
        shared: r.get(8)?,
        discussed: r.get(9)?,
        carried_from_meeting_id: r.get(10)?,
        carried_to_meeting_id: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
        from_partner: r.get(14)?,
    })
}

/// Appends an item (at the next position) and returns its id.
pub fn insert(
    conn: &Connection,
    meeting_id: i64,
    input: &AgendaItemInput,
    carried_from: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO agenda_items (meeting_id, position, title, topic_id, minutes, prep_notes,
             links, shared, carried_from_meeting_id, created_at, updated_at)
         VALUES (?1, (SELECT COALESCE(MAX(position) + 1, 0) FROM agenda_items
                      WHERE meeting_id = ?1),
                 ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            meeting_id,
            input.title,
            input.topic_id,
            input.minutes,
            input.prep_notes,
            serde_json::to_string(&input.links)?,
            input.shared,
            carried_from,
            utc_text(now),
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn update(
    conn: &Connection,
    id: i64,
    input: &AgendaItemInput,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE agenda_items SET title = ?2, topic_id = ?3, minutes = ?4, prep_notes = ?5,
             links = ?6, shared = ?7, updated_at = ?8
         WHERE id = ?1",
        params![
            id,
            input.title,
            input.topic_id,
            input.minutes,
            input.prep_notes,
            serde_json::to_string(&input.links)?,
            input.shared,
            utc_text(now),
        ],
    )?;
    Ok(n == 1)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<AgendaItem>> {
    let sql = format!("SELECT {COLUMNS} FROM agenda_items WHERE id = ?1");
    conn.query_opt(&sql, params![id], from_row)
}

/// The meeting's items by position.
pub fn list(conn: &Connection, meeting_id: i64) -> Result<Vec<AgendaItem>> {
    let sql =
        format!("SELECT {COLUMNS} FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, id");
    conn.query_rows(&sql, params![meeting_id], from_row)
}

/// Undiscussed items of the meeting not carried anywhere yet, by position.
pub fn open_uncarried(conn: &Connection, meeting_id: i64) -> Result<Vec<AgendaItem>> {
    Ok(list(conn, meeting_id)?
        .into_iter()
        .filter(|i| !i.discussed && i.carried_to_meeting_id.is_none())
        .collect())
}

/// Moves an item; the order is not an edit of the item, so `updated_at` stays.
pub fn set_position(conn: &Connection, id: i64, position: u32) -> Result<bool> {
    let n = conn.execute(
        "UPDATE agenda_items SET position = ?2 WHERE id = ?1",
        params![id, position],
    )?;
    Ok(n == 1)
}

pub fn set_discussed(
    conn: &Connection,
    id: i64,
    discussed: bool,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE agenda_items SET discussed = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, discussed, utc_text(now)],
    )?;
    Ok(n == 1)
}

/// Marks the item as carried over to `to_meeting`.
pub fn set_carried_to(
    conn: &Connection,
    id: i64,
    to_meeting: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE agenda_items SET carried_to_meeting_id = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, to_meeting, utc_text(now)],
    )?;
    Ok(n == 1)
}

pub fn delete(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM agenda_items WHERE id = ?1", params![id])? == 1)
}

/// Marks an item that arrived from the partner (shared, their text).
pub fn mark_from_partner(conn: &Connection, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE agenda_items SET shared = 1, from_partner = 1 WHERE id = ?1",
        params![id],
    )?;
    Ok(())
}

/// Moves the item to another meeting (the partner carried it over).
pub fn set_meeting(conn: &Connection, id: i64, meeting_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE agenda_items SET meeting_id = ?2 WHERE id = ?1",
        params![id, meeting_id],
    )?;
    Ok(())
}

/// After unpairing: the partner's agenda points become ordinary points here.
pub fn release_from_partner(conn: &Connection, tandem_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE agenda_items SET from_partner = 0 WHERE from_partner = 1
             AND meeting_id IN (SELECT id FROM meetings WHERE tandem_id = ?1)",
        params![tandem_id],
    )?;
    Ok(())
}

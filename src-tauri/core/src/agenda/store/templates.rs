//! The `agenda_templates` table (`items` is a JSON array of template items).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::agenda::{AgendaTemplate, TemplateItem};
use crate::error::Result;
use crate::store::ConnExt;
use crate::time::utc_text;

fn from_row(r: &Row<'_>) -> rusqlite::Result<AgendaTemplate> {
    let items: String = r.get(2)?;
    Ok(AgendaTemplate {
        id: r.get(0)?,
        name: r.get(1)?,
        items: serde_json::from_str(&items).unwrap_or_default(),
        created_at: r.get(3)?,
    })
}

pub fn insert(
    conn: &Connection,
    name: &str,
    items: &[TemplateItem],
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO agenda_templates (name, items, created_at) VALUES (?1, ?2, ?3)",
        params![name, serde_json::to_string(items)?, utc_text(now)],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<AgendaTemplate>> {
    conn.query_opt(
        "SELECT id, name, items, created_at FROM agenda_templates WHERE id = ?1",
        params![id],
        from_row,
    )
}

/// All templates by name (case-insensitive).
pub fn list(conn: &Connection) -> Result<Vec<AgendaTemplate>> {
    conn.query_rows(
        "SELECT id, name, items, created_at FROM agenda_templates
         ORDER BY name COLLATE NOCASE, id",
        [],
        from_row,
    )
}

pub fn delete(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM agenda_templates WHERE id = ?1", params![id])? == 1)
}

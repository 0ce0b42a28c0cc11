//! The `topics` table: built-in rows (keyed by `builtin_key`, text in the catalog) and the
//! user's own topics (text as typed).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::error::{Error, Result};
use crate::store::ConnExt;
use crate::time::utc_text;

/// A stored topic row. For built-ins, `title`, `description` and `questions` are empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicRow {
    pub id: i64,
    pub builtin_key: Option<String>,
    pub title: String,
    pub description: String,
    pub questions: Vec<String>,
    pub hidden: bool,
    pub position: i64,
}

const COLUMNS: &str = "id, builtin_key, title, description, questions, hidden, position";

fn from_row(r: &Row<'_>) -> rusqlite::Result<(TopicRow, String)> {
    Ok((
        TopicRow {
            id: r.get(0)?,
            builtin_key: r.get(1)?,
            title: r.get(2)?,
            description: r.get(3)?,
            questions: Vec::new(),
            hidden: r.get(5)?,
            position: r.get(6)?,
        },
        r.get(4)?,
    ))
}

fn decode((mut row, questions): (TopicRow, String)) -> Result<TopicRow> {
    row.questions = serde_json::from_str(&questions)
        .map_err(|e| Error::Database(format!("topic {} has unreadable questions: {e}", row.id)))?;
    Ok(row)
}

/// Inserts the built-in row for `key` if missing and sets its catalog position.
pub fn ensure_builtin(
    conn: &Connection,
    key: &str,
    position: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let now = utc_text(now);
    conn.execute(
        "INSERT INTO topics (builtin_key, position, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
         ON CONFLICT (builtin_key) DO UPDATE SET position = excluded.position
         WHERE position IS NOT excluded.position",
        params![key, position, now],
    )?;
    Ok(())
}

/// Every built-in row's key and position.
pub fn builtin_positions(conn: &Connection) -> Result<std::collections::HashMap<String, i64>> {
    let rows = conn.query_rows(
        "SELECT builtin_key, position FROM topics WHERE builtin_key IS NOT NULL",
        [],
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
    )?;
    Ok(rows.into_iter().collect())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<TopicRow>> {
    let sql = format!("SELECT {COLUMNS} FROM topics WHERE id = ?1");
    conn.query_opt(&sql, params![id], from_row)?
        .map(decode)
        .transpose()
}

/// All topics: built-ins by position, then user topics by title.
pub fn list(conn: &Connection, include_hidden: bool) -> Result<Vec<TopicRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM topics WHERE hidden = 0 OR ?1
         ORDER BY builtin_key IS NULL, position, title COLLATE NOCASE, id"
    );
    let rows = conn.query_rows(&sql, params![include_hidden], from_row)?;
    rows.into_iter().map(decode).collect()
}

/// The id of the built-in row with this key.
pub fn builtin_id(conn: &Connection, key: &str) -> Result<Option<i64>> {
    conn.query_opt(
        "SELECT id FROM topics WHERE builtin_key = ?1",
        params![key],
        |r| r.get(0),
    )
}

/// True when a topic with this id exists.
pub fn exists(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn
        .query_opt(
            "SELECT 1 FROM topics WHERE id = ?1",
            params![id],
            |_| Ok(()),
        )?
        .is_some())
}

/// Every user topic's id and title (for duplicate checks).
pub fn user_titles(conn: &Connection) -> Result<Vec<(i64, String)>> {
    conn.query_rows(
        "SELECT id, title FROM topics WHERE builtin_key IS NULL",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Inserts a user topic and returns its id.
pub fn insert_user(
    conn: &Connection,
    title: &str,
    description: &str,
    questions: &[String],
    now: DateTime<Utc>,
) -> Result<i64> {
    let now = utc_text(now);
    conn.execute(
        "INSERT INTO topics (title, description, questions, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![title, description, serde_json::to_string(questions)?, now],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Overwrites a user topic's text; false when there is no such user topic.
pub fn update_user(
    conn: &Connection,
    id: i64,
    title: &str,
    description: &str,
    questions: &[String],
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE topics SET title = ?2, description = ?3, questions = ?4, updated_at = ?5
         WHERE id = ?1 AND builtin_key IS NULL",
        params![
            id,
            title,
            description,
            serde_json::to_string(questions)?,
            utc_text(now)
        ],
    )?;
    Ok(n == 1)
}

pub fn set_hidden(conn: &Connection, id: i64, hidden: bool, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE topics SET hidden = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, hidden, utc_text(now)],
    )?;
    Ok(n == 1)
}

/// Deletes a user topic (goals keep their text, their topic becomes NULL); built-in rows are
/// never deleted here. False when there is no such user topic.
pub fn delete_user(conn: &Connection, id: i64) -> Result<bool> {
    let n = conn.execute(
        "DELETE FROM topics WHERE id = ?1 AND builtin_key IS NULL",
        params![id],
    )?;
    Ok(n == 1)
}

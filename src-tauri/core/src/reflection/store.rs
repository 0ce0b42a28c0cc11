//! The `reflections` table (answers as a JSON array) and `reflection_goals`.

pub mod prompts;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::error::{Error, Result};
use crate::reflection::{Reflection, ReflectionAnswer};
use crate::store::ConnExt;
use crate::tandem::Role;
use crate::time::utc_text;

const COLUMNS: &str =
    "r.id, r.meeting_id, m.tandem_id, r.role, r.answers, r.created_at, r.updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<(Reflection, String)> {
    Ok((
        Reflection {
            id: r.get(0)?,
            meeting_id: r.get(1)?,
            tandem_id: r.get(2)?,
            role: r.get(3)?,
            answers: Vec::new(),
            goal_ids: Vec::new(),
            created_at: r.get(5)?,
            updated_at: r.get(6)?,
        },
        r.get(4)?,
    ))
}

fn decode_answers(id: i64, json: &str) -> Result<Vec<ReflectionAnswer>> {
    serde_json::from_str(json)
        .map_err(|e| Error::Database(format!("reflection {id} has unreadable answers: {e}")))
}

fn finish(
    conn: &Connection,
    (mut reflection, answers): (Reflection, String),
) -> Result<Reflection> {
    reflection.answers = decode_answers(reflection.id, &answers)?;
    reflection.goal_ids = goal_ids(conn, reflection.id)?;
    Ok(reflection)
}

/// The reflection on the meeting, with its answers and goals.
pub fn of_meeting(conn: &Connection, meeting_id: i64) -> Result<Option<Reflection>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM reflections r JOIN meetings m ON m.id = r.meeting_id
         WHERE r.meeting_id = ?1"
    );
    conn.query_opt(&sql, params![meeting_id], from_row)?
        .map(|row| finish(conn, row))
        .transpose()
}

/// The reflection with this id, with its answers and goals.
pub fn get(conn: &Connection, id: i64) -> Result<Option<Reflection>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM reflections r JOIN meetings m ON m.id = r.meeting_id
         WHERE r.id = ?1"
    );
    conn.query_opt(&sql, params![id], from_row)?
        .map(|row| finish(conn, row))
        .transpose()
}

/// Inserts the meeting's reflection and returns its id.
pub fn insert(
    conn: &Connection,
    meeting_id: i64,
    role: Role,
    answers: &[ReflectionAnswer],
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO reflections (meeting_id, role, answers, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![
            meeting_id,
            role,
            serde_json::to_string(answers)?,
            utc_text(now)
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Overwrites the answers (the role stays what it was at the first save).
pub fn update(
    conn: &Connection,
    id: i64,
    answers: &[ReflectionAnswer],
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE reflections SET answers = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, serde_json::to_string(answers)?, utc_text(now)],
    )?;
    Ok(n == 1)
}

pub fn delete(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM reflections WHERE id = ?1", params![id])? == 1)
}

/// The linked goal ids, ascending.
pub fn goal_ids(conn: &Connection, id: i64) -> Result<Vec<i64>> {
    conn.query_rows(
        "SELECT goal_id FROM reflection_goals WHERE reflection_id = ?1 ORDER BY goal_id",
        params![id],
        |r| r.get(0),
    )
}

/// Replaces the linked goals.
pub fn replace_goals(conn: &Connection, id: i64, goal_ids: &[i64]) -> Result<()> {
    conn.execute(
        "DELETE FROM reflection_goals WHERE reflection_id = ?1",
        params![id],
    )?;
    let mut stmt = conn.prepare(
        "INSERT OR IGNORE INTO reflection_goals (reflection_id, goal_id) VALUES (?1, ?2)",
    )?;
    for goal_id in goal_ids {
        stmt.execute(params![id, goal_id])?;
    }
    Ok(())
}

//! The `tandem_focus_topics` table: a tandem's chosen topics, in order.

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::store::ConnExt;

/// Replaces the tandem's focus topics with `topic_ids` (in this order; no duplicates).
pub fn replace(conn: &Connection, tandem_id: i64, topic_ids: &[i64]) -> Result<()> {
    conn.execute(
        "DELETE FROM tandem_focus_topics WHERE tandem_id = ?1",
        params![tandem_id],
    )?;
    let mut stmt = conn.prepare(
        "INSERT INTO tandem_focus_topics (tandem_id, topic_id, position) VALUES (?1, ?2, ?3)",
    )?;
    for (position, topic_id) in (0i64..).zip(topic_ids) {
        stmt.execute(params![tandem_id, topic_id, position])?;
    }
    Ok(())
}

/// The tandem's topic ids in order.
pub fn list(conn: &Connection, tandem_id: i64) -> Result<Vec<i64>> {
    conn.query_rows(
        "SELECT topic_id FROM tandem_focus_topics WHERE tandem_id = ?1 ORDER BY position",
        params![tandem_id],
        |r| r.get(0),
    )
}

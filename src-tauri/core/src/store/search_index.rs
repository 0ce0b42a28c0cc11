//! The `search_index` FTS5 table (migration 0005): ranked matches and their count. Triggers
//! on the source tables keep it in step; nothing here writes to it.

use rusqlite::{params, Connection};

use crate::error::Result;

/// One ranked match with what the result list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// record id * 16 + kind code.
    pub rowid: i64,
    pub tandem_id: Option<i64>,
    pub tandem_title: Option<String>,
    pub meeting_id: Option<i64>,
    pub at: String,
    pub title: String,
    pub body: String,
    /// For goal notes: the goal's title.
    pub goal_title: Option<String>,
}

/// The record ids (rowids) of the best `limit` matches of the FTS5 expression `expr`, best
/// first, and how many rows match in all, counting no further than `cap`. One ranked pass:
/// the ranking (bm25 with weights) is the table's configured `rank`, FTS5 sorts all matches
/// once, and stepping past the first `limit` only counts (no column is read).
pub fn ranked(conn: &Connection, expr: &str, limit: u32, cap: u32) -> Result<(Vec<i64>, u32)> {
    let mut stmt = conn.prepare(
        "SELECT rowid FROM search_index WHERE search_index MATCH ?1 ORDER BY rank LIMIT ?2",
    )?;
    let mut rows = stmt.query(params![expr, cap.max(limit)])?;
    let mut ids = Vec::with_capacity(limit as usize);
    let mut total: u32 = 0;
    while let Some(row) = rows.next()? {
        if ids.len() < limit as usize {
            ids.push(row.get(0)?);
        }
        total = total.saturating_add(1);
    }
    Ok((ids, total.min(cap)))
}

/// What the result list shows of the index rows `rowids` (in that order; rows that vanished
/// are skipped), with the tandem's title and, for a goal note, its goal's title.
pub fn details(conn: &Connection, rowids: &[i64]) -> Result<Vec<Match>> {
    let mut stmt = conn.prepare(
        "SELECT s.rowid, s.tandem_id, (SELECT t.title FROM tandems t WHERE t.id = s.tandem_id),
                s.meeting_id, s.at, s.title, s.body,
                CASE WHEN s.rowid % 16 = 2 THEN
                    (SELECT g.title FROM goal_notes n JOIN goals g ON g.id = n.goal_id
                     WHERE n.id = s.rowid / 16)
                END
         FROM search_index s WHERE s.rowid = ?1",
    )?;
    let mut out = Vec::with_capacity(rowids.len());
    for &rowid in rowids {
        let mut rows = stmt.query_map(params![rowid], |r| {
            Ok(Match {
                rowid: r.get(0)?,
                tandem_id: r.get(1)?,
                tandem_title: r.get(2)?,
                meeting_id: r.get(3)?,
                at: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
                title: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                body: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                goal_title: r.get(7)?,
            })
        })?;
        if let Some(m) = rows.next().transpose()? {
            out.push(m);
        }
    }
    Ok(out)
}

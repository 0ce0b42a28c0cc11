//! The `journal_entries` table with `journal_entry_tags` (one row per tag, keyed by its
//! lowercased spelling) and `journal_entry_goals`. Callers write an entry and its tags and
//! goals in one transaction.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::error::{Error, Result};
use crate::journal::{JournalEntry, JournalEntryInput, TagCount};
use crate::store::ConnExt;
use crate::time::utc_text;

const COLUMNS: &str =
    "id, tandem_id, title, body, prompt, topic_id, tags, pinned, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<(JournalEntry, String)> {
    Ok((
        JournalEntry {
            id: r.get(0)?,
            tandem_id: r.get(1)?,
            title: r.get(2)?,
            body: r.get(3)?,
            prompt: r.get(4)?,
            topic_id: r.get(5)?,
            tags: Vec::new(),
            goal_ids: Vec::new(),
            pinned: r.get(7)?,
            created_at: r.get(8)?,
            updated_at: r.get(9)?,
        },
        r.get(6)?,
    ))
}

/// The key a tag is compared by (Unicode lowercase).
pub fn tag_key(tag: &str) -> String {
    tag.to_lowercase()
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<JournalEntry>> {
    let sql = format!("SELECT {COLUMNS} FROM journal_entries WHERE id = ?1");
    let Some((mut entry, tags)) = conn.query_opt(&sql, params![id], from_row)? else {
        return Ok(None);
    };
    entry.tags = serde_json::from_str(&tags)
        .map_err(|e| Error::Database(format!("journal entry {id} has unreadable tags: {e}")))?;
    entry.goal_ids = goal_ids(conn, id)?;
    Ok(Some(entry))
}

/// Inserts a cleaned entry with its tags and goals; returns its id.
pub fn insert(conn: &Connection, input: &JournalEntryInput, now: DateTime<Utc>) -> Result<i64> {
    conn.execute(
        "INSERT INTO journal_entries (tandem_id, title, body, prompt, topic_id, tags, pinned,
             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            input.tandem_id,
            input.title,
            input.body,
            input.prompt,
            input.topic_id,
            serde_json::to_string(&input.tags)?,
            input.pinned,
            utc_text(now)
        ],
    )?;
    let id = conn.last_insert_rowid();
    replace_links(conn, id, input, &utc_text(now))?;
    Ok(id)
}

/// Overwrites a cleaned entry with its tags and goals; false when there is no such entry.
pub fn update(
    conn: &Connection,
    id: i64,
    input: &JournalEntryInput,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE journal_entries SET tandem_id = ?2, title = ?3, body = ?4, prompt = ?5,
             topic_id = ?6, tags = ?7, pinned = ?8, updated_at = ?9
         WHERE id = ?1",
        params![
            id,
            input.tandem_id,
            input.title,
            input.body,
            input.prompt,
            input.topic_id,
            serde_json::to_string(&input.tags)?,
            input.pinned,
            utc_text(now)
        ],
    )?;
    if n != 1 {
        return Ok(false);
    }
    let created_at: String = conn.query_row(
        "SELECT created_at FROM journal_entries WHERE id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    replace_links(conn, id, input, &created_at)?;
    Ok(true)
}

/// Rewrites the entry's tag rows (with its `created_at`) and goal links.
fn replace_links(
    conn: &Connection,
    id: i64,
    input: &JournalEntryInput,
    created_at: &str,
) -> Result<()> {
    conn.execute(
        "DELETE FROM journal_entry_tags WHERE entry_id = ?1",
        params![id],
    )?;
    let mut stmt = conn.prepare(
        "INSERT OR IGNORE INTO journal_entry_tags (entry_id, tag_key, tag, created_at)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for tag in &input.tags {
        stmt.execute(params![id, tag_key(tag), tag, created_at])?;
    }
    conn.execute(
        "DELETE FROM journal_entry_goals WHERE entry_id = ?1",
        params![id],
    )?;
    let mut stmt = conn
        .prepare("INSERT OR IGNORE INTO journal_entry_goals (entry_id, goal_id) VALUES (?1, ?2)")?;
    for goal_id in &input.goal_ids {
        stmt.execute(params![id, goal_id])?;
    }
    Ok(())
}

/// Pins or unpins (a change of the entry, so `updated_at` moves).
pub fn set_pinned(conn: &Connection, id: i64, pinned: bool, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE journal_entries SET pinned = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, pinned, utc_text(now)],
    )?;
    Ok(n == 1)
}

pub fn delete(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM journal_entries WHERE id = ?1", params![id])? == 1)
}

/// The linked goal ids, ascending.
pub fn goal_ids(conn: &Connection, id: i64) -> Result<Vec<i64>> {
    conn.query_rows(
        "SELECT goal_id FROM journal_entry_goals WHERE entry_id = ?1 ORDER BY goal_id",
        params![id],
        |r| r.get(0),
    )
}

/// Every tag with its number of entries, by count (descending), then tag. Spellings that
/// differ only in case count together under the most used one (ties: the smallest).
pub fn tag_counts(conn: &Connection) -> Result<Vec<TagCount>> {
    let rows = conn.query_rows(
        "SELECT tag_key, tag, COUNT(*) FROM journal_entry_tags
         GROUP BY tag_key, tag ORDER BY tag_key, COUNT(*) DESC, tag",
        [],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
            ))
        },
    )?;
    let mut out: Vec<(String, TagCount)> = Vec::new();
    for row in rows {
        let (key, tag, count) = row;
        match out.last_mut() {
            // Same key: the first row (most used spelling) names the group.
            Some((last, group)) if *last == key => group.count = group.count.saturating_add(count),
            _ => out.push((key, TagCount { tag, count })),
        }
    }
    let mut counts: Vec<TagCount> = out.into_iter().map(|(_, c)| c).collect();
    counts.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| crate::text::sort_key(&a.tag).cmp(&crate::text::sort_key(&b.tag)))
            .then_with(|| a.tag.cmp(&b.tag))
    });
    Ok(counts)
}

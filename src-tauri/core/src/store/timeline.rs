//! The journal timeline's queries: for notes, reflections and entries, the sort keys
//! (id, instant) of the newest rows that match a filter, after a cursor. Each kind is read
//! on its own index, newest first, so a page costs `limit` rows per kind.

use chrono::NaiveDate;
use rusqlite::types::{ToSql, Value};
use rusqlite::{params, Connection};

use super::ConnExt;
use crate::error::Result;

/// After which item (in newest-first order) a page continues, seen from one kind: `rank`
/// compares the kind of the cursor's item with the kind being read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct After {
    pub at: String,
    pub id: i64,
    /// The queried kind sorts before (Less), like (Equal) or after (Greater) the kind of
    /// the cursor's item at the same instant.
    pub rank: std::cmp::Ordering,
}

/// The filter as SQL sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub tandem_id: Option<i64>,
    pub topic_id: Option<i64>,
    pub goal_id: Option<i64>,
    /// Lowercased tag.
    pub tag_key: Option<String>,
    /// Meeting local dates, inclusive.
    pub from_date: Option<NaiveDate>,
    pub to_date: Option<NaiveDate>,
    /// Entry creation instants: `created_at >= from_utc` and `< until_utc`.
    pub from_utc: Option<String>,
    pub until_utc: Option<String>,
    pub after: Option<After>,
    pub limit: u32,
}

struct Sql {
    wheres: Vec<String>,
    params: Vec<(&'static str, Value)>,
}

impl Sql {
    fn new() -> Self {
        Sql {
            wheres: Vec::new(),
            params: Vec::new(),
        }
    }

    fn clause(&mut self, clause: &str) {
        self.wheres.push(clause.to_string());
    }

    fn bind(&mut self, name: &'static str, value: impl Into<Value>) {
        self.params.push((name, value.into()));
    }

    /// The keyset condition on (`at`, `id`) columns for `after`.
    fn after(&mut self, at: &str, id: &str, after: Option<&After>) {
        let Some(after) = after else { return };
        let clause = match after.rank {
            // This kind sorts after the cursor's at equal instants: the instant may repeat.
            std::cmp::Ordering::Less => format!("{at} <= :cat"),
            std::cmp::Ordering::Equal => format!("({at}, {id}) < (:cat, :cid)"),
            std::cmp::Ordering::Greater => format!("{at} < :cat"),
        };
        self.wheres.push(clause);
        self.bind(":cat", after.at.clone());
        if after.rank == std::cmp::Ordering::Equal {
            self.bind(":cid", after.id);
        }
    }

    fn run(mut self, select: &str, order: &str, limit: Option<u32>) -> Result<(String, Self)> {
        let mut sql = select.to_string();
        if !self.wheres.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&self.wheres.join(" AND "));
        }
        sql.push(' ');
        sql.push_str(order);
        if let Some(limit) = limit {
            sql.push_str(" LIMIT :limit");
            self.bind(":limit", i64::from(limit));
        }
        Ok((sql, self))
    }
}

fn keys(
    conn: &Connection,
    sql: &str,
    params: &[(&'static str, Value)],
) -> Result<Vec<(i64, String)>> {
    let refs: Vec<(&str, &dyn ToSql)> = params.iter().map(|(n, v)| (*n, v as &dyn ToSql)).collect();
    conn.query_rows(sql, &*refs, |r| Ok((r.get(0)?, r.get(1)?)))
}

fn meeting_filters(sql: &mut Sql, q: &Query) {
    if let Some(t) = q.tandem_id {
        sql.clause("m.tandem_id = :tandem");
        sql.bind(":tandem", t);
    }
    if let Some(d) = q.from_date {
        sql.clause("m.local_date >= :from");
        sql.bind(":from", d.to_string());
    }
    if let Some(d) = q.to_date {
        sql.clause("m.local_date <= :to");
        sql.bind(":to", d.to_string());
    }
    if let Some(t) = q.topic_id {
        sql.clause(
            "EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id AND a.topic_id = :topic)",
        );
        sql.bind(":topic", t);
    }
}

/// Notes: (meeting id, meeting start), newest first. Notes carry no tags or goals.
pub fn notes(conn: &Connection, q: &Query) -> Result<Vec<(i64, String)>> {
    if q.tag_key.is_some() || q.goal_id.is_some() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new();
    meeting_filters(&mut sql, q);
    sql.after("m.starts_at", "m.id", q.after.as_ref());
    let (text, sql) = sql.run(
        "SELECT m.id, m.starts_at FROM meeting_notes n JOIN meetings m ON m.id = n.meeting_id",
        "ORDER BY m.starts_at DESC, m.id DESC",
        Some(q.limit),
    )?;
    keys(conn, &text, &sql.params)
}

/// Reflections: (meeting id, meeting start), newest first — a meeting has at most one
/// reflection, and its id keeps the order on the meetings' index. Reflections carry no tags.
pub fn reflections(conn: &Connection, q: &Query) -> Result<Vec<(i64, String)>> {
    if q.tag_key.is_some() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new();
    meeting_filters(&mut sql, q);
    if let Some(g) = q.goal_id {
        sql.clause(
            "EXISTS (SELECT 1 FROM reflection_goals rg WHERE rg.reflection_id = r.id AND rg.goal_id = :goal)",
        );
        sql.bind(":goal", g);
    }
    sql.after("m.starts_at", "m.id", q.after.as_ref());
    let (text, sql) = sql.run(
        "SELECT m.id, m.starts_at FROM reflections r JOIN meetings m ON m.id = r.meeting_id",
        "ORDER BY m.starts_at DESC, m.id DESC",
        Some(q.limit),
    )?;
    keys(conn, &text, &sql.params)
}

/// Entries: (entry id, created at), newest first; `pinned` selects the pinned section
/// (no cursor) or the rest. With a tag, the tag's own index drives the query in timeline
/// order; goal links are few per goal, so they are read first.
pub fn entries(conn: &Connection, q: &Query, pinned: bool) -> Result<Vec<(i64, String)>> {
    let mut sql = Sql::new();
    // With a tag, order and keyset run on the tag rows (same created_at and id).
    let (at, id) = if q.tag_key.is_some() {
        ("et.created_at", "et.entry_id")
    } else {
        ("e.created_at", "e.id")
    };
    sql.clause(if pinned {
        "e.pinned = 1"
    } else {
        "e.pinned = 0"
    });
    if let Some(tag) = &q.tag_key {
        sql.clause("et.tag_key = :tag");
        sql.bind(":tag", tag.clone());
    }
    if let Some(t) = q.tandem_id {
        sql.clause("e.tandem_id = :tandem");
        sql.bind(":tandem", t);
    }
    if let Some(t) = q.topic_id {
        sql.clause("e.topic_id = :topic");
        sql.bind(":topic", t);
    }
    if let Some(g) = q.goal_id {
        sql.clause(
            "e.id IN (SELECT eg.entry_id FROM journal_entry_goals eg WHERE eg.goal_id = :goal)",
        );
        sql.bind(":goal", g);
    }
    if let Some(from) = &q.from_utc {
        sql.clause(&format!("{at} >= :from"));
        sql.bind(":from", from.clone());
    }
    if let Some(until) = &q.until_utc {
        sql.clause(&format!("{at} < :until"));
        sql.bind(":until", until.clone());
    }
    if !pinned {
        sql.after(at, id, q.after.as_ref());
    }
    let from = if q.tag_key.is_some() {
        "journal_entry_tags et JOIN journal_entries e ON e.id = et.entry_id"
    } else {
        "journal_entries e"
    };
    let (text, sql) = sql.run(
        &format!("SELECT e.id, e.created_at FROM {from}"),
        &format!("ORDER BY {at} DESC, {id} DESC"),
        Some(q.limit),
    )?;
    keys(conn, &text, &sql.params)
}

/// The distinct topics of the meeting's agenda items, in agenda order.
pub fn agenda_topic_ids(conn: &Connection, meeting_id: i64) -> Result<Vec<i64>> {
    let rows = conn.query_rows(
        "SELECT topic_id FROM agenda_items WHERE meeting_id = ?1 AND topic_id IS NOT NULL
         ORDER BY position, id",
        params![meeting_id],
        |r| r.get::<_, i64>(0),
    )?;
    let mut ids: Vec<i64> = Vec::new();
    for id in rows {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

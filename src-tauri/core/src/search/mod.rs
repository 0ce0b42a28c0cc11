//! Full-text search over everything the user wrote: goals, goal notes, the agreement, agenda
//! items, meeting notes, action items, reflections and journal entries.
//!
//! The index is an FTS5 table in the encrypted database (migration 0005), kept in step by
//! triggers. [`search`] turns the user's text into a safe MATCH expression
//! ([`query::Query`]), lets FTS5 rank (bm25, title hits weigh more), and builds highlighted
//! snippets for the returned hits only ([`snippet`]).

pub mod query;
pub mod snippet;
mod types;

use rusqlite::Connection;

pub use types::*;

use crate::error::{Error, Result};
use crate::store::search_index::{self, Match};
use query::Query;

/// Longest query, in characters.
pub const QUERY_MAX: usize = 200;
/// Most hits per request.
pub const LIMIT_MAX: u32 = 100;
/// `total` counts no further.
pub const TOTAL_CAP: u32 = 10_000;

/// The best hits for `request`. A blank query (or one without words) has no hits.
pub fn search(conn: &Connection, request: &SearchRequest) -> Result<SearchResults> {
    if request.query.chars().count() > QUERY_MAX {
        return Err(Error::TextTooLong {
            field: "query",
            max: QUERY_MAX,
        });
    }
    if !(1..=LIMIT_MAX).contains(&request.limit) {
        return Err(Error::InvalidField {
            field: "limit",
            message: format!("the limit must be between 1 and {LIMIT_MAX}"),
        });
    }
    let query = Query::parse(&request.query);
    let Some(expr) = match_expression(&query, request) else {
        return Ok(SearchResults {
            hits: Vec::new(),
            total: 0,
        });
    };
    let (ids, total) = search_index::ranked(conn, &expr, request.limit, TOTAL_CAP)?;
    let hits = search_index::details(conn, &ids)?
        .into_iter()
        .filter_map(|m| hit(m, &query))
        .collect();
    Ok(SearchResults { hits, total })
}

/// The full MATCH expression: the query on the text columns, the filters on `scope`.
pub fn match_expression(query: &Query, request: &SearchRequest) -> Option<String> {
    let text = query.to_fts()?;
    let mut parts = Vec::new();
    if let Some(t) = request.tandem_id {
        parts.push(format!("{{scope}} : \"t{t}\""));
    }
    if !request.kinds.is_empty() && request.kinds.len() < SearchKind::ALL.len() {
        let kinds: Vec<String> = request
            .kinds
            .iter()
            .map(|k| format!("\"k{}\"", k.code()))
            .collect();
        parts.push(format!("{{scope}} : ({})", kinds.join(" OR ")));
    }
    parts.push(text);
    Some(parts.join(" AND "))
}

fn hit(m: Match, query: &Query) -> Option<SearchHit> {
    let kind = SearchKind::from_code(m.rowid.rem_euclid(16))?;
    let record_id = m.rowid.div_euclid(16);
    let body = snippet::build(&m.body, query);
    let snippet = if m.body.trim().is_empty() || (body.hits == 0 && !m.title.is_empty()) {
        let title = snippet::build(&m.title, query);
        if title.hits > 0 || m.body.trim().is_empty() {
            title.parts
        } else {
            body.parts
        }
    } else {
        body.parts
    };
    let title = match kind {
        SearchKind::GoalNote => m.goal_title.unwrap_or_default(),
        _ => m.title,
    };
    Some(SearchHit {
        kind,
        record_id,
        tandem_id: m.tandem_id,
        tandem_title: m.tandem_title,
        meeting_id: m.meeting_id,
        title,
        snippet,
        at: m.at,
    })
}

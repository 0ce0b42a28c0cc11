//! The journal timeline: notes, reflections and entries, newest first, filtered, in pages
//! with an opaque cursor; pinned entries form their own section on the first page.

use std::collections::HashMap;

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

use super::store;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::markdown;
use crate::meeting::store as meetings;
use crate::note::store as meeting_notes;
use crate::reflection::store as reflections;
use crate::reflection::{self, PromptKind};
use crate::store::timeline;
use crate::tandem::store as tandems;
use crate::time;

use super::cursor::{self, SortKey};
use super::{JournalFilter, JournalItem, JournalKind, JournalPage};

/// Longest excerpt, in characters.
pub const EXCERPT_MAX: usize = 280;
/// Largest page.
pub const LIMIT_MAX: u32 = 200;
/// Most pinned entries shown.
const PINNED_MAX: u32 = 200;

/// One page of the timeline for `filter`; entry dates are read in the user's zone.
pub fn list(cx: &Ctx, filter: &JournalFilter) -> Result<JournalPage> {
    if filter.limit == 0 || filter.limit > LIMIT_MAX {
        return Err(Error::invalid_field(
            "limit",
            format!("a page holds 1 to {LIMIT_MAX} items"),
        ));
    }
    let after = filter.cursor.as_deref().map(cursor::decode).transpose()?;
    let empty = JournalPage {
        items: Vec::new(),
        pinned: Vec::new(),
        next_cursor: None,
    };
    if let (Some(from), Some(to)) = (filter.from, filter.to) {
        if from > to {
            return Ok(empty);
        }
    }
    let tag_key = match filter.tag.as_deref().map(str::trim) {
        Some(tag) if !tag.is_empty() => Some(store::tag_key(tag)),
        _ => None,
    };
    let wants = |kind| filter.kinds.is_empty() || filter.kinds.contains(&kind);
    let midnight = NaiveTime::MIN;
    let mut query = timeline::Query {
        tandem_id: filter.tandem_id,
        topic_id: filter.topic_id,
        goal_id: filter.goal_id,
        tag_key,
        from_date: filter.from,
        to_date: filter.to,
        from_utc: filter
            .from
            .map(|d| crate::time::utc_text(time::to_utc(cx.zone, d, midnight))),
        until_utc: filter
            .to
            .and_then(|d| d.succ_opt())
            .map(|d| crate::time::utc_text(time::to_utc(cx.zone, d, midnight))),
        after: None,
        // One more than asked: tells whether another page follows.
        limit: filter.limit + 1,
    };

    let mut keys: Vec<SortKey> = Vec::new();
    for kind in JournalKind::ALL.iter().copied().filter(|&k| wants(k)) {
        let rank = cursor::rank(kind);
        query.after = after.as_ref().map(|c| timeline::After {
            at: c.at.clone(),
            id: c.id,
            rank: rank.cmp(&c.rank),
        });
        let rows = match kind {
            JournalKind::Note => timeline::notes(cx, &query)?,
            JournalKind::Reflection => timeline::reflections(cx, &query)?,
            JournalKind::Entry => timeline::entries(cx, &query, false)?,
        };
        keys.extend(rows.into_iter().map(|(id, at)| SortKey { at, rank, id }));
    }
    keys.sort_unstable_by(|a, b| b.cmp(a));
    let limit = usize::try_from(filter.limit).unwrap_or(usize::MAX);
    let next_cursor = if keys.len() > limit {
        keys.truncate(limit);
        keys.last().map(cursor::encode)
    } else {
        None
    };

    let mut hydrate = Hydrator::new(cx, cx.zone);
    let items = keys
        .iter()
        .map(|k| hydrate.item(k))
        .collect::<Result<Vec<_>>>()?;
    let pinned = if after.is_none() && wants(JournalKind::Entry) {
        query.after = None;
        query.limit = PINNED_MAX;
        timeline::entries(cx, &query, true)?
            .into_iter()
            .map(|(id, at)| {
                hydrate.item(&SortKey {
                    at,
                    rank: cursor::rank(JournalKind::Entry),
                    id,
                })
            })
            .collect::<Result<Vec<_>>>()?
    } else {
        Vec::new()
    };
    Ok(JournalPage {
        items,
        pinned,
        next_cursor,
    })
}

/// Builds items from sort keys, remembering tandem titles.
struct Hydrator<'c> {
    conn: &'c Connection,
    tz: Tz,
    titles: HashMap<i64, Option<String>>,
}

impl<'c> Hydrator<'c> {
    fn new(conn: &'c Connection, tz: Tz) -> Self {
        Hydrator {
            conn,
            tz,
            titles: HashMap::new(),
        }
    }

    fn tandem_title(&mut self, tandem_id: i64) -> Result<Option<String>> {
        if let Some(title) = self.titles.get(&tandem_id) {
            return Ok(title.clone());
        }
        let title = tandems::get(self.conn, tandem_id)?.map(|t| t.title);
        self.titles.insert(tandem_id, title.clone());
        Ok(title)
    }

    fn item(&mut self, key: &SortKey) -> Result<JournalItem> {
        match cursor::kind_of(key.rank) {
            Some(JournalKind::Note) => self.note(key.id),
            Some(JournalKind::Reflection) => self.reflection(key.id),
            Some(JournalKind::Entry) | None => self.entry(key.id),
        }
    }

    /// The item frame of a meeting's note or reflection.
    fn meeting_item(&mut self, kind: JournalKind, id: i64, meeting_id: i64) -> Result<JournalItem> {
        let m = meetings::get(self.conn, meeting_id)?
            .ok_or_else(|| Error::not_found("meeting", meeting_id))?;
        Ok(JournalItem {
            kind,
            id,
            tandem_id: Some(m.tandem_id),
            tandem_title: self.tandem_title(m.tandem_id)?,
            meeting_id: Some(meeting_id),
            date: m.local_date,
            at: m.starts_at,
            title: String::new(),
            excerpt: String::new(),
            tags: Vec::new(),
            pinned: false,
            goal_ids: Vec::new(),
            topic_ids: timeline::agenda_topic_ids(self.conn, meeting_id)?,
            rating: None,
        })
    }

    fn note(&mut self, meeting_id: i64) -> Result<JournalItem> {
        let mut item = self.meeting_item(JournalKind::Note, meeting_id, meeting_id)?;
        let body = meeting_notes::body(self.conn, meeting_id)?.unwrap_or_default();
        item.excerpt = markdown::to_plain_text(&body, EXCERPT_MAX);
        Ok(item)
    }

    /// The reflection on the meeting (its sort key carries the meeting id).
    fn reflection(&mut self, meeting_id: i64) -> Result<JournalItem> {
        let r = reflections::of_meeting(self.conn, meeting_id)?
            .ok_or_else(|| Error::not_found("reflection of meeting", meeting_id))?;
        let mut item = self.meeting_item(JournalKind::Reflection, r.id, meeting_id)?;
        let texts: Vec<&str> = r
            .answers
            .iter()
            .filter(|a| a.kind == PromptKind::Text && !a.text.trim().is_empty())
            .map(|a| a.text.as_str())
            .collect();
        item.excerpt = markdown::to_plain_text(&texts.join("\n\n"), EXCERPT_MAX);
        item.rating = reflection::rating(&r.answers);
        item.goal_ids = r.goal_ids;
        Ok(item)
    }

    fn entry(&mut self, id: i64) -> Result<JournalItem> {
        let e = store::get(self.conn, id)?.ok_or_else(|| Error::not_found("journal entry", id))?;
        let created = DateTime::parse_from_rfc3339(&e.created_at)
            .map_err(|err| Error::Database(format!("journal entry {id} has a bad date: {err}")))?
            .with_timezone(&Utc);
        let tandem_title = match e.tandem_id {
            Some(t) => self.tandem_title(t)?,
            None => None,
        };
        Ok(JournalItem {
            kind: JournalKind::Entry,
            id,
            tandem_id: e.tandem_id,
            tandem_title,
            meeting_id: None,
            date: time::today_in(self.tz, created),
            at: e.created_at,
            title: e.title,
            excerpt: markdown::to_plain_text(&e.body, EXCERPT_MAX),
            tags: e.tags,
            pinned: e.pinned,
            goal_ids: e.goal_ids,
            topic_ids: e.topic_id.into_iter().collect(),
            rating: None,
        })
    }
}

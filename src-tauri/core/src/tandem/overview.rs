//! Read models: the tandem list and the overview page of one tandem.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;

use super::{get, TandemOverview, TandemStatus, TandemSummary};
use crate::agreement;
use crate::error::Result;
use crate::goal;
use crate::settings::Language;
use crate::store::{action_items, goals, meetings, tandems};
use crate::text;
use crate::topic;

fn status_rank(status: TandemStatus) -> u8 {
    match status {
        TandemStatus::Active => 0,
        TandemStatus::Paused => 1,
        TandemStatus::Finished => 2,
    }
}

/// `next_meeting` is the start of the next planned or moved meeting at or after `now`.
///
/// Active, paused, then finished tandems (each by title); then, if asked, the archived ones
/// in the same order.
pub fn list(
    conn: &Connection,
    include_archived: bool,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Vec<TandemSummary>> {
    let mut rows = tandems::list(conn, include_archived)?;
    rows.sort_by_cached_key(|t| {
        (
            t.archived,
            status_rank(t.status),
            text::sort_key(&t.title),
            t.id,
        )
    });
    rows.into_iter()
        .map(|t| {
            let (goals_open, goals_total) = goals::counts(conn, t.id)?;
            Ok(TandemSummary {
                id: t.id,
                agreement_state: agreement::state_of(conn, t.id, today)?,
                title: t.title,
                my_role: t.my_role,
                partner_name: t.partner_name,
                status: t.status,
                archived: t.archived,
                is_sample: t.is_sample,
                goals_open,
                goals_total,
                next_meeting: meetings::next_start(conn, t.id, now)?,
            })
        })
        .collect()
}

/// How many upcoming meetings the overview lists.
pub const UPCOMING_ON_OVERVIEW: u32 = 5;

/// Everything the overview page of tandem `id` shows; topic text in `language`.
pub fn overview(
    conn: &Connection,
    id: i64,
    language: Language,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<TandemOverview> {
    let tandem = get(conn, id)?;
    let latest = agreement::latest(conn, id)?;
    let focus_topics = tandem
        .focus_topic_ids
        .iter()
        .map(|&topic_id| topic::get(conn, topic_id, language))
        .collect::<Result<Vec<_>>>()?;
    let upcoming_meetings = meetings::upcoming(conn, id, now, UPCOMING_ON_OVERVIEW)?;
    Ok(TandemOverview {
        agreement_state: agreement::state(latest.as_ref(), today),
        agreement: latest,
        goals: goal::list(conn, id)?,
        focus_topics,
        next_meeting: upcoming_meetings.first().map(|m| m.starts_at.clone()),
        upcoming_meetings,
        open_actions: action_items::list(conn, id, true)?,
        tandem,
    })
}

//! The tandem list and the overview page of one tandem: each row or page combines the tandem
//! with its agreement state, goals, meetings and open action items.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::action::store as action_items;
use crate::action::ActionItem;
use crate::agreement::{self, Agreement, AgreementState};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::goal::store as goals;
use crate::goal::{self, Goal};
use crate::meeting::store as meetings;
use crate::meeting::Meeting;
use crate::tandem::store as tandems;
use crate::tandem::{self, Role, Tandem, TandemStatus};
use crate::text;
use crate::topic::{self, Topic};

/// One row of the tandem list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TandemSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
    pub my_role: Role,
    pub partner_name: String,
    pub status: TandemStatus,
    pub archived: bool,
    pub is_sample: bool,
    pub agreement_state: AgreementState,
    /// Goals that are open or in progress.
    pub goals_open: u32,
    pub goals_total: u32,
    /// Start (UTC, RFC 3339) of the next upcoming (planned or moved) meeting.
    pub next_meeting: Option<String>,
}

/// Everything the tandem overview page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TandemOverview {
    pub tandem: Tandem,
    pub agreement_state: AgreementState,
    /// The latest agreement version.
    pub agreement: Option<Agreement>,
    /// Active goals (open, in progress) by position, then the history (achieved, dropped)
    /// by last status change, newest first.
    pub goals: Vec<Goal>,
    /// The focus topics in the chosen order, text in the UI language.
    pub focus_topics: Vec<Topic>,
    /// Start (UTC, RFC 3339) of the next upcoming (planned or moved) meeting.
    pub next_meeting: Option<String>,
    /// The next (at most 5) upcoming meetings, by start.
    pub upcoming_meetings: Vec<Meeting>,
    /// The tandem's open action items (by due date, undated last).
    pub open_actions: Vec<ActionItem>,
}

fn status_rank(status: TandemStatus) -> u8 {
    match status {
        TandemStatus::Active => 0,
        TandemStatus::Paused => 1,
        TandemStatus::Finished => 2,
    }
}

/// `next_meeting` is the start of the next planned or moved meeting at or after now.
///
/// Active, paused, then finished tandems (each by title); then, if asked, the archived ones
/// in the same order.
pub fn list(cx: &Ctx, include_archived: bool) -> Result<Vec<TandemSummary>> {
    let mut rows = tandems::list(cx, include_archived)?;
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
            let (goals_open, goals_total) = goals::counts(cx, t.id)?;
            Ok(TandemSummary {
                id: t.id,
                agreement_state: agreement::state_of(cx, t.id)?,
                title: t.title,
                my_role: t.my_role,
                partner_name: t.partner_name,
                status: t.status,
                archived: t.archived,
                is_sample: t.is_sample,
                goals_open,
                goals_total,
                next_meeting: meetings::next_start(cx, t.id, cx.now)?,
            })
        })
        .collect()
}

/// How many upcoming meetings the overview lists.
pub const UPCOMING_ON_OVERVIEW: u32 = 5;

/// Everything the overview page of tandem `id` shows; topic text in the user's language.
pub fn overview(cx: &Ctx, id: i64) -> Result<TandemOverview> {
    let now = cx.now;
    let tandem = tandem::get(cx, id)?;
    let latest = agreement::latest(cx, id)?;
    let focus_topics = tandem
        .focus_topic_ids
        .iter()
        .map(|&topic_id| topic::get(cx, topic_id))
        .collect::<Result<Vec<_>>>()?;
    let upcoming_meetings = meetings::upcoming(cx, id, now, UPCOMING_ON_OVERVIEW)?;
    Ok(TandemOverview {
        agreement_state: agreement::state(latest.as_ref(), cx.today()),
        agreement: latest,
        goals: goal::list(cx, id)?,
        focus_topics,
        next_meeting: upcoming_meetings.first().map(|m| m.starts_at.clone()),
        upcoming_meetings,
        open_actions: action_items::list(cx, id, true)?,
        tandem,
    })
}

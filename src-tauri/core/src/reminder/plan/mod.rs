//! The planner: a pure function of (now, data, settings, zone) → what is due now and when the
//! next reminder falls due. No database, no clock: the shell's loop and the tests feed it.
//!
//! Each kind yields candidates with a fire time (subject ± lead) and, for some, an expiry.
//! Non-urgent fire times inside quiet hours move to the end of the quiet period; delivered
//! keys, expired candidates and those older than [`CATCH_UP`] are dropped (except a lapsed
//! rhythm); one that fell due while the app was closed waits out quiet hours that hold now.

mod dates;
mod meetings;
mod quiet;

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use super::{DueReminder, ReminderKind, ReminderPlan, ReminderRule, ReminderSettings};
use crate::action::Owner;
use crate::meeting::MeetingStatus;
use crate::tandem::{Cadence, Role, TandemStatus};
use crate::time::utc_text;

/// Reminders that fell due longer ago than this (e.g. while the app was closed) are dropped.
pub const CATCH_UP: Duration = Duration::days(3);

/// Dedup keys are at most this long (the `reminder_deliveries.key` CHECK).
pub const MAX_KEY_LEN: usize = 200;

/// Everything the planner looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanInput {
    pub tandems: Vec<PlanTandem>,
    pub meetings: Vec<PlanMeeting>,
    pub actions: Vec<PlanAction>,
    /// Keys already delivered (they never fire again).
    pub delivered: HashSet<String>,
}

/// A tandem with its reminder rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanTandem {
    pub id: i64,
    pub title: String,
    pub my_role: Role,
    pub status: TandemStatus,
    pub archived: bool,
    pub is_sample: bool,
    pub start_date: NaiveDate,
    pub cadence: Cadence,
    /// Stored rules; a kind without one uses its defaults.
    pub rules: Vec<ReminderRule>,
    /// The newest agreement version's review date.
    pub review: Option<PlanReview>,
}

/// The review date of an agreement version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanReview {
    pub version_id: i64,
    pub date: NaiveDate,
}

/// A meeting. The loader includes each tandem's last non-cancelled meeting and next upcoming
/// one even outside its time window, so [`ReminderKind::MeetingOverdue`] sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanMeeting {
    pub id: i64,
    pub tandem_id: i64,
    pub uid: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub status: MeetingStatus,
    pub agenda_items: u32,
    pub has_reflection: bool,
    /// When it was planned: an advance reminder whose time had passed by then never fires.
    pub created_at: DateTime<Utc>,
}

/// An action item with a due date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanAction {
    pub id: i64,
    pub tandem_id: i64,
    pub owner: Owner,
    pub done: bool,
    pub due_date: NaiveDate,
}

impl PlanTandem {
    /// The effective rule for `kind` (stored, or the default).
    pub fn rule(&self, kind: ReminderKind) -> ReminderRule {
        self.rules
            .iter()
            .copied()
            .find(|r| r.kind == kind)
            .unwrap_or(ReminderRule {
                kind,
                enabled: true,
                lead_minutes: kind.default_lead_minutes(),
            })
    }

    /// Reminders go to active, not archived, real (not sample) tandems only.
    pub fn gets_reminders(&self) -> bool {
        self.status == TandemStatus::Active && !self.archived && !self.is_sample
    }

    fn lead(&self, kind: ReminderKind) -> Option<Duration> {
        let rule = self.rule(kind);
        rule.enabled
            .then(|| Duration::minutes(i64::from(rule.lead_minutes)))
    }
}

/// One possible reminder before dedup and catch-up.
#[derive(Debug, Clone)]
struct Candidate {
    key: String,
    kind: ReminderKind,
    tandem_id: i64,
    meeting_id: Option<i64>,
    action_id: Option<i64>,
    nudge: u8,
    subject_at: DateTime<Utc>,
    /// After quiet hours.
    due_at: DateTime<Utc>,
    /// From this instant on the reminder is no longer due.
    expires_at: Option<DateTime<Utc>>,
}

/// What the kinds share while planning.
struct Ctx<'a> {
    now: DateTime<Utc>,
    zone: Tz,
    quiet: Option<(NaiveTime, NaiveTime)>,
    input: &'a PlanInput,
}

impl Ctx<'_> {
    /// `fire_at` moved out of quiet hours for a non-urgent kind, unless that reaches `expires`.
    fn due_time(
        &self,
        kind: ReminderKind,
        fire_at: DateTime<Utc>,
        expires: Option<DateTime<Utc>>,
    ) -> DateTime<Utc> {
        let Some((start, end)) = self.quiet.filter(|_| !kind.is_urgent()) else {
            return fire_at;
        };
        match quiet::end_of_quiet(self.zone, start, end, fire_at) {
            Some(moved) if expires.is_none_or(|e| moved < e) => moved,
            _ => fire_at,
        }
    }

    fn meetings_of(&self, tandem_id: i64) -> impl Iterator<Item = &PlanMeeting> {
        self.input
            .meetings
            .iter()
            .filter(move |m| m.tandem_id == tandem_id)
    }
}

/// Every due, not yet delivered reminder (oldest first) and the next due time.
pub fn plan(
    now: DateTime<Utc>,
    input: &PlanInput,
    settings: &ReminderSettings,
    zone: Tz,
) -> ReminderPlan {
    let ctx = Ctx {
        now,
        zone,
        quiet: quiet::parse(settings.quiet_hours.as_ref()),
        input,
    };
    let mut candidates = Vec::new();
    for tandem in input.tandems.iter().filter(|t| t.gets_reminders()) {
        meetings::candidates(&ctx, tandem, &mut candidates);
        dates::candidates(&ctx, tandem, &mut candidates);
    }
    let oldest = now - CATCH_UP;
    let mut due = Vec::new();
    let mut next_at: Option<DateTime<Utc>> = None;
    for mut c in candidates {
        if input.delivered.contains(&c.key)
            || c.expires_at.is_some_and(|e| now >= e || c.due_at >= e)
        {
            continue;
        }
        // Caught up during quiet hours (the app was closed when it fell due): it waits too.
        if c.due_at <= now {
            let held = ctx.due_time(c.kind, now, c.expires_at);
            if held > now {
                c.due_at = held;
            }
        }
        if c.due_at > now {
            next_at = Some(next_at.map_or(c.due_at, |n| n.min(c.due_at)));
        } else if c.due_at >= oldest || c.kind == ReminderKind::MeetingOverdue {
            // A lapsed rhythm stays worth one reminder however long the app was closed.
            due.push(c);
        }
    }
    due.sort_by(|a, b| a.due_at.cmp(&b.due_at).then_with(|| a.key.cmp(&b.key)));
    let titles = |id: i64| {
        input
            .tandems
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.title.clone())
            .unwrap_or_default()
    };
    ReminderPlan {
        due: due
            .into_iter()
            .map(|c| DueReminder {
                tandem_title: titles(c.tandem_id),
                key: c.key,
                kind: c.kind,
                tandem_id: c.tandem_id,
                meeting_id: c.meeting_id,
                action_id: c.action_id,
                subject_at: utc_text(c.subject_at),
                due_at: utc_text(c.due_at),
                nudge: c.nudge,
            })
            .collect(),
        next_at: next_at.map(utc_text),
    }
}

/// 09:00 local on `date`: when date-based reminders (actions, reviews, cadence) are about.
fn morning_of(zone: Tz, date: NaiveDate) -> DateTime<Utc> {
    crate::time::to_utc(zone, date, MORNING)
}

const MORNING: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

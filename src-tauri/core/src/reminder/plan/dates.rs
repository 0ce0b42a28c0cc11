//! Reminders about a date, at 09:00 local: an action item due, the agreement's review, and a
//! meeting the cadence says is due although none is planned.

use chrono::{DateTime, Duration, Months, NaiveDate, Utc};

use super::{morning_of, Candidate, Ctx, PlanTandem};
use crate::action::Owner;
use crate::meeting::MeetingStatus;
use crate::reminder::ReminderKind::{self, *};
use crate::tandem::{Cadence, CadenceUnit};

pub(super) fn candidates(ctx: &Ctx<'_>, tandem: &PlanTandem, out: &mut Vec<Candidate>) {
    let mut push = |kind: ReminderKind, date: NaiveDate, key: String, action_id: Option<i64>| {
        let Some(lead) = tandem.lead(kind) else {
            return;
        };
        let subject_at = morning_of(ctx.zone, date);
        out.push(Candidate {
            key,
            kind,
            tandem_id: tandem.id,
            meeting_id: None,
            action_id,
            nudge: 1,
            subject_at,
            due_at: ctx.due_time(kind, subject_at - lead, None),
            expires_at: None,
        });
    };
    let mine = ctx
        .input
        .actions
        .iter()
        .filter(|a| a.tandem_id == tandem.id && a.owner == Owner::Me && !a.done);
    for a in mine {
        let key = format!("action_due:{}:{}", a.id, a.due_date);
        push(ActionDue, a.due_date, key, Some(a.id));
    }
    if let Some(review) = tandem.review {
        let key = format!("agreement_review:{}:{}", review.version_id, review.date);
        push(AgreementReview, review.date, key, None);
    }
    if let Some(date) = overdue_date(ctx, tandem) {
        let key = format!("meeting_overdue:{}:{date}", tandem.id);
        push(MeetingOverdue, date, key, None);
    }
}

/// The date the next meeting was due by the cadence, when none is planned from now on.
fn overdue_date(ctx: &Ctx<'_>, tandem: &PlanTandem) -> Option<NaiveDate> {
    let planned = ctx
        .meetings_of(tandem.id)
        .any(|m| m.status.is_upcoming() && m.starts_at >= ctx.now);
    if planned {
        return None;
    }
    let last: Option<DateTime<Utc>> = ctx
        .meetings_of(tandem.id)
        .filter(|m| m.status != MeetingStatus::Cancelled)
        .map(|m| m.starts_at)
        .max();
    let from = last.map_or(tandem.start_date, |t| crate::time::to_local(ctx.zone, t).0);
    add_cadence(from, tandem.cadence)
}

fn add_cadence(date: NaiveDate, cadence: Cadence) -> Option<NaiveDate> {
    match cadence.unit {
        CadenceUnit::Week => date.checked_add_signed(Duration::weeks(i64::from(cadence.every))),
        CadenceUnit::Month => date.checked_add_months(Months::new(cadence.every)),
    }
}

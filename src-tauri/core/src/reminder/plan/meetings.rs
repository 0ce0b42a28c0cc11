//! Reminders about one meeting: soon, the day before, prepare the agenda, reflect afterwards.

use chrono::{DateTime, Duration, Utc};

use super::{Candidate, Ctx, PlanMeeting, PlanTandem, MAX_KEY_LEN};
use crate::meeting::MeetingStatus;
use crate::reminder::ReminderKind::{self, *};
use crate::tandem::Role;
use crate::time::utc_text;

/// The second reflect nudge comes a day after the first.
const SECOND_NUDGE_AFTER: Duration = Duration::hours(24);
/// A meeting-soon reminder is still worth showing in the first minute of the meeting.
const SOON_GRACE: Duration = Duration::minutes(1);

pub(super) fn candidates(ctx: &Ctx<'_>, tandem: &PlanTandem, out: &mut Vec<Candidate>) {
    for m in ctx.meetings_of(tandem.id) {
        if m.status.is_upcoming() {
            upcoming(ctx, tandem, m, out);
        }
        if m.status != MeetingStatus::Cancelled && !m.has_reflection {
            reflect(ctx, tandem, m, out);
        }
    }
}

fn upcoming(ctx: &Ctx<'_>, tandem: &PlanTandem, m: &PlanMeeting, out: &mut Vec<Candidate>) {
    let start = m.starts_at;
    let stamp = utc_text(start);
    let soon_lead = tandem.lead(MeetingSoon);
    let mut push = |kind: ReminderKind, fire_at: DateTime<Utc>, expires_at: DateTime<Utc>| {
        // "Tomorrow you meet" or "prepare the agenda" about a meeting planned after that
        // moment only repeats what the user just did. The short reminder still comes.
        if kind != MeetingSoon && fire_at < m.created_at {
            return;
        }
        out.push(Candidate {
            key: key(kind, m, &stamp),
            kind,
            tandem_id: tandem.id,
            meeting_id: Some(m.id),
            action_id: None,
            nudge: 1,
            subject_at: start,
            due_at: ctx.due_time(kind, fire_at, Some(expires_at)),
            expires_at: Some(expires_at),
        });
    };
    if let Some(lead) = soon_lead {
        push(MeetingSoon, start - lead, start + SOON_GRACE);
    }
    if let Some(lead) = tandem.lead(MeetingDayBefore) {
        // Once the short reminder fires, the day-before one has nothing to add.
        let expires = soon_lead.map_or(start, |soon| (start - soon).min(start));
        push(MeetingDayBefore, start - lead, expires);
    }
    if tandem.my_role == Role::Mentor && m.agenda_items == 0 {
        if let Some(lead) = tandem.lead(PrepareAgenda) {
            push(PrepareAgenda, start - lead, start);
        }
    }
}

fn reflect(ctx: &Ctx<'_>, tandem: &PlanTandem, m: &PlanMeeting, out: &mut Vec<Candidate>) {
    let Some(lead) = tandem.lead(Reflect) else {
        return;
    };
    let first = m.ends_at + lead;
    let second_due = ctx.due_time(Reflect, first + SECOND_NUDGE_AFTER, None);
    // A nudge is not due once a later one is: after a closed period only one arrives.
    let first_due = ctx.due_time(Reflect, first, Some(second_due));
    for (nudge, due_at, expires_at) in [(1, first_due, Some(second_due)), (2, second_due, None)] {
        out.push(Candidate {
            key: key(Reflect, m, &nudge.to_string()),
            kind: Reflect,
            tandem_id: tandem.id,
            meeting_id: Some(m.id),
            action_id: None,
            nudge,
            subject_at: m.ends_at,
            due_at,
            expires_at,
        });
    }
}

/// `kind:uid:suffix`; a uid too long for the key column (imported meetings may carry up to
/// 200 characters) is replaced by the meeting id, which is never reused.
fn key(kind: ReminderKind, m: &PlanMeeting, suffix: &str) -> String {
    let key = format!("{}:{}:{suffix}", kind.as_str(), m.uid);
    if key.len() <= MAX_KEY_LEN {
        key
    } else {
        format!("{}:#{}:{suffix}", kind.as_str(), m.id)
    }
}

//! Hand-built planner input for the reminder tests (`mod reminders_support;`).
#![allow(dead_code)]

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use eyelevel_core::action::Owner;
use eyelevel_core::meeting::MeetingStatus;
use eyelevel_core::reminder::{
    plan, DueReminder, PlanAction, PlanInput, PlanMeeting, PlanTandem, QuietHours, ReminderKind,
    ReminderPlan, ReminderRule, ReminderSettings,
};
use eyelevel_core::tandem::{Cadence, CadenceUnit, Role, TandemStatus};

pub const UTC: Tz = chrono_tz::UTC;

pub fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

pub fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub fn mins(m: i64) -> Duration {
    Duration::minutes(m)
}

/// An active mentor tandem meeting every two weeks, every kind at its defaults.
pub fn tandem(id: i64) -> PlanTandem {
    PlanTandem {
        id,
        title: format!("Tandem {id}"),
        my_role: Role::Mentor,
        status: TandemStatus::Active,
        archived: false,
        is_sample: false,
        start_date: day("2026-10-01"),
        cadence: Cadence {
            every: 2,
            unit: CadenceUnit::Week,
            minutes: 60,
        },
        rules: Vec::new(),
        review: None,
    }
}

/// `t` with every kind but `kinds` switched off (so a test sees one kind at a time).
pub fn only(mut t: PlanTandem, kinds: &[ReminderKind]) -> PlanTandem {
    t.rules = ReminderKind::ALL
        .iter()
        .map(|&kind| ReminderRule {
            kind,
            enabled: kinds.contains(&kind),
            lead_minutes: kind.default_lead_minutes(),
        })
        .collect();
    t
}

/// Sets the lead (and enables) `kind` on `t`.
pub fn lead(mut t: PlanTandem, kind: ReminderKind, minutes: u32) -> PlanTandem {
    t.rules.retain(|r| r.kind != kind);
    t.rules.push(ReminderRule {
        kind,
        enabled: true,
        lead_minutes: minutes,
    });
    t
}

/// A planned one-hour meeting without agenda or reflection.
pub fn meeting(id: i64, tandem_id: i64, start: &str) -> PlanMeeting {
    let starts_at = at(start);
    PlanMeeting {
        id,
        tandem_id,
        uid: format!("m{id}@eyelevel"),
        starts_at,
        ends_at: starts_at + Duration::hours(1),
        status: MeetingStatus::Planned,
        agenda_items: 0,
        has_reflection: false,
        created_at: starts_at - Duration::days(30),
    }
}

pub fn action(id: i64, tandem_id: i64, due: &str) -> PlanAction {
    PlanAction {
        id,
        tandem_id,
        owner: Owner::Me,
        done: false,
        due_date: day(due),
    }
}

pub fn input(tandems: Vec<PlanTandem>, meetings: Vec<PlanMeeting>) -> PlanInput {
    PlanInput {
        tandems,
        meetings,
        actions: Vec::new(),
        delivered: HashSet::new(),
    }
}

pub fn no_quiet() -> ReminderSettings {
    ReminderSettings {
        quiet_hours: None,
        ..ReminderSettings::default()
    }
}

pub fn quiet(start: &str, end: &str) -> ReminderSettings {
    ReminderSettings {
        quiet_hours: Some(QuietHours {
            start: start.into(),
            end: end.into(),
        }),
        ..ReminderSettings::default()
    }
}

/// Plans without quiet hours in UTC.
pub fn plan_utc(now: &str, input: &PlanInput) -> ReminderPlan {
    plan(at(now), input, &no_quiet(), UTC)
}

pub fn keys(p: &ReminderPlan) -> Vec<&str> {
    p.due.iter().map(|d| d.key.as_str()).collect()
}

pub fn of_kind(p: &ReminderPlan, kind: ReminderKind) -> Vec<&DueReminder> {
    p.due.iter().filter(|d| d.kind == kind).collect()
}

/// Marks everything due in `p` as delivered.
pub fn deliver(input: &mut PlanInput, p: &ReminderPlan) {
    input.delivered.extend(p.due.iter().map(|d| d.key.clone()));
}

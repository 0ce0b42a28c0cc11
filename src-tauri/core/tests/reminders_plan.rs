//! The pure planner on hand-built input: each kind at its time and not before, rules,
//! dedup, quiet hours, catch-up and `next_at` (UTC; zones and DST are in reminders_dst.rs).

mod reminders_support;

use chrono::Duration;
use eyelevel_core::action::Owner;
use eyelevel_core::meeting::MeetingStatus;
use eyelevel_core::reminder::rules::effective;
use eyelevel_core::reminder::{
    plan, PlanReview, ReminderKind, ReminderKind::*, ReminderRule, ReminderSettings, CATCH_UP,
    MAX_KEY_LEN,
};
use eyelevel_core::tandem::{CadenceUnit, Role, TandemStatus};
use eyelevel_core::time::utc_text;
use reminders_support::*;

const START: &str = "2026-12-01T10:00:00Z";

#[test]
fn meeting_soon_fires_at_start_minus_lead_and_not_before() {
    let inp = input(
        vec![only(tandem(1), &[MeetingSoon])],
        vec![meeting(7, 1, START)],
    );
    let before = plan_utc("2026-12-01T09:29:59Z", &inp);
    assert!(before.due.is_empty());
    assert_eq!(before.next_at.as_deref(), Some("2026-12-01T09:30:00.000Z"));

    let p = plan_utc("2026-12-01T09:30:00Z", &inp);
    assert_eq!(
        keys(&p),
        ["meeting_soon:m7@eyelevel:2026-12-01T10:00:00.000Z"]
    );
    let d = &p.due[0];
    assert_eq!(
        (d.tandem_id, d.meeting_id, d.action_id, d.nudge),
        (1, Some(7), None, 1)
    );
    assert_eq!(d.tandem_title, "Tandem 1");
    assert_eq!(d.subject_at, "2026-12-01T10:00:00.000Z");
    assert_eq!(d.due_at, "2026-12-01T09:30:00.000Z");
    assert_eq!(p.next_at, None);

    // Still due in the first minute of the meeting, then gone.
    assert_eq!(plan_utc("2026-12-01T10:00:59Z", &inp).due.len(), 1);
    let late = plan_utc("2026-12-01T10:01:00Z", &inp);
    assert!(late.due.is_empty() && late.next_at.is_none());
}

#[test]
fn day_before_gives_way_to_meeting_soon() {
    let both = input(
        vec![only(tandem(1), &[MeetingSoon, MeetingDayBefore])],
        vec![meeting(7, 1, START)],
    );
    let early = plan_utc("2026-11-30T09:59:00Z", &both);
    assert!(early.due.is_empty());
    assert_eq!(early.next_at.as_deref(), Some("2026-11-30T10:00:00.000Z"));
    let p = plan_utc("2026-11-30T10:00:00Z", &both);
    assert_eq!(
        keys(&p),
        ["meeting_day_before:m7@eyelevel:2026-12-01T10:00:00.000Z"]
    );
    assert_eq!(p.next_at.as_deref(), Some("2026-12-01T09:30:00.000Z"));
    // Not delivered by the time the short reminder fires: only the short one is due.
    let p = plan_utc("2026-12-01T09:30:00Z", &both);
    assert_eq!(
        p.due.iter().map(|d| d.kind).collect::<Vec<_>>(),
        [MeetingSoon]
    );
    // Without the short reminder the day-before one lasts until the start.
    let alone = input(
        vec![only(tandem(1), &[MeetingDayBefore])],
        vec![meeting(7, 1, START)],
    );
    assert_eq!(plan_utc("2026-12-01T09:59:59Z", &alone).due.len(), 1);
    assert!(plan_utc("2026-12-01T10:00:00Z", &alone).due.is_empty());
}

#[test]
fn defaults_apply_without_rules() {
    let t = tandem(1);
    let want = [
        (MeetingSoon, 30),
        (MeetingDayBefore, 1440),
        (PrepareAgenda, 2880),
        (Reflect, 120),
        (ActionDue, 0),
        (AgreementReview, 0),
        (MeetingOverdue, 0),
    ];
    for (kind, minutes) in want {
        assert_eq!(
            t.rule(kind),
            ReminderRule {
                kind,
                enabled: true,
                lead_minutes: minutes
            }
        );
    }
    assert_eq!(
        effective(&[]).iter().map(|r| r.kind).collect::<Vec<_>>(),
        ReminderKind::ALL
    );
    // With no rules at all, every meeting kind fires at its default time.
    let inp = input(vec![tandem(1)], vec![meeting(7, 1, START)]);
    let when = |kind| {
        let now = (1..=4 * 24 * 60)
            .map(|m| at("2026-11-28T00:00:00Z") + Duration::minutes(m))
            .find(|t| {
                plan(*t, &inp, &no_quiet(), UTC)
                    .due
                    .iter()
                    .any(|d| d.kind == kind)
            })
            .unwrap();
        utc_text(now)
    };
    assert_eq!(when(PrepareAgenda), "2026-11-29T10:00:00.000Z");
    assert_eq!(when(MeetingDayBefore), "2026-11-30T10:00:00.000Z");
    assert_eq!(when(MeetingSoon), "2026-12-01T09:30:00.000Z");
    assert_eq!(when(Reflect), "2026-12-01T13:00:00.000Z");
}

#[test]
fn rules_switch_kinds_per_tandem_and_change_lead() {
    let one = lead(only(tandem(1), &[MeetingSoon]), MeetingSoon, 60);
    let two = only(tandem(2), &[]);
    let inp = input(
        vec![one, two],
        vec![meeting(7, 1, START), meeting(8, 2, START)],
    );
    assert!(plan_utc("2026-12-01T08:59:59Z", &inp).due.is_empty());
    let p = plan_utc("2026-12-01T09:00:00Z", &inp);
    assert_eq!(
        keys(&p),
        ["meeting_soon:m7@eyelevel:2026-12-01T10:00:00.000Z"]
    );
    // A lead of 0 fires at the start.
    let zero = input(
        vec![lead(only(tandem(1), &[]), MeetingSoon, 0)],
        vec![meeting(7, 1, START)],
    );
    assert!(plan_utc("2026-12-01T09:59:59Z", &zero).due.is_empty());
    assert_eq!(
        plan_utc(START, &zero).due[0].due_at,
        "2026-12-01T10:00:00.000Z"
    );
}

#[test]
fn prepare_agenda_only_for_a_mentor_with_an_empty_agenda() {
    let at_ = "2026-11-29T10:00:00Z";
    let mentor = input(
        vec![only(tandem(1), &[PrepareAgenda])],
        vec![meeting(7, 1, START)],
    );
    assert!(plan_utc("2026-11-29T09:59:59Z", &mentor).due.is_empty());
    let p = plan_utc(at_, &mentor);
    assert_eq!(
        keys(&p),
        ["prepare_agenda:m7@eyelevel:2026-12-01T10:00:00.000Z"]
    );
    assert_eq!(plan_utc("2026-12-01T09:59:59Z", &mentor).due.len(), 1);
    assert!(
        plan_utc(START, &mentor).due.is_empty(),
        "due until the start"
    );

    let mut mentee = mentor.clone();
    mentee.tandems[0].my_role = Role::Mentee;
    assert!(plan_utc(at_, &mentee).due.is_empty());
    let mut with_agenda = mentor.clone();
    with_agenda.meetings[0].agenda_items = 2;
    let p = plan_utc(at_, &with_agenda);
    assert!(p.due.is_empty() && p.next_at.is_none());
}

#[test]
fn reflect_nudges_twice_until_a_reflection_exists() {
    let mut inp = input(
        vec![only(tandem(1), &[Reflect])],
        vec![meeting(7, 1, START)],
    );
    // The meeting ends at 11:00; nudge 1 at 13:00, nudge 2 a day later.
    let before = plan_utc("2026-12-01T12:59:59Z", &inp);
    assert!(before.due.is_empty());
    assert_eq!(before.next_at.as_deref(), Some("2026-12-01T13:00:00.000Z"));
    let first = plan_utc("2026-12-01T13:00:00Z", &inp);
    assert_eq!(keys(&first), ["reflect:m7@eyelevel:1"]);
    assert_eq!(first.due[0].subject_at, "2026-12-01T11:00:00.000Z");
    assert_eq!(first.next_at.as_deref(), Some("2026-12-02T13:00:00.000Z"));
    deliver(&mut inp, &first);
    assert!(plan_utc("2026-12-02T12:59:59Z", &inp).due.is_empty());
    let second = plan_utc("2026-12-02T13:00:00Z", &inp);
    assert_eq!(keys(&second), ["reflect:m7@eyelevel:2"]);
    assert_eq!(second.due[0].nudge, 2);
    deliver(&mut inp, &second);
    // Never a third one.
    let later = plan_utc("2026-12-03T13:00:00Z", &inp);
    assert!(later.due.is_empty() && later.next_at.is_none());

    let mut reflected = input(
        vec![only(tandem(1), &[Reflect])],
        vec![meeting(7, 1, START)],
    );
    reflected.meetings[0].has_reflection = true;
    let p = plan_utc("2026-12-01T13:00:00Z", &reflected);
    assert!(p.due.is_empty() && p.next_at.is_none());
    let mut cancelled = reflected.clone();
    cancelled.meetings[0].has_reflection = false;
    cancelled.meetings[0].status = MeetingStatus::Cancelled;
    assert!(plan_utc("2026-12-01T13:00:00Z", &cancelled).due.is_empty());
    // A held meeting still asks for its reflection.
    let mut held = cancelled.clone();
    held.meetings[0].status = MeetingStatus::Held;
    assert_eq!(plan_utc("2026-12-01T13:00:00Z", &held).due.len(), 1);
}

#[test]
fn reflect_after_a_closed_period_gives_one_nudge() {
    let inp = input(
        vec![only(tandem(1), &[Reflect])],
        vec![meeting(7, 1, START)],
    );
    let p = plan_utc("2026-12-02T20:00:00Z", &inp);
    assert_eq!(keys(&p), ["reflect:m7@eyelevel:2"]);
}

#[test]
fn action_due_only_for_my_open_items() {
    let mut inp = input(vec![only(tandem(1), &[ActionDue])], Vec::new());
    let mut partner = action(21, 1, "2026-12-03");
    partner.owner = Owner::Partner;
    let mut done = action(22, 1, "2026-12-03");
    done.done = true;
    inp.actions = vec![action(20, 1, "2026-12-03"), partner, done];
    let before = plan_utc("2026-12-03T08:59:59Z", &inp);
    assert!(before.due.is_empty());
    assert_eq!(before.next_at.as_deref(), Some("2026-12-03T09:00:00.000Z"));
    let p = plan_utc("2026-12-03T09:00:00Z", &inp);
    assert_eq!(keys(&p), ["action_due:20:2026-12-03"]);
    assert_eq!((p.due[0].action_id, p.due[0].meeting_id), (Some(20), None));
    assert_eq!(p.due[0].subject_at, "2026-12-03T09:00:00.000Z");
    // Still due days later while open (within the catch-up window).
    assert_eq!(plan_utc("2026-12-05T09:00:00Z", &inp).due.len(), 1);
    // A lead of one day: 09:00 the day before.
    inp.tandems[0] = lead(inp.tandems[0].clone(), ActionDue, 24 * 60);
    assert!(plan_utc("2026-12-02T08:59:00Z", &inp).due.is_empty());
    assert_eq!(
        plan_utc("2026-12-02T09:00:00Z", &inp).due[0].due_at,
        "2026-12-02T09:00:00.000Z"
    );
}

#[test]
fn agreement_review_at_nine_on_the_review_date() {
    let mut t = only(tandem(1), &[AgreementReview]);
    t.review = Some(PlanReview {
        version_id: 5,
        date: day("2027-02-01"),
    });
    let inp = input(vec![t], Vec::new());
    let before = plan_utc("2027-02-01T08:59:59Z", &inp);
    assert!(before.due.is_empty());
    assert_eq!(before.next_at.as_deref(), Some("2027-02-01T09:00:00.000Z"));
    let p = plan_utc("2027-02-01T09:00:00Z", &inp);
    assert_eq!(keys(&p), ["agreement_review:5:2027-02-01"]);
    assert_eq!(p.due[0].subject_at, "2027-02-01T09:00:00.000Z");
}

#[test]
fn meeting_overdue_follows_the_cadence_unless_a_meeting_is_planned() {
    let t = only(tandem(1), &[MeetingOverdue]);
    let mut last = meeting(7, 1, "2026-11-10T10:00:00Z");
    last.status = MeetingStatus::Held;
    let mut cancelled = meeting(8, 1, "2026-11-20T10:00:00Z");
    cancelled.status = MeetingStatus::Cancelled;
    let inp = input(vec![t.clone()], vec![last.clone(), cancelled.clone()]);
    // Every 2 weeks from the last meeting that was not cancelled (10 Nov) → 24 Nov, 09:00.
    let before = plan_utc("2026-11-24T08:59:59Z", &inp);
    assert!(before.due.is_empty());
    assert_eq!(before.next_at.as_deref(), Some("2026-11-24T09:00:00.000Z"));
    let p = plan_utc("2026-11-24T09:00:00Z", &inp);
    assert_eq!(keys(&p), ["meeting_overdue:1:2026-11-24"]);
    assert_eq!(p.due[0].meeting_id, None);
    // A planned meeting ahead: nothing is overdue.
    let planned = input(
        vec![t.clone()],
        vec![last.clone(), meeting(9, 1, "2026-12-02T10:00:00Z")],
    );
    let p = plan_utc("2026-11-24T09:00:00Z", &planned);
    assert!(p.due.is_empty() && p.next_at.is_none());
    // No meeting at all: from the tandem's start date (1 Oct + 2 weeks = 15 Oct).
    let fresh = input(vec![t.clone()], Vec::new());
    assert_eq!(
        keys(&plan_utc("2026-10-15T09:00:00Z", &fresh)),
        ["meeting_overdue:1:2026-10-15"]
    );
    // Monthly: 31 Jan + 1 month = 28 Feb.
    let mut monthly = t.clone();
    monthly.cadence.every = 1;
    monthly.cadence.unit = CadenceUnit::Month;
    let mut jan = meeting(7, 1, "2027-01-31T10:00:00Z");
    jan.status = MeetingStatus::Held;
    let inp = input(vec![monthly], vec![jan]);
    assert_eq!(
        keys(&plan_utc("2027-02-28T09:00:00Z", &inp)),
        ["meeting_overdue:1:2027-02-28"]
    );
}

#[test]
fn delivered_keys_never_fire_again() {
    let mut inp = input(
        vec![only(tandem(1), &[MeetingSoon, Reflect])],
        vec![meeting(7, 1, START)],
    );
    let p = plan_utc("2026-12-01T09:45:00Z", &inp);
    assert_eq!(p.due.len(), 1);
    deliver(&mut inp, &p);
    let again = plan_utc("2026-12-01T09:46:00Z", &inp);
    assert!(again.due.is_empty());
    // The delivered one is not "next" either; the reflection is.
    assert_eq!(again.next_at.as_deref(), Some("2026-12-01T13:00:00.000Z"));
}

#[test]
fn a_moved_meeting_gets_a_new_key() {
    let mut inp = input(
        vec![only(tandem(1), &[MeetingSoon])],
        vec![meeting(7, 1, START)],
    );
    let p = plan_utc("2026-12-01T09:30:00Z", &inp);
    deliver(&mut inp, &p);
    inp.meetings[0].starts_at = at("2026-12-01T15:00:00Z");
    inp.meetings[0].ends_at = at("2026-12-01T16:00:00Z");
    inp.meetings[0].status = MeetingStatus::Moved;
    let moved = plan_utc("2026-12-01T14:30:00Z", &inp);
    assert_eq!(
        keys(&moved),
        ["meeting_soon:m7@eyelevel:2026-12-01T15:00:00.000Z"]
    );
    assert_ne!(moved.due[0].key, p.due[0].key);
}

#[test]
fn quiet_hours_delay_non_urgent_reminders_but_not_meeting_soon() {
    let settings = quiet("20:00", "08:00");
    // Meeting at 07:45: the short reminder fires at 07:15 inside quiet hours anyway.
    let early = input(
        vec![only(tandem(1), &[MeetingSoon, MeetingDayBefore, Reflect])],
        vec![meeting(7, 1, "2026-12-02T07:45:00Z")],
    );
    let p = plan(at("2026-12-02T07:15:00Z"), &early, &settings, UTC);
    assert_eq!(
        of_kind(&p, MeetingSoon)[0].due_at,
        "2026-12-02T07:15:00.000Z"
    );
    // The day-before one (07:45 the day before) waits until 08:00.
    let p = plan(at("2026-12-01T07:45:00Z"), &early, &settings, UTC);
    assert!(p.due.is_empty());
    assert_eq!(p.next_at.as_deref(), Some("2026-12-01T08:00:00.000Z"));
    let p = plan(at("2026-12-01T08:00:00Z"), &early, &settings, UTC);
    assert_eq!(
        of_kind(&p, MeetingDayBefore)[0].due_at,
        "2026-12-01T08:00:00.000Z"
    );

    // Across midnight: a meeting ending 19:00 → reflect at 21:00 → 08:00 the next day,
    // and the second nudge (21:00 next day) → 08:00 the day after.
    let evening = input(
        vec![only(tandem(1), &[Reflect])],
        vec![meeting(7, 1, "2026-12-01T18:00:00Z")],
    );
    let p = plan(at("2026-12-01T21:00:00Z"), &evening, &settings, UTC);
    assert!(p.due.is_empty());
    assert_eq!(p.next_at.as_deref(), Some("2026-12-02T08:00:00.000Z"));
    let mut inp = evening.clone();
    let p = plan(at("2026-12-02T08:00:00Z"), &inp, &settings, UTC);
    assert_eq!(keys(&p), ["reflect:m7@eyelevel:1"]);
    deliver(&mut inp, &p);
    let p = plan(at("2026-12-02T21:00:00Z"), &inp, &settings, UTC);
    assert_eq!(p.next_at.as_deref(), Some("2026-12-03T08:00:00.000Z"));
    // Without quiet hours: 21:00 sharp.
    assert_eq!(plan_utc("2026-12-01T21:00:00Z", &evening).due.len(), 1);

    // Not moved past its expiry: agenda reminder 1 h before a 07:30 meeting stays at 06:30.
    let tight = input(
        vec![lead(only(tandem(1), &[]), PrepareAgenda, 60)],
        vec![meeting(7, 1, "2026-12-02T07:30:00Z")],
    );
    let p = plan(at("2026-12-02T06:30:00Z"), &tight, &settings, UTC);
    assert_eq!(
        keys(&p),
        ["prepare_agenda:m7@eyelevel:2026-12-02T07:30:00.000Z"]
    );

    // A window within one day.
    let mut dated = input(vec![only(tandem(1), &[ActionDue])], Vec::new());
    dated.actions = vec![action(20, 1, "2026-12-03")];
    let lunch = quiet("08:30", "09:30");
    assert!(plan(at("2026-12-03T09:00:00Z"), &dated, &lunch, UTC)
        .due
        .is_empty());
    let p = plan(at("2026-12-03T09:30:00Z"), &dated, &lunch, UTC);
    assert_eq!(p.due[0].due_at, "2026-12-03T09:30:00.000Z");
    // The quiet window's end is exclusive: 09:00 is outside 07:00–09:00.
    let p = plan(
        at("2026-12-03T09:00:00Z"),
        &dated,
        &quiet("07:00", "09:00"),
        UTC,
    );
    assert_eq!(p.due[0].due_at, "2026-12-03T09:00:00.000Z");
}

#[test]
fn catch_up_window_drops_old_reminders() {
    let mut inp = input(vec![only(tandem(1), &[ActionDue])], Vec::new());
    inp.actions = vec![
        action(20, 1, "2026-11-01"),
        action(21, 1, "2026-11-21"),
        action(22, 1, "2026-11-22"),
    ];
    let now = at("2026-11-24T09:00:00Z");
    assert_eq!(CATCH_UP, Duration::days(3));
    let p = plan(now, &inp, &no_quiet(), UTC);
    // 21 Nov 09:00 is exactly three days ago (kept); 1 Nov is long gone.
    assert_eq!(
        keys(&p),
        ["action_due:21:2026-11-21", "action_due:22:2026-11-22"]
    );
    let p = plan(now + Duration::seconds(1), &inp, &no_quiet(), UTC);
    assert_eq!(keys(&p), ["action_due:22:2026-11-22"]);
}

#[test]
fn due_is_oldest_first_and_next_at_is_the_earliest_ahead() {
    let mut t = tandem(1);
    t.review = Some(PlanReview {
        version_id: 3,
        date: day("2026-12-05"),
    });
    let mut inp = input(
        vec![only(t, &[ActionDue, AgreementReview, MeetingSoon])],
        vec![meeting(7, 1, "2026-12-04T12:00:00Z")],
    );
    inp.actions = vec![action(21, 1, "2026-12-03"), action(20, 1, "2026-12-02")];
    let p = plan_utc("2026-12-03T10:00:00Z", &inp);
    assert_eq!(
        keys(&p),
        ["action_due:20:2026-12-02", "action_due:21:2026-12-03"]
    );
    assert_eq!(p.next_at.as_deref(), Some("2026-12-04T11:30:00.000Z"));
    deliver(&mut inp, &p);
    let p = plan_utc("2026-12-04T11:30:00Z", &inp);
    assert_eq!(p.due.len(), 1);
    assert_eq!(p.next_at.as_deref(), Some("2026-12-05T09:00:00.000Z"));
    let empty = plan_utc("2026-12-04T11:30:00Z", &input(Vec::new(), Vec::new()));
    assert_eq!(empty, Default::default());
}

#[test]
fn only_active_real_tandems_get_reminders() {
    let mut paused = tandem(1);
    paused.status = TandemStatus::Paused;
    let mut finished = tandem(2);
    finished.status = TandemStatus::Finished;
    let mut archived = tandem(3);
    archived.archived = true;
    let mut sample = tandem(4);
    sample.is_sample = true;
    let inp = input(
        vec![paused, finished, archived, sample, tandem(5)],
        (1..=5).map(|t| meeting(t, t, START)).collect(),
    );
    let p = plan_utc("2026-12-01T09:30:00Z", &inp);
    assert!(!p.due.is_empty());
    assert!(p.due.iter().all(|d| d.tandem_id == 5), "{:?}", keys(&p));
}

#[test]
fn keys_stay_short_even_for_long_uids() {
    let mut m = meeting(7, 1, START);
    m.uid = "x".repeat(200);
    let inp = input(vec![only(tandem(1), &[MeetingSoon, Reflect])], vec![m]);
    let p = plan_utc("2026-12-01T09:30:00Z", &inp);
    assert_eq!(keys(&p), ["meeting_soon:#7:2026-12-01T10:00:00.000Z"]);
    let p = plan_utc("2026-12-01T13:00:00Z", &inp);
    assert_eq!(keys(&p), ["reflect:#7:1"]);
    assert!(p.due.iter().all(|d| d.key.len() <= MAX_KEY_LEN));
}

#[test]
fn default_settings_have_evening_quiet_hours() {
    let s = ReminderSettings::default();
    assert!(!s.show_tandem_title && !s.keep_running_in_tray);
    let q = s.quiet_hours.unwrap();
    assert_eq!((q.start.as_str(), q.end.as_str()), ("20:00", "08:00"));
}

#[test]
fn advance_reminders_whose_moment_passed_before_planning_never_fire() {
    // Planned at 09:58 for 10:00 with a one-minute "soon" lead: only that one comes.
    let mut m = meeting(7, 1, START);
    m.created_at = at("2026-12-01T09:58:00Z");
    let mut t = tandem(1);
    t.my_role = Role::Mentor;
    let t = lead(
        only(t, &[MeetingSoon, MeetingDayBefore, PrepareAgenda]),
        MeetingSoon,
        1,
    );
    let inp = input(vec![t], vec![m]);
    let p = plan_utc("2026-12-01T09:58:30Z", &inp);
    assert!(p.due.is_empty(), "{p:?}");
    assert_eq!(p.next_at.as_deref(), Some("2026-12-01T09:59:00.000Z"));
    let p = plan_utc("2026-12-01T09:59:00Z", &inp);
    assert_eq!(
        keys(&p),
        ["meeting_soon:m7@eyelevel:2026-12-01T10:00:00.000Z"]
    );
}

#[test]
fn caught_up_reminders_wait_out_quiet_hours_that_hold_now() {
    let mut inp = input(vec![only(tandem(1), &[ActionDue])], Vec::new());
    inp.actions = vec![action(20, 1, "2026-11-23")];
    let evening = quiet("20:00", "08:00");
    // Due yesterday 09:00; the app opens at 23:00: it waits for 08:00.
    let p = plan(at("2026-11-23T23:00:00Z"), &inp, &evening, UTC);
    assert!(p.due.is_empty());
    assert_eq!(p.next_at.as_deref(), Some("2026-11-24T08:00:00.000Z"));
    let p = plan(at("2026-11-24T08:00:00Z"), &inp, &evening, UTC);
    assert_eq!(keys(&p), ["action_due:20:2026-11-23"]);
    // Outside quiet hours it comes at once, still marked with when it fell due.
    let p = plan(at("2026-11-23T19:00:00Z"), &inp, &evening, UTC);
    assert_eq!(p.due[0].due_at, "2026-11-23T09:00:00.000Z");
}

#[test]
fn a_lapsed_rhythm_is_reminded_however_long_the_app_was_closed() {
    // Every two weeks from 1 Oct with no meeting: due 15 Oct, far beyond the catch-up window.
    let inp = input(
        vec![only(tandem(1), &[MeetingOverdue, ActionDue])],
        Vec::new(),
    );
    let p = plan_utc("2026-11-24T10:00:00Z", &inp);
    assert_eq!(of_kind(&p, MeetingOverdue).len(), 1, "{p:?}");
}

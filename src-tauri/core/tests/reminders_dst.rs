//! The planner across time zones and DST switches: date-based reminders at 09:00 local,
//! quiet hours that end on a switch day, and zones far from UTC.

mod reminders_support;

use chrono_tz::America::New_York;
use chrono_tz::Asia::Kolkata;
use chrono_tz::Europe::Berlin;
use chrono_tz::Pacific::Auckland;
use chrono_tz::Tz;
use eyelevel_core::meeting::MeetingStatus;
use eyelevel_core::reminder::{plan, PlanInput, ReminderKind::*};
use reminders_support::*;

/// The due time of the action due on `date`, in `zone`, without quiet hours.
fn action_due_at(zone: Tz, date: &str) -> String {
    let mut inp = input(vec![only(tandem(1), &[ActionDue])], Vec::new());
    inp.actions = vec![action(20, 1, date)];
    let p = plan(at("2000-01-01T00:00:00Z"), &inp, &no_quiet(), zone);
    p.next_at.unwrap()
}

/// A reflect reminder whose first nudge fires at `fire` (the meeting ends 2 h earlier).
fn reflect_at(fire: &str) -> PlanInput {
    let end = at(fire) - mins(120);
    let mut m = meeting(7, 1, "2000-01-01T00:00:00Z");
    m.starts_at = end - mins(60);
    m.ends_at = end;
    input(vec![only(tandem(1), &[Reflect])], vec![m])
}

#[test]
fn berlin_nine_oclock_across_both_switches_of_2027() {
    // CET = UTC+1, CEST = UTC+2; spring forward 28 Mar, fall back 31 Oct.
    assert_eq!(
        action_due_at(Berlin, "2027-03-27"),
        "2027-03-27T08:00:00.000Z"
    );
    assert_eq!(
        action_due_at(Berlin, "2027-03-28"),
        "2027-03-28T07:00:00.000Z"
    );
    assert_eq!(
        action_due_at(Berlin, "2027-10-30"),
        "2027-10-30T07:00:00.000Z"
    );
    assert_eq!(
        action_due_at(Berlin, "2027-10-31"),
        "2027-10-31T08:00:00.000Z"
    );
}

#[test]
fn new_york_nine_oclock_across_both_switches_of_2027() {
    // EST = UTC−5, EDT = UTC−4; spring forward 14 Mar, fall back 7 Nov.
    assert_eq!(
        action_due_at(New_York, "2027-03-13"),
        "2027-03-13T14:00:00.000Z"
    );
    assert_eq!(
        action_due_at(New_York, "2027-03-14"),
        "2027-03-14T13:00:00.000Z"
    );
    assert_eq!(
        action_due_at(New_York, "2027-11-06"),
        "2027-11-06T13:00:00.000Z"
    );
    assert_eq!(
        action_due_at(New_York, "2027-11-07"),
        "2027-11-07T14:00:00.000Z"
    );
}

#[test]
fn zones_far_from_utc() {
    // Kolkata is UTC+5:30 all year.
    assert_eq!(
        action_due_at(Kolkata, "2027-01-15"),
        "2027-01-15T03:30:00.000Z"
    );
    // Auckland at UTC+13 in January: 09:00 local is the evening before in UTC …
    assert_eq!(
        action_due_at(Auckland, "2027-01-15"),
        "2027-01-14T20:00:00.000Z"
    );
    // … and UTC+12 after its switch on 4 April 2027.
    assert_eq!(
        action_due_at(Auckland, "2027-04-04"),
        "2027-04-03T21:00:00.000Z"
    );

    // The cadence counts from the meeting's LOCAL date: 9:00 on 6 Jan in Auckland is
    // 5 Jan in UTC; a week later is 13 Jan local, 09:00 = 12 Jan 20:00 UTC.
    let mut last = meeting(7, 1, "2027-01-05T20:00:00Z");
    last.status = MeetingStatus::Held;
    let mut t = only(tandem(1), &[MeetingOverdue]);
    t.cadence.every = 1;
    let inp = input(vec![t], vec![last]);
    let p = plan(at("2027-01-12T20:00:00Z"), &inp, &no_quiet(), Auckland);
    assert_eq!(keys(&p), ["meeting_overdue:1:2027-01-13"]);
    assert_eq!(p.due[0].subject_at, "2027-01-12T20:00:00.000Z");

    // Quiet hours 20:00–08:00 IST: 20:30 IST (15:00 UTC) waits until 08:00 IST (02:30 UTC).
    let inp = reflect_at("2027-01-15T15:00:00Z");
    let p = plan(
        at("2027-01-15T15:00:00Z"),
        &inp,
        &quiet("20:00", "08:00"),
        Kolkata,
    );
    assert!(p.due.is_empty());
    assert_eq!(p.next_at.as_deref(), Some("2027-01-16T02:30:00.000Z"));
}

#[test]
fn quiet_hours_ending_on_a_dst_day() {
    let night = quiet("20:00", "08:00");
    // Berlin, spring: 21:00 CET on 27 Mar → 08:00 CEST on 28 Mar = 06:00 UTC (only 9 h).
    let inp = reflect_at("2027-03-27T20:00:00Z");
    let p = plan(at("2027-03-27T20:00:00Z"), &inp, &night, Berlin);
    assert_eq!(p.next_at.as_deref(), Some("2027-03-28T06:00:00.000Z"));
    let p = plan(at("2027-03-28T06:00:00Z"), &inp, &night, Berlin);
    assert_eq!(p.due[0].due_at, "2027-03-28T06:00:00.000Z");
    // Berlin, autumn: 21:00 CEST on 30 Oct → 08:00 CET on 31 Oct = 07:00 UTC.
    let inp = reflect_at("2027-10-30T19:00:00Z");
    let p = plan(at("2027-10-30T19:00:00Z"), &inp, &night, Berlin);
    assert_eq!(p.next_at.as_deref(), Some("2027-10-31T07:00:00.000Z"));
    // A quiet end inside the spring gap (02:30 does not exist) → 03:00 CEST = 01:00 UTC.
    let p = plan(
        at("2027-03-27T21:30:00Z"),
        &reflect_at("2027-03-27T21:30:00Z"),
        &quiet("22:00", "02:30"),
        Berlin,
    );
    assert_eq!(p.next_at.as_deref(), Some("2027-03-28T01:00:00.000Z"));
    // New York, spring: 21:00 EST on 13 Mar (02:00 UTC) → 08:00 EDT on 14 Mar = 12:00 UTC.
    let inp = reflect_at("2027-03-14T02:00:00Z");
    let p = plan(at("2027-03-14T02:00:00Z"), &inp, &night, New_York);
    assert_eq!(p.next_at.as_deref(), Some("2027-03-14T12:00:00.000Z"));
    // New York, autumn: 21:00 EDT on 6 Nov (01:00 UTC) → 08:00 EST on 7 Nov = 13:00 UTC.
    let inp = reflect_at("2027-11-07T01:00:00Z");
    let p = plan(at("2027-11-07T01:00:00Z"), &inp, &night, New_York);
    assert_eq!(p.next_at.as_deref(), Some("2027-11-07T13:00:00.000Z"));
}

#[test]
fn meeting_soon_in_the_repeated_autumn_hour() {
    // 02:30 on 31 Oct 2027 happens twice in Berlin; a meeting at the first one (00:30 UTC)
    // gets its short reminder 30 real minutes earlier, quiet hours or not.
    let inp = input(
        vec![only(tandem(1), &[MeetingSoon])],
        vec![meeting(7, 1, "2027-10-31T00:30:00Z")],
    );
    let p = plan(
        at("2027-10-31T00:00:00Z"),
        &inp,
        &quiet("20:00", "08:00"),
        Berlin,
    );
    assert_eq!(p.due[0].due_at, "2027-10-31T00:00:00.000Z");
    // The lead is a duration: a day before a meeting right after the spring switch is
    // 24 real hours earlier (09:00 CET for a 10:00 CEST meeting).
    let inp = input(
        vec![only(tandem(1), &[MeetingDayBefore])],
        vec![meeting(7, 1, "2027-03-28T08:00:00Z")],
    );
    let p = plan(at("2027-03-27T08:00:00Z"), &inp, &no_quiet(), Berlin);
    assert_eq!(p.due.len(), 1);
}

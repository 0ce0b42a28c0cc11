//! Meetings on a real SQLCipher database: planning in local time across DST, series,
//! edits with a scope, cancel, held, validation, list queries on indexes.

mod common;
mod fixtures;

use chrono::Duration;
use chrono_tz::America::New_York;
use common::*;
use eyelevel_core::meeting::{self, EditScope, MeetingStatus};
use eyelevel_core::tandem::{self, CadenceUnit};
use eyelevel_core::time::utc_text;
use eyelevel_core::ErrorCode;
use fixtures::{meeting_input, series_input};

fn tandem(s: &mut eyelevel_core::session::Session) -> i64 {
    tandem::create(&cx(s.conn()), &tandem_input("Tandem"))
        .unwrap()
        .id
}

#[test]
fn plan_one_meeting() {
    let (_tmp, mut s) = session();
    let t = tandem(&mut s);
    let m = meeting::plan(&cx(s.conn()), t, &meeting_input("2026-12-01", "9:30")).unwrap();
    assert_eq!(m.starts_at, "2026-12-01T08:30:00.000Z");
    assert_eq!(m.ends_at, "2026-12-01T09:30:00.000Z");
    assert_eq!(
        (m.local_time.as_str(), m.time_zone.as_str()),
        ("09:30", "Europe/Berlin")
    );
    assert_eq!(m.local_date, date("2026-12-01"));
    assert_eq!(
        (m.status, m.sequence, m.series_id),
        (MeetingStatus::Planned, 0, None)
    );
    assert!(
        m.uid.ends_with("@eyelevel.local") && m.uid.len() > 40,
        "{}",
        m.uid
    );
    assert_eq!(m.video_link.as_deref(), Some("https://meet.example.com/x"));
    assert_eq!(meeting::get(s.conn(), m.id).unwrap(), m);
    let other = meeting::plan(&cx(s.conn()), t, &meeting_input("2026-12-02", "10:00")).unwrap();
    assert_ne!(other.uid, m.uid);
    let err = meeting::plan(&cx(s.conn()), 999, &meeting_input("2026-12-01", "10:00"));
    assert_eq!(err.unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn series_keep_local_time_across_dst() {
    let (_tmp, mut s) = session();
    let t = tandem(&mut s);
    let input = series_input("2027-03-16", 1, CadenceUnit::Week, "2027-04-06");
    let ms = meeting::plan_series(&cx(s.conn()), t, &input).unwrap();
    let starts: Vec<&str> = ms.iter().map(|m| m.starts_at.as_str()).collect();
    assert_eq!(
        starts,
        [
            "2027-03-16T09:00:00.000Z",
            "2027-03-23T09:00:00.000Z",
            "2027-03-30T08:00:00.000Z", // CEST from 28 March
            "2027-04-06T08:00:00.000Z",
        ]
    );
    assert!(ms
        .iter()
        .all(|m| m.local_time == "10:00" && m.series_id == ms[0].series_id));
    assert!(ms[0].series_id.is_some());

    let mut input = series_input("2027-10-26", 1, CadenceUnit::Week, "2027-11-09");
    input.time = "18:30".into();
    let ny = meeting::plan_series(&cx(s.conn()).in_zone(New_York), t, &input).unwrap();
    let starts: Vec<&str> = ny.iter().map(|m| m.starts_at.as_str()).collect();
    assert_eq!(
        starts,
        [
            "2027-10-26T22:30:00.000Z",
            "2027-11-02T22:30:00.000Z",
            "2027-11-09T23:30:00.000Z", // EST from 7 November
        ]
    );
    assert!(ny
        .iter()
        .all(|m| m.local_time == "18:30" && m.time_zone == "America/New_York"));
}

#[test]
fn gap_moves_forward_and_ambiguous_takes_the_earlier() {
    let (_tmp, mut s) = session();
    let t = tandem(&mut s);
    let gap = meeting::plan(&cx(s.conn()), t, &meeting_input("2027-03-28", "02:30")).unwrap();
    assert_eq!(gap.starts_at, "2027-03-28T01:00:00.000Z");
    assert_eq!(gap.local_time, "03:00");
    let amb = meeting::plan(&cx(s.conn()), t, &meeting_input("2027-10-31", "02:30")).unwrap();
    assert_eq!(amb.starts_at, "2027-10-31T00:30:00.000Z");
    assert_eq!(amb.local_time, "02:30");
    let gap = meeting::plan(
        &cx(s.conn()).in_zone(New_York),
        t,
        &meeting_input("2027-03-14", "02:30"),
    )
    .unwrap();
    assert_eq!(gap.starts_at, "2027-03-14T07:00:00.000Z");
}

#[test]
fn month_series_clamp_to_month_end() {
    let (_tmp, mut s) = session();
    let t = tandem(&mut s);
    let input = series_input("2027-01-31", 1, CadenceUnit::Month, "2027-05-31");
    let ms = meeting::plan_series(&cx(s.conn()), t, &input).unwrap();
    let dates: Vec<String> = ms.iter().map(|m| m.local_date.to_string()).collect();
    assert_eq!(
        dates,
        [
            "2027-01-31",
            "2027-02-28",
            "2027-03-31",
            "2027-04-30",
            "2027-05-31"
        ]
    );
    let two = series_input("2027-01-15", 2, CadenceUnit::Month, "2027-06-30");
    let ms = meeting::plan_series(&cx(s.conn()), t, &two).unwrap();
    assert_eq!(ms.len(), 3);
}

#[test]
fn edit_one_versus_edit_the_rest() {
    let (_tmp, mut s) = session();
    let t = tandem(&mut s);
    let input = series_input("2026-12-01", 1, CadenceUnit::Week, "2026-12-29");
    let ms = meeting::plan_series(&cx(s.conn()), t, &input).unwrap();
    assert_eq!(ms.len(), 5);
    let later = now() + Duration::hours(1);

    // This only: one meeting moves, stays in the series.
    let one = meeting::update(
        &cx(s.conn()).at(later),
        ms[1].id,
        &meeting_input("2026-12-09", "11:00"),
        EditScope::ThisOnly,
    )
    .unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!((one[0].status, one[0].sequence), (MeetingStatus::Moved, 1));
    assert_eq!(one[0].series_id, ms[1].series_id);
    assert_eq!(one[0].uid, ms[1].uid);
    assert_eq!(one[0].updated_at, utc_text(later));
    assert_eq!(one[0].local_date, date("2026-12-09"));

    // This and following: +2 days, new time and place for #3..#5.
    let mut edit = meeting_input("2026-12-17", "14:00");
    edit.place = "Café".into();
    edit.duration_minutes = 90;
    let rest = meeting::update(
        &cx(s.conn()).at(later),
        ms[2].id,
        &edit,
        EditScope::ThisAndFollowing,
    )
    .unwrap();
    let dates: Vec<String> = rest.iter().map(|m| m.local_date.to_string()).collect();
    assert_eq!(dates, ["2026-12-17", "2026-12-24", "2026-12-31"]);
    for m in &rest {
        assert_eq!((m.local_time.as_str(), m.place.as_str()), ("14:00", "Café"));
        assert_eq!(
            (m.duration_minutes, m.sequence, m.status),
            (90, 1, MeetingStatus::Planned)
        );
    }
    let all = meeting::list(&cx(s.conn()), t, true).unwrap();
    assert_eq!(all[0], ms[0], "earlier occurrences untouched");
    assert_eq!(all[1].local_date, date("2026-12-09"));
    assert_eq!(all[1].sequence, 1);
    // A single meeting: ThisAndFollowing acts like ThisOnly.
    let single = meeting::plan(&cx(s.conn()), t, &meeting_input("2027-01-05", "10:00")).unwrap();
    let moved = meeting::update(
        &cx(s.conn()).at(later),
        single.id,
        &meeting_input("2027-01-06", "10:00"),
        EditScope::ThisAndFollowing,
    )
    .unwrap();
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].status, MeetingStatus::Moved);
}

#[test]
fn cancel_with_reason_and_scope_and_mark_held() {
    let (_tmp, mut s) = session();
    let t = tandem(&mut s);
    let input = series_input("2026-12-01", 1, CadenceUnit::Week, "2026-12-22");
    let ms = meeting::plan_series(&cx(s.conn()), t, &input).unwrap();
    let held = meeting::set_held(&cx(s.conn()), ms[0].id, true).unwrap();
    assert_eq!((held.status, held.sequence), (MeetingStatus::Held, 1));
    let again = meeting::set_held(&cx(s.conn()), ms[0].id, true).unwrap();
    assert_eq!(again.sequence, 1, "no change, no new sequence");
    let gone = meeting::cancel(
        &cx(s.conn()),
        ms[2].id,
        Some(" Holidays "),
        EditScope::ThisAndFollowing,
    )
    .unwrap();
    assert_eq!(
        gone.iter().map(|m| m.id).collect::<Vec<_>>(),
        [ms[2].id, ms[3].id]
    );
    for m in &gone {
        assert_eq!(m.status, MeetingStatus::Cancelled);
        assert_eq!(m.cancel_reason.as_deref(), Some("Holidays"));
        assert_eq!(m.sequence, 1);
    }
    let one = meeting::cancel(&cx(s.conn()), ms[1].id, None, EditScope::ThisOnly).unwrap();
    assert_eq!((one.len(), one[0].cancel_reason.clone()), (1, None));
    assert_eq!(
        meeting::get(s.conn(), ms[0].id).unwrap().status,
        MeetingStatus::Held
    );
    let back = meeting::set_held(&cx(s.conn()), ms[0].id, false).unwrap();
    assert_eq!((back.status, back.sequence), (MeetingStatus::Planned, 2));
    meeting::delete(s.conn(), ms[0].id).unwrap();
    assert_eq!(
        meeting::get(s.conn(), ms[0].id).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

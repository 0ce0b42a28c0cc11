//! Meetings: the list with and without past meetings, and validation errors with their
//! machine `field`.

mod common;
mod fixtures;

use common::*;
use eyelevel_core::meeting;
use eyelevel_core::tandem::{self, CadenceUnit};
use eyelevel_core::ErrorCode;
use fixtures::{meeting_input, series_input};

fn tandem(s: &mut eyelevel_core::session::Session) -> i64 {
    tandem::create(&cx(s.conn()), &tandem_input("Tandem"))
        .unwrap()
        .id
}

#[test]
fn list_hides_past_meetings_unless_asked() {
    let (_tmp, mut s) = session();
    let t = tandem(&mut s);
    let past = meeting::plan(&cx(s.conn()), t, &meeting_input("2026-11-23", "12:00")).unwrap();
    let next = meeting::plan(&cx(s.conn()), t, &meeting_input("2026-11-30", "12:00")).unwrap();
    let soon = meeting::plan(&cx(s.conn()), t, &meeting_input("2026-11-25", "12:00")).unwrap();
    let ids = |v: Vec<meeting::Meeting>| v.into_iter().map(|m| m.id).collect::<Vec<_>>();
    assert_eq!(
        ids(meeting::list(&cx(s.conn()), t, true).unwrap()),
        [past.id, soon.id, next.id]
    );
    assert_eq!(
        ids(meeting::list(&cx(s.conn()), t, false).unwrap()),
        [soon.id, next.id]
    );
}

#[test]
fn validation_names_the_field() {
    let (_tmp, mut s) = session();
    let t = tandem(&mut s);
    let c = s.conn_mut();
    let check = |r: eyelevel_core::Result<_>, code: ErrorCode, field: &str| {
        let e = r.map(|_: meeting::Meeting| ()).unwrap_err();
        assert_eq!((e.code(), e.field()), (code, Some(field)), "{e}");
    };
    check(
        meeting::plan(&cx(c), t, &meeting_input("2026-12-01", "25:00")),
        ErrorCode::InvalidTime,
        "time",
    );
    check(
        meeting::plan(&cx(c), t, &meeting_input("2026-12-01", "noon")),
        ErrorCode::InvalidTime,
        "time",
    );
    check(
        meeting::plan(&cx(c), t, &meeting_input("2026-11-22", "10:00")),
        ErrorCode::MeetingInPast,
        "date",
    );
    for minutes in [0, 14, 481] {
        let mut i = meeting_input("2026-12-01", "10:00");
        i.duration_minutes = minutes;
        check(
            meeting::plan(&cx(c), t, &i),
            ErrorCode::InvalidDuration,
            "duration_minutes",
        );
    }
    let mut i = meeting_input("2026-12-01", "10:00");
    i.video_link = Some("javascript:alert(1)".into());
    check(
        meeting::plan(&cx(c), t, &i),
        ErrorCode::InvalidLink,
        "video_link",
    );
    // Yesterday's meeting may still be entered.
    assert!(meeting::plan(&cx(c), t, &meeting_input("2026-11-23", "12:00")).is_ok());

    let series = |r: eyelevel_core::Result<Vec<meeting::Meeting>>, code: ErrorCode, field: &str| {
        let e = r.unwrap_err();
        assert_eq!((e.code(), e.field()), (code, Some(field)), "{e}");
    };
    let long = series_input("2026-12-01", 1, CadenceUnit::Week, "2028-12-02");
    series(
        meeting::plan_series(&cx(c), t, &long),
        ErrorCode::SeriesTooLong,
        "until",
    );
    assert!(meeting::plan_series(
        &cx(c),
        t,
        &series_input("2026-12-01", 4, CadenceUnit::Week, "2028-12-01")
    )
    .is_ok());
    let zero = series_input("2026-12-01", 0, CadenceUnit::Week, "2027-01-01");
    series(
        meeting::plan_series(&cx(c), t, &zero),
        ErrorCode::InvalidCadence,
        "every",
    );
    let back = series_input("2027-01-01", 1, CadenceUnit::Week, "2026-12-01");
    series(
        meeting::plan_series(&cx(c), t, &back),
        ErrorCode::InvalidTime,
        "until",
    );
    let old = series_input("2026-11-01", 1, CadenceUnit::Week, "2027-01-01");
    series(
        meeting::plan_series(&cx(c), t, &old),
        ErrorCode::MeetingInPast,
        "first_date",
    );
}

//! Validation of tandem input: required fields, dates, duplicates, limits, cadence, ids.

mod common;

use common::*;
use eyelevel_core::tandem::{self, TandemStatus};
use eyelevel_core::ErrorCode;

fn code_of(s: &mut eyelevel_core::session::Session, input: &tandem::TandemInput) -> ErrorCode {
    tandem::create(&cx(s.conn()), input).unwrap_err().code()
}

#[test]
fn required_fields() {
    let (_tmp, s) = session();
    let err = tandem::create(&cx(s.conn()), &tandem_input("  \n ")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TitleRequired);
    assert!(err.to_string().contains("title"), "{err}");
    assert_eq!(err.field(), Some("title"));
    let mut input = tandem_input("Tandem");
    input.partner_name = "   ".into();
    let err = tandem::create(&cx(s.conn()), &input).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TitleRequired);
    assert!(err.to_string().contains("partner"), "{err}");
    assert_eq!(err.field(), Some("partner_name"));
    assert_eq!(count(s.conn(), "tandems"), 0);
}

#[test]
fn end_before_start() {
    let (_tmp, mut s) = session();
    let mut input = tandem_input("Tandem");
    input.planned_end_date = Some(date("2026-09-30"));
    assert_eq!(code_of(&mut s, &input), ErrorCode::EndBeforeStart);
    input.planned_end_date = Some(input.start_date);
    assert!(tandem::create(&cx(s.conn()), &input).is_ok());
}

#[test]
fn duplicate_titles_any_case_any_status() {
    let (_tmp, mut s) = session();
    let first = tandem::create(&cx(s.conn()), &tandem_input("Über den Tellerrand")).unwrap();
    for dup in [
        "Über den Tellerrand",
        "über den tellerrand",
        "ÜBER DEN TELLERRAND",
        "  Über den Tellerrand ",
    ] {
        assert_eq!(
            code_of(&mut s, &tandem_input(dup)),
            ErrorCode::DuplicateTitle,
            "{dup}"
        );
    }
    tandem::set_archived(&cx(s.conn()), first.id, true).unwrap();
    tandem::set_status(&cx(s.conn()), first.id, TandemStatus::Finished).unwrap();
    assert_eq!(
        code_of(&mut s, &tandem_input("über den Tellerrand")),
        ErrorCode::DuplicateTitle
    );
    let other = tandem::create(&cx(s.conn()), &tandem_input("Another")).unwrap();
    let err = tandem::update(
        &cx(s.conn()),
        other.id,
        &tandem_input("ÜBER den Tellerrand"),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::DuplicateTitle);
    assert_eq!(tandem::get(s.conn(), other.id).unwrap().title, "Another");
}

#[test]
fn text_limits() {
    let (_tmp, mut s) = session();
    let ok = "ö".repeat(200);
    assert!(tandem::create(&cx(s.conn()), &tandem_input(&ok)).is_ok());
    assert_eq!(
        code_of(&mut s, &tandem_input(&"x".repeat(201))),
        ErrorCode::TextTooLong
    );
    let mut input = tandem_input("Tandem");
    input.partner_name = "n".repeat(201);
    assert_eq!(code_of(&mut s, &input), ErrorCode::TextTooLong);
    let mut input = tandem_input("Tandem");
    input.partner_contact = Some("c".repeat(201));
    assert_eq!(code_of(&mut s, &input), ErrorCode::TextTooLong);
    let mut input = tandem_input("Tandem");
    input.program = Some("p".repeat(201));
    let err = tandem::create(&cx(s.conn()), &input).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TextTooLong);
    assert!(err.to_string().contains("program") && err.to_string().contains("200"));
}

#[test]
fn cadence_bounds() {
    let (_tmp, mut s) = session();
    for (every, minutes) in [(0, 60), (53, 60), (2, 14), (2, 481), (0, 0)] {
        let mut input = tandem_input("Tandem");
        input.cadence = cadence(every, minutes);
        assert_eq!(
            code_of(&mut s, &input),
            ErrorCode::InvalidCadence,
            "{every} {minutes}"
        );
    }
    for (i, (every, minutes)) in [(1, 15), (52, 480)].into_iter().enumerate() {
        let mut input = tandem_input(&format!("Tandem {i}"));
        input.cadence = cadence(every, minutes);
        tandem::create(&cx(s.conn()), &input).unwrap();
    }
}

#[test]
fn unknown_ids_are_not_found() {
    let (_tmp, mut s) = session();
    let c = s.conn_mut();
    let codes = [
        tandem::get(c, 77).unwrap_err().code(),
        tandem::update(&cx(c), 77, &tandem_input("x"))
            .unwrap_err()
            .code(),
        tandem::set_status(&cx(c), 77, TandemStatus::Paused)
            .unwrap_err()
            .code(),
        tandem::set_archived(&cx(c), 77, true).unwrap_err().code(),
        tandem::delete(&cx(c), 77).unwrap_err().code(),
    ];
    assert!(codes.iter().all(|&c| c == ErrorCode::NotFound), "{codes:?}");
}

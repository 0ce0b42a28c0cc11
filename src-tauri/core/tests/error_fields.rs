//! Every validation rule names the input field it is about (`Error::field`, `ErrorPayload::field`):
//! the snake_case name of the input struct's field, so the UI never parses English messages.

mod common;
mod fixtures;

use chrono::Duration;
use common::*;
use eyelevel_core::agreement::{self, AgreementInput};
use eyelevel_core::goal::{self, GoalInput};
use eyelevel_core::session::Session;
use eyelevel_core::tandem::{self, TandemInput};
use eyelevel_core::topic::{self, TopicInput};
use eyelevel_core::{Error, ErrorCode};
use fixtures::{agreement_input, goal_input};

/// Code, field and the serialised payload agree.
fn check(err: Error, code: ErrorCode, field: &str) {
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(err.field(), Some(field), "{err}");
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["code"], code.as_str(), "{json}");
    assert_eq!(json["field"], field, "{json}");
    assert_eq!(err.payload().field.as_deref(), Some(field));
    assert!(
        !err.to_string().contains('_'),
        "the message uses words, not the key: {err}"
    );
}

fn tandem_err(s: &mut Session, edit: impl FnOnce(&mut TandemInput)) -> Error {
    let mut input = tandem_input("Fresh tandem");
    edit(&mut input);
    tandem::create(&cx(s.conn()), &input).unwrap_err()
}

#[test]
fn tandem_fields() {
    let (_tmp, mut s) = session();
    tandem::create(&cx(s.conn()), &tandem_input("Taken")).unwrap();
    let long = "x".repeat(201);
    let mut cases: Vec<(TandemInput, ErrorCode, &str)> = Vec::new();
    let mut add = |edit: &dyn Fn(&mut TandemInput), code, field| {
        let mut i = tandem_input("Fresh tandem");
        edit(&mut i);
        cases.push((i, code, field));
    };
    add(&|i| i.title = " ".into(), ErrorCode::TitleRequired, "title");
    add(&|i| i.title = long.clone(), ErrorCode::TextTooLong, "title");
    add(
        &|i| i.title = "TAKEN".into(),
        ErrorCode::DuplicateTitle,
        "title",
    );
    add(
        &|i| i.partner_name = "\n".into(),
        ErrorCode::TitleRequired,
        "partner_name",
    );
    add(
        &|i| i.partner_name = long.clone(),
        ErrorCode::TextTooLong,
        "partner_name",
    );
    add(
        &|i| i.partner_contact = Some(long.clone()),
        ErrorCode::TextTooLong,
        "partner_contact",
    );
    add(
        &|i| i.program = Some(long.clone()),
        ErrorCode::TextTooLong,
        "program",
    );
    add(
        &|i| i.planned_end_date = Some(date("2026-09-30")),
        ErrorCode::EndBeforeStart,
        "planned_end_date",
    );
    for (every, minutes, field) in [
        (0, 60, "cadence.every"),
        (53, 60, "cadence.every"),
        (2, 14, "cadence.minutes"),
        (2, 481, "cadence.minutes"),
    ] {
        add(
            &|i| i.cadence = cadence(every, minutes),
            ErrorCode::InvalidCadence,
            field,
        );
    }
    for (input, code, field) in cases {
        check(
            tandem::create(&cx(s.conn()), &input).unwrap_err(),
            code,
            field,
        );
    }
    let err = tandem_err(&mut s, |i| i.partner_name = String::new());
    assert_eq!(err.to_string(), "The partner name is required.");
    let err = tandem_err(&mut s, |i| i.partner_contact = Some("c".repeat(201)));
    assert_eq!(
        err.to_string(),
        "The partner contact is too long: at most 200 characters are allowed."
    );
    // Not about one field: no key.
    let err = tandem_err(&mut s, |i| i.focus_topic_ids = vec![4242]);
    assert_eq!((err.code(), err.field()), (ErrorCode::NotFound, None));
    let err = tandem::get(s.conn(), 4242).unwrap_err();
    assert_eq!(err.field(), None);
    assert!(serde_json::to_value(&err).unwrap()["field"].is_null());
}

#[test]
fn agreement_fields() {
    let (_tmp, s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("Tandem"))
        .unwrap()
        .id;
    let long = "x".repeat(20_001);
    let mut cases: Vec<(AgreementInput, ErrorCode, &str)> = Vec::new();
    let mut add = |edit: &dyn Fn(&mut AgreementInput), code, field| {
        let mut i = agreement_input();
        edit(&mut i);
        cases.push((i, code, field));
    };
    add(
        &|i| i.my_expectations = long.clone(),
        ErrorCode::TextTooLong,
        "my_expectations",
    );
    add(
        &|i| i.partner_expectations = long.clone(),
        ErrorCode::TextTooLong,
        "partner_expectations",
    );
    add(
        &|i| i.confidentiality = long.clone(),
        ErrorCode::TextTooLong,
        "confidentiality",
    );
    add(
        &|i| i.hr_sharing = long.clone(),
        ErrorCode::TextTooLong,
        "hr_sharing",
    );
    add(
        &|i| i.feedback = long.clone(),
        ErrorCode::TextTooLong,
        "feedback",
    );
    add(
        &|i| i.place = "p".repeat(201),
        ErrorCode::TextTooLong,
        "place",
    );
    add(
        &|i| i.video_link = Some(format!("https://x.org/{}", "v".repeat(2000))),
        ErrorCode::TextTooLong,
        "video_link",
    );
    add(
        &|i| i.video_link = Some("javascript:alert(1)".into()),
        ErrorCode::InvalidInput,
        "video_link",
    );
    add(
        &|i| i.video_link = Some("https://x.org/a b".into()),
        ErrorCode::InvalidInput,
        "video_link",
    );
    add(
        &|i| i.cadence = cadence(0, 60),
        ErrorCode::InvalidCadence,
        "cadence.every",
    );
    add(
        &|i| i.cadence = cadence(2, 500),
        ErrorCode::InvalidCadence,
        "cadence.minutes",
    );
    for (input, code, field) in cases {
        check(
            agreement::save(&cx(s.conn()), t, &input).unwrap_err(),
            code,
            field,
        );
    }
    let err = agreement::save(&cx(s.conn()), t, &agreement_input());
    assert!(err.is_ok());
    let tomorrow = today() + Duration::days(1);
    check(
        agreement::mark_agreed(&cx(s.conn()), t, tomorrow).unwrap_err(),
        ErrorCode::InvalidInput,
        "agreed_on",
    );
    let err = agreement::save(&cx(s.conn()), 999, &agreement_input()).unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::NotFound, None));
}

#[test]
fn goal_fields() {
    let (_tmp, mut s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("Tandem"))
        .unwrap()
        .id;
    let create = |s: &mut Session, edit: &dyn Fn(&mut GoalInput)| {
        let mut i = goal_input("Goal");
        edit(&mut i);
        goal::create(&cx(s.conn()), t, &i).unwrap_err()
    };
    check(
        create(&mut s, &|i| i.title = "  ".into()),
        ErrorCode::TitleRequired,
        "title",
    );
    check(
        create(&mut s, &|i| i.title = "g".repeat(201)),
        ErrorCode::TextTooLong,
        "title",
    );
    let err = create(&mut s, &|i| i.why = "w".repeat(20_001));
    check(err, ErrorCode::TextTooLong, "why");
    let err = create(&mut s, &|i| i.why = "w".repeat(20_001));
    assert!(err.to_string().contains("reason"), "{err}");
    let g = goal::create(&cx(s.conn()), t, &goal_input("Goal")).unwrap();
    check(
        goal::update(&cx(s.conn()), g.id, &goal_input("")).unwrap_err(),
        ErrorCode::TitleRequired,
        "title",
    );
    check(
        goal::add_note(&cx(s.conn()), g.id, " \n ").unwrap_err(),
        ErrorCode::InvalidInput,
        "body",
    );
    check(
        goal::add_note(&cx(s.conn()), g.id, &"n".repeat(20_001)).unwrap_err(),
        ErrorCode::TextTooLong,
        "body",
    );
    let err = goal::reorder(&cx(s.conn()), t, &[]).unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::InvalidInput, None));
}

#[test]
fn topic_fields() {
    let (_tmp, s) = session();
    let input = |title: &str| TopicInput {
        title: title.into(),
        description: "What we want to find out.".into(),
        questions: vec!["First?".into()],
    };
    let own = topic::create(&cx(s.conn()), &input("Podcasts")).unwrap();
    let mut cases: Vec<(TopicInput, ErrorCode, &str)> = vec![
        (input(" "), ErrorCode::TitleRequired, "title"),
        (input(&"t".repeat(201)), ErrorCode::TextTooLong, "title"),
        (input("PODCASTS"), ErrorCode::DuplicateTitle, "title"),
        (input("AI at Work"), ErrorCode::DuplicateTitle, "title"),
    ];
    let mut long = input("Long");
    long.description = "d".repeat(20_001);
    cases.push((long, ErrorCode::TextTooLong, "description"));
    let mut long_question = input("Long question");
    long_question.questions = vec!["q".repeat(topic::QUESTION_MAX + 1)];
    cases.push((long_question, ErrorCode::TextTooLong, "questions"));
    let mut many = input("Many");
    many.questions = (0..=topic::QUESTIONS_MAX)
        .map(|i| format!("Q{i}?"))
        .collect();
    cases.push((many, ErrorCode::InvalidInput, "questions"));
    for (i, code, field) in cases {
        check(topic::create(&cx(s.conn()), &i).unwrap_err(), code, field);
    }
    let other = topic::create(&cx(s.conn()), &input("Other")).unwrap();
    check(
        topic::update(&cx(s.conn()), other.id, &input("podcasts")).unwrap_err(),
        ErrorCode::DuplicateTitle,
        "title",
    );
    assert!(topic::update(&cx(s.conn()), own.id, &input("podcasts")).is_ok());
}

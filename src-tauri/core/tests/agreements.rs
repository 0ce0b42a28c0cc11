//! Agreement versions: drafts edited in place, agreed versions kept, revisions, state.

mod common;
mod fixtures;

use chrono::Duration;
use common::*;
use eyelevel_core::agreement::{self, AgreementState};
use eyelevel_core::tandem;
use eyelevel_core::time::utc_text;
use eyelevel_core::ErrorCode;
use fixtures::agreement_input;

fn new_tandem(s: &mut eyelevel_core::session::Session) -> i64 {
    tandem::create(&cx(s.conn()), &tandem_input("Tandem"))
        .unwrap()
        .id
}

#[test]
fn draft_is_edited_in_place() {
    let (_tmp, mut s) = session();
    let t = new_tandem(&mut s);
    assert_eq!(agreement::versions(s.conn(), t).unwrap(), []);
    let v1 = agreement::save(&cx(s.conn()), t, &agreement_input()).unwrap();
    assert_eq!((v1.version, v1.agreed_on), (1, None));
    assert_eq!(v1.place, "Room 4.12");
    let mut edit = agreement_input();
    edit.place = "  Café downstairs ".into();
    edit.video_link = Some("meet.example.com/lena".into());
    let later = now() + Duration::minutes(5);
    let again = agreement::save(&cx(s.conn()).at(later), t, &edit).unwrap();
    assert_eq!((again.id, again.version), (v1.id, 1));
    assert_eq!(again.place, "Café downstairs");
    assert_eq!(
        again.video_link.as_deref(),
        Some("https://meet.example.com/lena")
    );
    assert_eq!(again.created_at, v1.created_at);
    assert_eq!(again.updated_at, utc_text(later));
    assert_eq!(agreement::versions(s.conn(), t).unwrap().len(), 1);
}

#[test]
fn revising_an_agreed_version_creates_a_new_draft() {
    let (_tmp, mut s) = session();
    let t = new_tandem(&mut s);
    agreement::save(&cx(s.conn()), t, &agreement_input()).unwrap();
    let agreed = agreement::mark_agreed(&cx(s.conn()), t, date("2026-11-20")).unwrap();
    assert_eq!(agreed.agreed_on, Some(date("2026-11-20")));

    let mut revision = agreement_input();
    revision.feedback = "Written feedback after every second meeting.".into();
    let v2 = agreement::save(&cx(s.conn()), t, &revision).unwrap();
    assert_eq!((v2.version, v2.agreed_on), (2, None));
    assert_ne!(v2.id, agreed.id);

    let versions = agreement::versions(s.conn(), t).unwrap();
    assert_eq!(
        versions.iter().map(|a| a.version).collect::<Vec<_>>(),
        [2, 1]
    );
    assert_eq!(versions[1], agreed, "version 1 is unchanged");
    assert_eq!(agreement::get(s.conn(), t, Some(1)).unwrap(), agreed);
    assert_eq!(agreement::get(s.conn(), t, None).unwrap(), v2);
    let err = agreement::get(s.conn(), t, Some(3)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);

    // Editing the new draft touches only version 2.
    revision.place = "Online".into();
    let v2b = agreement::save(&cx(s.conn()), t, &revision).unwrap();
    assert_eq!(
        (v2b.id, v2b.version, v2b.place.as_str()),
        (v2.id, 2, "Online")
    );
    assert_eq!(agreement::get(s.conn(), t, Some(1)).unwrap(), agreed);

    let v2c = agreement::mark_agreed(&cx(s.conn()), t, today()).unwrap();
    assert_eq!((v2c.version, v2c.agreed_on), (2, Some(today())));
    let v3 = agreement::save(&cx(s.conn()), t, &agreement_input()).unwrap();
    assert_eq!(v3.version, 3);
}

#[test]
fn agreed_on_cannot_be_in_the_future() {
    let (_tmp, mut s) = session();
    let t = new_tandem(&mut s);
    let err = agreement::mark_agreed(&cx(s.conn()), t, today()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound, "nothing to agree on yet");
    agreement::save(&cx(s.conn()), t, &agreement_input()).unwrap();
    let tomorrow = today().succ_opt().unwrap();
    let err = agreement::mark_agreed(&cx(s.conn()), t, tomorrow).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(err.to_string().contains("future"), "{err}");
    assert_eq!(
        agreement::latest(s.conn(), t).unwrap().unwrap().agreed_on,
        None
    );
}

#[test]
fn state_with_a_fixed_today() {
    let (_tmp, mut s) = session();
    let t = new_tandem(&mut s);
    let state = |s: &eyelevel_core::session::Session, day: &str| {
        agreement::state_of(&cx(s.conn()).at(noon(date(day))), t).unwrap()
    };
    assert_eq!(state(&s, "2026-11-24"), AgreementState::Missing);
    let mut input = agreement_input();
    input.review_date = Some(date("2027-02-01"));
    agreement::save(&cx(s.conn()), t, &input).unwrap();
    assert_eq!(state(&s, "2026-11-24"), AgreementState::Draft);
    assert_eq!(
        state(&s, "2027-03-01"),
        AgreementState::Draft,
        "drafts are never due"
    );
    agreement::mark_agreed(&cx(s.conn()), t, today()).unwrap();
    assert_eq!(state(&s, "2026-11-24"), AgreementState::Agreed);
    assert_eq!(state(&s, "2027-01-31"), AgreementState::Agreed);
    assert_eq!(state(&s, "2027-02-01"), AgreementState::ReviewDue);
    assert_eq!(state(&s, "2027-05-01"), AgreementState::ReviewDue);
    agreement::save(&cx(s.conn()), t, &input).unwrap();
    assert_eq!(
        state(&s, "2027-05-01"),
        AgreementState::Draft,
        "revision under way"
    );

    let t2 = tandem::create(&cx(s.conn()), &tandem_input("No review"))
        .unwrap()
        .id;
    input.review_date = None;
    agreement::save(&cx(s.conn()), t2, &input).unwrap();
    agreement::mark_agreed(&cx(s.conn()), t2, today()).unwrap();
    let st = agreement::state_of(&cx(s.conn()).at(noon(date("2030-01-01"))), t2).unwrap();
    assert_eq!(st, AgreementState::Agreed);
}

#[test]
fn validation() {
    let (_tmp, mut s) = session();
    let t = new_tandem(&mut s);
    let save = |s: &mut eyelevel_core::session::Session, i: &agreement::AgreementInput| {
        agreement::save(&cx(s.conn()), t, i)
            .map(|_| ())
            .map_err(|e| e.code())
    };
    let mut i = agreement_input();
    i.cadence = cadence(2, 500);
    assert_eq!(save(&mut s, &i), Err(ErrorCode::InvalidCadence));
    let mut i = agreement_input();
    i.confidentiality = "x".repeat(20_001);
    assert_eq!(save(&mut s, &i), Err(ErrorCode::TextTooLong));
    let mut i = agreement_input();
    i.place = "x".repeat(201);
    assert_eq!(save(&mut s, &i), Err(ErrorCode::TextTooLong));
    let mut i = agreement_input();
    i.video_link = Some("javascript:alert(1)".into());
    assert_eq!(save(&mut s, &i), Err(ErrorCode::InvalidInput));
    let mut i = agreement_input();
    i.my_expectations = "y".repeat(20_000);
    i.video_link = Some("   ".into());
    assert_eq!(save(&mut s, &i), Ok(()));
    assert_eq!(
        agreement::latest(s.conn(), t).unwrap().unwrap().video_link,
        None
    );
    let err = agreement::save(&cx(s.conn()), 999, &agreement_input()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    let err = agreement::versions(s.conn(), 999).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

//! Meeting notes on a real SQLCipher database: saved as typed, deleted when blank, limits,
//! cascades with meetings and tandems.

mod common;
mod fixtures;

use chrono::Duration;
use common::*;
use eyelevel_core::meeting;
use eyelevel_core::note;
use eyelevel_core::session::Session;
use eyelevel_core::tandem;
use eyelevel_core::time::utc_text;
use eyelevel_core::ErrorCode;
use fixtures::meeting_input;

/// A tandem (my role: mentee) with one meeting; returns (tandem id, meeting id).
fn tandem_with_meeting(s: &mut Session, title: &str) -> (i64, i64) {
    let t = tandem::create(&cx(s.conn()), &tandem_input(title)).unwrap();
    let m = meeting::plan(&cx(s.conn()), t.id, &meeting_input("2026-12-01", "10:00")).unwrap();
    (t.id, m.id)
}

#[test]
fn notes_are_saved_as_typed_and_deleted_when_blank() {
    let (_tmp, mut s) = session();
    let (_, m) = tandem_with_meeting(&mut s, "Notes");
    let empty = note::get(s.conn(), m).unwrap();
    assert_eq!((empty.body.as_str(), empty.updated_at), ("", None));

    let body = "## Heute\n\n- [x] Prompting ausprobiert\n<script>alert(1)</script>\n";
    let saved = note::save(&cx(s.conn()), m, body).unwrap();
    assert_eq!(saved.body, body);
    assert_eq!(saved.updated_at.as_deref(), Some(utc_text(now()).as_str()));
    assert_eq!(note::get(s.conn(), m).unwrap(), saved);

    let later = now() + Duration::minutes(5);
    let edited = note::save(&cx(s.conn()).at(later), m, "Kürzer.").unwrap();
    assert_eq!(edited.updated_at.as_deref(), Some(utc_text(later).as_str()));

    let cleared = note::save(&cx(s.conn()).at(later), m, "  \n\t ").unwrap();
    assert_eq!(
        (cleared.body.as_str(), cleared.updated_at.as_deref()),
        ("", None)
    );
    assert_eq!(count(s.conn(), "meeting_notes"), 0);
    assert_eq!(note::get(s.conn(), m).unwrap(), cleared);
}

#[test]
fn notes_have_a_length_limit_and_need_a_meeting() {
    let (_tmp, mut s) = session();
    let (_, m) = tandem_with_meeting(&mut s, "Limits");
    note::save(&cx(s.conn()), m, "kept").unwrap();
    let longest = "ä".repeat(100_000);
    assert_eq!(
        note::save(&cx(s.conn()), m, &longest).unwrap().body,
        longest
    );
    let err = note::save(&cx(s.conn()), m, &format!("{longest}x")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TextTooLong);
    assert_eq!(err.field(), Some("body"));
    assert_eq!(note::get(s.conn(), m).unwrap().body, longest);

    let err = note::save(&cx(s.conn()), 999, "lost?").unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(
        note::get(s.conn(), 999).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn notes_go_with_their_meeting() {
    let (_tmp, mut s) = session();
    let (t, m) = tandem_with_meeting(&mut s, "Cascade");
    note::save(&cx(s.conn()), m, "bye").unwrap();
    meeting::delete(s.conn(), m).unwrap();
    assert_eq!(count(s.conn(), "meeting_notes"), 0);
    let m2 = meeting::plan(&cx(s.conn()), t, &meeting_input("2026-12-02", "10:00")).unwrap();
    note::save(&cx(s.conn()), m2.id, "again").unwrap();
    tandem::delete(&cx(s.conn()), t).unwrap();
    assert_eq!(count(s.conn(), "meeting_notes"), 0);
}

//! Agendas on a real SQLCipher database: items, order, carry-over and suggestions,
//! templates, topics as items, and the export that never shows private items or notes.

mod common;
mod fixtures;

use common::*;
use eyelevel_core::agenda::{self, AgendaItemInput};
use eyelevel_core::i18n::Language;
use eyelevel_core::markdown::ExportFormat;
use eyelevel_core::meeting::{self, Meeting};
use eyelevel_core::session::Session;
use eyelevel_core::tandem;
use eyelevel_core::topic;
use eyelevel_core::ErrorCode;
use fixtures::{builtin, item, meeting_input};

/// A tandem with meetings on these dates (10:00 Berlin).
fn meetings(s: &mut Session, dates: &[&str]) -> Vec<Meeting> {
    let t = tandem::create(&cx(s.conn()), &tandem_input("Tandem")).unwrap();
    dates
        .iter()
        .map(|d| meeting::plan(&cx(s.conn()), t.id, &meeting_input(d, "10:00")).unwrap())
        .collect()
}

#[test]
fn items_order_and_counts() {
    let (_tmp, mut s) = session();
    let m = meetings(&mut s, &["2026-12-01"]).remove(0);
    let mut input = item(" Social media ", true);
    input.links = vec!["example.org/a".into(), " ".into()];
    let a = agenda::add(&cx(s.conn()), m.id, &input).unwrap();
    assert_eq!(
        (a.title.as_str(), a.position, a.discussed),
        ("Social media", 0, false)
    );
    assert_eq!(a.links, ["https://example.org/a"]);
    let b = agenda::add(&cx(s.conn()), m.id, &item("AI", false)).unwrap();
    let c = agenda::add(&cx(s.conn()), m.id, &item("Feedback", true)).unwrap();
    assert_eq!(b.position, 1);
    let got = meeting::get(s.conn(), m.id).unwrap();
    assert_eq!((got.agenda_items, got.agenda_minutes), (3, 45));
    assert_eq!(
        got.sequence, 2,
        "the two shared items change the calendar event; the private one does not"
    );

    let order = agenda::reorder(&cx(s.conn()), m.id, &[c.id, a.id, b.id]).unwrap();
    assert_eq!(
        order.iter().map(|i| i.id).collect::<Vec<_>>(),
        [c.id, a.id, b.id]
    );
    assert_eq!(
        order.iter().map(|i| i.position).collect::<Vec<_>>(),
        [0, 1, 2]
    );
    let bad = agenda::reorder(&cx(s.conn()), m.id, &[c.id, a.id]).unwrap_err();
    assert_eq!(bad.code(), ErrorCode::InvalidInput);

    let mut edit = item("AI at work", true);
    edit.minutes = 30;
    let b2 = agenda::update(&cx(s.conn()), b.id, &edit).unwrap();
    assert!(b2.shared && b2.minutes == 30 && b2.position == 2);
    assert!(
        agenda::set_discussed(&cx(s.conn()), a.id, true)
            .unwrap()
            .discussed
    );
    agenda::delete(s.conn(), c.id).unwrap();
    assert_eq!(agenda::list(s.conn(), m.id).unwrap().len(), 2);
    assert_eq!(
        agenda::delete(s.conn(), c.id).unwrap_err().code(),
        ErrorCode::NotFound
    );

    let check = |input: AgendaItemInput, code: ErrorCode, field: &str| {
        let e = agenda::add(&cx(s.conn()), m.id, &input).unwrap_err();
        assert_eq!((e.code(), e.field()), (code, Some(field)), "{e}");
    };
    let mut i = item("x", true);
    i.minutes = 481;
    check(i, ErrorCode::InvalidDuration, "minutes");
    let mut i = item("x", true);
    i.links = vec!["ftp://example.org".into()];
    check(i, ErrorCode::InvalidLink, "links");
    check(item(" ", true), ErrorCode::TitleRequired, "title");
}

#[test]
fn carry_over_and_suggestions() {
    let (_tmp, mut s) = session();
    let ms = meetings(&mut s, &["2026-11-25", "2026-12-02"]);
    let (a, b) = (&ms[0], &ms[1]);
    let done = agenda::add(&cx(s.conn()), a.id, &item("Done", true)).unwrap();
    let open = agenda::add(&cx(s.conn()), a.id, &item("Open", true)).unwrap();
    let private = agenda::add(&cx(s.conn()), a.id, &item("Mine", false)).unwrap();
    agenda::set_discussed(&cx(s.conn()), done.id, true).unwrap();

    // Before A is held, B gets no suggestions; once held, the open items are offered.
    assert!(eyelevel_core::page::meeting::detail(s.conn(), b.id)
        .unwrap()
        .carry_over_suggestions
        .is_empty());
    meeting::set_held(&cx(s.conn()), a.id, true).unwrap();
    let d = eyelevel_core::page::meeting::detail(s.conn(), b.id).unwrap();
    let offered: Vec<i64> = d.carry_over_suggestions.iter().map(|i| i.id).collect();
    assert_eq!(offered, [open.id, private.id]);
    assert_eq!(
        eyelevel_core::page::meeting::detail(s.conn(), a.id)
            .unwrap()
            .next_planned_meeting_id,
        Some(b.id)
    );

    let copies = agenda::accept_suggestions(&cx(s.conn()), b.id, &[open.id]).unwrap();
    assert_eq!(copies.len(), 1);
    assert_eq!(
        (copies[0].title.as_str(), copies[0].carried_from_meeting_id),
        ("Open", Some(a.id))
    );
    assert_eq!(
        agenda::get(s.conn(), open.id)
            .unwrap()
            .carried_to_meeting_id,
        Some(b.id)
    );
    let d = eyelevel_core::page::meeting::detail(s.conn(), b.id).unwrap();
    assert_eq!(
        d.carry_over_suggestions
            .iter()
            .map(|i| i.id)
            .collect::<Vec<_>>(),
        [private.id]
    );
    let e = agenda::accept_suggestions(&cx(s.conn()), b.id, &[done.id]).unwrap_err();
    assert_eq!(e.code(), ErrorCode::InvalidInput);

    // Carry-over moves the rest; discussed items stay behind; the source keeps its items.
    let target = agenda::carry_over(&cx(s.conn()), a.id).unwrap();
    assert_eq!(target.id, b.id);
    let titles: Vec<String> = agenda::list(s.conn(), b.id)
        .unwrap()
        .into_iter()
        .map(|i| i.title)
        .collect();
    assert_eq!(titles, ["Open", "Mine"]);
    assert!(eyelevel_core::page::meeting::detail(s.conn(), b.id)
        .unwrap()
        .carry_over_suggestions
        .is_empty());
    assert_eq!(agenda::list(s.conn(), a.id).unwrap().len(), 3);
    agenda::carry_over(&cx(s.conn()), a.id).unwrap();
    assert_eq!(
        agenda::list(s.conn(), b.id).unwrap().len(),
        2,
        "carried once"
    );

    let e = agenda::carry_over(&cx(s.conn()), b.id).unwrap_err();
    assert_eq!(e.code(), ErrorCode::NoNextMeeting);
}

#[test]
fn templates_round_trip() {
    let (_tmp, mut s) = session();
    let ms = meetings(&mut s, &["2026-12-01", "2026-12-08"]);
    let ai = builtin(s.conn(), "ai_at_work");
    let mut first = item("Check-in", true);
    first.topic_id = Some(ai);
    agenda::add(&cx(s.conn()), ms[0].id, &first).unwrap();
    agenda::add(&cx(s.conn()), ms[0].id, &item("Private prep", false)).unwrap();
    let t = agenda::save_template(&cx(s.conn()), ms[0].id, " Standard ").unwrap();
    assert_eq!(t.name, "Standard");
    assert_eq!(t.items.len(), 2);
    assert_eq!((t.items[0].topic_id, t.items[1].shared), (Some(ai), false));
    let e = agenda::save_template(&cx(s.conn()), ms[0].id, "STANDARD").unwrap_err();
    assert_eq!(e.code(), ErrorCode::DuplicateTitle);
    assert_eq!(
        agenda::list_templates(s.conn()).unwrap(),
        std::slice::from_ref(&t)
    );

    let added = agenda::apply_template(&cx(s.conn()), ms[1].id, t.id).unwrap();
    assert_eq!(
        added.iter().map(|i| i.title.as_str()).collect::<Vec<_>>(),
        ["Check-in", "Private prep"]
    );
    assert_eq!(added[1].prep_notes, "Notes on Private prep");
    assert!(added.iter().all(|i| !i.discussed && i.links.is_empty()));
    agenda::delete_template(s.conn(), t.id).unwrap();
    assert!(agenda::list_templates(s.conn()).unwrap().is_empty());
}

#[test]
fn topic_becomes_an_item_with_its_questions() {
    let (_tmp, mut s) = session();
    let m = meetings(&mut s, &["2026-12-01"]).remove(0);
    let id = builtin(s.conn(), "ai_at_work");
    let t = topic::get(&cx(s.conn()), id).unwrap();
    let i = agenda::add_topic(&cx(s.conn()), m.id, id).unwrap();
    assert_eq!(
        (i.title.as_str(), i.topic_id, i.shared),
        (t.title.as_str(), Some(id), true)
    );
    assert!(!t.questions.is_empty());
    for q in &t.questions {
        assert!(i.prep_notes.lines().any(|l| l == format!("- {q}")), "{q}");
    }
    let e = agenda::add_topic(&cx(s.conn()), m.id, 99_999).unwrap_err();
    assert_eq!(e.code(), ErrorCode::NotFound);
}

#[test]
fn export_never_contains_private_items_or_notes() {
    let (_tmp, mut s) = session();
    let m = meetings(&mut s, &["2026-12-01"]).remove(0);
    let mut shared = item("Reels <script>alert(1)</script>", true);
    shared.prep_notes = "SHARED-PREP-SECRET".into();
    agenda::add(&cx(s.conn()), m.id, &shared).unwrap();
    let mut private = item("PRIVATE-TITLE", false);
    private.prep_notes = "PRIVATE-NOTES".into();
    agenda::add(&cx(s.conn()), m.id, &private).unwrap();
    for format in [ExportFormat::Markdown, ExportFormat::Html] {
        for language in [Language::De, Language::En] {
            let doc = agenda::export(&cx(s.conn()).in_language(language), m.id, format).unwrap();
            assert!(doc.contains("Reels"), "{doc}");
            for secret in ["PRIVATE-TITLE", "PRIVATE-NOTES", "SHARED-PREP-SECRET"] {
                assert!(!doc.contains(secret), "{secret} in {doc}");
            }
            match format {
                ExportFormat::Html => assert!(!doc.contains("<script"), "{doc}"),
                ExportFormat::Markdown => assert!(doc.contains("\\<script\\>"), "{doc}"),
            }
        }
    }
    let md = agenda::export(
        &cx(s.conn()).in_language(Language::De),
        m.id,
        ExportFormat::Markdown,
    )
    .unwrap();
    assert!(md.contains("10:00 Uhr") && md.contains("Themen"), "{md}");
    let html = agenda::export(&cx(s.conn()), m.id, ExportFormat::Html).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("lang=\"en\""));
    assert!(html.contains("https://example.org/read"));
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("agenda.md");
    agenda::save_export(&cx(s.conn()), m.id, ExportFormat::Markdown, &path).unwrap();
    assert!(!std::fs::read_to_string(&path).unwrap().contains("PRIVATE"));
}

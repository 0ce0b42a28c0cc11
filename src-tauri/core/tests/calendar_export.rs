//! Calendar export (.ics): the event's fields, UID and SEQUENCE across changes, cancelled
//! meetings, alarms, the agenda levels, privacy, escaping and the selection scopes.
//! Octets, DST, saving and the feed: calendar_export_files.rs.

mod calendar_export_support;
mod common;
mod fixtures;

use calendar_export_support::*;
use common::*;
use eyelevel_core::agenda;
use eyelevel_core::calendar::export::ExportScope;
use eyelevel_core::calendar::AgendaDetail;
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting::{self, EditScope};
use eyelevel_core::note;
use eyelevel_core::reflection::{self, PromptKind, ReflectionAnswer, ReflectionInput};
use eyelevel_core::tandem::{self, CadenceUnit};
use fixtures::{item, meeting_input, series_input, BERLIN};

#[test]
fn one_meeting_has_every_field() {
    let (_tmp, mut s) = session();
    let t = new_tandem(s.conn_mut(), "Lena & Tom");
    let m = plan_at(s.conn_mut(), t, "2026-12-01", "10:00");
    let r = render(s.conn(), &one(m.id)).unwrap();
    assert_eq!((r.events, r.cancelled), (1, 0));
    assert!(r.text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(r.text.ends_with("END:VCALENDAR\r\n"));
    let cal = content_lines(&r.text);
    for line in [
        "VERSION:2.0",
        "PRODID:-//Eyelevel//Eyelevel//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Eyelevel",
    ] {
        assert!(cal[..8].contains(&line.to_string()), "{line} in {cal:?}");
    }
    let e = only_event(&r.text);
    let v = |name| value(&e, name);
    assert_eq!(v("UID"), Some(m.uid.clone()));
    assert_eq!(v("DTSTAMP").as_deref(), Some("20261124T090000Z"));
    assert_eq!(v("SEQUENCE").as_deref(), Some("0"));
    assert_eq!(v("DTSTART").as_deref(), Some("20261201T090000Z"));
    assert_eq!(v("DTEND").as_deref(), Some("20261201T100000Z"));
    assert_eq!(v("CREATED").as_deref(), Some("20261124T090000Z"));
    assert_eq!(v("STATUS").as_deref(), Some("CONFIRMED"));
    assert_eq!(text(&e, "SUMMARY").as_deref(), Some("Lena & Tom"));
    assert_eq!(text(&e, "LOCATION").as_deref(), Some("Room 4.12"));
    assert_eq!(v("URL").as_deref(), Some("https://meet.example.com/x"));
    assert_eq!(v("CLASS").as_deref(), Some("PRIVATE"));
    assert_eq!(v("TRANSP").as_deref(), Some("OPAQUE"));
    assert_eq!(
        text(&e, "DESCRIPTION").as_deref(),
        Some("Video link: https://meet.example.com/x")
    );
    assert_eq!(
        alarm(&e),
        ["ACTION:DISPLAY", "TRIGGER:-PT30M", "DESCRIPTION:Lena & Tom"]
    );

    // No place, no link, no agenda: no LOCATION, URL or DESCRIPTION at all.
    let mut bare = meeting_input("2026-12-02", "10:00");
    bare.place = String::new();
    bare.video_link = None;
    let m = meeting::plan(&cx(s.conn()), t, &bare).unwrap();
    let e = only_event(&render(s.conn(), &one(m.id)).unwrap().text);
    for name in ["LOCATION", "URL", "DESCRIPTION"] {
        assert_eq!(value(&e, name), None, "{name}");
    }
}

#[test]
fn uid_stays_and_sequence_rises_with_every_change() {
    let (_tmp, mut s) = session();
    let t = new_tandem(s.conn_mut(), "Tandem");
    let m = plan_at(s.conn_mut(), t, "2026-12-01", "10:00");
    let seq_and_uid = |conn: &rusqlite::Connection| {
        let e = only_event(&render(conn, &one(m.id)).unwrap().text);
        let seq: u32 = value(&e, "SEQUENCE").unwrap().parse().unwrap();
        (seq, value(&e, "UID").unwrap(), e)
    };
    let (s0, uid, _) = seq_and_uid(s.conn());
    assert_eq!(s0, 0);

    let moved = meeting_input("2026-12-03", "14:30");
    meeting::update(&cx(s.conn()), m.id, &moved, EditScope::ThisOnly).unwrap();
    let (s1, uid1, e) = seq_and_uid(s.conn());
    assert_eq!((s1, uid1.as_str()), (1, uid.as_str()));
    assert_eq!(value(&e, "DTSTART").as_deref(), Some("20261203T133000Z"));
    assert_eq!(value(&e, "STATUS").as_deref(), Some("CONFIRMED"));

    let shared = agenda::add(&cx(s.conn()), m.id, &item("Shared", true)).unwrap();
    assert_eq!(seq_and_uid(s.conn()).0, 2);
    // A private item is not part of the event: no new SEQUENCE.
    let private = agenda::add(&cx(s.conn()), m.id, &item("Private", false)).unwrap();
    assert_eq!(seq_and_uid(s.conn()).0, 2);
    agenda::update(&cx(s.conn()), private.id, &item("Still private", false)).unwrap();
    assert_eq!(seq_and_uid(s.conn()).0, 2);
    agenda::update(&cx(s.conn()), shared.id, &item("Shared, renamed", true)).unwrap();
    assert_eq!(seq_and_uid(s.conn()).0, 3);
    agenda::delete(s.conn(), shared.id).unwrap();
    assert_eq!(seq_and_uid(s.conn()).0, 4);

    let mut input = tandem_input("Tandem renamed");
    input.focus_topic_ids = Vec::new();
    tandem::update(&cx(s.conn()), t, &input).unwrap();
    let (s5, _, e) = seq_and_uid(s.conn());
    assert_eq!(s5, 5);
    assert_eq!(text(&e, "SUMMARY").as_deref(), Some("Tandem renamed"));

    meeting::cancel(&cx(s.conn()), m.id, None, EditScope::ThisOnly).unwrap();
    let (s6, uid6, e) = seq_and_uid(s.conn());
    assert_eq!((s6, uid6.as_str()), (6, uid.as_str()));
    assert_eq!(value(&e, "STATUS").as_deref(), Some("CANCELLED"));
}

#[test]
fn cancelled_meetings_export_as_cancelled_without_alarm_or_reason() {
    let (_tmp, mut s) = session();
    let t = new_tandem(s.conn_mut(), "Tandem");
    let input = series_input("2026-12-01", 1, CadenceUnit::Week, "2026-12-15");
    let ms = meeting::plan_series(&cx(s.conn()), t, &input).unwrap();
    let reason = "Krankheit CANCEL-REASON-MARKER";
    meeting::cancel(&cx(s.conn()), ms[1].id, Some(reason), EditScope::ThisOnly).unwrap();
    let r = render(s.conn(), &req(ExportScope::Tandem { tandem_id: t })).unwrap();
    assert_eq!((r.events, r.cancelled), (3, 1));
    assert!(!r.text.contains("CANCEL-REASON-MARKER"));
    let evs = events(&r.text);
    let statuses: Vec<String> = evs.iter().map(|e| value(e, "STATUS").unwrap()).collect();
    assert_eq!(statuses, ["CONFIRMED", "CANCELLED", "CONFIRMED"]);
    assert_eq!(value(&evs[1], "UID"), Some(ms[1].uid.clone()));
    assert_eq!(value(&evs[1], "SEQUENCE").as_deref(), Some("1"));
    assert!(
        alarm(&evs[1]).is_empty(),
        "a cancelled meeting needs no reminder"
    );
    assert!(!alarm(&evs[0]).is_empty());
}

#[test]
fn alarm_follows_the_setting() {
    let (_tmp, mut s) = session();
    let t = new_tandem(s.conn_mut(), "Tandem");
    let m = plan_at(s.conn_mut(), t, "2026-12-01", "10:00");
    for (minutes, trigger) in [
        (Some(5), Some("TRIGGER:-PT5M")),
        (Some(60), Some("TRIGGER:-PT60M")),
        (Some(1440), Some("TRIGGER:-PT1440M")),
        (None, None),
    ] {
        let st = settings(AgendaDetail::Titles, minutes);
        let r = render_with(s.conn(), &one(m.id), &st, Language::En, BERLIN).unwrap();
        let e = only_event(&r.text);
        let a = alarm(&e);
        match trigger {
            Some(tr) => assert_eq!(a, ["ACTION:DISPLAY", tr, "DESCRIPTION:Tandem"]),
            None => {
                assert!(a.is_empty());
                assert!(!r.text.contains("VALARM"));
            }
        }
    }
}

#[test]
fn description_follows_the_agenda_detail_and_language() {
    let (_tmp, mut s) = session();
    let t = new_tandem(s.conn_mut(), "Tandem");
    let m = plan_at(s.conn_mut(), t, "2026-12-01", "10:00");
    let c = s.conn();
    agenda::add(&cx(c), m.id, &agenda_input("Check-in", 10, "", &[])).unwrap();
    let notes = "Zwei Fragen:\n1. Wie?\n2. Warum?";
    let links = ["https://example.org/a", "https://example.org/b"];
    agenda::add(&cx(c), m.id, &agenda_input("KI im Team", 30, notes, &links)).unwrap();
    agenda::add(&cx(c), m.id, &agenda_input("Offen", 0, "", &[])).unwrap();
    agenda::add(&cx(c), m.id, &item("Geheim", false)).unwrap();
    let describe = |detail, language| {
        let st = settings(detail, Some(30));
        let r = render_with(c, &one(m.id), &st, language, BERLIN).unwrap();
        text(&only_event(&r.text), "DESCRIPTION")
    };
    let video = "https://meet.example.com/x";
    assert_eq!(
        describe(AgendaDetail::Titles, Language::En).unwrap(),
        format!(
            "Agenda:\n- Check-in (10 min)\n- KI im Team (30 min)\n- Offen\n\nVideo link: {video}"
        )
    );
    assert_eq!(
        describe(AgendaDetail::Titles, Language::De).unwrap(),
        format!(
            "Agenda:\n- Check-in (10 Min.)\n- KI im Team (30 Min.)\n- Offen\n\nVideolink: {video}"
        )
    );
    assert_eq!(
        describe(AgendaDetail::WithPrepNotes, Language::En).unwrap(),
        format!(
            "Agenda:\n- Check-in (10 min)\n- KI im Team (30 min)\n  Zwei Fragen:\n  1. Wie?\n  \
             2. Warum?\n  https://example.org/a\n  https://example.org/b\n- Offen\n\n\
             Video link: {video}"
        )
    );
    assert_eq!(
        describe(AgendaDetail::None, Language::De).unwrap(),
        format!("Videolink: {video}")
    );

    // Only private items and no link: no agenda part, no DESCRIPTION.
    let mut input = meeting_input("2026-12-08", "10:00");
    input.video_link = None;
    let m2 = meeting::plan(&cx(s.conn()), t, &input).unwrap();
    agenda::add(&cx(s.conn()), m2.id, &item("Geheim", false)).unwrap();
    for detail in [
        AgendaDetail::None,
        AgendaDetail::Titles,
        AgendaDetail::WithPrepNotes,
    ] {
        let st = settings(detail, None);
        let r = render_with(s.conn(), &one(m2.id), &st, Language::En, BERLIN).unwrap();
        assert_eq!(value(&only_event(&r.text), "DESCRIPTION"), None);
    }
    // Shared items, no link, agenda off: nothing to say either.
    agenda::add(&cx(s.conn()), m2.id, &item("Offen", true)).unwrap();
    let st = settings(AgendaDetail::None, None);
    let r = render_with(s.conn(), &one(m2.id), &st, Language::En, BERLIN).unwrap();
    assert_eq!(value(&only_event(&r.text), "DESCRIPTION"), None);
    let st = settings(AgendaDetail::Titles, None);
    let r = render_with(s.conn(), &one(m2.id), &st, Language::En, BERLIN).unwrap();
    assert_eq!(
        text(&only_event(&r.text), "DESCRIPTION").as_deref(),
        Some("Agenda:\n- Offen (15 min)")
    );
}

#[test]
fn private_items_notes_reflections_and_reasons_never_leave() {
    let (_tmp, mut s) = session();
    let t = new_tandem(s.conn_mut(), "Tandem");
    let ms = meeting::plan_series(
        &cx(s.conn()),
        t,
        &series_input("2026-12-01", 1, CadenceUnit::Week, "2026-12-08"),
    )
    .unwrap();
    let (a, b) = (ms[0].id, ms[1].id);
    let mut private = item("PRIVATE-TITLE-MARKER", false);
    private.prep_notes = "PRIVATE-NOTES-MARKER".into();
    private.links = vec!["https://private-link-marker.example/".into()];
    agenda::add(&cx(s.conn()), a, &private).unwrap();
    agenda::add(&cx(s.conn()), a, &item("Shared item", true)).unwrap();
    note::save(&cx(s.conn()), a, "MEETING-NOTE-MARKER").unwrap();
    let answer = ReflectionAnswer {
        prompt: "What did I learn?".into(),
        kind: PromptKind::Text,
        text: "REFLECTION-MARKER".into(),
        scale: None,
    };
    let input = ReflectionInput {
        answers: vec![answer],
        goal_ids: Vec::new(),
    };
    reflection::save(&cx(s.conn()), a, &input).unwrap();
    meeting::cancel(&cx(s.conn()), b, Some("REASON-MARKER"), EditScope::ThisOnly).unwrap();
    let scopes = [
        one(a),
        req(ExportScope::SeriesFrom { meeting_id: a }),
        req(ExportScope::Tandem { tandem_id: t }),
        req(ExportScope::All),
    ];
    for r in &scopes {
        let st = settings(AgendaDetail::WithPrepNotes, Some(30));
        for language in [Language::En, Language::De] {
            let out = render_with(s.conn(), r, &st, language, BERLIN).unwrap();
            let flat = unescape(&unfold(&out.text));
            for marker in [
                "PRIVATE-TITLE-MARKER",
                "PRIVATE-NOTES-MARKER",
                "private-link-marker",
                "MEETING-NOTE-MARKER",
                "REFLECTION-MARKER",
                "REASON-MARKER",
                "Lena Hoffmann",
                "lena@example.com",
            ] {
                assert!(!flat.contains(marker), "{marker} leaked in {r:?}");
            }
            assert!(flat.contains("Shared item"));
        }
    }
}

//! Calendar export (.ics) as text: escaping, folding at 75 octets without splitting UTF-8
//! characters, CRLF, long and non-ASCII text round trips, and UTC times across DST.

mod calendar_export_support;
mod common;
mod fixtures;

use calendar_export_support::*;
use common::*;
use eyelevel_core::agenda;
use eyelevel_core::calendar::export::{self, ExportScope};
use eyelevel_core::calendar::AgendaDetail;
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting;
use fixtures::{item, meeting_input, BERLIN};

#[test]
fn text_values_are_escaped_and_round_trip() {
    let (_tmp, mut s) = session();
    let title = r#"Komma, Semikolon; Backslash \ und "Zitat""#;
    let t = new_tandem(s.conn_mut(), title);
    let mut input = meeting_input("2026-12-01", "10:00");
    input.place = r"Raum 4,12; Haus \B".into();
    let m = meeting::plan(&cx(s.conn()), t, &input).unwrap();
    let notes = "a, b; c \\ d\nzweite Zeile";
    let item = agenda_input("Eins, zwei; drei \\ vier", 5, notes, &[]);
    agenda::add(&cx(s.conn()), m.id, &item).unwrap();
    let st = settings(AgendaDetail::WithPrepNotes, Some(10));
    let r = render_with(s.conn(), &one(m.id), &st, Language::En, BERLIN).unwrap();
    assert!(unfold(&r.text).contains(r"SUMMARY:Komma\, Semikolon\; Backslash \\ und "));
    let e = only_event(&r.text);
    for name in ["SUMMARY", "LOCATION", "DESCRIPTION"] {
        assert_escaped(&value(&e, name).unwrap());
    }
    assert_eq!(text(&e, "SUMMARY").as_deref(), Some(title));
    assert_eq!(text(&e, "LOCATION").as_deref(), Some(input.place.as_str()));
    assert_eq!(
        text(&e, "DESCRIPTION").unwrap(),
        "Agenda:\n- Eins, zwei; drei \\ vier (5 min)\n  a, b; c \\ d\n  zweite Zeile\n\n\
         Video link: https://meet.example.com/x"
    );
    // Newlines are written as the two characters \n, never as line breaks.
    assert!(value(&e, "DESCRIPTION")
        .unwrap()
        .contains(r"\n  zweite Zeile"));
    assert_eq!(
        alarm(&e)[2],
        format!("DESCRIPTION:{}", value(&e, "SUMMARY").unwrap())
    );
    assert_rfc_octets(&r.text);
}

/// `n` characters cycling through `alphabet`.
fn chars(alphabet: &str, n: usize) -> String {
    alphabet.chars().cycle().take(n).collect()
}

#[test]
fn long_non_ascii_text_folds_within_75_octets_and_round_trips() {
    let (_tmp, mut s) = session();
    // Emoji with ZWJ sequences and flags, umlauts, CJK: 2-, 3- and 4-octet characters. The
    // ASCII prefixes shift where each 75-octet cut falls, so some land inside characters.
    let mix = "ÄÖÜäöüß€😀👩‍👩‍👧‍👦🇩🇪🇺🇦老虎,;\\ ";
    let mut expected = Vec::new();
    for pad in 0..6 {
        let title = format!("{}{}", "a".repeat(pad), chars(mix, 200 - pad));
        assert_eq!(title.chars().count(), 200);
        let t = new_tandem(s.conn_mut(), &title);
        let mut input = meeting_input("2026-12-01", "10:00");
        input.place = chars(&mix.chars().rev().collect::<String>(), 200);
        input.video_link = Some(format!("https://meet.example.com/{}", "x".repeat(90 + pad)));
        let m = meeting::plan(&cx(s.conn()), t, &input).unwrap();
        let mut long = item(&chars(mix, 200), true);
        long.prep_notes = format!(
            "Zeile eins {}\n\nZeile drei {}",
            chars(mix, 300),
            "ü".repeat(90)
        );
        agenda::add(&cx(s.conn()), m.id, &long).unwrap();
        agenda::add(&cx(s.conn()), m.id, &item("Privat 🙈", false)).unwrap();
        expected.push((m, title));
    }
    let st = settings(AgendaDetail::WithPrepNotes, Some(15));
    for language in [Language::En, Language::De] {
        let r = render_with(s.conn(), &req(ExportScope::All), &st, language, BERLIN).unwrap();
        assert_rfc_octets(&r.text);
        assert!(r.text.contains("\r\n "), "long lines must be folded");
        let evs = events(&r.text);
        assert_eq!(evs.len(), expected.len());
        for (e, (m, title)) in evs.iter().zip(&expected) {
            assert_eq!(value(e, "UID"), Some(m.uid.clone()));
            assert_eq!(text(e, "SUMMARY").as_ref(), Some(title));
            // Stored as entered, minus the surrounding blanks the validation trims.
            assert_eq!(text(e, "LOCATION").as_ref(), Some(&m.place));
            assert_eq!(m.place.chars().count(), 199);
            assert_eq!(value(e, "URL"), m.video_link.clone());
            let items = agenda::list(s.conn(), m.id).unwrap();
            let want = export::description(
                &items,
                m.video_link.as_deref(),
                AgendaDetail::WithPrepNotes,
                language,
            )
            .unwrap();
            assert!(want.contains("Zeile drei") && !want.contains("Privat"));
            assert_eq!(text(e, "DESCRIPTION").unwrap(), want);
            assert_eq!(
                alarm(e)[2],
                format!("DESCRIPTION:{}", value(e, "SUMMARY").unwrap())
            );
        }
    }
}

#[test]
fn times_are_utc_on_both_sides_of_the_berlin_dst_switches() {
    let (_tmp, mut s) = session();
    let t = new_tandem(s.conn_mut(), "Tandem");
    let cases = [
        ("2027-03-26", "20270326T090000Z", "20270326T100000Z"), // CET, before the switch
        ("2027-03-29", "20270329T080000Z", "20270329T090000Z"), // CEST
        ("2027-10-29", "20271029T080000Z", "20271029T090000Z"), // CEST, before the switch
        ("2027-11-01", "20271101T090000Z", "20271101T100000Z"), // CET
    ];
    for (day, start, end) in cases {
        let m = plan_at(s.conn_mut(), t, day, "10:00");
        // The user's zone only bounds the selection; the event is in UTC either way.
        for tz in [BERLIN, chrono_tz::America::New_York, chrono_tz::UTC] {
            let st = settings(AgendaDetail::Titles, Some(30));
            let r = render_with(s.conn(), &one(m.id), &st, Language::En, tz).unwrap();
            let e = only_event(&r.text);
            assert_eq!(value(&e, "DTSTART").as_deref(), Some(start), "{day}");
            assert_eq!(value(&e, "DTEND").as_deref(), Some(end), "{day}");
            assert!(!r.text.contains("TZID"), "times are plain UTC");
        }
    }
}

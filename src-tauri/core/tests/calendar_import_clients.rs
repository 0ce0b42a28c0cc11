//! Importing real-world-shaped invitations from Outlook, Google, Apple and Thunderbird:
//! time zones (IANA, Outlook's Windows names with VTIMEZONE, floating), DST, all-day events,
//! series with EXDATE and a moved occurrence, links, places and attendees.

#[path = "calendar_import_support/mod.rs"]
mod support;

use chrono_tz::America::New_York;
use eyelevel_core::calendar::import::{self, ImportOptions};
use eyelevel_core::calendar::{ImportAction, ImportNote};
use eyelevel_core::meeting;
use support::*;

#[test]
fn outlook_windows_zone_teams_link_in_description() {
    let (_tmp, s, t) = setup();
    let p = preview(&s, t, &fixture("outlook-request.ics"));
    assert_eq!(p.rows.len(), 1);
    let r = &p.rows[0];
    assert_eq!(r.action, ImportAction::Create);
    assert_eq!(
        r.summary,
        "Reverse Mentoring: Führung & Feedback – Gespräch Nr. 3 (Müller/Hoffmann)"
    );
    assert_eq!(when(r), "2026-12-08 14:30");
    assert_eq!(r.duration_minutes, 60);
    assert_eq!(r.place, "Microsoft Teams-Besprechung");
    assert_eq!(
        r.video_link.as_deref(),
        Some(
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA2ZjQ0YzEtZWU4Ny00ZGE2LWI0Yj\
             ctNDM3ZGM3ZGRiMzI4%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d"
        )
    );
    assert_eq!(r.attendees, 2);
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    assert!(!r.recurring);
    // Read in New York, the same instant: the VTIMEZONE was evaluated, not assumed.
    let ny = preview_in(&s, t, &fixture("outlook-request.ics"), New_York);
    assert_eq!(when(&ny.rows[0]), "2026-12-08 08:30");
    assert!(ny.rows[0].notes.is_empty());
}

#[test]
fn outlook_summer_time_and_teams_property() {
    let (_tmp, s, t) = setup();
    let p = preview_in(&s, t, &fixture("outlook-summer.ics"), chrono_tz::UTC);
    let r = &p.rows[0];
    // 09:00 in W. Europe summer time (+02:00) = 07:00 UTC.
    assert_eq!(when(r), "2027-06-15 07:00");
    assert_eq!(r.duration_minutes, 75);
    assert_eq!(
        r.video_link.as_deref(),
        Some("https://teams.microsoft.com/l/meetup-join/19%3ameeting_summer%40thread.v2/0")
    );
}

#[test]
fn outlook_custom_zone_is_not_the_users_zone() {
    let (_tmp, s, t) = setup();
    // 10:00 Eastern daylight time on 16 March 2027 (US already switched, Europe not yet)
    // = 14:00 UTC = 15:00 in Berlin.
    let p = preview(&s, t, &fixture("outlook-eastern.ics"));
    let r = &p.rows[0];
    assert_eq!(when(r), "2027-03-16 15:00");
    assert_eq!(r.place, "Room 4.12, Building B");
    assert!(r.notes.is_empty());
}

#[test]
fn google_weekly_series_with_exdate_override_and_dst() {
    let (_tmp, mut s, t) = setup();
    let bytes = fixture("google-weekly.ics");
    let p = preview(&s, t, &bytes);
    let got: Vec<String> = p.rows.iter().map(when).collect();
    assert_eq!(
        got,
        [
            "2027-03-02 10:00",
            "2027-03-09 10:00",
            "2027-03-24 15:00",
            "2027-03-30 10:00",
            "2027-04-06 10:00",
            "2027-04-13 10:00",
        ]
    );
    assert_eq!(p.create, 6);
    assert!(p.rows.iter().all(|r| r.recurring && r.attendees == 2));
    assert!(p
        .rows
        .iter()
        .all(|r| r.video_link.as_deref() == Some("https://meet.google.com/abc-defg-hij")));
    assert_eq!(p.rows[2].place, "Café Lindner, Raum 2");
    assert_eq!(p.rows[2].summary, "Wöchentliches Tandem (verschoben)");
    assert_eq!(p.rows[0].place, "");
    let result = apply(&mut s, t, &bytes);
    assert_eq!(result.created, 6);
    assert_eq!(result.meeting_ids.len(), 6);
    let ms: Vec<_> = result
        .meeting_ids
        .iter()
        .map(|id| meeting::get(s.conn(), *id).unwrap())
        .collect();
    let starts: Vec<&str> = ms.iter().map(|m| m.starts_at.as_str()).collect();
    // The wall clock stays at 10:00 across the switch to summer time on 28 March.
    assert_eq!(
        starts,
        [
            "2027-03-02T09:00:00.000Z",
            "2027-03-09T09:00:00.000Z",
            "2027-03-24T14:00:00.000Z",
            "2027-03-30T08:00:00.000Z",
            "2027-04-06T08:00:00.000Z",
            "2027-04-13T08:00:00.000Z",
        ]
    );
    assert!(ms.iter().all(|m| m.series_id.is_none() && m.tandem_id == t));
    assert!(ms.iter().all(|m| m.uid.ends_with("@eyelevel.local")));
    let mut rids: Vec<String> = s
        .conn()
        .prepare("SELECT recurrence_id FROM meeting_sources ORDER BY recurrence_id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rids.sort();
    assert_eq!(
        rids,
        [
            "20270302T090000Z",
            "20270309T090000Z",
            "20270323T090000Z",
            "20270330T080000Z",
            "20270406T080000Z",
            "20270413T080000Z",
        ]
    );
}

#[test]
fn apple_all_day_floating_and_lf_only() {
    let (_tmp, s, t) = setup();
    let bytes = fixture("apple-allday.ics");
    assert!(!bytes.contains(&b'\r'));
    let p = preview(&s, t, &bytes);
    assert_eq!(p.rows.len(), 2);
    let day = &p.rows[0];
    assert_eq!(when(day), "2026-12-10 09:00");
    assert_eq!(day.duration_minutes, 60);
    assert_eq!(day.notes, [ImportNote::AllDay]);
    assert_eq!(
        day.place,
        "Haus der Statistik Otto-Braun-Straße 70, 10178 Berlin"
    );
    assert_eq!(day.video_link, None);
    let evening = &p.rows[1];
    assert_eq!(when(evening), "2026-12-15 18:00");
    assert_eq!(evening.duration_minutes, 480);
    assert_eq!(
        evening.notes,
        [ImportNote::ZoneAssumed, ImportNote::DurationAdjusted]
    );
    // The all-day options change the rows.
    let other = ImportOptions {
        tandem_id: t,
        all_day_time: "8:30".into(),
        all_day_minutes: 120,
    };
    let p = import::preview(&cx(s.conn()), &bytes, &other).unwrap();
    assert_eq!(when(&p.rows[0]), "2026-12-10 08:30");
    assert_eq!(p.rows[0].duration_minutes, 120);
    let bad = ImportOptions {
        all_day_minutes: 10,
        ..other.clone()
    };
    let e = import::preview(&cx(s.conn()), &bytes, &bad).unwrap_err();
    assert_eq!(e.field(), Some("all_day_minutes"));
    let bad = ImportOptions {
        all_day_time: "25:00".into(),
        ..other
    };
    let e = import::preview(&cx(s.conn()), &bytes, &bad).unwrap_err();
    assert_eq!(e.field(), Some("all_day_time"));
}

#[test]
fn same_file_with_crlf_lf_bom_and_unfolded_lines_reads_the_same() {
    let (_tmp, s, t) = setup();
    let crlf = fixture("outlook-request.ics");
    let base = preview(&s, t, &crlf);
    let lf: Vec<u8> = String::from_utf8_lossy(&crlf)
        .replace("\r\n", "\n")
        .into_bytes();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(&crlf);
    // Unfolded on the octet level first (the fixture folds in the middle of "ü").
    let unfolded = {
        let mut out = Vec::new();
        let mut i = 0;
        while i < crlf.len() {
            if crlf[i..].starts_with(b"\r\n ") {
                i += 3;
            } else {
                out.push(crlf[i]);
                i += 1;
            }
        }
        out
    };
    assert!(
        std::str::from_utf8(&crlf).is_err(),
        "fixture folds inside a character"
    );
    for variant in [lf, bom, unfolded] {
        assert_eq!(preview(&s, t, &variant), base);
    }
}

/// The Outlook zone block of the fixtures, for hand-made events in it.
fn outlook_zone() -> String {
    let text = String::from_utf8(fixture("outlook-eastern.ics")).unwrap();
    let text = text.replace("\r\n", "\n");
    let start = text.find("BEGIN:VTIMEZONE").unwrap();
    let end = text.find("END:VTIMEZONE").unwrap() + "END:VTIMEZONE".len();
    text[start..end].replace("Eastern Standard Time", "W. Europe Standard Time")
}

#[test]
fn dst_switches_in_a_file_defined_zone() {
    let (_tmp, s, t) = setup();
    // Outlook's W. Europe zone as the file defines it (here: US-style rules renamed, so the
    // result differs from Europe/Berlin and proves the file's rules are used).
    let zone = outlook_zone();
    let tz = "TZID=W. Europe Standard Time";
    let body = format!(
        "{zone}\n{}\n{}",
        event("before", &format!("DTSTART;{tz}:20270313T100000")),
        event("after", &format!("DTSTART;{tz}:20270315T100000")),
    );
    let p = preview_in(&s, t, &ics(&body), chrono_tz::UTC);
    // -05:00 before the second Sunday of March, -04:00 after.
    let got: Vec<String> = p.rows.iter().map(when).collect();
    assert_eq!(got, ["2027-03-13 15:00", "2027-03-15 14:00"]);
}

#[test]
fn dst_gap_and_repeat_in_europe_berlin() {
    let (_tmp, s, t) = setup();
    let real = String::from_utf8(fixture("outlook-summer.ics")).unwrap();
    let real = real.replace("\r\n", "\n");
    let zone = &real[real.find("BEGIN:VTIMEZONE").unwrap()
        ..real.find("END:VTIMEZONE").unwrap() + "END:VTIMEZONE".len()];
    for tzid in ["Europe/Berlin", "W. Europe Standard Time"] {
        let at = |uid: &str, local: &str| event(uid, &format!("DTSTART;TZID={tzid}:{local}"));
        let body = [
            zone.to_string(),
            // 02:30 does not exist on 28 March 2027: it moves forward to 03:00 CEST.
            at("gap", "20270328T023000"),
            // 02:30 happens twice on 31 October 2027: the first (CEST) is taken.
            at("repeat", "20271031T023000"),
            at("winter", "20271101T100000"),
            at("summer", "20270329T100000"),
        ]
        .join("\n");
        let p = preview_in(&s, t, &ics(&body), chrono_tz::UTC);
        let got: Vec<String> = p.rows.iter().map(when).collect();
        assert_eq!(
            got,
            [
                "2027-03-28 01:00",
                "2027-03-29 08:00",
                "2027-10-31 00:30",
                "2027-11-01 09:00"
            ],
            "{tzid}"
        );
        assert!(p.rows.iter().all(|r| r.notes.is_empty()), "{tzid}");
    }
    // A weekly series over the October switch keeps 10:00 local.
    let series = ics(&event(
        "oct",
        "DTSTART;TZID=Europe/Berlin:20271026T100000\nRRULE:FREQ=WEEKLY;COUNT=2",
    ));
    let p = preview_in(&s, t, &series, chrono_tz::UTC);
    let got: Vec<String> = p.rows.iter().map(when).collect();
    assert_eq!(got, ["2027-10-26 08:00", "2027-11-02 09:00"]);
}

#[test]
fn unknown_zone_and_duplicate_uid_in_one_file() {
    let (_tmp, s, t) = setup();
    let body = [
        event("z", "DTSTART;TZID=Mars Standard Time:20261210T100000"),
        event("dup", "SEQUENCE:0\nDTSTART:20261211T090000Z"),
        event("dup", "SEQUENCE:2\nDTSTART:20261212T090000Z"),
        event("dup", "SEQUENCE:1\nDTSTART:20261213T090000Z"),
    ]
    .join("\n");
    let p = preview(&s, t, &ics(&body));
    assert_eq!(p.rows.len(), 2);
    assert_eq!(when(&p.rows[0]), "2026-12-10 10:00");
    assert_eq!(p.rows[0].notes, [ImportNote::ZoneAssumed]);
    assert_eq!(when(&p.rows[1]), "2026-12-12 10:00");
}

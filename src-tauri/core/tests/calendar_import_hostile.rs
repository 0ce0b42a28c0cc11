//! Malformed and hostile files: a clear error, no panic, no hang, and nothing written.

#[path = "calendar_import_support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use eyelevel_core::calendar::import::{self, MAX_EVENTS, MAX_FILE_BYTES};
use eyelevel_core::session::Session;
use eyelevel_core::ErrorCode;
use support::*;

/// Preview and apply must both fail with `code` and leave the database as it was.
fn refused(s: &mut Session, t: i64, bytes: &[u8], code: ErrorCode) {
    let before = rows(s);
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(400)]).to_string();
    let e = import::preview(&cx(s.conn()), bytes, &opts(t))
        .map(|p| p.rows)
        .expect_err(&text);
    assert_eq!(e.code(), code, "{e}: {text}");
    let e = import::apply(&cx(s.conn()), bytes, &opts(t)).unwrap_err();
    assert_eq!(e.code(), code, "{e}");
    assert_eq!(rows(s), before);
}

/// Some earlier imports, so "unchanged" means something.
fn with_data() -> (tempfile::TempDir, Session, i64) {
    let (tmp, mut s, t) = setup();
    apply(&mut s, t, &fixture("google-weekly.ics"));
    apply(&mut s, t, &fixture("thunderbird-invite.ics"));
    (tmp, s, t)
}

#[test]
fn not_a_calendar() {
    let (_tmp, mut s, t) = with_data();
    for bytes in [
        b"".to_vec(),
        b"hello world".to_vec(),
        b"\xff\xfe\x00B\x00E".to_vec(),
        b"BEGIN:VCARD\r\nFN:Lena\r\nEND:VCARD\r\n".to_vec(),
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n".to_vec(),
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n".to_vec(),
        b"BEGIN:VCALENDAR\r\njust words\r\nEND:VCALENDAR\r\n".to_vec(),
        b"BEGIN:VCALENDAR\r\n\0\r\nEND:VCALENDAR\r\n".to_vec(),
    ] {
        refused(&mut s, t, &bytes, ErrorCode::IcsInvalid);
    }
    refused(
        &mut s,
        t,
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
        ErrorCode::IcsNoEvents,
    );
    let e = import::preview(&cx(s.conn()), b"x", &opts(t)).unwrap_err();
    // The reason never quotes the file.
    let secret = b"BEGIN:VCALENDAR\r\nGEHEIMNIS\r\nEND:VCALENDAR\r\n";
    let e2 = import::preview(&cx(s.conn()), secret, &opts(t)).unwrap_err();
    assert!(!format!("{e} {e2} {e2:?}").contains("GEHEIMNIS"));
}

#[test]
fn absurd_values() {
    let (_tmp, mut s, t) = with_data();
    for lines in [
        "DTSTART:99999999",
        "DTSTART:20261201T090000Z\nDTEND:99991301T000000Z",
        "DTSTART:20261201T090000Z\nDURATION:P99999999999W",
        "DTSTART:20261201T090000Z\nDURATION:PT1H1H1X",
        "DTSTART:20261201T090000Z\nRRULE:FREQ=SECONDLY",
        "DTSTART:20261201T090000Z\nRRULE:FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12",
        "DTSTART:20261201T090000Z\nRRULE:FREQ=WEEKLY;INTERVAL=0",
        "DTSTART:20261201T090000Z\nRRULE:FREQ=WEEKLY;UNTIL=2",
        "SUMMARY:no start",
    ] {
        refused(
            &mut s,
            t,
            &ics(&event("absurd", lines)),
            ErrorCode::IcsInvalid,
        );
    }
    // A good event next to a bad one: the whole file is refused.
    let body = format!(
        "{}\n{}",
        event("good", "DTSTART:20261201T090000Z"),
        event("bad", "DTSTART:20261301T090000Z")
    );
    refused(&mut s, t, &ics(&body), ErrorCode::IcsInvalid);
    // Odd but harmless values are read.
    let odd = ics(&event(
        "odd",
        "DTSTART:20261201T090000Z\nSEQUENCE:99999999999999999999\nDURATION:-PT1H",
    ));
    let p = preview(&s, t, &odd);
    assert_eq!(p.rows[0].duration_minutes, 15);
}

#[test]
fn size_and_count_limits() {
    let (_tmp, mut s, t) = with_data();
    let mut big = ics(&event("big", "DTSTART:20261201T090000Z"));
    big.resize(MAX_FILE_BYTES + 1, b'\n');
    refused(&mut s, t, &big, ErrorCode::IcsTooLarge);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ics");
    std::fs::write(&path, &big).unwrap();
    assert_eq!(
        import::read_file(&path).unwrap_err().code(),
        ErrorCode::IcsTooLarge
    );
    let ok = fixture("apple-allday.ics");
    std::fs::write(&path, &ok).unwrap();
    assert_eq!(import::read_file(&path).unwrap(), ok);
    let e = import::read_file(&dir.path().join("missing.ics")).unwrap_err();
    assert_eq!(e.code(), ErrorCode::Io);

    let many: Vec<String> = (0..=MAX_EVENTS)
        .map(|i| event(&format!("e{i}"), "DTSTART:20261201T090000Z"))
        .collect();
    refused(
        &mut s,
        t,
        &ics(&many.join("\n")),
        ErrorCode::IcsTooManyEvents,
    );
    let exactly: Vec<String> = (0..MAX_EVENTS)
        .map(|i| event(&format!("e{i}"), "DTSTART:20261201T090000Z"))
        .collect();
    assert_eq!(
        preview(&s, t, &ics(&exactly.join("\n"))).rows.len(),
        MAX_EVENTS
    );
    // Occurrences count too: daily for two years is more than an import takes.
    let daily = ics(&event(
        "daily",
        "DTSTART:20261201T090000Z\nRRULE:FREQ=DAILY",
    ));
    refused(&mut s, t, &daily, ErrorCode::IcsTooManyEvents);
}

#[test]
fn deep_nesting_and_junk_lines_fail_fast() {
    let (_tmp, mut s, t) = with_data();
    let mut deep = String::from("BEGIN:VCALENDAR\r\n");
    deep.push_str(&"BEGIN:X\r\n".repeat(10_000));
    deep.push_str(&"END:X\r\n".repeat(10_000));
    deep.push_str("END:VCALENDAR\r\n");
    let junk = format!(
        "BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n",
        "X-JUNK;A=B;C=D:lorem ipsum dolor sit amet\r\n".repeat(10_000)
    );
    let lf_junk = junk.replace("\r\n", "\n");
    let started = Instant::now();
    refused(&mut s, t, deep.as_bytes(), ErrorCode::IcsInvalid);
    refused(&mut s, t, junk.as_bytes(), ErrorCode::IcsNoEvents);
    refused(&mut s, t, lf_junk.as_bytes(), ErrorCode::IcsNoEvents);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn rules_that_never_match_do_not_hang() {
    let (_tmp, s, t) = with_data();
    let never: Vec<String> = (0..MAX_EVENTS)
        .map(|i| {
            event(
                &format!("n{i}"),
                "DTSTART:20261201T090000Z\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
            )
        })
        .collect();
    let started = Instant::now();
    let result = import::preview(&cx(s.conn()), &ics(&never.join("\n")), &opts(t));
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
    let before = rows(&s);
    if let Ok(p) = result {
        assert!(p.rows.len() <= MAX_EVENTS);
    }
    assert_eq!(rows(&s), before);
}

/// A tiny deterministic generator (no dev-dependency needed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[test]
fn fuzzed_input_never_panics_or_writes() {
    let (_tmp, s, t) = with_data();
    let before = rows(&s);
    let mut rng = Lcg(0x5eed);
    let fixtures: Vec<Vec<u8>> = [
        "outlook-request.ics",
        "google-weekly.ics",
        "apple-allday.ics",
        "thunderbird-update.ics",
    ]
    .iter()
    .map(|n| fixture(n))
    .collect();
    for round in 0..400 {
        let base = &fixtures[round % fixtures.len()];
        let bytes: Vec<u8> = match round % 4 {
            // Random bytes.
            0 => (0..rng.next() % 600).map(|_| rng.next() as u8).collect(),
            // Truncated.
            1 => base[..(rng.next() as usize % base.len())].to_vec(),
            // Bytes flipped.
            2 => {
                let mut b = base.clone();
                for _ in 0..8 {
                    let i = rng.next() as usize % b.len();
                    b[i] = rng.next() as u8;
                }
                b
            }
            // Lines shuffled around.
            _ => {
                let text = String::from_utf8_lossy(base).to_string();
                let mut lines: Vec<&str> = text.split("\r\n").collect();
                for _ in 0..4 {
                    let (a, b) = (
                        rng.next() as usize % lines.len(),
                        rng.next() as usize % lines.len(),
                    );
                    lines.swap(a, b);
                }
                lines.join("\r\n").into_bytes()
            }
        };
        // Errors are fine; panics and writes by a preview are not.
        let _ = import::preview(&cx(s.conn()), &bytes, &opts(t));
    }
    assert_eq!(rows(&s), before);
}

#[test]
fn unknown_tandem_changes_nothing() {
    let (_tmp, s, _t) = with_data();
    let before = rows(&s);
    let e = import::apply(&cx(s.conn()), &fixture("outlook-request.ics"), &opts(999)).unwrap_err();
    assert_eq!(e.code(), ErrorCode::NotFound);
    assert_eq!(rows(&s), before);
}

#[test]
fn odd_repeat_rules_never_panic() {
    let (_tmp, s, t) = with_data();
    let parts = [
        "FREQ=YEARLY",
        "FREQ=MONTHLY",
        "FREQ=WEEKLY",
        "FREQ=DAILY",
        "BYSETPOS=-366",
        "BYSETPOS=1,-1",
        "BYMONTHDAY=-31",
        "BYMONTHDAY=31",
        "BYYEARDAY=366",
        "BYYEARDAY=-1",
        "BYWEEKNO=53",
        "BYWEEKNO=-1",
        "BYDAY=-5FR",
        "BYDAY=53MO",
        "BYDAY=MO,TU,WE,TH,FR,SA,SU",
        "COUNT=0",
        "COUNT=4294967295",
        "INTERVAL=65535",
        "INTERVAL=70000",
        "WKST=XX",
        "BYMONTH=13",
        "BYMONTH=2",
        "UNTIL=19000101",
        "UNTIL=22001231T235959Z",
        "BYEASTER=0",
    ];
    let mut rng = Lcg(42);
    for _ in 0..150 {
        let n = 1 + rng.next() as usize % 4;
        let rule: Vec<&str> = (0..n)
            .map(|_| parts[rng.next() as usize % parts.len()])
            .collect();
        let body = event(
            "odd",
            &format!(
                "DTSTART;TZID=Europe/Berlin:20261130T100000\nRRULE:{}\nEXDATE:20261207T090000Z",
                rule.join(";")
            ),
        );
        let result = import::preview(&cx(s.conn()), &ics(&body), &opts(t));
        if let Ok(p) = result {
            assert!(p.rows.len() <= MAX_EVENTS);
        }
    }
}

//! Helpers for the calendar export tests: settings, a tiny independent reader for the
//! exported text (unfold, properties, unescape) and the RFC 5545 octet checks.
#![allow(dead_code)]

use chrono_tz::Tz;
use eyelevel_core::agenda::AgendaItemInput;
use eyelevel_core::calendar::export::{self, ExportRequest, ExportScope, Rendered};
use eyelevel_core::calendar::{AgendaDetail, CalendarSettings};
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting::{self, Meeting};
use eyelevel_core::tandem;
use eyelevel_core::Result;
use rusqlite::Connection;

use super::common::{cx, tandem_input};
use super::fixtures::{meeting_input, BERLIN};

pub fn settings(detail: AgendaDetail, alarm: Option<u32>) -> CalendarSettings {
    CalendarSettings {
        agenda_detail: detail,
        alarm_minutes: alarm,
        feed_folder: None,
    }
}

pub fn req(scope: ExportScope) -> ExportRequest {
    ExportRequest {
        scope,
        from: None,
        to: None,
    }
}

pub fn one(meeting_id: i64) -> ExportRequest {
    req(ExportScope::Meeting { meeting_id })
}

/// Renders with the default settings, English, Berlin, at the test clock's `now`.
pub fn render(conn: &Connection, r: &ExportRequest) -> Result<Rendered> {
    render_with(conn, r, &CalendarSettings::default(), Language::En, BERLIN)
}

pub fn render_with(
    conn: &Connection,
    r: &ExportRequest,
    s: &CalendarSettings,
    language: Language,
    tz: Tz,
) -> Result<Rendered> {
    export::render(&cx(conn).in_language(language).in_zone(tz), r, s)
}

/// A shared agenda item.
pub fn agenda_input(title: &str, minutes: u32, notes: &str, links: &[&str]) -> AgendaItemInput {
    AgendaItemInput {
        title: title.into(),
        topic_id: None,
        minutes,
        prep_notes: notes.into(),
        links: links.iter().map(|l| l.to_string()).collect(),
        shared: true,
    }
}

/// One meeting of `tandem` on `date` at `time` (Berlin), planned at [`now`].
pub fn plan_at(conn: &mut Connection, tandem: i64, date: &str, time: &str) -> Meeting {
    meeting::plan(&cx(conn), tandem, &meeting_input(date, time)).unwrap()
}

pub fn new_tandem(conn: &mut Connection, title: &str) -> i64 {
    tandem::create(&cx(conn), &tandem_input(title)).unwrap().id
}

/// RFC 5545 §3.1 unfolding: CRLF followed by one space or tab disappears.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

/// The content lines of the unfolded text.
pub fn content_lines(text: &str) -> Vec<String> {
    unfold(text)
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The VEVENT blocks (their content lines, VALARMs included).
pub fn events(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in content_lines(text) {
        if line == "BEGIN:VEVENT" {
            current = Some(Vec::new());
        } else if line == "END:VEVENT" {
            out.extend(current.take());
        } else if let Some(c) = current.as_mut() {
            c.push(line);
        }
    }
    out
}

/// The single event of a one-meeting export.
pub fn only_event(text: &str) -> Vec<String> {
    let mut all = events(text);
    assert_eq!(all.len(), 1, "{text}");
    all.remove(0)
}

/// The raw (escaped) values of `name` outside any VALARM.
pub fn values(lines: &[String], name: &str) -> Vec<String> {
    let mut in_alarm = false;
    let mut out = Vec::new();
    for l in lines {
        match l.as_str() {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ if !in_alarm => {
                if let Some(v) = l.strip_prefix(name).and_then(|r| r.strip_prefix(':')) {
                    out.push(v.to_string());
                }
            }
            _ => {}
        }
    }
    out
}

/// The one raw value of `name` (outside VALARMs), or `None`.
pub fn value(lines: &[String], name: &str) -> Option<String> {
    let v = values(lines, name);
    assert!(v.len() <= 1, "{name} appears {} times", v.len());
    v.into_iter().next()
}

/// The unescaped TEXT value of `name`.
pub fn text(lines: &[String], name: &str) -> Option<String> {
    value(lines, name).map(|v| unescape(&v))
}

/// The lines of the VALARM block(s).
pub fn alarm(lines: &[String]) -> Vec<String> {
    let mut inside = false;
    let mut out = Vec::new();
    for l in lines {
        if l == "BEGIN:VALARM" {
            inside = true;
        } else if l == "END:VALARM" {
            inside = false;
        } else if inside {
            out.push(l.clone());
        }
    }
    out
}

/// RFC 5545 §3.3.11 TEXT unescaping.
pub fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') | Some('N') => out.push('\n'),
            Some(other) => out.push(other),
            None => panic!("dangling backslash in {v:?}"),
        }
    }
    out
}

/// A TEXT value must carry no unescaped comma or semicolon (a list separator in TEXT).
pub fn assert_escaped(raw: &str) {
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let next = chars.next();
                assert!(
                    matches!(next, Some('\\' | ';' | ',' | 'n' | 'N')),
                    "bad escape \\{next:?} in {raw:?}"
                );
            }
            ',' | ';' => panic!("unescaped {c:?} in {raw:?}"),
            _ => {}
        }
    }
}

/// The octet rules: CRLF after every line and nowhere else a CR or LF, every physical line at
/// most 75 octets and valid UTF-8 on its own (no character split by a fold).
pub fn assert_rfc_octets(text: &str) {
    let bytes = text.as_bytes();
    assert!(text.ends_with("\r\n"), "the file must end with CRLF");
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' {
            assert!(i > 0 && bytes[i - 1] == b'\r', "bare LF at octet {i}");
        }
        if *b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at octet {i}");
        }
    }
    let body = &bytes[..bytes.len() - 2];
    for (n, line) in body.split(|b| *b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        assert!(line.len() <= 75, "line {n} has {} octets", line.len());
        assert!(
            std::str::from_utf8(line).is_ok(),
            "line {n} is not valid UTF-8 on its own"
        );
        assert!(!line.is_empty(), "line {n} is empty");
    }
}

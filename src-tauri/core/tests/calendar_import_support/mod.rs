//! Shared helpers for the calendar import tests (`#[path]`-included by each of them).
#![allow(dead_code)]

#[path = "../common/mod.rs"]
mod common;

pub use common::*;

use chrono_tz::Tz;
use eyelevel_core::calendar::import::{self, ImportOptions, ImportPreview, ImportResult};
use eyelevel_core::calendar::{ImportAction, ImportRow};
use eyelevel_core::session::Session;
use eyelevel_core::tandem;
use tempfile::TempDir;

pub const BERLIN: Tz = chrono_tz::Europe::Berlin;

/// A fixture file from tests/fixtures/ics.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ics")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A fresh session with one tandem.
pub fn setup() -> (TempDir, Session, i64) {
    let (tmp, s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("Tandem"))
        .unwrap()
        .id;
    (tmp, s, t)
}

pub fn second_tandem(s: &mut Session) -> i64 {
    tandem::create(&cx(s.conn()), &tandem_input("Other"))
        .unwrap()
        .id
}

pub fn opts(tandem_id: i64) -> ImportOptions {
    ImportOptions {
        tandem_id,
        all_day_time: "09:00".into(),
        all_day_minutes: 60,
    }
}

pub fn preview_in(s: &Session, t: i64, bytes: &[u8], tz: Tz) -> ImportPreview {
    import::preview(&cx(s.conn()).in_zone(tz), bytes, &opts(t)).unwrap()
}

pub fn preview(s: &Session, t: i64, bytes: &[u8]) -> ImportPreview {
    preview_in(s, t, bytes, BERLIN)
}

pub fn apply(s: &mut Session, t: i64, bytes: &[u8]) -> ImportResult {
    import::apply(&cx(s.conn()), bytes, &opts(t)).unwrap()
}

pub fn actions(p: &ImportPreview) -> Vec<ImportAction> {
    p.rows.iter().map(|r| r.action).collect()
}

/// "YYYY-MM-DD HH:MM" of a row.
pub fn when(r: &ImportRow) -> String {
    format!("{} {}", r.local_date, r.local_time)
}

/// (meetings, meeting_sources) rows.
pub fn rows(s: &Session) -> (i64, i64) {
    (
        count(s.conn(), "meetings"),
        count(s.conn(), "meeting_sources"),
    )
}

/// A minimal VCALENDAR around `body` (VEVENT lines), CRLF.
pub fn ics(body: &str) -> Vec<u8> {
    let text = format!(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n{}\nEND:VCALENDAR\n",
        body.trim()
    );
    text.replace('\n', "\r\n").into_bytes()
}

/// One VEVENT with these extra lines.
pub fn event(uid: &str, lines: &str) -> String {
    format!(
        "BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20261120T100000Z\nSUMMARY:Test\n{}\nEND:VEVENT",
        lines.trim()
    )
}

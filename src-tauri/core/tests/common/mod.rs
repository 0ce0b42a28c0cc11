//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use eyelevel_core::clock::{Clock, FixedClock};
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, Session, SetupRequest, UnlockRequest};
use eyelevel_core::vault::Protection;
use eyelevel_core::vault::{MemoryKeyring, RecoveryCode};
use tempfile::TempDir;

pub const PASSPHRASE: &str = "correct horse battery";

pub fn clock() -> Arc<dyn Clock> {
    Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(),
    ))
}

/// A fresh temp folder and a data dir inside it (not yet created).
pub fn data_dir() -> (TempDir, DataDir) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(tmp.path().join("data"));
    (tmp, dir)
}

/// A finished keyring setup (the user confirmed the recovery code).
pub fn keyring_setup(dir: &DataDir, keyring: &MemoryKeyring) -> (Session, RecoveryCode) {
    let req = SetupRequest {
        protection: Protection::Keyring,
        passphrase: None,
    };
    finished(session::setup(dir, keyring, &req, clock()).unwrap())
}

/// A finished passphrase setup (the user confirmed the recovery code).
pub fn passphrase_setup(dir: &DataDir) -> (Session, RecoveryCode) {
    let req = SetupRequest {
        protection: Protection::Passphrase,
        passphrase: Some(PASSPHRASE.into()),
    };
    finished(session::setup(dir, &MemoryKeyring::new(), &req, clock()).unwrap())
}

fn finished((session, code): (Session, RecoveryCode)) -> (Session, RecoveryCode) {
    session.finish_setup().unwrap();
    (session, code)
}

pub fn with_passphrase(p: &str) -> UnlockRequest {
    UnlockRequest::Passphrase { secret: p.into() }
}

pub fn with_code(c: &str) -> UnlockRequest {
    UnlockRequest::RecoveryCode { secret: c.into() }
}

/// Every file in `dir` (name → bytes).
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            out.insert(
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            );
        }
    }
    out
}

pub fn file_names(dir: &Path) -> Vec<String> {
    snapshot(dir).into_keys().collect()
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

// ---- domain helpers (tandems, goals, topics …) ----

use chrono::{DateTime, NaiveDate};
use eyelevel_core::tandem::{Cadence, CadenceUnit, Role, TandemInput};
use rusqlite::Connection;

/// The instant of [`clock`].
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}

/// A fixed "today" matching [`now`].
pub fn today() -> NaiveDate {
    date("2026-11-24")
}

pub fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// An unlocked session on a fresh data dir (keyring protection, in-memory keyring: fast).
pub fn session() -> (TempDir, Session) {
    let (tmp, dir) = data_dir();
    let (s, _) = keyring_setup(&dir, &MemoryKeyring::new());
    (tmp, s)
}

pub fn cadence(every: u32, minutes: u32) -> Cadence {
    Cadence {
        every,
        unit: CadenceUnit::Week,
        minutes,
    }
}

/// A valid tandem input with this title.
pub fn tandem_input(title: &str) -> TandemInput {
    TandemInput {
        title: title.into(),
        my_role: Role::Mentee,
        partner_name: "Lena Hoffmann".into(),
        partner_contact: Some("lena@example.com".into()),
        program: Some("Reverse Mentoring 2026".into()),
        start_date: date("2026-10-01"),
        planned_end_date: Some(date("2027-06-30")),
        cadence: cadence(2, 60),
        focus_topic_ids: Vec::new(),
    }
}

/// Rows in `table`.
pub fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// The tables that hang off a tandem.
pub const DEPENDENT_TABLES: [&str; 9] = [
    "tandem_focus_topics",
    "agreement_versions",
    "goals",
    "goal_status_changes",
    "goal_notes",
    "meeting_series",
    "meetings",
    "agenda_items",
    "action_items",
];

/// The context of a core call in the tests: [`now`], Berlin, English. `.at(t)`,
/// `.in_zone(z)` and `.in_language(l)` change one of them.
pub fn cx(conn: &Connection) -> eyelevel_core::ctx::Ctx<'_> {
    eyelevel_core::ctx::Ctx::new(
        conn,
        now(),
        chrono_tz::Europe::Berlin,
        eyelevel_core::i18n::Language::En,
    )
}

/// Noon UTC of `date`: an instant whose Berlin date is `date` (for a context "on" a day).
pub fn noon(date: NaiveDate) -> DateTime<Utc> {
    date.and_hms_opt(12, 0, 0).unwrap().and_utc()
}

//! Upgrading databases written by earlier versions of Eyelevel to the current schema.

mod common;
mod fixtures;

use common::*;
use eyelevel_core::i18n::Language;
use eyelevel_core::settings::{self, SettingsPatch, Theme};
use eyelevel_core::store::OpenMode;
use eyelevel_core::store::MIGRATIONS;
use eyelevel_core::store::{self, open};
use eyelevel_core::tandem;
use eyelevel_core::topic::{self, catalog::CATALOG};
use eyelevel_core::vault::{DataKey, MemoryKeyring};
use rusqlite::Connection;

fn foreign_key_problems(conn: &Connection) -> usize {
    let mut stmt = conn.prepare("PRAGMA foreign_key_check").unwrap();
    let rows = stmt.query_map([], |_| Ok(())).unwrap();
    rows.count()
}

/// A version-1 database exactly as the issue-2 binary wrote it: only 0001 and settings rows.
fn v1_database(path: &std::path::Path, key: &DataKey) {
    let conn = open(path, key, OpenMode::Create, &MIGRATIONS[..1]).unwrap();
    assert_eq!(store::schema_version(&conn).unwrap(), 1);
    let patch = SettingsPatch {
        language: Some(Some(Language::De)),
        theme: Some(Theme::Dark),
        recovery_code_confirmed: Some(true),
        time_zone: None,
    };
    settings::update(&cx(&conn), &patch).unwrap();
    conn.close().unwrap();
}

#[test]
fn version_1_database_upgrades_and_keeps_settings() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("eyelevel.db");
    let key = DataKey::generate();
    v1_database(&path, &key);
    let before = eyelevel_core::settings::store::updated_at(
        &open(&path, &key, OpenMode::Existing, &MIGRATIONS[..1]).unwrap(),
        "language",
    )
    .unwrap();

    let mut conn = open(&path, &key, OpenMode::Existing, MIGRATIONS).unwrap();
    assert_eq!(
        store::schema_version(&conn).unwrap(),
        store::binary_schema_version()
    );
    let s = settings::load(&conn).unwrap();
    assert_eq!(s.language, Some(Language::De));
    assert_eq!(s.theme, Theme::Dark);
    assert!(s.recovery_code_confirmed);
    assert_eq!(
        eyelevel_core::settings::store::updated_at(&conn, "language").unwrap(),
        before
    );
    for table in DEPENDENT_TABLES.iter().chain(&["tandems", "topics"]) {
        assert_eq!(count(&conn, table), 0, "{table}");
    }
    assert_eq!(store::integrity_check(&conn).unwrap(), ["ok"]);
    assert_eq!(foreign_key_problems(&conn), 0);

    // The new schema works: built-ins sync, a tandem can be written.
    topic::sync_builtins(&mut conn, now()).unwrap();
    assert_eq!(count(&conn, "topics"), CATALOG.len() as i64);
    let t = tandem::create(&cx(&conn), &tandem_input("After the upgrade")).unwrap();
    assert_eq!(tandem::get(&conn, t.id).unwrap().title, "After the upgrade");
}

/// Drops everything the migrations after 0001 created (views, triggers, virtual tables,
/// tables — all but `settings`) and sets the version back to 1.
fn back_to_version_1(conn: &Connection) {
    let names = |sql: &str| -> Vec<String> {
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    for view in names("SELECT name FROM sqlite_master WHERE type = 'view'") {
        conn.execute_batch(&format!("DROP VIEW \"{view}\""))
            .unwrap();
    }
    for trigger in names("SELECT name FROM sqlite_master WHERE type = 'trigger'") {
        conn.execute_batch(&format!("DROP TRIGGER \"{trigger}\""))
            .unwrap();
    }
    // Virtual tables first: their shadow tables go with them.
    for table in names(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'",
    ) {
        conn.execute_batch(&format!("DROP TABLE \"{table}\""))
            .unwrap();
    }
    for table in names(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'settings'
         AND name NOT LIKE 'sqlite_%'",
    ) {
        conn.execute_batch(&format!("DROP TABLE \"{table}\""))
            .unwrap();
    }
    conn.execute_batch("PRAGMA user_version = 1").unwrap();
}

#[test]
fn version_1_vault_upgrades_on_unlock() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let (s, _) = keyring_setup(&dir, &keyring);
    let patch = SettingsPatch {
        theme: Some(Theme::Light),
        ..SettingsPatch::default()
    };
    s.update_settings(&patch).unwrap();
    // Turn the database back into what the version-1 binary left: 0001 only.
    back_to_version_1(s.conn());
    s.close().unwrap();

    let s = eyelevel_core::session::unlock(
        &dir,
        &keyring,
        &eyelevel_core::session::UnlockRequest::Keyring,
        clock(),
    )
    .unwrap();
    assert_eq!(
        store::schema_version(s.conn()).unwrap(),
        store::binary_schema_version()
    );
    assert_eq!(s.settings().unwrap().theme, Theme::Light);
    let topics = topic::list(&cx(s.conn()), true).unwrap();
    assert_eq!(topics.len(), CATALOG.len());
    assert!(eyelevel_core::doctor::run(&s).unwrap().ok);
}

#[test]
fn builtin_sync_is_idempotent() {
    let (_tmp, mut s) = session();
    let ids: Vec<i64> = topic::list(&cx(s.conn()).in_language(Language::De), true)
        .unwrap()
        .iter()
        .map(|t| t.id)
        .collect();
    topic::sync_builtins(s.conn_mut(), now()).unwrap();
    topic::sync_builtins(s.conn_mut(), now()).unwrap();
    let again: Vec<i64> = topic::list(&cx(s.conn()).in_language(Language::De), true)
        .unwrap()
        .iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(ids, again);
    assert_eq!(count(s.conn(), "topics"), CATALOG.len() as i64);
}

/// A version-2 database as the issue-3 binary wrote it: tandems, agreements, goals, topics.
#[test]
fn version_2_database_with_data_upgrades_to_meetings() {
    use eyelevel_core::goal;
    use eyelevel_core::meeting;
    use fixtures::{goal_input, meeting_input};

    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("eyelevel.db");
    let key = DataKey::generate();
    let mut conn = open(&path, &key, OpenMode::Create, &MIGRATIONS[..2]).unwrap();
    assert_eq!(store::schema_version(&conn).unwrap(), 2);
    topic::sync_builtins(&mut conn, now()).unwrap();
    settings::update(
        &cx(&conn),
        &SettingsPatch {
            theme: Some(Theme::Dark),
            ..SettingsPatch::default()
        },
    )
    .unwrap();
    let t = tandem::create(&cx(&conn), &tandem_input("Before meetings")).unwrap();
    // Rows written with the SQL of that version (today's reads know later columns).
    let g = goal::store::insert(&conn, t.id, &goal_input("A goal"), 0, now()).unwrap();
    conn.close().unwrap();

    let conn = open(&path, &key, OpenMode::Existing, MIGRATIONS).unwrap();
    assert_eq!(
        store::schema_version(&conn).unwrap(),
        store::binary_schema_version()
    );
    assert_eq!(tandem::get(&conn, t.id).unwrap(), t);
    let goal = goal::get(&conn, g).unwrap();
    assert_eq!(
        (goal.title.as_str(), goal.why.as_str()),
        ("A goal", "Because it matters.")
    );
    assert!(
        !goal.shared && !goal.from_partner,
        "new columns get their defaults"
    );
    let s = settings::load(&conn).unwrap();
    assert_eq!((s.theme, s.time_zone), (Theme::Dark, None));
    assert_eq!(store::integrity_check(&conn).unwrap(), ["ok"]);
    assert_eq!(foreign_key_problems(&conn), 0);
    for table in [
        "meetings",
        "meeting_series",
        "agenda_items",
        "agenda_templates",
        "action_items",
    ] {
        assert_eq!(count(&conn, table), 0, "{table}");
    }
    let m = meeting::plan(&cx(&conn), t.id, &meeting_input("2026-12-01", "10:00")).unwrap();
    let o = eyelevel_core::page::tandems::overview(&cx(&conn), t.id).unwrap();
    assert_eq!(o.next_meeting, Some(m.starts_at));
    tandem::delete(&cx(&conn), t.id).unwrap();
    assert_eq!(count(&conn, "meetings"), 0);
}

/// A version-3 database as the issue-4 binary wrote it: meetings with agendas; the journal
/// tables arrive empty and work at once.
#[test]
fn version_3_database_with_meetings_upgrades_to_the_journal() {
    use eyelevel_core::journal::{self, JournalEntryInput, JournalFilter};
    use eyelevel_core::meeting;
    use eyelevel_core::note;

    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("eyelevel.db");
    let key = DataKey::generate();
    let mut conn = open(&path, &key, OpenMode::Create, &MIGRATIONS[..3]).unwrap();
    topic::sync_builtins(&mut conn, now()).unwrap();
    let t = tandem::create(&cx(&conn), &tandem_input("Before the journal")).unwrap();
    let starts_at = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 12, 1, 9, 0, 0).unwrap();
    let slot = meeting::Slot {
        starts_at,
        ends_at: starts_at + chrono::Duration::hours(1),
        time_zone: "Europe/Berlin".into(),
        local_date: common::date("2026-12-01"),
        local_time: "10:00".into(),
        duration_minutes: 60,
        place: "Room 4.12".into(),
        video_link: None,
    };
    let m = meeting::store::insert(&conn, t.id, None, "m1@eyelevel.local", &slot, now()).unwrap();
    conn.close().unwrap();

    let conn = open(&path, &key, OpenMode::Existing, MIGRATIONS).unwrap();
    assert_eq!(
        store::schema_version(&conn).unwrap(),
        store::binary_schema_version()
    );
    let m = meeting::get(&conn, m).unwrap();
    assert_eq!(
        (m.uid.as_str(), m.place.as_str()),
        ("m1@eyelevel.local", "Room 4.12")
    );
    assert!(!m.from_partner);
    assert_eq!(store::integrity_check(&conn).unwrap(), ["ok"]);
    assert_eq!(foreign_key_problems(&conn), 0);
    for table in [
        "meeting_notes",
        "reflections",
        "reflection_prompts",
        "journal_entries",
    ] {
        assert_eq!(count(&conn, table), 0, "{table}");
    }
    note::save(&cx(&conn), m.id, "Notes after the upgrade").unwrap();
    let input = JournalEntryInput {
        tandem_id: Some(t.id),
        title: "First entry".into(),
        body: String::new(),
        prompt: None,
        topic_id: None,
        tags: vec!["upgrade".into()],
        goal_ids: Vec::new(),
        pinned: false,
    };
    journal::create(&cx(&conn), &input).unwrap();
    let filter = JournalFilter {
        limit: 10,
        ..JournalFilter::default()
    };
    let page = journal::list(&cx(&conn), &filter).unwrap();
    assert_eq!(page.items.len(), 2);
}

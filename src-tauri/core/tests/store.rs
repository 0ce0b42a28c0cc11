//! The store on real SQLCipher files: keying, pragmas, migrations, refusal of newer schemas.

mod common;

use common::*;
use eyelevel_core::store::Migration;
use eyelevel_core::store::OpenMode;
use eyelevel_core::store::MIGRATIONS;
use eyelevel_core::store::{self, open};
use eyelevel_core::vault::DataKey;
use eyelevel_core::ErrorCode;
use rusqlite::Connection;

fn tables(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn fresh() -> (tempfile::TempDir, std::path::PathBuf, DataKey) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("eyelevel.db");
    (tmp, path, DataKey::generate())
}

const ALL_TABLES: [&str; 37] = [
    "action_items",
    "agenda_items",
    "agenda_templates",
    "agreement_versions",
    "exchange_attempts",
    "exchange_history",
    "exchange_items",
    "exchange_peers",
    "exchange_received",
    "exchange_sent",
    "goal_notes",
    "goal_status_changes",
    "goals",
    "journal_entries",
    "journal_entry_goals",
    "journal_entry_tags",
    "meeting_notes",
    "meeting_series",
    "meeting_sources",
    "meetings",
    "partner_notes",
    "reflection_goals",
    "reflection_prompts",
    "reflections",
    "reminder_deliveries",
    "reminder_rules",
    "search_index",
    "search_index_config",
    "search_index_content",
    "search_index_data",
    "search_index_docsize",
    "search_index_idx",
    "settings",
    "sqlite_sequence",
    "tandem_focus_topics",
    "tandems",
    "topics",
];

const BROKEN: Migration = Migration {
    version: 2,
    name: "broken",
    sql: "CREATE TABLE half_done (x INTEGER); INSERT INTO nowhere VALUES (1);",
};

#[test]
fn migrates_from_empty_and_sets_pragmas() {
    let (_tmp, path, key) = fresh();
    let conn = open(&path, &key, OpenMode::Create, MIGRATIONS).unwrap();
    assert_eq!(store::schema_version(&conn).unwrap(), 8);
    assert_eq!(store::binary_schema_version(), 8);
    assert_eq!(tables(&conn), ALL_TABLES);
    let q = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, String>(0)).unwrap();
    assert_eq!(q("PRAGMA journal_mode"), "wal");
    let n = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(n("PRAGMA synchronous"), 2); // FULL
    assert_eq!(n("PRAGMA foreign_keys"), 1);
    assert_eq!(n("PRAGMA temp_store"), 2); // MEMORY
    assert!(store::cipher_version(&conn).unwrap().starts_with("4."));
    assert_eq!(store::integrity_check(&conn).unwrap(), ["ok"]);
    assert!(store::cipher_integrity_check(&conn).unwrap().is_empty());
    drop(conn);
    // reopening is a no-op migration
    let conn = open(&path, &key, OpenMode::Existing, MIGRATIONS).unwrap();
    assert_eq!(store::schema_version(&conn).unwrap(), 8);
}

#[test]
fn injected_migrations_run_in_order() {
    let (_tmp, path, key) = fresh();
    let more = [
        MIGRATIONS[0],
        Migration {
            version: 2,
            name: "notes",
            sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;",
        },
    ];
    let conn = open(&path, &key, OpenMode::Create, &more[..1]).unwrap();
    assert_eq!(store::schema_version(&conn).unwrap(), 1);
    drop(conn);
    let conn = open(&path, &key, OpenMode::Existing, &more).unwrap();
    assert_eq!(store::schema_version(&conn).unwrap(), 2);
    assert_eq!(tables(&conn), ["notes", "settings"]);
}

#[test]
fn failing_migration_leaves_version_and_schema_unchanged() {
    let (_tmp, path, key) = fresh();
    drop(open(&path, &key, OpenMode::Create, &MIGRATIONS[..1]).unwrap());
    let err = open(&path, &key, OpenMode::Existing, &[MIGRATIONS[0], BROKEN]).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Database);
    assert!(err.to_string().contains("0002 (broken)"), "{err}");
    let conn = open(&path, &key, OpenMode::Existing, &MIGRATIONS[..1]).unwrap();
    assert_eq!(store::schema_version(&conn).unwrap(), 1);
    assert_eq!(tables(&conn), ["settings"]);
}

#[test]
fn failing_migration_from_empty_runs_nothing() {
    let (_tmp, path, key) = fresh();
    let mut conn = store::open::open_keyed(&path, &key, OpenMode::Create).unwrap();
    let err = store::migrate(&mut conn, &[MIGRATIONS[0], BROKEN]).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Database);
    assert_eq!(store::schema_version(&conn).unwrap(), 0);
    assert!(tables(&conn).is_empty(), "migration 1 was rolled back too");
}

#[test]
fn out_of_order_migrations_are_a_bug() {
    let (_tmp, path, key) = fresh();
    let gap = [Migration {
        version: 2,
        name: "gap",
        sql: "SELECT 1;",
    }];
    let err = open(&path, &key, OpenMode::Create, &gap).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Internal);
}

#[test]
fn newer_schema_is_refused_clearly() {
    let (_tmp, path, key) = fresh();
    let conn = open(&path, &key, OpenMode::Create, MIGRATIONS).unwrap();
    conn.execute_batch("PRAGMA user_version = 42").unwrap();
    drop(conn);
    let err = open(&path, &key, OpenMode::Existing, MIGRATIONS).unwrap_err();
    assert_eq!(err.code(), ErrorCode::SchemaTooNew);
    assert!(err.to_string().contains("42"), "{err}");
    assert!(err.to_string().contains("update Eyelevel"), "{err}");
    let conn = store::open::open_keyed(&path, &key, OpenMode::Existing).unwrap();
    assert_eq!(store::schema_version(&conn).unwrap(), 42, "left untouched");
}

#[test]
fn newer_schema_is_refused_through_unlock() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    let newer = store::binary_schema_version() + 1;
    s.conn()
        .execute_batch(&format!("PRAGMA user_version = {newer}"))
        .unwrap();
    s.close().unwrap();
    let err = eyelevel_core::session::unlock(
        &dir,
        &eyelevel_core::vault::MemoryKeyring::new(),
        &with_passphrase(PASSPHRASE),
        clock(),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::SchemaTooNew);
}

#[test]
fn wrong_key_and_garbage_are_database_corrupt() {
    let (_tmp, path, key) = fresh();
    drop(open(&path, &key, OpenMode::Create, MIGRATIONS).unwrap());
    let err = open(&path, &DataKey::generate(), OpenMode::Existing, MIGRATIONS).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseCorrupt);

    let garbage = path.with_file_name("garbage.db");
    std::fs::write(&garbage, vec![0x5a; 8192]).unwrap();
    let err = open(&garbage, &key, OpenMode::Existing, MIGRATIONS).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseCorrupt);
    assert_eq!(std::fs::read(&garbage).unwrap(), vec![0x5a; 8192]);
}

#[test]
fn plaintext_sqlite_file_is_database_corrupt() {
    let (_tmp, path, key) = fresh();
    {
        let plain = Connection::open(&path).unwrap();
        plain
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    let err = open(&path, &key, OpenMode::Existing, MIGRATIONS).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseCorrupt);
}

#[test]
fn garbage_database_through_unlock() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    s.close().unwrap();
    std::fs::write(
        dir.db_path(),
        b"this is not a database at all, just text.".repeat(200),
    )
    .unwrap();
    let err = eyelevel_core::session::unlock(
        &dir,
        &eyelevel_core::vault::MemoryKeyring::new(),
        &with_passphrase(PASSPHRASE),
        clock(),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseCorrupt);
}

#[test]
fn database_of_another_vault_is_database_corrupt() {
    let (_t1, a) = data_dir();
    let (_t2, b) = data_dir();
    passphrase_setup(&a).0.close().unwrap();
    passphrase_setup(&b).0.close().unwrap();
    std::fs::copy(b.db_path(), a.db_path()).unwrap();
    let err = eyelevel_core::session::unlock(
        &a,
        &eyelevel_core::vault::MemoryKeyring::new(),
        &with_passphrase(PASSPHRASE),
        clock(),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseCorrupt);
}

#[test]
fn missing_file_with_existing_mode() {
    let (_tmp, path, key) = fresh();
    let err = open(&path, &key, OpenMode::Existing, MIGRATIONS).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseMissing);
    assert!(!path.exists());
}

#[test]
fn settings_table_holds_only_json() {
    let (_tmp, path, key) = fresh();
    let conn = open(&path, &key, OpenMode::Create, MIGRATIONS).unwrap();
    let now = chrono::Utc::now();
    eyelevel_core::settings::store::put(&conn, "k", "{\"a\":1}", now).unwrap();
    assert_eq!(
        eyelevel_core::settings::store::get(&conn, "k")
            .unwrap()
            .as_deref(),
        Some("{\"a\":1}")
    );
    assert!(eyelevel_core::settings::store::put(&conn, "k", "not json", now).is_err());
    eyelevel_core::settings::store::delete(&conn, "k").unwrap();
    assert_eq!(
        eyelevel_core::settings::store::get(&conn, "k").unwrap(),
        None
    );
}

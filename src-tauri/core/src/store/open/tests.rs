use super::*;
use crate::store::MIGRATIONS;

fn database() -> (tempfile::TempDir, std::path::PathBuf, DataKey) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("eyelevel.db");
    let key = DataKey::generate();
    let conn = open(&path, &key, OpenMode::Create, MIGRATIONS).unwrap();
    conn.execute_batch("INSERT INTO settings (key, value, updated_at) VALUES ('k', '1', 'x')")
        .unwrap();
    drop(conn);
    (tmp, path, key)
}

/// Opens the way a read-only folder does (the writability probe answered "no").
fn read_only(path: &Path, key: &DataKey) -> Connection {
    let conn = connect(path, OpenMode::Existing, false).unwrap();
    apply_key(&conn, key).unwrap();
    prove_key(&conn).unwrap();
    register_functions(&conn).unwrap();
    configure(&conn).unwrap();
    conn
}

#[test]
fn read_only_data_can_be_read_but_not_written() {
    let (_tmp, path, key) = database();
    let before = std::fs::read(&path).unwrap();
    let conn = read_only(&path, &key);
    assert!(is_read_only(&conn));
    check_existing(&conn).unwrap();
    refuse_pending_migrations(&conn, MIGRATIONS).unwrap();
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM settings", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    let err: crate::Error = conn.execute("DELETE FROM settings", []).unwrap_err().into();
    assert_eq!(err.code(), crate::ErrorCode::ReadOnly);
    drop(conn);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let folder = path.parent().unwrap();
    let names: Vec<_> = std::fs::read_dir(folder).unwrap().collect();
    assert_eq!(names.len(), 1, "no -wal or -shm file was created");
}

#[test]
fn an_old_schema_cannot_be_upgraded_read_only() {
    let (_tmp, path, key) = database();
    let conn = read_only(&path, &key);
    let err = refuse_pending_migrations(
        &conn,
        &[
            MIGRATIONS,
            &[Migration {
                version: MIGRATIONS.len() as i64 + 1,
                name: "next",
                sql: "SELECT 1;",
            }],
        ]
        .concat(),
    )
    .unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::ReadOnly);
}

#[test]
fn uris_keep_odd_folder_names_as_names() {
    assert_eq!(
        file_uri(Path::new("/data/a b?c#d/eyelevel.db"), Some("mode=ro")),
        "file:/data/a%20b%3Fc%23d/eyelevel.db?mode=ro"
    );
    assert_eq!(
        file_uri(Path::new("/home/jürgen/eyelevel.db"), None),
        "file:/home/j%C3%BCrgen/eyelevel.db"
    );
}

#[test]
fn a_writable_folder_is_seen_as_writable() {
    let (_tmp, path, _key) = database();
    assert!(writable(&path));
    assert!(!writable(
        &path.with_file_name("missing").join("eyelevel.db")
    ));
}

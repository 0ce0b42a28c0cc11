//! A damaged data directory is never made worse: an empty, truncated, schema-less or damaged
//! database file is refused with `database_corrupt` and left byte for byte as it was, and
//! opening a healthy one writes nothing.

mod common;

use common::*;
use eyelevel_core::ctx::Ctx;
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, Session};
use eyelevel_core::store::{self, OpenMode, MIGRATIONS};
use eyelevel_core::tandem;
use eyelevel_core::vault::MemoryKeyring;
use eyelevel_core::ErrorCode;

/// A finished setup (recovery code confirmed) with one tandem, closed.
fn finished(dir: &DataDir) {
    let (s, _) = passphrase_setup(dir);
    tandem::create(&cx(s.conn()), &tandem_input("Kept tandem")).unwrap();
    s.close().unwrap();
}

fn unlock(dir: &DataDir) -> eyelevel_core::Result<Session> {
    session::unlock(
        dir,
        &MemoryKeyring::new(),
        &with_passphrase(PASSPHRASE),
        clock(),
    )
}

/// Replaces the database with `bytes`, unlocks, and checks the refusal changed nothing.
fn refused_untouched(bytes: Vec<u8>, what: &str) {
    let (_tmp, dir) = data_dir();
    finished(&dir);
    std::fs::write(dir.db_path(), &bytes).unwrap();
    let before = snapshot(dir.root());
    let err = unlock(&dir).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseCorrupt, "{what}: {err}");
    assert_eq!(
        snapshot(dir.root()),
        before,
        "{what}: the data directory changed"
    );
}

#[test]
fn an_empty_database_file_is_refused_not_replaced() {
    refused_untouched(Vec::new(), "zero bytes");
}

#[test]
fn a_truncated_database_file_is_refused() {
    let (_tmp, dir) = data_dir();
    finished(&dir);
    let whole = std::fs::read(dir.db_path()).unwrap();
    assert!(whole.len() >= 3 * 4096, "{} bytes", whole.len());
    refused_untouched(whole[..100].to_vec(), "cut inside the first page");
    refused_untouched(
        whole[..whole.len() - 1000].to_vec(),
        "cut inside the last page",
    );
    refused_untouched(whole[..4096].to_vec(), "only the first page");
}

#[test]
fn a_keyed_database_without_any_schema_is_refused() {
    // What a setup killed before its first migration leaves: a keyed file, no tables.
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("eyelevel.db");
    let key = eyelevel_core::vault::DataKey::generate();
    let conn = store::open::open_keyed(&path, &key, OpenMode::Create).unwrap();
    conn.execute_batch("CREATE TABLE scratch (x); DROP TABLE scratch;")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let err = store::open(&path, &key, OpenMode::Existing, MIGRATIONS).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseCorrupt, "{err}");
    assert!(err.to_string().contains("no schema"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_page_overwritten_inside_fails_the_quick_check_and_stays() {
    let (_tmp, dir) = data_dir();
    finished(&dir);
    let mut bytes = std::fs::read(dir.db_path()).unwrap();
    // Damage a page after the first: the key still opens the file, the page does not decrypt.
    let page = 2 * 4096;
    for b in &mut bytes[page + 64..page + 256] {
        *b ^= 0xa5;
    }
    refused_untouched(bytes, "a damaged page");
}

#[test]
fn unlocking_and_closing_write_nothing() {
    let (_tmp, dir) = data_dir();
    finished(&dir);
    let before = snapshot(dir.root());
    let s = unlock(&dir).unwrap();
    assert!(!s.read_only());
    let cx: Ctx = s.ctx().unwrap();
    assert_eq!(
        eyelevel_core::page::tandems::list(&cx, true).unwrap().len(),
        1
    );
    s.close().unwrap();
    assert_eq!(
        snapshot(dir.root()),
        before,
        "unlock + read + close changed a byte"
    );
}

#[test]
fn a_clean_close_leaves_a_complete_database_file() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    for n in 0..20 {
        tandem::create(&cx(s.conn()), &tandem_input(&format!("Tandem {n}"))).unwrap();
    }
    s.close().unwrap();
    assert!(
        !dir.wal_path().exists(),
        "the write-ahead log was folded in"
    );
    // The database file alone, copied elsewhere with its vault, holds everything.
    let (_copy_tmp, copy) = data_dir();
    copy.ensure_exists().unwrap();
    std::fs::copy(dir.db_path(), copy.db_path()).unwrap();
    std::fs::copy(dir.vault_path(), copy.vault_path()).unwrap();
    let s = unlock(&copy).unwrap();
    assert_eq!(count(s.conn(), "tandems"), 20);
}

#[cfg(unix)]
#[test]
fn a_fresh_data_directory_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    s.close().unwrap();
    let mode = std::fs::metadata(dir.root()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o700);
    for file in [dir.db_path(), dir.vault_path()] {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{}", file.display());
    }
}

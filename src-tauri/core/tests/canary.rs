//! Nothing written through the store appears in clear in any file of the data directory.

mod common;

use common::*;
use eyelevel_core::session;
use eyelevel_core::settings::store as table;
use eyelevel_core::vault::MemoryKeyring;

const CANARY: &str = "EYELEVEL-CANARY-7f3a9c-Kaffeeklatsch-ÜberGeheim";

fn assert_absent(dir: &std::path::Path, when: &str) -> usize {
    let files = snapshot(dir);
    for (name, bytes) in &files {
        assert!(
            !contains(bytes, CANARY.as_bytes()),
            "canary found in {name} ({when})"
        );
        assert!(
            !contains(bytes, b"EYELEVEL-CANARY"),
            "canary prefix found in {name} ({when})"
        );
    }
    files.len()
}

#[test]
fn canary_is_in_no_file_before_or_after_checkpoint() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    let now = s.clock().now();
    // through the settings store module …
    table::put(
        s.conn(),
        "canary",
        &serde_json::to_string(CANARY).unwrap(),
        now,
    )
    .unwrap();
    // … and through raw SQL, enough rows to fill several pages
    s.conn()
        .execute_batch("CREATE TABLE canary_raw (body TEXT NOT NULL);")
        .unwrap();
    for i in 0..200 {
        s.conn()
            .execute(
                "INSERT INTO canary_raw (body) VALUES (?1)",
                [format!("{CANARY} #{i}")],
            )
            .unwrap();
    }
    // Before any checkpoint: the pages live in the WAL.
    let wal = std::fs::read(dir.wal_path()).unwrap();
    assert!(wal.len() > 4096, "writes went to the WAL");
    assert!(
        !contains(&wal, CANARY.as_bytes()),
        "canary in -wal before checkpoint"
    );
    assert!(assert_absent(dir.root(), "open, before checkpoint") >= 3);

    s.conn()
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    assert_absent(dir.root(), "open, after checkpoint");
    s.close().unwrap();
    assert_absent(dir.root(), "closed");

    // The canary is really in there.
    let s = session::unlock(
        &dir,
        &MemoryKeyring::new(),
        &with_passphrase(PASSPHRASE),
        clock(),
    )
    .unwrap();
    let back: String =
        serde_json::from_str(&table::get(s.conn(), "canary").unwrap().unwrap()).unwrap();
    assert_eq!(back, CANARY);
    let n: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM canary_raw", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 200);
}

#[test]
fn canary_in_a_keyring_vault_is_encrypted_too() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let (s, _) = keyring_setup(&dir, &keyring);
    let now = s.clock().now();
    table::put(
        s.conn(),
        "canary",
        &serde_json::to_string(CANARY).unwrap(),
        now,
    )
    .unwrap();
    assert_absent(dir.root(), "open");
    s.close().unwrap();
    assert_absent(dir.root(), "closed");
}

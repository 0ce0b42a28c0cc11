//! Unit tests that need crate internals (the raw key, injected migrations).

use std::sync::Arc;

use chrono::{TimeZone, Utc};

use super::lifecycle::setup_with;
use super::*;
use crate::clock::FixedClock;
use crate::store::Migration;
use crate::vault::{MemoryKeyring, SecretStore};

fn clock() -> Arc<dyn Clock> {
    Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(),
    ))
}

fn all_file_bytes(dir: &DataDir) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir.root()).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            out.push((
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            ));
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn no_plaintext_key_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(tmp.path().join("data"));
    let keyring = MemoryKeyring::new();
    let req = SetupRequest {
        protection: Protection::Keyring,
        passphrase: Some("a passphrase".into()),
    };
    let (session, code) = setup(&dir, &keyring, &req, clock()).unwrap();
    let key = session.key().clone();
    let kek = keyring
        .get(&session.vault().keyring_account())
        .unwrap()
        .unwrap();
    let secrets: Vec<Vec<u8>> = vec![
        key.expose().to_vec(),
        key.to_hex().as_bytes().to_vec(),
        hex::encode_upper(key.expose()).into_bytes(),
        kek.to_vec(),
        code.formatted().as_bytes().to_vec(),
        b"a passphrase".to_vec(),
    ];
    let check = |when: &str| {
        let files = all_file_bytes(&dir);
        assert!(files.iter().any(|(n, _)| n == "vault.json"));
        for (name, bytes) in &files {
            for (i, needle) in secrets.iter().enumerate() {
                assert!(
                    !contains(bytes, needle),
                    "secret #{i} found in {name} ({when})"
                );
            }
        }
    };
    assert!(dir.wal_path().exists());
    check("open");
    session.close().unwrap();
    check("closed");
}

#[test]
fn failed_setup_removes_only_what_it_created() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(tmp.path());
    std::fs::write(tmp.path().join("unrelated.txt"), b"keep me").unwrap();
    let keyring = MemoryKeyring::new();
    keyring.set("other-account", b"keep").unwrap();
    let failing = [
        crate::store::MIGRATIONS[0],
        Migration {
            version: 2,
            name: "broken",
            sql: "CREATE TABLE half (x); THIS IS NOT SQL;",
        },
    ];
    let req = SetupRequest {
        protection: Protection::Keyring,
        passphrase: None,
    };
    let err = setup_with(&dir, &keyring, &req, clock(), &failing).unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::Database);
    let mut names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["unrelated.txt"]);
    assert_eq!(keyring.accounts(), ["other-account"]);
}

#[test]
fn failed_setup_in_a_new_folder_leaves_no_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(tmp.path().join("new").join("data"));
    let failing = [Migration {
        version: 1,
        name: "broken",
        sql: "NOT SQL",
    }];
    let req = SetupRequest {
        protection: Protection::Passphrase,
        passphrase: Some("long enough".into()),
    };
    let keyring = MemoryKeyring::new();
    assert!(setup_with(&dir, &keyring, &req, clock(), &failing).is_err());
    assert!(!dir.root().exists());
}

#[test]
fn session_and_stores_cross_threads() {
    fn send<T: Send>() {}
    fn send_sync<T: Send + Sync>() {}
    send::<Session>();
    send_sync::<crate::vault::OsKeyring>();
    send_sync::<MemoryKeyring>();
    send_sync::<crate::Error>();
}

//! vault.json: format, validation, refusal of foreign, damaged and newer files.

mod common;

use common::*;
use eyelevel_core::session::{self, UnlockRequest};
use eyelevel_core::vault::{MemoryKeyring, VaultFile};
use eyelevel_core::ErrorCode;
use serde_json::Value;

fn vault_json(dir: &eyelevel_core::paths::DataDir) -> Value {
    serde_json::from_slice(&std::fs::read(dir.vault_path()).unwrap()).unwrap()
}

fn write_json(dir: &eyelevel_core::paths::DataDir, v: &Value) {
    std::fs::write(dir.vault_path(), serde_json::to_vec_pretty(v).unwrap()).unwrap();
}

#[test]
fn file_shape() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let (s, _) = keyring_setup(&dir, &keyring);
    s.close().unwrap();
    let v = vault_json(&dir);
    assert_eq!(v["format"], "eyelevel-vault");
    assert_eq!(v["version"], 1);
    assert_eq!(v["vault_id"].as_str().unwrap().len(), 32);
    assert_eq!(v["created_at"], "2026-11-24T09:00:00Z");
    assert_eq!(v["protection"], "keyring");
    assert!(v["holders"]["keyring"]["wrapped"].is_string());
    assert!(v["holders"].get("passphrase").is_none());
    let kdf = &v["holders"]["recovery_code"]["kdf"];
    assert_eq!(kdf["algorithm"], "argon2id");
    assert_eq!(kdf["memory_kib"], 65536);
    assert_eq!(kdf["iterations"], 3);
    assert_eq!(kdf["parallelism"], 1);
    assert!(kdf["salt"].is_string());
    // no leftovers of the atomic write
    assert_eq!(file_names(dir.root()), ["eyelevel.db", "vault.json"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.vault_path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "vault.json is owner-only");
        let mode = std::fs::metadata(dir.db_path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "eyelevel.db is owner-only");
    }
    let parsed = VaultFile::read(&dir.vault_path()).unwrap();
    assert_eq!(parsed.vault_id, v["vault_id"].as_str().unwrap());
}

#[test]
fn foreign_and_damaged_files_are_vault_corrupt() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    s.close().unwrap();
    let good = vault_json(&dir);
    let keyring = MemoryKeyring::new();

    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("garbage", b"\x00\x01not json".to_vec()),
        ("empty", Vec::new()),
        ("other json", br#"{"hello": "world"}"#.to_vec()),
        ("array", b"[1,2,3]".to_vec()),
    ];
    let mut edit = |name: &'static str, f: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        f(&mut v);
        cases.push((name, serde_json::to_vec(&v).unwrap()));
    };
    edit("foreign format", &|v| v["format"] = "other-vault".into());
    edit("version 0", &|v| v["version"] = 0.into());
    edit("no holders", &|v| {
        v.as_object_mut().unwrap().remove("holders");
    });
    edit("no recovery holder", &|v| {
        v["holders"]
            .as_object_mut()
            .unwrap()
            .remove("recovery_code");
    });
    edit("passphrase protection without holder", &|v| {
        v["holders"].as_object_mut().unwrap().remove("passphrase");
    });
    edit("bad base64", &|v| {
        v["holders"]["passphrase"]["wrapped"] = "!!!".into()
    });
    edit("short wrap", &|v| {
        v["holders"]["passphrase"]["wrapped"] = "AAAA".into()
    });
    edit("bad vault id", &|v| v["vault_id"] = "xyz".into());
    edit("foreign kdf", &|v| {
        v["holders"]["passphrase"]["kdf"]["algorithm"] = "pbkdf2".into()
    });
    edit("absurd memory", &|v| {
        v["holders"]["passphrase"]["kdf"]["memory_kib"] = 4_000_000_000u64.into()
    });
    edit("unknown protection", &|v| {
        v["protection"] = "telepathy".into()
    });

    for (name, bytes) in cases {
        std::fs::write(dir.vault_path(), &bytes).unwrap();
        // Key-derivation settings Eyelevel never writes are tampering, not mere damage.
        let expected = if name.contains("kdf") || name.contains("memory") {
            ErrorCode::VaultTampered
        } else {
            ErrorCode::VaultCorrupt
        };
        let err = session::status(&dir, &keyring, false).unwrap_err();
        assert_eq!(err.code(), expected, "status: {name}");
        let err =
            session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap_err();
        assert_eq!(err.code(), expected, "unlock: {name}");
        assert_eq!(
            std::fs::read(dir.vault_path()).unwrap(),
            bytes,
            "read only: {name}"
        );
    }
}

#[test]
fn newer_format_is_vault_too_new() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    s.close().unwrap();
    let mut v = vault_json(&dir);
    v["version"] = 2.into();
    v["holders"] = Value::String("something new".into());
    write_json(&dir, &v);
    let keyring = MemoryKeyring::new();
    let err = session::status(&dir, &keyring, false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::VaultTooNew);
    let err = session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::VaultTooNew);
    assert!(err.to_string().contains("update Eyelevel"));
}

#[test]
fn tampering_fails_authentication() {
    let (_tmp, dir) = data_dir();
    let (s, code) = passphrase_setup(&dir);
    s.close().unwrap();
    let good = vault_json(&dir);
    let keyring = MemoryKeyring::new();

    // another vault id: the associated data no longer matches any wrap
    let mut v = good.clone();
    v["vault_id"] = "00112233445566778899aabbccddeeff".into();
    write_json(&dir, &v);
    let e = session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::WrongPassphrase);
    let e = session::unlock(&dir, &keyring, &with_code(&code.formatted()), clock()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::WrongRecoveryCode);

    // the recovery wrap moved into the passphrase slot
    let mut v = good.clone();
    v["holders"]["passphrase"] = v["holders"]["recovery_code"].clone();
    write_json(&dir, &v);
    let e =
        session::unlock(&dir, &keyring, &with_passphrase(&code.formatted()), clock()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::WrongPassphrase);

    write_json(&dir, &good);
    session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap();
}

#[test]
fn unlock_without_vault_is_vault_missing() {
    let (_tmp, dir) = data_dir();
    std::fs::create_dir_all(dir.root()).unwrap();
    let err = session::unlock(
        &dir,
        &MemoryKeyring::new(),
        &UnlockRequest::Keyring,
        clock(),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::VaultMissing);
    assert!(file_names(dir.root()).is_empty());
}

/// A vault.json claiming 4 GiB and 32 passes would keep Argon2id busy for minutes (or fail to
/// allocate) and then say "wrong passphrase". It is refused at once, as tampered.
#[test]
fn tampered_kdf_parameters_are_refused_at_once() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    s.close().unwrap();
    let mut v = vault_json(&dir);
    v["holders"]["passphrase"]["kdf"]["memory_kib"] = (4u64 * 1024 * 1024).into();
    v["holders"]["passphrase"]["kdf"]["iterations"] = 32.into();
    std::fs::write(dir.vault_path(), serde_json::to_vec(&v).unwrap()).unwrap();
    let before = snapshot(dir.root());
    let started = std::time::Instant::now();
    let err = session::unlock(
        &dir,
        &MemoryKeyring::new(),
        &with_passphrase(PASSPHRASE),
        clock(),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::VaultTampered);
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    assert_eq!(snapshot(dir.root()), before, "nothing changed");
}

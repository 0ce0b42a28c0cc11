//! Setup and unlock through every holder, on real files and a real SQLCipher database.

mod common;

use common::*;
use eyelevel_core::session::{self, AppPhase, SetupRequest, UnlockRequest};
use eyelevel_core::settings::{SettingsPatch, Theme};
use eyelevel_core::vault::KeySource;
use eyelevel_core::vault::Protection;
use eyelevel_core::vault::{MemoryKeyring, RecoveryCode, SecretStore};
use eyelevel_core::ErrorCode;

#[test]
fn keyring_round_trip() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let st = session::status(&dir, &keyring, false).unwrap();
    assert_eq!(st.phase, AppPhase::Setup);
    assert_eq!(st.protection, None);
    assert!(st.keyring_available);

    let (s, _code) = keyring_setup(&dir, &keyring);
    assert_eq!(s.key_source(), KeySource::Keyring);
    let account = s.vault().keyring_account();
    assert!(account.starts_with("vault-"));
    assert_eq!(keyring.accounts(), std::slice::from_ref(&account));
    s.update_settings(&SettingsPatch {
        theme: Some(Theme::Dark),
        ..Default::default()
    })
    .unwrap();
    s.close().unwrap();

    let st = session::status(&dir, &keyring, false).unwrap();
    assert_eq!(st.phase, AppPhase::Locked);
    assert_eq!(st.protection, Some(Protection::Keyring));
    assert!(!st.has_passphrase);
    assert_eq!(st.data_dir, dir.root().display().to_string());

    let s = session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap();
    assert_eq!(s.settings().unwrap().theme, Theme::Dark);
    assert_eq!(s.status(true).phase, AppPhase::Unlocked);
    assert!(!s.keyring_restored());
}

#[test]
fn passphrase_round_trip() {
    let (_tmp, dir) = data_dir();
    let (s, _code) = passphrase_setup(&dir);
    assert_eq!(s.key_source(), KeySource::Passphrase);
    s.close().unwrap();
    let keyring = MemoryKeyring::new();
    let st = session::status(&dir, &keyring, false).unwrap();
    assert_eq!(st.protection, Some(Protection::Passphrase));
    assert!(st.has_passphrase);
    let s = session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap();
    assert_eq!(s.key_source(), KeySource::Passphrase);
    assert!(
        keyring.accounts().is_empty(),
        "passphrase vaults use no keyring"
    );
    // keyring unlock of a passphrase vault is refused
    drop(s);
    let err = session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
}

#[test]
fn recovery_code_round_trip_and_tolerant_input() {
    let (_tmp, dir) = data_dir();
    let (s, code) = passphrase_setup(&dir);
    s.close().unwrap();
    let sloppy = code.formatted().to_lowercase().replace('-', " ");
    let s = session::unlock(&dir, &MemoryKeyring::new(), &with_code(&sloppy), clock()).unwrap();
    assert_eq!(s.key_source(), KeySource::RecoveryCode);
}

#[test]
fn wrong_passphrase_and_code_touch_nothing() {
    let (_tmp, dir) = data_dir();
    let (s, code) = passphrase_setup(&dir);
    s.close().unwrap();
    let before = snapshot(dir.root());
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        ["eyelevel.db", "vault.json"]
    );
    let keyring = MemoryKeyring::new();
    let wrong = [
        (
            with_passphrase("not the passphrase"),
            ErrorCode::WrongPassphrase,
        ),
        (with_passphrase("short"), ErrorCode::WrongPassphrase),
        (
            with_code(&RecoveryCode::generate().formatted()),
            ErrorCode::WrongRecoveryCode,
        ),
        (with_code("K7QX-M2PD"), ErrorCode::InvalidRecoveryCode),
        (
            with_code(&code.formatted().replace('-', "").replacen(|_| true, "0", 1)),
            ErrorCode::InvalidRecoveryCode,
        ),
    ];
    for (req, expected) in &wrong {
        let err = session::unlock(&dir, &keyring, req, clock()).unwrap_err();
        assert_eq!(err.code(), *expected, "{req:?}");
        assert_eq!(snapshot(dir.root()), before, "files changed after {req:?}");
    }
}

#[test]
fn malformed_code_is_reported_before_any_work() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    s.close().unwrap();
    let err = session::unlock(
        &dir,
        &MemoryKeyring::new(),
        &with_code("IIII-OOOO"),
        clock(),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidRecoveryCode);
    assert!(!err.to_string().contains("IIII"));
}

#[test]
fn passphrase_unlock_without_passphrase_holder() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let (s, _) = keyring_setup(&dir, &keyring);
    s.close().unwrap();
    let err = session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NoPassphraseSet);
}

#[test]
fn keyring_entry_missing_then_recovery_code_restores_it() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let (s, code) = keyring_setup(&dir, &keyring);
    let account = s.vault().keyring_account();
    s.close().unwrap();

    keyring.clear(); // "my keychain was reset"
    let before = snapshot(dir.root());
    let err = session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringEntryMissing);
    assert_eq!(snapshot(dir.root()), before);

    let s = session::unlock(&dir, &keyring, &with_code(&code.formatted()), clock()).unwrap();
    assert!(s.keyring_restored());
    assert!(keyring.contains(&account));
    s.close().unwrap();

    let s = session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap();
    assert_eq!(s.key_source(), KeySource::Keyring);
    s.close().unwrap();
    // the recovery code still works after the re-wrap
    let s = session::unlock(&dir, &keyring, &with_code(&code.formatted()), clock()).unwrap();
    assert!(
        !s.keyring_restored(),
        "nothing to restore when the entry works"
    );
}

#[test]
fn stale_keyring_entry_counts_as_missing() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let (s, code) = keyring_setup(&dir, &keyring);
    let account = s.vault().keyring_account();
    s.close().unwrap();
    keyring.set(&account, &[b'a'; 64]).unwrap(); // valid hex, wrong KEK
    let err = session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringEntryMissing);
    keyring.set(&account, b"garbage").unwrap();
    let err = session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringEntryMissing);
    let s = session::unlock(&dir, &keyring, &with_code(&code.formatted()), clock()).unwrap();
    assert!(s.keyring_restored());
    s.close().unwrap();
    session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap();
}

#[test]
fn recovery_with_unavailable_keyring_leaves_vault_as_is() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let (s, code) = keyring_setup(&dir, &keyring);
    s.close().unwrap();
    keyring.set_available(false);
    let vault_before = std::fs::read(dir.vault_path()).unwrap();
    let err = session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringUnavailable);
    let s = session::unlock(&dir, &keyring, &with_code(&code.formatted()), clock()).unwrap();
    assert!(!s.keyring_restored());
    assert_eq!(std::fs::read(dir.vault_path()).unwrap(), vault_before);
    let st = session::status(&dir, &keyring, true).unwrap();
    assert!(!st.keyring_available);
    assert_eq!(st.phase, AppPhase::Unlocked);
}

#[test]
fn keyring_unavailable_at_setup_leaves_no_files() {
    let (tmp, dir) = data_dir();
    let keyring = MemoryKeyring::unavailable();
    let req = SetupRequest {
        protection: Protection::Keyring,
        passphrase: None,
    };
    let err = session::setup(&dir, &keyring, &req, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringUnavailable);
    assert!(!dir.root().exists(), "the data folder it created is gone");
    assert!(file_names(tmp.path()).is_empty());

    // an existing, empty folder stays, and stays empty
    std::fs::create_dir_all(dir.root()).unwrap();
    let err = session::setup(&dir, &keyring, &req, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringUnavailable);
    assert!(file_names(dir.root()).is_empty());
    assert_eq!(
        session::status(&dir, &keyring, false).unwrap().phase,
        AppPhase::Setup
    );
}

#[test]
fn setup_validates_the_request_first() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let cases = [
        (Protection::Passphrase, None, ErrorCode::InvalidInput),
        (
            Protection::Passphrase,
            Some("short"),
            ErrorCode::PassphraseTooShort,
        ),
        (
            Protection::Keyring,
            Some("1234567"),
            ErrorCode::PassphraseTooShort,
        ),
    ];
    for (protection, passphrase, code) in cases {
        let req = SetupRequest {
            protection,
            passphrase: passphrase.map(String::from),
        };
        let err = session::setup(&dir, &keyring, &req, clock()).unwrap_err();
        assert_eq!(err.code(), code);
        assert!(!dir.root().exists());
    }
    assert!(keyring.accounts().is_empty());
}

#[test]
fn keyring_vault_with_extra_passphrase() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let req = SetupRequest {
        protection: Protection::Keyring,
        passphrase: Some(PASSPHRASE.into()),
    };
    let (s, _) = session::setup(&dir, &keyring, &req, clock()).unwrap();
    s.close().unwrap();
    let st = session::status(&dir, &keyring, false).unwrap();
    assert_eq!(st.protection, Some(Protection::Keyring));
    assert!(st.has_passphrase);
    session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap();
}

#[test]
fn setup_refuses_existing_data() {
    let keyring = MemoryKeyring::new();
    let req = SetupRequest {
        protection: Protection::Passphrase,
        passphrase: Some(PASSPHRASE.into()),
    };
    for existing in ["eyelevel.db", "vault.json", "eyelevel.db-wal"] {
        let (_tmp, dir) = data_dir();
        std::fs::create_dir_all(dir.root()).unwrap();
        std::fs::write(dir.root().join(existing), b"precious").unwrap();
        let before = snapshot(dir.root());
        let err = session::setup(&dir, &keyring, &req, clock()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::VaultExists, "{existing}");
        assert_eq!(snapshot(dir.root()), before);
    }
    // a complete vault too
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    s.close().unwrap();
    let before = snapshot(dir.root());
    let err = session::setup(&dir, &keyring, &req, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::VaultExists);
    assert_eq!(snapshot(dir.root()), before);
}

#[test]
fn database_without_vault_is_never_set_up_over() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    s.close().unwrap();
    std::fs::remove_file(dir.vault_path()).unwrap();
    let keyring = MemoryKeyring::new();
    let err = session::status(&dir, &keyring, false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::VaultMissing);
    let err = session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::VaultMissing);
}

#[test]
fn missing_database_is_reported_and_not_recreated() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    s.close().unwrap();
    std::fs::remove_file(dir.db_path()).unwrap();
    let err = session::unlock(
        &dir,
        &MemoryKeyring::new(),
        &with_passphrase(PASSPHRASE),
        clock(),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::DatabaseMissing);
    assert_eq!(file_names(dir.root()), ["vault.json"]);
}

#[test]
fn memory_keyring_is_a_secret_store() {
    fn takes(_: &dyn SecretStore) {}
    takes(&MemoryKeyring::new());
}

//! What an open session does: passphrase changes, recovery codes, settings, security info,
//! doctor.

mod common;

use common::*;
use eyelevel_core::i18n::Language;
use eyelevel_core::session;
use eyelevel_core::settings::{SettingsPatch, Theme};
use eyelevel_core::vault::KeySource;
use eyelevel_core::vault::MemoryKeyring;
use eyelevel_core::vault::Protection;
use eyelevel_core::ErrorCode;

#[test]
fn change_passphrase_rewraps_only() {
    let (_tmp, dir) = data_dir();
    let (s, code) = passphrase_setup(&dir);
    s.close().unwrap();
    let keyring = MemoryKeyring::new();
    let mut s = session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap();
    let db_before = std::fs::read(dir.db_path()).unwrap();
    let vault_before = std::fs::read(dir.vault_path()).unwrap();

    let e = s
        .change_passphrase(Some("wrong current"), "new passphrase")
        .unwrap_err();
    assert_eq!(e.code(), ErrorCode::WrongPassphrase);
    let e = s.change_passphrase(None, "new passphrase").unwrap_err();
    assert_eq!(e.code(), ErrorCode::InvalidInput);
    let e = s.change_passphrase(Some(PASSPHRASE), "short").unwrap_err();
    assert_eq!(e.code(), ErrorCode::PassphraseTooShort);
    assert_eq!(std::fs::read(dir.vault_path()).unwrap(), vault_before);

    let info = s
        .change_passphrase(Some(PASSPHRASE), "new passphrase")
        .unwrap();
    assert!(info.has_passphrase);
    assert_eq!(info.protection, Protection::Passphrase);
    assert_eq!(
        std::fs::read(dir.db_path()).unwrap(),
        db_before,
        "db not re-encrypted"
    );
    assert_ne!(std::fs::read(dir.vault_path()).unwrap(), vault_before);
    s.close().unwrap();

    let e = session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::WrongPassphrase);
    session::unlock(&dir, &keyring, &with_passphrase("new passphrase"), clock())
        .unwrap()
        .close()
        .unwrap();
    session::unlock(&dir, &keyring, &with_code(&code.formatted()), clock()).unwrap();
}

#[test]
fn change_passphrase_adds_a_holder_to_a_keyring_vault() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let (mut s, _) = keyring_setup(&dir, &keyring);
    let info = s.change_passphrase(None, "added passphrase").unwrap();
    assert!(info.has_passphrase);
    assert_eq!(info.protection, Protection::Keyring);
    s.close().unwrap();
    keyring.clear();
    session::unlock(
        &dir,
        &keyring,
        &with_passphrase("added passphrase"),
        clock(),
    )
    .unwrap();
}

#[test]
fn a_recovery_code_session_sets_a_forgotten_passphrase_anew() {
    let (_tmp, dir) = data_dir();
    let (s, code) = passphrase_setup(&dir);
    s.close().unwrap();
    let keyring = MemoryKeyring::new();

    // Opened with the passphrase, the current one is still required.
    let mut s = session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap();
    assert_eq!(
        s.security_info().unwrap().unlocked_with,
        KeySource::Passphrase
    );
    let e = s
        .change_passphrase(None, "forgotten and replaced")
        .unwrap_err();
    assert_eq!(e.code(), ErrorCode::InvalidInput);
    s.close().unwrap();

    // Opened with the recovery code, it is not: the code proved who is asking.
    let mut s = session::unlock(&dir, &keyring, &with_code(&code.formatted()), clock()).unwrap();
    assert_eq!(
        s.security_info().unwrap().unlocked_with,
        KeySource::RecoveryCode
    );
    s.change_passphrase(None, "forgotten and replaced").unwrap();
    s.close().unwrap();

    let e = session::unlock(&dir, &keyring, &with_passphrase(PASSPHRASE), clock()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::WrongPassphrase);
    session::unlock(
        &dir,
        &keyring,
        &with_passphrase("forgotten and replaced"),
        clock(),
    )
    .unwrap();
}

#[test]
fn new_recovery_code_replaces_the_old_one() {
    let (_tmp, dir) = data_dir();
    let (mut s, old) = passphrase_setup(&dir);
    let confirmed = SettingsPatch {
        recovery_code_confirmed: Some(true),
        ..SettingsPatch::default()
    };
    s.update_settings(&confirmed).unwrap();
    let new = s.new_recovery_code().unwrap();
    assert!(
        !s.settings().unwrap().recovery_code_confirmed,
        "the new code is not confirmed yet"
    );
    assert_ne!(new.formatted(), old.formatted());
    s.close().unwrap();
    let keyring = MemoryKeyring::new();
    let e = session::unlock(&dir, &keyring, &with_code(&old.formatted()), clock()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::WrongRecoveryCode);
    session::unlock(&dir, &keyring, &with_code(&new.formatted()), clock()).unwrap();
}

#[test]
fn settings_persist_and_follow_the_os_by_default() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    let defaults = s.settings().unwrap();
    assert_eq!(defaults.language, None);
    assert_eq!(defaults.theme, Theme::System);
    assert!(!defaults.recovery_code_confirmed);
    let patch: SettingsPatch =
        serde_json::from_str(r#"{"language":"de","recovery_code_confirmed":true}"#).unwrap();
    let after = s.update_settings(&patch).unwrap();
    assert_eq!(after.language, Some(Language::De));
    assert_eq!(after.theme, Theme::System);
    assert!(after.recovery_code_confirmed);
    assert_eq!(
        eyelevel_core::settings::store::updated_at(s.conn(), "language")
            .unwrap()
            .as_deref(),
        Some("2026-11-24T09:00:00.000Z")
    );
    s.close().unwrap();

    let s = session::unlock(
        &dir,
        &MemoryKeyring::new(),
        &with_passphrase(PASSPHRASE),
        clock(),
    )
    .unwrap();
    assert_eq!(s.settings().unwrap(), after);
    let patch: SettingsPatch = serde_json::from_str(r#"{"language":null}"#).unwrap();
    let reset = s.update_settings(&patch).unwrap();
    assert_eq!(reset.language, None);
    assert!(reset.recovery_code_confirmed);
}

#[test]
fn security_info_and_doctor_on_a_fresh_database() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    let info = s.security_info().unwrap();
    assert!(info.cipher.starts_with("SQLCipher 4."), "{}", info.cipher);
    assert_eq!(
        info.schema_version,
        eyelevel_core::store::binary_schema_version()
    );
    assert_eq!(info.kdf, "Argon2id (64 MiB, 3 passes, 1 lane)");
    assert!(info.has_recovery_code);
    assert_eq!(info.database_file, dir.db_path().display().to_string());
    assert_eq!(info.vault_file, dir.vault_path().display().to_string());

    let report = eyelevel_core::doctor::run(&s).unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.integrity_check, ["ok"]);
    assert!(report.cipher_integrity_check.is_empty());
    assert_eq!(report.schema_version, report.binary_schema_version);
    assert_eq!(report.key_source, KeySource::Passphrase);
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["protection"], "passphrase");
}

#[test]
fn status_reports_the_os_language() {
    let (_tmp, dir) = data_dir();
    let st = session::status(&dir, &MemoryKeyring::new(), false).unwrap();
    let expected = sys_locale::get_locale()
        .map(|l| Language::from_locale(&l))
        .unwrap_or(Language::En);
    assert_eq!(st.os_language, expected);
}

//! Setup is all or nothing from the user's view: until the recovery code is confirmed, setup
//! counts as unfinished, and the next start resumes it with a new code instead of leaving a
//! vault whose recovery code nobody saw.

mod common;

use common::*;
use eyelevel_core::session::{self, AppPhase};
use eyelevel_core::settings::SettingsPatch;
use eyelevel_core::vault::MemoryKeyring;
use eyelevel_core::ErrorCode;

fn confirm() -> SettingsPatch {
    SettingsPatch {
        recovery_code_confirmed: Some(true),
        ..SettingsPatch::default()
    }
}

#[test]
fn setup_stopped_before_the_code_was_confirmed_resumes_with_a_new_code() {
    let (_tmp, dir) = data_dir();
    let keyring = MemoryKeyring::new();
    let request = session::SetupRequest {
        protection: eyelevel_core::vault::Protection::Keyring,
        passphrase: None,
    };
    let (s, first_code) = session::setup(&dir, &keyring, &request, clock()).unwrap();
    // The window closed (or the process was killed) before the code was confirmed.
    drop(s);
    let status = session::status(&dir, &keyring, false).unwrap();
    assert_eq!(status.phase, AppPhase::Locked);
    assert!(status.setup_unfinished);

    let mut s = session::unlock(&dir, &keyring, &session::UnlockRequest::Keyring, clock()).unwrap();
    assert!(
        s.status(true).setup_unfinished,
        "the app shows the recovery step first"
    );
    let second_code = s.new_recovery_code().unwrap();
    assert_ne!(second_code.to_string(), first_code.to_string());
    s.update_settings(&confirm()).unwrap();
    assert!(!s.status(true).setup_unfinished);
    drop(s);
    assert!(
        !session::status(&dir, &keyring, false)
            .unwrap()
            .setup_unfinished
    );

    // The code that was never shown opens nothing; the confirmed one opens the vault.
    let unseen = with_code(&first_code.to_string());
    let err = session::unlock(&dir, &keyring, &unseen, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::WrongRecoveryCode);
    let seen = with_code(&second_code.to_string());
    session::unlock(&dir, &keyring, &seen, clock()).unwrap();
}

#[test]
fn a_confirmed_setup_is_finished_for_good() {
    let (_tmp, dir) = data_dir();
    let (s, _) = passphrase_setup(&dir);
    s.update_settings(&confirm()).unwrap();
    s.close().unwrap();
    assert!(!dir.setup_unfinished());
    let status = session::status(&dir, &MemoryKeyring::new(), false).unwrap();
    assert!(!status.setup_unfinished);
}

#[test]
fn a_setup_that_failed_leaves_no_marker() {
    let (_tmp, dir) = data_dir();
    let request = session::SetupRequest {
        protection: eyelevel_core::vault::Protection::Keyring,
        passphrase: None,
    };
    let err = session::setup(&dir, &MemoryKeyring::unavailable(), &request, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringUnavailable);
    assert!(!dir.setup_unfinished());
    assert!(!dir.root().exists(), "nothing of the failed setup stays");
}

//! The real OS keyring, end to end. Opt-in: runs only with EYELEVEL_TEST_OS_KEYRING=1 and a
//! working keyring, e.g. on Linux:
//!
//! ```sh
//! dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets \
//!   && EYELEVEL_TEST_OS_KEYRING=1 cargo test -p eyelevel-core --test os_keyring_live'
//! ```

mod common;

use common::*;
use eyelevel_core::session::{self, SetupRequest, UnlockRequest};
use eyelevel_core::vault::keyring::SERVICE;
use eyelevel_core::vault::Protection;
use eyelevel_core::vault::{OsKeyring, SecretStore};
use eyelevel_core::ErrorCode;

fn enabled() -> bool {
    let on = std::env::var("EYELEVEL_TEST_OS_KEYRING").is_ok_and(|v| v == "1");
    if !on {
        eprintln!("skipped: set EYELEVEL_TEST_OS_KEYRING=1 with a working OS keyring");
    }
    on
}

#[test]
fn os_keyring_round_trip() {
    if !enabled() {
        return;
    }
    let keyring = OsKeyring::new();
    assert!(
        keyring.probe(),
        "the OS keyring should work in this environment"
    );
    let (_tmp, dir) = data_dir();
    let req = SetupRequest {
        protection: Protection::Keyring,
        passphrase: None,
    };
    let (s, code) = session::setup(&dir, &keyring, &req, clock()).unwrap();
    let account = s.vault().keyring_account();
    s.close().unwrap();
    assert!(keyring.get(&account).unwrap().is_some());

    session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock())
        .unwrap()
        .close()
        .unwrap();

    #[cfg(target_os = "linux")]
    {
        // The documented attributes are the ones secret-tool can find and clear.
        let found = std::process::Command::new("secret-tool")
            .args(["lookup", "service", SERVICE, "username", &account])
            .output();
        if let Ok(out) = found {
            assert!(out.status.success(), "secret-tool lookup failed");
            assert_eq!(
                out.stdout.len(),
                64,
                "the KEK is stored as 64 hex characters"
            );
            let cleared = std::process::Command::new("secret-tool")
                .args(["clear", "service", SERVICE, "username", &account])
                .status()
                .unwrap();
            assert!(cleared.success());
            assert!(keyring.get(&account).unwrap().is_none());
        } else {
            keyring.delete(&account).unwrap();
        }
    }
    #[cfg(not(target_os = "linux"))]
    keyring.delete(&account).unwrap();

    let err = session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringEntryMissing);
    let s = session::unlock(&dir, &keyring, &with_code(&code.formatted()), clock()).unwrap();
    assert!(s.keyring_restored());
    s.close().unwrap();
    session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap();
    keyring.delete(&account).unwrap();
    keyring.delete(&account).unwrap(); // idempotent
    assert!(keyring.get(&account).unwrap().is_none());
    let _ = SERVICE;
}

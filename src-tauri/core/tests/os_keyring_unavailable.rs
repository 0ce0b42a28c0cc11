//! The real OS keyring with no reachable Secret Service / D-Bus: fails fast, never panics,
//! and setup leaves nothing behind. (Linux: the session bus address points nowhere.)
//!
//! One test per binary: it changes the process environment.

mod common;

use std::time::{Duration, Instant};

use common::*;
use eyelevel_core::session::{self, SetupRequest, UnlockRequest};
use eyelevel_core::vault::Protection;
use eyelevel_core::vault::{OsKeyring, SecretStore};
use eyelevel_core::ErrorCode;

#[cfg(target_os = "linux")]
#[test]
fn no_secret_service_fails_fast() {
    // SAFETY-free on edition 2021; this binary has a single test, so no other thread reads
    // the environment concurrently.
    std::env::set_var(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/eyelevel-test-bus",
    );
    let keyring = OsKeyring::with_service("org.eyelevel.desktop.test");

    let start = Instant::now();
    assert!(!keyring.probe());
    assert!(
        !keyring.probe(),
        "retries, does not cache the failure as success"
    );
    let err = keyring.get("vault-x").unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringUnavailable);
    let err = keyring.set("vault-x", b"s").unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringUnavailable);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );

    let (tmp, dir) = data_dir();
    let req = SetupRequest {
        protection: Protection::Keyring,
        passphrase: None,
    };
    let err = session::setup(&dir, &keyring, &req, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyringUnavailable);
    assert!(file_names(tmp.path()).is_empty());
    assert!(!dir.root().exists());

    let st = session::status(&dir, &keyring, false).unwrap();
    assert!(!st.keyring_available);

    // a passphrase vault works without any keyring; keyring unlock reports unavailability
    let (s, _) = passphrase_setup(&dir);
    s.close().unwrap();
    let err = session::unlock(&dir, &keyring, &UnlockRequest::Keyring, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
}

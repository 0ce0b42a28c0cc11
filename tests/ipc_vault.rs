//! Setup and unlock through the IPC layer: the commands the first-run and unlock screens use.

mod support;

use std::sync::Arc;

use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::json;
use support::{code, TestApp};

const PASSPHRASE: &str = "correct horse battery";

#[test]
fn fresh_data_dir_asks_for_setup_and_reports_the_keyring() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = TestApp::new(dir.path(), Arc::new(MemoryKeyring::new()));
    let status = app.invoke("app_status", json!({})).expect("status");
    assert_eq!(status["phase"], "setup");
    assert_eq!(status["protection"], serde_json::Value::Null);
    assert_eq!(status["keyring_available"], true);
    assert_eq!(status["data_dir"], dir.path().display().to_string());
}

#[test]
fn keyring_setup_unlocks_and_a_restart_opens_without_a_prompt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keyring = Arc::new(MemoryKeyring::new());
    let first = TestApp::new(dir.path(), keyring.clone());
    let result = first
        .invoke(
            "setup_vault",
            json!({ "request": { "protection": "keyring", "passphrase": null } }),
        )
        .expect("setup");
    let recovery = result["recovery_code"].as_str().expect("code");
    assert_eq!(recovery.split('-').count(), 7, "seven groups: {recovery}");
    assert_eq!(result["status"]["phase"], "unlocked");
    assert_eq!(result["status"]["protection"], "keyring");
    drop(first);

    let second = TestApp::new(dir.path(), keyring);
    assert_eq!(
        second.invoke("app_status", json!({})).expect("status")["phase"],
        "locked"
    );
    let status = second
        .invoke("unlock", json!({ "request": { "method": "keyring" } }))
        .expect("keyring unlock");
    assert_eq!(status["phase"], "unlocked");
    let settings = second.invoke("get_settings", json!({})).expect("settings");
    assert_eq!(settings["theme"], "system");
}

#[test]
fn passphrase_unlock_rejects_a_wrong_passphrase_then_opens() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keyring = Arc::new(MemoryKeyring::new());
    let first = TestApp::new(dir.path(), keyring.clone());
    first
        .invoke(
            "setup_vault",
            json!({ "request": { "protection": "passphrase", "passphrase": PASSPHRASE } }),
        )
        .expect("setup");
    drop(first);

    let second = TestApp::new(dir.path(), keyring);
    let wrong = second
        .invoke(
            "unlock",
            json!({ "request": { "method": "passphrase", "secret": "not it at all" } }),
        )
        .expect_err("wrong passphrase fails");
    assert_eq!(code(&wrong), "wrong_passphrase");
    assert!(wrong["message"]
        .as_str()
        .is_some_and(|m| !m.contains("not it at all")));
    assert_eq!(
        code(
            &second
                .invoke("get_settings", json!({}))
                .expect_err("still locked")
        ),
        "locked"
    );
    let status = second
        .invoke(
            "unlock",
            json!({ "request": { "method": "passphrase", "secret": PASSPHRASE } }),
        )
        .expect("right passphrase");
    assert_eq!(status["phase"], "unlocked");
    assert_eq!(status["protection"], "passphrase");
}

#[test]
fn recovery_code_opens_when_the_keyring_entry_is_gone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keyring = Arc::new(MemoryKeyring::new());
    let first = TestApp::new(dir.path(), keyring.clone());
    let result = first
        .invoke(
            "setup_vault",
            json!({ "request": { "protection": "keyring", "passphrase": null } }),
        )
        .expect("setup");
    let recovery = result["recovery_code"]
        .as_str()
        .expect("code")
        .to_lowercase();
    drop(first);
    keyring.clear();

    let second = TestApp::new(dir.path(), keyring.clone());
    let missing = second
        .invoke("unlock", json!({ "request": { "method": "keyring" } }))
        .expect_err("keyring entry is gone");
    assert_eq!(code(&missing), "keyring_entry_missing");
    let status = second
        .invoke(
            "unlock",
            json!({ "request": { "method": "recovery_code", "secret": recovery } }),
        )
        .expect("recovery code unlock (case-insensitive)");
    assert_eq!(status["phase"], "unlocked");
    drop(second);

    // The key went back into the keyring, so the next start needs no prompt again.
    let third = TestApp::new(dir.path(), keyring);
    third
        .invoke("unlock", json!({ "request": { "method": "keyring" } }))
        .expect("keyring works again after recovery");
}

#[test]
fn setup_refuses_when_a_vault_already_exists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keyring = Arc::new(MemoryKeyring::new());
    let request = json!({ "request": { "protection": "keyring", "passphrase": null } });
    TestApp::new(dir.path(), keyring.clone())
        .invoke("setup_vault", request.clone())
        .expect("first setup");
    let again = TestApp::new(dir.path(), keyring)
        .invoke("setup_vault", request)
        .expect_err("second setup");
    assert_eq!(code(&again), "vault_exists");
}

#[test]
fn keyring_setup_without_a_keyring_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keyring = Arc::new(MemoryKeyring::unavailable());
    let app = TestApp::new(dir.path(), keyring);
    assert_eq!(
        app.invoke("app_status", json!({})).expect("status")["keyring_available"],
        false
    );
    let error = app
        .invoke(
            "setup_vault",
            json!({ "request": { "protection": "keyring", "passphrase": null } }),
        )
        .expect_err("no keyring");
    assert_eq!(code(&error), "keyring_unavailable");
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("read dir").count(),
        0,
        "no files left"
    );
}

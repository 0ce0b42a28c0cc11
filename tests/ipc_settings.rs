//! Settings and security commands through the IPC layer, and the capability's reach.

mod support;

use std::sync::Arc;

use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::{json, Value};
use support::{code, TestApp};

fn unlocked_app(dir: &std::path::Path) -> TestApp {
    let app = TestApp::new(dir, Arc::new(MemoryKeyring::new()));
    app.invoke(
        "setup_vault",
        json!({ "request": { "protection": "passphrase", "passphrase": "first passphrase" } }),
    )
    .expect("setup");
    app
}

#[test]
fn settings_need_an_unlocked_vault() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = TestApp::new(dir.path(), Arc::new(MemoryKeyring::new()));
    for cmd in ["get_settings", "security_info", "new_recovery_code"] {
        let error = app.invoke(cmd, json!({})).expect_err(cmd);
        assert_eq!(code(&error), "locked", "{cmd}");
    }
}

#[test]
fn settings_patch_changes_only_what_it_names_and_persists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = unlocked_app(dir.path());
    let defaults = app.invoke("get_settings", json!({})).expect("settings");
    assert_eq!(defaults["language"], Value::Null);
    assert_eq!(defaults["recovery_code_confirmed"], false);

    let changed = app
        .invoke(
            "update_settings",
            json!({ "patch": { "language": "de", "theme": "dark" } }),
        )
        .expect("update");
    assert_eq!(changed["language"], "de");
    assert_eq!(changed["theme"], "dark");

    let confirmed = app
        .invoke(
            "update_settings",
            json!({ "patch": { "recovery_code_confirmed": true } }),
        )
        .expect("confirm");
    assert_eq!(confirmed["language"], "de", "absent field stays");
    assert_eq!(confirmed["recovery_code_confirmed"], true);

    let follow_os = app
        .invoke("update_settings", json!({ "patch": { "language": null } }))
        .expect("follow the OS");
    assert_eq!(follow_os["language"], Value::Null);
    assert_eq!(follow_os["theme"], "dark");

    let invalid = app
        .invoke("update_settings", json!({ "patch": { "theme": "neon" } }))
        .expect_err("unknown theme");
    assert!(invalid.to_string().contains("neon") || code(&invalid) == "invalid_input");
}

#[test]
fn security_info_describes_the_vault() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = unlocked_app(dir.path());
    let info = app.invoke("security_info", json!({})).expect("info");
    assert_eq!(info["protection"], "passphrase");
    assert_eq!(info["has_recovery_code"], true);
    assert_eq!(
        info["schema_version"],
        eyelevel_core::store::binary_schema_version()
    );
    assert!(
        info["cipher"]
            .as_str()
            .is_some_and(|c| c.contains("SQLCipher")),
        "{info}"
    );
    assert!(
        info["kdf"].as_str().is_some_and(|k| k.contains("Argon2id")),
        "{info}"
    );
}

#[test]
fn change_passphrase_requires_the_current_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = unlocked_app(dir.path());
    let wrong = app
        .invoke(
            "change_passphrase",
            json!({ "request": { "current": "nope nope nope", "new_passphrase": "second passphrase" } }),
        )
        .expect_err("wrong current");
    assert_eq!(code(&wrong), "wrong_passphrase");
    let short = app
        .invoke(
            "change_passphrase",
            json!({ "request": { "current": "first passphrase", "new_passphrase": "short" } }),
        )
        .expect_err("too short");
    assert_eq!(code(&short), "passphrase_too_short");
    app.invoke(
        "change_passphrase",
        json!({ "request": { "current": "first passphrase", "new_passphrase": "second passphrase" } }),
    )
    .expect("change");
    drop(app);

    let reopened = TestApp::new(dir.path(), Arc::new(MemoryKeyring::new()));
    let old = reopened
        .invoke(
            "unlock",
            json!({ "request": { "method": "passphrase", "secret": "first passphrase" } }),
        )
        .expect_err("old passphrase no longer works");
    assert_eq!(code(&old), "wrong_passphrase");
    reopened
        .invoke(
            "unlock",
            json!({ "request": { "method": "passphrase", "secret": "second passphrase" } }),
        )
        .expect("new passphrase works");
}

#[test]
fn a_new_recovery_code_replaces_the_old_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keyring = Arc::new(MemoryKeyring::new());
    let app = TestApp::new(dir.path(), keyring.clone());
    let old = app
        .invoke(
            "setup_vault",
            json!({ "request": { "protection": "keyring", "passphrase": null } }),
        )
        .expect("setup")["recovery_code"]
        .as_str()
        .expect("code")
        .to_string();
    let new = app
        .invoke("new_recovery_code", json!({}))
        .expect("new code");
    let new = new.as_str().expect("code string").to_string();
    assert_ne!(old, new);
    drop(app);
    keyring.clear();

    let reopened = TestApp::new(dir.path(), keyring);
    let stale = reopened
        .invoke(
            "unlock",
            json!({ "request": { "method": "recovery_code", "secret": old } }),
        )
        .expect_err("old code revoked");
    assert_eq!(code(&stale), "wrong_recovery_code");
    reopened
        .invoke(
            "unlock",
            json!({ "request": { "method": "recovery_code", "secret": new } }),
        )
        .expect("new code works");
}

#[test]
fn commands_are_refused_from_a_foreign_origin() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = TestApp::new(dir.path(), Arc::new(MemoryKeyring::new()));
    let refused = app.invoke_from("app_status", json!({}), "https://example.com");
    assert!(
        refused.is_err(),
        "remote origins get no access: {refused:?}"
    );
}

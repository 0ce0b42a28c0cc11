//! "Start at login" through the IPC layer, against a throwaway HOME: on Linux it writes (and
//! removes) an autostart entry that launches Eyelevel in the tray.

mod support;

use std::sync::Arc;

use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::json;
use support::TestApp;

// One test in this binary: it points HOME elsewhere for the whole process.
#[cfg(target_os = "linux")]
#[test]
fn start_at_login_writes_and_removes_an_autostart_entry() {
    let home = tempfile::tempdir().expect("home");
    std::env::set_var("HOME", home.path());
    std::env::remove_var("XDG_CONFIG_HOME");
    let data = tempfile::tempdir().expect("data");
    let app = TestApp::new(data.path(), Arc::new(MemoryKeyring::new()));
    let autostart = home.path().join(".config/autostart");

    let status = app.invoke("reminder_status", json!({})).expect("status");
    assert_eq!(status["autostart"], false);

    let status = app
        .invoke("set_autostart", json!({ "enabled": true }))
        .expect("enable");
    assert_eq!(status["autostart"], true);
    let entries: Vec<_> = std::fs::read_dir(&autostart)
        .expect("autostart folder")
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    let desktop = std::fs::read_to_string(&entries[0]).unwrap();
    assert!(desktop.contains("--background"), "{desktop}");

    let status = app
        .invoke("set_autostart", json!({ "enabled": false }))
        .expect("disable");
    assert_eq!(status["autostart"], false);
    assert_eq!(std::fs::read_dir(&autostart).unwrap().count(), 0);
}

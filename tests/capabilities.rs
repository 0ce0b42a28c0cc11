//! The capability in tauri.conf.json grants exactly the app's own commands and the one
//! plugin permission the UI uses — nothing broader slips in unnoticed.

use std::sync::Arc;

use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::Value;

mod support;

#[path = "../src-tauri/commands/names.rs"]
mod names;

fn config() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tauri.conf.json"))
        .expect("tauri.conf.json");
    serde_json::from_str(&text).expect("valid JSON")
}

#[test]
fn the_main_window_capability_grants_our_commands_and_few_plugin_permissions() {
    let config = config();
    let capabilities = config["app"]["security"]["capabilities"]
        .as_array()
        .expect("inline capabilities");
    assert_eq!(capabilities.len(), 1);
    assert_eq!(capabilities[0]["windows"], serde_json::json!(["main"]));
    let granted: Vec<&str> = capabilities[0]["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        granted,
        [
            // Every command of names.rs (the set is generated from it by build.rs).
            "app-commands",
            // The UI flushes unsaved notes in its close-requested handler, then destroys the
            // window.
            "core:window:allow-destroy",
            "core:event:allow-listen",
            "core:event:allow-unlisten",
            "clipboard-manager:allow-write-text",
        ]
    );
}

#[test]
fn every_command_is_allowed_and_nothing_else() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = support::TestApp::new(dir.path(), Arc::new(MemoryKeyring::new()));
    assert!(names::ALL.len() > 90, "the list comes from the one macro");
    for name in names::ALL {
        // No arguments: a command may fail on them, but never on the permission check.
        if let Err(error) = app.invoke(name, serde_json::json!({})) {
            let text = error.to_string();
            assert!(!text.contains("not allowed"), "{name}: {text}");
        }
    }
    let denied = app
        .invoke("not_a_command", serde_json::json!({}))
        .expect_err("unknown commands are refused");
    assert!(denied.to_string().contains("not allowed"), "{denied}");
}

#[test]
fn the_csp_is_strict() {
    let config = config();
    let csp = config["app"]["security"]["csp"]
        .as_object()
        .expect("csp as directives");
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["connect-src"], "ipc: http://ipc.localhost");
    assert_eq!(csp["object-src"], "'none'");
    let sources = csp
        .values()
        .filter_map(Value::as_str)
        .flat_map(str::split_whitespace);
    for source in sources {
        let allowed = matches!(
            source,
            "'self'" | "'none'" | "data:" | "ipc:" | "http://ipc.localhost"
        );
        assert!(
            allowed,
            "unexpected CSP source {source}: no remote origins, no unsafe-*"
        );
    }
}

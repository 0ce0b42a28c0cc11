//! The capability in tauri.conf.json grants exactly the app's own commands and the one
//! plugin permission the UI uses — nothing broader slips in unnoticed.

use serde_json::Value;

#[path = "../src-tauri/commands/names.rs"]
mod names;

fn config() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tauri.conf.json"))
        .expect("tauri.conf.json");
    serde_json::from_str(&text).expect("valid JSON")
}

#[test]
fn the_main_window_capability_lists_exactly_our_commands() {
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
    let mut expected: Vec<String> = names::ALL
        .iter()
        .map(|name| format!("allow-{}", name.replace('_', "-")))
        .collect();
    // The UI flushes unsaved notes in its close-requested handler, then destroys the window.
    expected.push("core:window:allow-destroy".into());
    expected.push("core:event:allow-listen".into());
    expected.push("core:event:allow-unlisten".into());
    expected.push("clipboard-manager:allow-write-text".into());
    expected.push("dialog:allow-save".into());
    expected.push("dialog:allow-open".into());
    assert_eq!(granted, expected);
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

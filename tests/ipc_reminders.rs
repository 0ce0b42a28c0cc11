//! Reminder settings, per-tandem rules, the inbox and the delivery status through the IPC
//! layer. (The loop itself is tested in reminders_loop.rs.)

mod support;

use std::sync::Arc;

use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::{json, Value};
use support::{code, TestApp};

fn unlocked_app(dir: &std::path::Path) -> (TestApp, Value) {
    let app = TestApp::new(dir, Arc::new(MemoryKeyring::new()));
    app.invoke(
        "setup_vault",
        json!({ "request": { "protection": "keyring", "passphrase": null } }),
    )
    .expect("setup");
    let tandem = app
        .invoke(
            "create_tandem",
            json!({ "input": {
                "title": "Digitale Führung", "my_role": "mentor",
                "partner_name": "Jürgen Weber", "partner_contact": null, "program": null,
                "start_date": "2026-01-05", "planned_end_date": null,
                "cadence": { "every": 2, "unit": "week", "minutes": 60 }, "focus_topic_ids": []
            } }),
        )
        .expect("tandem");
    (app, tandem)
}

#[test]
fn reminder_commands_need_an_unlocked_vault() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = TestApp::new(dir.path(), Arc::new(MemoryKeyring::new()));
    for cmd in [
        "reminder_settings",
        "reminder_inbox",
        "send_test_notification",
    ] {
        let error = app.invoke(cmd, json!({})).expect_err(cmd);
        assert_eq!(code(&error), "locked", "{cmd}");
    }
    // The status needs no vault: Settings can say why notifications fail before unlock.
    let status = app.invoke("reminder_status", json!({})).expect("status");
    assert_eq!(status["notifications"], "unknown");
}

#[test]
fn settings_default_to_discreet_with_quiet_hours_and_reject_impossible_times() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (app, _) = unlocked_app(dir.path());
    let defaults = app
        .invoke("reminder_settings", json!({}))
        .expect("settings");
    assert_eq!(
        defaults,
        json!({ "show_tandem_title": false,
                "quiet_hours": { "start": "20:00", "end": "08:00" },
                "keep_running_in_tray": false })
    );
    for (start, end) in [("25:00", "08:00"), ("20:00", "8am"), ("22:00", "22:00")] {
        let error = app
            .invoke(
                "update_reminder_settings",
                json!({ "patch": { "quiet_hours": { "start": start, "end": end } } }),
            )
            .expect_err(start);
        assert_eq!(code(&error), "invalid_time", "{start}–{end}");
    }
    assert_eq!(
        app.invoke("reminder_settings", json!({})).unwrap(),
        defaults
    );

    let changed = app
        .invoke(
            "update_reminder_settings",
            json!({ "patch": { "quiet_hours": null, "keep_running_in_tray": true } }),
        )
        .expect("update");
    assert_eq!(changed["quiet_hours"], Value::Null);
    assert_eq!(changed["keep_running_in_tray"], true);
    assert_eq!(changed["show_tandem_title"], false);
    assert_eq!(app.invoke("reminder_settings", json!({})).unwrap(), changed);
}

#[test]
fn every_kind_has_a_rule_per_tandem_that_can_be_changed_within_bounds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (app, tandem) = unlocked_app(dir.path());
    let rules = app
        .invoke("reminder_rules", json!({ "tandemId": tandem["id"] }))
        .expect("rules");
    let kinds: Vec<&str> = rules
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "meeting_soon",
            "meeting_day_before",
            "prepare_agenda",
            "reflect",
            "action_due",
            "agreement_review",
            "meeting_overdue"
        ]
    );
    assert_eq!(
        rules[0],
        json!({ "kind": "meeting_soon", "enabled": true, "lead_minutes": 30 })
    );
    assert_eq!(rules[3]["lead_minutes"], 120);

    let changed = app
        .invoke(
            "update_reminder_rule",
            json!({ "tandemId": tandem["id"],
                    "rule": { "kind": "reflect", "enabled": false, "lead_minutes": 60 } }),
        )
        .expect("update");
    assert_eq!(
        changed[3],
        json!({ "kind": "reflect", "enabled": false, "lead_minutes": 60 })
    );
    assert_eq!(changed[0], rules[0], "other kinds are untouched");

    let error = app
        .invoke(
            "update_reminder_rule",
            json!({ "tandemId": tandem["id"],
                    "rule": { "kind": "meeting_soon", "enabled": true, "lead_minutes": 43201 } }),
        )
        .expect_err("too far ahead");
    assert_eq!(code(&error), "invalid_input");
    assert_eq!(error["field"], "lead_minutes");
    let error = app
        .invoke("reminder_rules", json!({ "tandemId": 999 }))
        .expect_err("unknown tandem");
    assert_eq!(code(&error), "not_found");
    let after = app
        .invoke("reminder_rules", json!({ "tandemId": tandem["id"] }))
        .unwrap();
    assert_eq!(after, changed, "a refused change changes nothing");
}

#[test]
fn the_inbox_starts_empty_and_refuses_unknown_reminders() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (app, _) = unlocked_app(dir.path());
    let inbox = app.invoke("reminder_inbox", json!({})).expect("inbox");
    assert_eq!(inbox, json!({ "items": [], "unread": 0 }));
    let read = app
        .invoke("mark_reminders_read", json!({ "ids": null }))
        .expect("mark all");
    assert_eq!(read, inbox);
    let error = app
        .invoke("dismiss_reminder", json!({ "id": 42 }))
        .expect_err("unknown");
    assert_eq!(code(&error), "not_found");
    assert_eq!(
        app.invoke("take_open_route", json!({})).unwrap(),
        Value::Null
    );
}

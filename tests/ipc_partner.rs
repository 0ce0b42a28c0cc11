//! Pairing and exchange through the commands, as the UI calls them: two apps (two data
//! directories) on the mock runtime, the system dialogs scripted.

mod support;

use std::path::Path;
use std::sync::Arc;

use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::{json, Value};
use support::{code, TestApp};

fn app(dir: &Path) -> TestApp {
    let app = TestApp::new(dir, Arc::new(MemoryKeyring::new()));
    app.invoke(
        "setup_vault",
        json!({ "request": { "protection": "keyring", "passphrase": null } }),
    )
    .expect("setup");
    app
}

fn set(slot: &std::sync::Mutex<Option<std::path::PathBuf>>, path: &Path) {
    *slot.lock().unwrap() = Some(path.to_path_buf());
}

#[test]
fn two_apps_pair_and_exchange_through_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let alice = app(&dir.path().join("alice"));
    let bob = app(&dir.path().join("bob"));
    let tandem = alice
        .invoke(
            "create_tandem",
            json!({ "input": {
                "title": "Digital leadership", "my_role": "mentee", "partner_name": "Bob",
                "partner_contact": null, "program": null, "start_date": "2026-01-05",
                "planned_end_date": null,
                "cadence": { "every": 2, "unit": "week", "minutes": 60 }, "focus_topic_ids": []
            } }),
        )
        .unwrap();
    let date = (chrono::Local::now().date_naive() + chrono::Days::new(3)).to_string();
    let meeting = alice
        .invoke(
            "plan_meeting",
            json!({ "tandemId": tandem["id"], "input": {
                "date": date, "time": "10:00", "duration_minutes": 60, "place": "Room",
                "video_link": null
            } }),
        )
        .unwrap();

    let status = alice
        .invoke("pairing_status", json!({ "tandemId": tandem["id"] }))
        .unwrap();
    assert_eq!(status["state"], "unpaired");
    let invitation = alice
        .invoke(
            "create_invitation",
            json!({ "tandemId": tandem["id"], "myName": "Alice" }),
        )
        .unwrap();
    let accepted = bob
        .invoke(
            "accept_invitation",
            json!({ "text": invitation["text"], "tandemId": null, "myName": "Bob" }),
        )
        .unwrap();
    assert_eq!(accepted["created"], true);
    let paired = alice
        .invoke("finish_pairing", json!({ "text": accepted["answer"] }))
        .unwrap();
    assert_eq!(paired["state"], "paired");
    assert_eq!(paired["check_code"], accepted["check_code"]);
    let verified = alice
        .invoke(
            "set_pairing_verified",
            json!({ "tandemId": tandem["id"], "verified": true }),
        )
        .unwrap();
    assert_eq!(verified["verified"], true);

    // Both choose the shared folder in the (scripted) folder dialog.
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    for (side, id) in [(&alice, &tandem["id"]), (&bob, &accepted["tandem_id"])] {
        set(&side.dialogs().folder, &shared);
        let status = side
            .invoke("choose_exchange_folder", json!({ "tandemId": id }))
            .unwrap();
        assert_eq!(status["folder"], shared.display().to_string());
    }

    alice
        .invoke(
            "add_agenda_item",
            json!({ "meetingId": meeting["id"], "input": {
                "title": "Podcasts", "topic_id": null, "minutes": 10, "prep_notes": "",
                "links": [], "shared": true
            } }),
        )
        .unwrap();
    alice
        .invoke("exchange_now", json!({ "tandemId": tandem["id"] }))
        .unwrap();
    let report = bob
        .invoke("exchange_now", json!({ "tandemId": accepted["tandem_id"] }))
        .unwrap();
    assert_eq!(report["applied"], 1);
    let labels: Vec<&Value> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["label"])
        .collect();
    assert!(labels.contains(&&json!("Podcasts")), "{labels:?}");

    // By hand: Bob saves a file, Alice imports it.
    let file = dir.path().join("for-alice.eyx");
    set(&bob.dialogs().save, &file);
    let sent = bob
        .invoke(
            "send_exchange_file",
            json!({ "tandemId": accepted["tandem_id"], "fileName": "for-alice.eyx" }),
        )
        .unwrap();
    assert_eq!(sent["path"], file.display().to_string());
    set(&alice.dialogs().open, &file);
    let imported = alice.invoke("import_exchange_file", json!({})).unwrap();
    assert_eq!(imported["applied"], 1);
    let again = alice.invoke("import_exchange_file", json!({})).unwrap();
    assert_eq!(again["applied"], 0, "the same file twice changes nothing");

    // A file that is not one is refused with its code.
    let junk = dir.path().join("junk.eyx");
    std::fs::write(&junk, "hello").unwrap();
    set(&alice.dialogs().open, &junk);
    let err = alice.invoke("import_exchange_file", json!({})).unwrap_err();
    assert_eq!(code(&err), "exchange_file_invalid");
}

#[test]
fn pairing_files_and_share_toggles_keep_to_their_rules() {
    let dir = tempfile::tempdir().unwrap();
    let alice = app(&dir.path().join("alice"));
    // Only pairing codes are saved through the pairing dialog.
    set(&alice.dialogs().save, &dir.path().join("x.txt"));
    let err = alice
        .invoke(
            "save_pairing_file",
            json!({ "text": "#!/bin/sh", "fileName": "x.txt" }),
        )
        .unwrap_err();
    assert_eq!(code(&err), "invalid_input");
    assert!(!dir.path().join("x.txt").exists());
    // An answer read from a file the user picks.
    let answer = dir.path().join("answer.txt");
    std::fs::write(&answer, "eyelevel-answer:v1:abc\n").unwrap();
    set(&alice.dialogs().open, &answer);
    let text = alice.invoke("open_pairing_file", json!({})).unwrap();
    assert_eq!(text, "eyelevel-answer:v1:abc\n");
    let err = alice
        .invoke("finish_pairing", json!({ "text": text }))
        .unwrap_err();
    assert_eq!(code(&err), "invitation_invalid");
    // Not paired: no exchange.
    let err = alice
        .invoke("exchange_now", json!({ "tandemId": 1 }))
        .unwrap_err();
    assert_eq!(code(&err), "not_found");
    let err = alice
        .invoke(
            "set_note_shared",
            json!({ "meetingId": 77, "shared": true }),
        )
        .unwrap_err();
    assert_eq!(code(&err), "not_found");
}

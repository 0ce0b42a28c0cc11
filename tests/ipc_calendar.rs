//! Calendar export, the feed file and invitation import through the IPC layer. The paths come
//! from the (scripted) system dialogs the commands open; tests/ipc_files.rs checks that no
//! other path is ever used.

mod support;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{Days, Local};
use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::{json, Value};
use support::{code, TestApp};

fn app_with_meeting(dir: &Path) -> (TestApp, Value, Value) {
    let app = TestApp::new(dir, Arc::new(MemoryKeyring::new()));
    app.invoke(
        "setup_vault",
        json!({ "request": { "protection": "keyring", "passphrase": null } }),
    )
    .expect("setup");
    app.invoke(
        "update_settings",
        json!({ "patch": { "language": "en", "time_zone": "Europe/Berlin" } }),
    )
    .expect("settings");
    let tandem = app
        .invoke(
            "create_tandem",
            json!({ "input": {
                "title": "Tandem mit Jürgen; Führung, digital", "my_role": "mentor",
                "partner_name": "Jürgen Weber", "partner_contact": null, "program": null,
                "start_date": "2026-01-05", "planned_end_date": null,
                "cadence": { "every": 2, "unit": "week", "minutes": 60 }, "focus_topic_ids": []
            } }),
        )
        .expect("tandem");
    let meeting = plan(&app, &tandem, 7);
    for (title, shared) in [("LinkedIn basics", true), ("Salary worries", false)] {
        app.invoke(
            "add_agenda_item",
            json!({ "meetingId": meeting["id"], "input": {
                "title": title, "topic_id": null, "minutes": 20, "prep_notes": "",
                "links": [], "shared": shared
            } }),
        )
        .expect("agenda item");
    }
    (app, tandem, meeting)
}

fn plan(app: &TestApp, tandem: &Value, days: u64) -> Value {
    app.invoke(
        "plan_meeting",
        json!({ "tandemId": tandem["id"], "input": {
            "date": days_ahead(days), "time": "10:00", "duration_minutes": 60,
            "place": "Café Einstein", "video_link": null
        } }),
    )
    .expect("meeting")
}

fn days_ahead(days: u64) -> String {
    (Local::now().date_naive() + Days::new(days)).to_string()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("file written")
}

#[test]
fn export_writes_shared_items_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (app, tandem, meeting) = app_with_meeting(dir.path());
    let out = dir.path().join("one.ics");
    *app.dialogs().save.lock().unwrap() = Some(out.clone());
    let request = json!({ "scope": { "kind": "meeting", "meeting_id": meeting["id"] } });
    let summary = app
        .invoke(
            "export_calendar",
            json!({ "request": request, "fileName": "meeting.ics" }),
        )
        .expect("export");
    assert_eq!(summary["path"], json!(out));
    assert_eq!(
        app.dialogs().titles.lock().unwrap().as_slice(),
        ["Save meetings as a calendar file"]
    );
    assert_eq!(summary["events"], 1);
    assert_eq!(summary["cancelled"], 0);
    let text = read(&out);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("UID:{}", meeting["uid"].as_str().unwrap())));
    assert!(unfolded.contains("LinkedIn basics"));
    assert!(
        !unfolded.contains("Salary worries"),
        "a private item left the vault"
    );
    assert!(unfolded.contains("SUMMARY:Tandem mit Jürgen\\; Führung\\, digital"));

    // An empty selection is refused and writes nothing.
    let nothing = dir.path().join("none.ics");
    *app.dialogs().save.lock().unwrap() = Some(nothing.clone());
    let empty = json!({ "scope": { "kind": "tandem", "tandem_id": tandem["id"] },
                        "from": days_ahead(400), "to": null });
    let err = app
        .invoke(
            "export_calendar",
            json!({ "request": empty, "fileName": "none.ics" }),
        )
        .unwrap_err();
    assert_eq!(code(&err), "nothing_to_export");
    assert!(!nothing.exists());

    // The user cancels the dialog: nothing is written, and that is not an error.
    *app.dialogs().save.lock().unwrap() = None;
    let cancelled = app
        .invoke(
            "export_calendar",
            json!({ "request": request, "fileName": "meeting.ics" }),
        )
        .expect("cancel is fine");
    assert_eq!(cancelled, Value::Null);
}

#[test]
fn the_feed_follows_every_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (app, tandem, meeting) = app_with_meeting(dir.path());
    let folder = tempfile::tempdir().expect("feed folder");
    *app.dialogs().folder.lock().unwrap() = Some(folder.path().to_path_buf());
    let settings = app
        .invoke("choose_feed_folder", json!({}))
        .expect("feed on");
    assert_eq!(settings["feed_folder"], json!(folder.path()));
    let status = app.invoke("feed_status", json!({})).expect("status");
    assert_eq!(status["error"], Value::Null);
    assert_eq!(status["events"], 1);
    let file = folder.path().join("eyelevel.ics");
    assert_eq!(status["path"], json!(file));
    assert!(read(&file).contains(meeting["uid"].as_str().unwrap()));

    // A new meeting reaches the file without anyone asking for it.
    let later = plan(&app, &tandem, 14);
    let uid = later["uid"].as_str().unwrap().to_string();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !read(&file).contains(&uid) {
        assert!(
            Instant::now() < deadline,
            "the feed never picked up the new meeting"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let leftovers: Vec<_> = std::fs::read_dir(folder.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "only the feed file, no temporary files");

    // The folder disappears: the failure is reported, nothing crashes.
    let gone = folder.path().to_path_buf();
    drop(folder);
    assert!(!gone.exists());
    let status = app.invoke("write_feed_now", json!({})).expect("status");
    assert_eq!(status["error"]["code"], "feed_folder_invalid");
    assert_eq!(
        app.invoke("feed_status", json!({})).unwrap()["error"]["code"],
        "feed_folder_invalid"
    );
}

#[test]
fn an_invitation_imports_once_and_junk_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (app, tandem, _) = app_with_meeting(dir.path());
    let day = (Local::now().date_naive() + Days::new(10)).format("%Y%m%d");
    let invite = dir.path().join("invite.ics");
    std::fs::write(
        &invite,
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Invite//EN\r\nMETHOD:REQUEST\r\n\
             BEGIN:VEVENT\r\nUID:invite-1@example.org\r\nSEQUENCE:0\r\nDTSTAMP:20261101T080000Z\r\n\
             DTSTART;TZID=Europe/Berlin:{day}T150000\r\nDTEND;TZID=Europe/Berlin:{day}T160000\r\n\
             SUMMARY:Reverse Mentoring\r\nLOCATION:Raum 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    )
    .unwrap();
    let options =
        json!({ "tandem_id": tandem["id"], "all_day_time": "09:00", "all_day_minutes": 60 });
    *app.dialogs().open.lock().unwrap() = Some(invite.clone());
    let picked = app
        .invoke("choose_calendar_import", json!({}))
        .expect("picked");
    assert_eq!(picked["file_name"], "invite.ics");
    let args = json!({ "token": picked["token"], "options": options });
    let preview = app
        .invoke("preview_calendar_import", args.clone())
        .expect("preview");
    assert_eq!(preview["create"], 1);
    assert_eq!(preview["rows"][0]["local_time"], "15:00");
    let meetings = |app: &TestApp| {
        app.invoke(
            "list_meetings",
            json!({ "tandemId": tandem["id"], "includePast": true }),
        )
        .unwrap()
        .as_array()
        .unwrap()
        .len()
    };
    assert_eq!(meetings(&app), 1, "a preview writes nothing");
    let done = app.invoke("import_calendar", args.clone()).expect("import");
    assert_eq!(done["created"], 1);
    assert_eq!(meetings(&app), 2);
    // The token is spent with the import; importing the same file again means picking it.
    let err = app.invoke("import_calendar", args).unwrap_err();
    assert_eq!(code(&err), "invalid_input");
    let picked = app.invoke("choose_calendar_import", json!({})).unwrap();
    let args = json!({ "token": picked["token"], "options": options });
    let again = app.invoke("import_calendar", args).expect("re-import");
    assert_eq!(
        (again["created"].clone(), again["unchanged"].clone()),
        (json!(0), json!(1))
    );
    assert_eq!(meetings(&app), 2);

    let junk = dir.path().join("junk.ics");
    std::fs::write(&junk, b"\x00\x01PK\x03\x04 not a calendar at all").unwrap();
    *app.dialogs().open.lock().unwrap() = Some(junk);
    let picked = app.invoke("choose_calendar_import", json!({})).unwrap();
    let err = app
        .invoke(
            "import_calendar",
            json!({ "token": picked["token"], "options": options }),
        )
        .unwrap_err();
    assert_eq!(code(&err), "ics_invalid");
    assert_eq!(meetings(&app), 2);
}

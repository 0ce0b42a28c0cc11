//! The web side cannot choose paths. Every command that writes or reads a user file takes
//! its path from a dialog the backend opened; a path (or token) the page makes up is never
//! used. Each test plants a "victim" file the page names and checks it stays untouched.

mod support;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::{json, Value};
use support::{code, TestApp};

struct World {
    _dir: tempfile::TempDir,
    app: TestApp,
    tandem: Value,
    meeting: Value,
    /// A file a hostile page would love to overwrite or read.
    victim: PathBuf,
    /// Where the "user" saves in the dialog.
    granted: PathBuf,
}

fn world() -> World {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = TestApp::new(&dir.path().join("data"), Arc::new(MemoryKeyring::new()));
    app.invoke(
        "setup_vault",
        json!({ "request": { "protection": "keyring", "passphrase": null } }),
    )
    .expect("setup");
    let tandem = app
        .invoke(
            "create_tandem",
            json!({ "input": {
                "title": "Files", "my_role": "mentee", "partner_name": "Lena",
                "partner_contact": null, "program": null, "start_date": "2026-01-05",
                "planned_end_date": null,
                "cadence": { "every": 2, "unit": "week", "minutes": 60 }, "focus_topic_ids": []
            } }),
        )
        .expect("tandem");
    let date = (chrono::Local::now().date_naive() + chrono::Days::new(3)).to_string();
    let meeting = app
        .invoke(
            "plan_meeting",
            json!({ "tandemId": tandem["id"], "input": {
                "date": date, "time": "10:00", "duration_minutes": 60, "place": "Room",
                "video_link": null
            } }),
        )
        .expect("meeting");
    let victim = dir.path().join(".bashrc");
    std::fs::write(&victim, "keep me\n").unwrap();
    let granted = dir.path().join("chosen");
    World {
        _dir: dir,
        app,
        tandem,
        meeting,
        victim,
        granted,
    }
}

fn unchanged(victim: &Path) {
    assert_eq!(std::fs::read_to_string(victim).unwrap(), "keep me\n");
}

#[cfg(unix)]
fn owner_only(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{}", path.display());
}

#[test]
fn the_agenda_export_writes_only_where_the_dialog_said() {
    let w = world();
    let out = w.granted.with_extension("md");
    *w.app.dialogs().save.lock().unwrap() = Some(out.clone());
    let written = w
        .app
        .invoke(
            "save_agenda_export",
            json!({ "meetingId": w.meeting["id"], "format": "markdown",
                    "fileName": "agenda.md", "path": w.victim }),
        )
        .expect("export");
    assert_eq!(written, json!(out));
    unchanged(&w.victim);
    assert!(std::fs::read_to_string(&out).unwrap().contains("Agenda"));
    #[cfg(unix)]
    owner_only(&out);
}

#[test]
fn the_agreement_export_writes_only_where_the_dialog_said() {
    let w = world();
    w.app
        .invoke(
            "save_agreement",
            json!({ "tandemId": w.tandem["id"], "input": {
                "my_expectations": "Learn", "partner_expectations": "", "cadence":
                { "every": 2, "unit": "week", "minutes": 60 }, "place": "", "video_link": null,
                "confidentiality": "", "hr_sharing": "", "voluntary": true, "feedback": "",
                "review_date": null
            } }),
        )
        .expect("agreement");
    let out = w.granted.with_extension("html");
    *w.app.dialogs().save.lock().unwrap() = Some(out.clone());
    w.app
        .invoke(
            "save_agreement_export",
            json!({ "tandemId": w.tandem["id"], "version": null, "format": "html",
                    "fileName": "../../.bashrc", "path": w.victim }),
        )
        .expect("export");
    unchanged(&w.victim);
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("<!DOCTYPE html>"));
    // The page's suggestion reached the dialog only as a bare file name.
    assert_eq!(
        w.app.dialogs().titles.lock().unwrap().as_slice(),
        ["Save the agreement"]
    );
}

#[test]
fn the_calendar_export_writes_only_where_the_dialog_said() {
    let w = world();
    let out = w.granted.with_extension("ics");
    *w.app.dialogs().save.lock().unwrap() = Some(out.clone());
    let request = json!({ "scope": { "kind": "meeting", "meeting_id": w.meeting["id"] } });
    w.app
        .invoke(
            "export_calendar",
            json!({ "request": request, "fileName": "x.ics", "path": w.victim }),
        )
        .expect("export");
    unchanged(&w.victim);
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("BEGIN:VCALENDAR"));
}

#[test]
fn an_import_reads_only_the_file_picked_in_the_dialog() {
    let w = world();
    let options = json!({ "tandem_id": w.tandem["id"], "all_day_time": "09:00",
                          "all_day_minutes": 60 });
    // A path or a made-up token from the page: refused, nothing read.
    for args in [
        json!({ "path": w.victim, "options": options }),
        json!({ "token": "00112233445566778899aabbccddeeff", "options": options }),
        json!({ "token": w.victim, "options": options }),
    ] {
        for command in ["preview_calendar_import", "import_calendar"] {
            let err = w.app.invoke(command, args.clone()).unwrap_err();
            assert!(
                code(&err) == "invalid_input" || err.to_string().contains("missing"),
                "{command} {args}: {err}"
            );
        }
    }
    // Cancelled dialog: no token at all.
    assert_eq!(
        w.app.invoke("choose_calendar_import", json!({})).unwrap(),
        Value::Null
    );
}

#[test]
fn the_feed_folder_comes_only_from_the_folder_dialog() {
    let w = world();
    let hostile = w.victim.parent().unwrap().join("elsewhere");
    std::fs::create_dir(&hostile).unwrap();
    let err = w
        .app
        .invoke(
            "update_calendar_settings",
            json!({ "patch": { "feed_folder": hostile } }),
        )
        .unwrap_err();
    assert_eq!(code(&err), "invalid_input");
    assert_eq!(err["field"], "feed_folder");
    assert_eq!(std::fs::read_dir(&hostile).unwrap().count(), 0);
    let settings = w.app.invoke("calendar_settings", json!({})).unwrap();
    assert_eq!(settings["feed_folder"], Value::Null);

    // Switching the feed off needs no dialog.
    w.app
        .invoke(
            "update_calendar_settings",
            json!({ "patch": { "feed_folder": null } }),
        )
        .expect("off");
    // The folder the user picks is used.
    let chosen = w.granted.clone();
    std::fs::create_dir(&chosen).unwrap();
    *w.app.dialogs().folder.lock().unwrap() = Some(chosen.clone());
    let settings = w.app.invoke("choose_feed_folder", json!({})).unwrap();
    assert_eq!(settings["feed_folder"], json!(chosen));
    assert!(chosen.join("eyelevel.ics").exists());
}

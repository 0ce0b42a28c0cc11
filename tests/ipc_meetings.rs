//! Meetings, agendas, carry-over, actions and Today through the IPC layer.

mod support;

use std::sync::Arc;

use chrono::{Days, Local};
use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::{json, Value};
use support::{code, TestApp};

fn app_with_tandem(dir: &std::path::Path) -> (TestApp, Value) {
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
                "title": "Tandem with Aylin", "my_role": "mentor", "partner_name": "Aylin Demir",
                "partner_contact": null, "program": null, "start_date": "2026-01-05",
                "planned_end_date": null,
                "cadence": { "every": 2, "unit": "week", "minutes": 60 }, "focus_topic_ids": []
            } }),
        )
        .expect("tandem");
    (app, tandem["id"].clone())
}

fn days_ahead(days: u64) -> String {
    (Local::now().date_naive() + Days::new(days)).to_string()
}

fn item(title: &str, shared: bool) -> Value {
    json!({ "title": title, "topic_id": null, "minutes": 15, "prep_notes": format!("notes for {title}"),
            "links": [], "shared": shared })
}

#[test]
fn a_series_an_agenda_and_carry_over() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (app, tandem) = app_with_tandem(dir.path());
    let meetings = app
        .invoke(
            "plan_series",
            json!({ "tandemId": tandem, "input": {
                "first_date": days_ahead(7), "time": "08:30", "duration_minutes": 60,
                "place": "Room 4.12", "video_link": null, "every": 2, "unit": "week",
                "until": days_ahead(7 + 14 * 5)
            } }),
        )
        .expect("series");
    let meetings = meetings.as_array().expect("array").clone();
    assert_eq!(meetings.len(), 6);
    assert!(meetings.iter().all(|m| m["local_time"] == "08:30"));
    let (first, second) = (meetings[0]["id"].clone(), meetings[1]["id"].clone());

    let discussed = app
        .invoke(
            "add_agenda_item",
            json!({ "meetingId": first, "input": item("Prompting basics", true) }),
        )
        .expect("item");
    app.invoke(
        "add_agenda_item",
        json!({ "meetingId": first, "input": item("LinkedIn draft", true) }),
    )
    .expect("item");
    app.invoke(
        "add_agenda_item",
        json!({ "meetingId": first, "input": item("My private worry", false) }),
    )
    .expect("private item");
    app.invoke(
        "set_item_discussed",
        json!({ "id": discussed["id"], "discussed": true }),
    )
    .expect("discussed");

    let exported = app
        .invoke(
            "export_agenda",
            json!({ "meetingId": first, "format": "markdown" }),
        )
        .expect("export");
    let exported = exported.as_str().expect("text");
    assert!(exported.contains("LinkedIn draft"));
    assert!(!exported.contains("My private worry") && !exported.contains("notes for My private"));

    let target = app
        .invoke("carry_over", json!({ "meetingId": first }))
        .expect("carry over");
    assert_eq!(target["id"], second);
    let next = app
        .invoke("get_meeting", json!({ "id": second }))
        .expect("next meeting");
    let titles: Vec<&str> = next["agenda"]
        .as_array()
        .expect("agenda")
        .iter()
        .filter_map(|item| item["title"].as_str())
        .collect();
    assert!(titles.contains(&"LinkedIn draft"));
    assert!(
        !titles.contains(&"Prompting basics"),
        "discussed points stay behind"
    );

    let overview = app
        .invoke("get_tandem", json!({ "id": tandem }))
        .expect("overview");
    assert_eq!(overview["next_meeting"], meetings[0]["starts_at"]);
}

#[test]
fn actions_and_today() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (app, tandem) = app_with_tandem(dir.path());
    let meeting = app
        .invoke(
            "plan_meeting",
            json!({ "tandemId": tandem, "input": { "date": days_ahead(3), "time": "17:00",
                   "duration_minutes": 45, "place": "", "video_link": "https://meet.example.org/aylin" } }),
        )
        .expect("meeting");
    app.invoke(
        "create_action",
        json!({ "tandemId": tandem, "meetingId": meeting["id"],
               "input": { "title": "Try the AI assistant", "owner": "partner", "due_date": days_ahead(2) } }),
    )
    .expect("action");
    let today = app.invoke("today", json!({})).expect("today");
    assert_eq!(today["next_meetings"][0]["meeting"]["id"], meeting["id"]);
    assert_eq!(today["next_meetings"][0]["needs_agenda"], true);
    assert_eq!(
        today["due_soon_actions"][0]["title"],
        "Try the AI assistant"
    );

    let error = app
        .invoke(
            "plan_meeting",
            json!({ "tandemId": tandem, "input": { "date": days_ahead(3), "time": "25:61",
                   "duration_minutes": 45, "place": "", "video_link": null } }),
        )
        .expect_err("impossible time");
    assert_eq!(code(&error), "invalid_time");
    assert_eq!(error["field"], "time");
}

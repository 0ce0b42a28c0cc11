//! Tandems, agreements, goals, topics and the sample through the IPC layer.

mod support;

use std::sync::Arc;

use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::{json, Value};
use support::{code, TestApp};

fn unlocked_app(dir: &std::path::Path) -> TestApp {
    let app = TestApp::new(dir, Arc::new(MemoryKeyring::new()));
    app.invoke(
        "setup_vault",
        json!({ "request": { "protection": "keyring", "passphrase": null } }),
    )
    .expect("setup");
    app.invoke("update_settings", json!({ "patch": { "language": "en" } }))
        .expect("english");
    app
}

fn tandem_input(title: &str) -> Value {
    json!({
        "title": title,
        "my_role": "mentee",
        "partner_name": "Jonas Weber",
        "partner_contact": "jonas@example.org",
        "program": "Reverse Mentoring 2026",
        "start_date": "2026-11-01",
        "planned_end_date": "2027-05-01",
        "cadence": { "every": 2, "unit": "week", "minutes": 60 },
        "focus_topic_ids": []
    })
}

fn agreement_input() -> Value {
    json!({
        "my_expectations": "Honest feedback on my LinkedIn presence",
        "partner_expectations": "Insight into how decisions are made",
        "cadence": { "every": 2, "unit": "week", "minutes": 60 },
        "place": "Room 4.12",
        "video_link": null,
        "confidentiality": "Everything stays between us",
        "hr_sharing": "Only that we meet",
        "voluntary": true,
        "feedback": "Directly, at the end of each meeting",
        "review_date": "2027-02-01"
    })
}

#[test]
fn a_tandem_with_agreement_and_goals_round_trips() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = unlocked_app(dir.path());
    let topics = app
        .invoke("list_topics", json!({ "includeHidden": false }))
        .expect("topics");
    let ai = topics
        .as_array()
        .expect("array")
        .iter()
        .find(|topic| topic["key"] == "ai_at_work")
        .expect("built-in AI topic")
        .clone();

    let mut input = tandem_input("Tandem with Jonas");
    input["focus_topic_ids"] = json!([ai["id"]]);
    let tandem = app
        .invoke("create_tandem", json!({ "input": input }))
        .expect("create");
    let id = tandem["id"].clone();
    assert_eq!(tandem["status"], "active");

    app.invoke(
        "save_agreement",
        json!({ "tandemId": id, "input": agreement_input() }),
    )
    .expect("agreement");
    let agreed = app
        .invoke(
            "mark_agreement_agreed",
            json!({ "tandemId": id, "agreedOn": "2026-11-20" }),
        )
        .expect("agreed");
    assert_eq!(agreed["agreed_on"], "2026-11-20");

    let goal = app
        .invoke(
            "create_goal",
            json!({ "tandemId": id, "input": { "title": "Use an AI assistant safely", "why": "To join the conversation", "topic_id": ai["id"], "target_date": null } }),
        )
        .expect("goal");
    app.invoke(
        "create_goal",
        json!({ "tandemId": id, "input": { "title": "One LinkedIn post a month", "why": "", "topic_id": null, "target_date": "2027-03-01" } }),
    )
    .expect("second goal");
    let progressed = app
        .invoke(
            "set_goal_status",
            json!({ "id": goal["id"], "status": "in_progress" }),
        )
        .expect("status");
    assert_eq!(
        progressed["status_history"]
            .as_array()
            .expect("history")
            .len(),
        2
    );

    let overview = app
        .invoke("get_tandem", json!({ "id": id }))
        .expect("overview");
    assert_eq!(overview["agreement_state"], "agreed");
    assert_eq!(overview["goals"].as_array().expect("goals").len(), 2);
    assert_eq!(overview["focus_topics"][0]["title"], ai["title"]);
    assert_eq!(overview["next_meeting"], Value::Null);

    let list = app
        .invoke("list_tandems", json!({ "includeArchived": false }))
        .expect("list");
    assert_eq!(list[0]["goals_total"], 2);
    assert_eq!(list[0]["agreement_state"], "agreed");

    let markdown = app
        .invoke(
            "export_agreement",
            json!({ "tandemId": id, "version": null, "format": "markdown" }),
        )
        .expect("export");
    assert!(markdown
        .as_str()
        .is_some_and(|text| text.contains("Honest feedback")));
}

#[test]
fn validation_errors_carry_their_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = unlocked_app(dir.path());
    let mut untitled = tandem_input("   ");
    let error = app
        .invoke("create_tandem", json!({ "input": untitled.clone() }))
        .expect_err("empty title");
    assert_eq!(code(&error), "title_required");

    untitled["title"] = json!("Backwards");
    untitled["planned_end_date"] = json!("2026-10-01");
    let error = app
        .invoke("create_tandem", json!({ "input": untitled }))
        .expect_err("end before start");
    assert_eq!(code(&error), "end_before_start");

    app.invoke(
        "create_tandem",
        json!({ "input": tandem_input("Tandem A") }),
    )
    .expect("first");
    let error = app
        .invoke(
            "create_tandem",
            json!({ "input": tandem_input("tandem a") }),
        )
        .expect_err("duplicate");
    assert_eq!(code(&error), "duplicate_title");

    let error = app
        .invoke("get_tandem", json!({ "id": 999_999 }))
        .expect_err("unknown id");
    assert_eq!(code(&error), "not_found");
}

#[test]
fn deleting_a_tandem_removes_everything_that_hangs_off_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = unlocked_app(dir.path());
    let sample = app.invoke("create_sample", json!({})).expect("sample");
    assert_eq!(
        app.invoke("create_sample", json!({})).expect("again"),
        sample,
        "one sample"
    );
    let overview = app
        .invoke("get_tandem", json!({ "id": sample }))
        .expect("overview");
    assert_eq!(overview["tandem"]["is_sample"], true);
    assert!(!overview["goals"].as_array().expect("goals").is_empty());

    app.invoke("delete_tandem", json!({ "id": sample }))
        .expect("delete");
    let error = app
        .invoke("get_tandem", json!({ "id": sample }))
        .expect_err("gone");
    assert_eq!(code(&error), "not_found");
    let list = app
        .invoke("list_tandems", json!({ "includeArchived": true }))
        .expect("list");
    assert_eq!(list, json!([]));
}

#[test]
fn built_in_topics_can_be_hidden_but_not_destroyed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = unlocked_app(dir.path());
    let topics = app
        .invoke("list_topics", json!({ "includeHidden": false }))
        .expect("topics");
    let builtin = topics[0].clone();
    assert_eq!(builtin["builtin"], true);
    assert_eq!(
        code(
            &app.invoke("delete_topic", json!({ "id": builtin["id"] }))
                .expect_err("delete")
        ),
        "builtin_topic"
    );
    app.invoke(
        "set_topic_hidden",
        json!({ "id": builtin["id"], "hidden": true }),
    )
    .expect("hide");
    let visible = app
        .invoke("list_topics", json!({ "includeHidden": false }))
        .expect("visible");
    assert_eq!(
        visible.as_array().expect("array").len(),
        topics.as_array().expect("array").len() - 1
    );

    let own = app
        .invoke(
            "create_topic",
            json!({ "input": { "title": "Podcasts", "description": "Which ones and why", "questions": ["What do you listen to?"] } }),
        )
        .expect("own topic");
    app.invoke("delete_topic", json!({ "id": own["id"] }))
        .expect("delete own");
}

#[test]
fn tandem_commands_need_an_unlocked_vault() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = TestApp::new(dir.path(), Arc::new(MemoryKeyring::new()));
    let error = app
        .invoke("list_tandems", json!({ "includeArchived": false }))
        .expect_err("locked");
    assert_eq!(code(&error), "locked");
}

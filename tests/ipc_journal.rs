//! Notes, reflections, journal entries, the timeline and search through the IPC layer.

mod support;

use std::sync::Arc;

use chrono::{Days, Local};
use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::{json, Value};
use support::{code, TestApp};

struct Fixture {
    app: TestApp,
    tandem: Value,
    meeting: Value,
    goal: Value,
}

fn fixture(dir: &std::path::Path) -> Fixture {
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
                "title": "Tandem mit Jörg", "my_role": "mentee", "partner_name": "Jörg Weiß",
                "partner_contact": null, "program": null, "start_date": "2026-01-05",
                "planned_end_date": null,
                "cadence": { "every": 2, "unit": "week", "minutes": 60 }, "focus_topic_ids": []
            } }),
        )
        .expect("tandem")["id"]
        .clone();
    let date = (Local::now().date_naive() + Days::new(3)).to_string();
    let meeting = app
        .invoke(
            "plan_meeting",
            json!({ "tandemId": tandem, "input": {
                "date": date, "time": "09:00", "duration_minutes": 60,
                "place": "Café", "video_link": null
            } }),
        )
        .expect("meeting")["id"]
        .clone();
    let goal = app
        .invoke(
            "create_goal",
            json!({ "tandemId": tandem, "input": {
                "title": "Mehr Führung auf Augenhöhe", "why": "", "topic_id": null, "target_date": null
            } }),
        )
        .expect("goal")["id"]
        .clone();
    Fixture {
        app,
        tandem,
        meeting,
        goal,
    }
}

fn search(app: &TestApp, query: &str) -> Vec<Value> {
    let results = app
        .invoke(
            "search",
            json!({ "request": { "query": query, "tandem_id": null, "kinds": [], "limit": 50 } }),
        )
        .expect("search");
    results["hits"].as_array().expect("hits").clone()
}

fn kinds(hits: &[Value]) -> Vec<&str> {
    hits.iter().filter_map(|hit| hit["kind"].as_str()).collect()
}

fn entry_input(tandem: &Value, title: &str, body: &str, tags: &[&str]) -> Value {
    json!({ "input": {
        "tandem_id": tandem, "title": title, "body": body, "prompt": null, "topic_id": null,
        "tags": tags, "goal_ids": [], "pinned": false
    } })
}

#[test]
fn a_note_is_saved_rendered_safely_and_found() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = fixture(dir.path());
    let body = "## Straßenbahn-App\n- [x] ausprobiert\n<script>alert(1)</script>\n<img src=x onerror=alert(2)>";
    let saved = f
        .app
        .invoke("save_note", json!({ "meetingId": f.meeting, "body": body }))
        .expect("save note");
    assert_eq!(saved["body"], body);
    assert!(saved["updated_at"].is_string());
    let loaded = f
        .app
        .invoke("get_note", json!({ "meetingId": f.meeting }))
        .expect("get note");
    assert_eq!(loaded["body"], body);

    let html = f
        .app
        .invoke("render_markdown", json!({ "text": body }))
        .expect("render");
    let html = html.as_str().expect("html string");
    assert!(html.contains("<h2>"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;script&gt;"),
        "raw HTML is shown as text: {html}"
    );
    assert!(
        html.contains(r#"<input type="checkbox" disabled="" checked="">"#),
        "{html}"
    );

    let hits = search(&f.app, "Strassenbahn");
    assert_eq!(kinds(&hits), ["note"], "{hits:?}");
    assert_eq!(hits[0]["meeting_id"], f.meeting);
    assert!(hits[0]["snippet"]
        .as_array()
        .expect("snippet parts")
        .iter()
        .any(|part| part["hit"] == true && part["text"] == "Straßenbahn"));

    // Saving it blank deletes it, and search forgets it.
    let cleared = f
        .app
        .invoke("save_note", json!({ "meetingId": f.meeting, "body": "  " }))
        .expect("clear note");
    assert!(cleared["updated_at"].is_null());
    assert!(search(&f.app, "Strassenbahn").is_empty());
}

#[test]
fn oversized_or_misaddressed_notes_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = fixture(dir.path());
    f.app
        .invoke(
            "save_note",
            json!({ "meetingId": f.meeting, "body": "kept" }),
        )
        .expect("save note");
    let huge = "x".repeat(100_001);
    let error = f
        .app
        .invoke("save_note", json!({ "meetingId": f.meeting, "body": huge }))
        .expect_err("too long");
    assert_eq!(code(&error), "text_too_long");
    let error = f
        .app
        .invoke("render_markdown", json!({ "text": "y".repeat(100_001) }))
        .expect_err("too long to render");
    assert_eq!(code(&error), "text_too_long");
    let error = f
        .app
        .invoke("save_note", json!({ "meetingId": 9999, "body": "lost?" }))
        .expect_err("no such meeting");
    assert_eq!(code(&error), "not_found");
    let note = f
        .app
        .invoke("get_note", json!({ "meetingId": f.meeting }))
        .expect("get note");
    assert_eq!(note["body"], "kept");
}

#[test]
fn a_reflection_follows_the_role_prompts_and_links_goals() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = fixture(dir.path());
    let set = f
        .app
        .invoke("get_prompt_set", json!({ "role": "mentee" }))
        .expect("prompt set");
    assert_eq!(set["customised"], false);
    let prompts = set["prompts"].as_array().expect("prompts");
    assert_eq!(prompts[0]["text"], "What did I learn?");
    assert!(prompts.iter().any(|p| p["kind"] == "scale"));

    let answers: Vec<Value> = prompts
        .iter()
        .map(|p| {
            if p["kind"] == "scale" {
                json!({ "prompt": p["text"], "kind": "scale", "text": "", "scale": 4 })
            } else {
                json!({ "prompt": p["text"], "kind": "text", "text": "Prompt-Engineering für Übersetzungen", "scale": null })
            }
        })
        .collect();
    let saved = f
        .app
        .invoke(
            "save_reflection",
            json!({ "meetingId": f.meeting, "input": { "answers": answers, "goal_ids": [f.goal] } }),
        )
        .expect("save reflection");
    assert_eq!(saved["role"], "mentee");
    assert_eq!(saved["goal_ids"], json!([f.goal]));
    let loaded = f
        .app
        .invoke("get_reflection", json!({ "meetingId": f.meeting }))
        .expect("get reflection");
    assert_eq!(loaded["answers"], saved["answers"]);

    let hits = search(&f.app, "Uebersetzung");
    assert_eq!(kinds(&hits), ["reflection"], "{hits:?}");

    // The timeline filtered by the goal shows the reflection with its rating.
    let page = f
        .app
        .invoke(
            "list_journal",
            json!({ "filter": { "tandem_id": null, "kinds": [], "tag": null, "topic_id": null,
                    "goal_id": f.goal, "from": null, "to": null, "cursor": null, "limit": 20 } }),
        )
        .expect("journal");
    let items = page["items"].as_array().expect("items");
    assert_eq!(items.len(), 1, "{page}");
    assert_eq!(items[0]["kind"], "reflection");
    assert_eq!(items[0]["rating"], 4);

    // A scale outside 1–5 is refused and the saved reflection stays.
    let bad = json!({ "answers": [{ "prompt": "How confident?", "kind": "scale", "text": "", "scale": 9 }], "goal_ids": [] });
    let error = f
        .app
        .invoke(
            "save_reflection",
            json!({ "meetingId": f.meeting, "input": bad }),
        )
        .expect_err("scale out of range");
    assert_eq!(code(&error), "invalid_input");
    let still = f
        .app
        .invoke("get_reflection", json!({ "meetingId": f.meeting }))
        .expect("get reflection");
    assert_eq!(still["answers"], saved["answers"]);
}

#[test]
fn a_customised_prompt_set_is_kept_until_reset() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = fixture(dir.path());
    let custom = json!([
        { "kind": "text", "text": "Was nehme ich mit?" },
        { "kind": "scale", "text": "Wie war die Energie?" }
    ]);
    let saved = f
        .app
        .invoke(
            "save_prompt_set",
            json!({ "role": "mentor", "prompts": custom }),
        )
        .expect("save set");
    assert_eq!(saved["customised"], true);
    assert_eq!(saved["prompts"], custom);
    let error = f
        .app
        .invoke(
            "save_prompt_set",
            json!({ "role": "mentor", "prompts": [] }),
        )
        .expect_err("empty set");
    assert_eq!(code(&error), "invalid_input");
    let reset = f
        .app
        .invoke("reset_prompt_set", json!({ "role": "mentor" }))
        .expect("reset");
    assert_eq!(reset["customised"], false);
    assert_eq!(reset["prompts"][0]["text"], "What went well in explaining?");
}

#[test]
fn journal_entries_are_listed_filtered_searched_and_deleted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = fixture(dir.path());
    let first = f
        .app
        .invoke(
            "create_journal_entry",
            entry_input(
                &f.tandem,
                "Reverse Mentoring",
                "Über **Führung** nachgedacht",
                &["Führung", "KI"],
            ),
        )
        .expect("entry");
    let second = f
        .app
        .invoke(
            "create_journal_entry",
            entry_input(&f.tandem, "", "Nur ein Gedanke zu Teams", &["teams", "ki"]),
        )
        .expect("entry");
    assert_eq!(second["tags"], json!(["teams", "ki"]));

    let pinned = f
        .app
        .invoke(
            "set_entry_pinned",
            json!({ "id": first["id"], "pinned": true }),
        )
        .expect("pin");
    assert_eq!(pinned["pinned"], true);

    let tags = f.app.invoke("list_tags", json!({})).expect("tags");
    let tags = tags.as_array().expect("tag list");
    assert!(
        tags.iter().any(|t| t["tag"] == "teams" && t["count"] == 1),
        "{tags:?}"
    );

    let page = f
        .app
        .invoke(
            "list_journal",
            json!({ "filter": { "tandem_id": f.tandem, "kinds": ["entry"], "tag": null,
                    "topic_id": null, "goal_id": null, "from": null, "to": null,
                    "cursor": null, "limit": 20 } }),
        )
        .expect("journal");
    assert_eq!(page["pinned"][0]["id"], first["id"]);
    assert_eq!(page["items"].as_array().expect("items").len(), 1);
    assert_eq!(page["items"][0]["id"], second["id"]);

    let hits = search(&f.app, "Fuehrung");
    let mut found = kinds(&hits);
    found.sort_unstable();
    assert_eq!(found, ["entry", "goal"], "{hits:?}");

    let updated = f
        .app
        .invoke(
            "update_journal_entry",
            json!({ "id": first["id"], "input": {
                "tandem_id": f.tandem, "title": "Reverse Mentoring", "body": "Jetzt über Nachhaltigkeit",
                "prompt": null, "topic_id": null, "tags": [], "goal_ids": [], "pinned": true
            } }),
        )
        .expect("update");
    assert_eq!(updated["tags"], json!([]));
    assert_eq!(kinds(&search(&f.app, "Fuehrung")), ["goal"]);
    assert_eq!(kinds(&search(&f.app, "nachhalt")), ["entry"]);

    f.app
        .invoke("delete_journal_entry", json!({ "id": first["id"] }))
        .expect("delete");
    assert!(search(&f.app, "nachhalt").is_empty());
    let error = f
        .app
        .invoke("get_journal_entry", json!({ "id": first["id"] }))
        .expect_err("gone");
    assert_eq!(code(&error), "not_found");
}

#[test]
fn bad_entries_and_hostile_queries_get_clear_answers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = fixture(dir.path());
    let error = f
        .app
        .invoke("create_journal_entry", entry_input(&f.tandem, " ", "", &[]))
        .expect_err("empty entry");
    assert_eq!(code(&error), "invalid_input");
    let error = f
        .app
        .invoke(
            "create_journal_entry",
            entry_input(&json!(4242), "Titel", "Text", &[]),
        )
        .expect_err("unknown tandem");
    assert_eq!(code(&error), "not_found");
    for query in ["\"", "*", "NEAR(", "a OR", "-", "AND OR NOT", "🙂", "  "] {
        let results = f.app.invoke(
            "search",
            json!({ "request": { "query": query, "tandem_id": null, "kinds": [], "limit": 20 } }),
        );
        assert!(results.is_ok(), "{query:?}: {results:?}");
    }
    let page = f
        .app
        .invoke(
            "list_journal",
            json!({ "filter": { "tandem_id": null, "kinds": [], "tag": null, "topic_id": null,
                    "goal_id": null, "from": null, "to": null, "cursor": null, "limit": 20 } }),
        )
        .expect("journal");
    assert_eq!(page["items"], json!([]));
}

#[test]
fn everything_here_needs_an_unlocked_vault() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = TestApp::new(dir.path(), Arc::new(MemoryKeyring::new()));
    let error = app
        .invoke(
            "search",
            json!({ "request": { "query": "x", "tandem_id": null, "kinds": [], "limit": 5 } }),
        )
        .expect_err("locked");
    assert_eq!(code(&error), "locked");
    let error = app
        .invoke("get_note", json!({ "meetingId": 1 }))
        .expect_err("locked");
    assert_eq!(code(&error), "locked");
}

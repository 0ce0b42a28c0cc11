//! Helpers for the search tests: records of every kind, and a short way to search.
#![allow(dead_code)]

use eyelevel_core::action;
use eyelevel_core::agenda;
use eyelevel_core::agreement::{self, AgreementInput};
use eyelevel_core::goal::{self, GoalInput};
use eyelevel_core::journal::{self, JournalEntryInput};
use eyelevel_core::meeting;
use eyelevel_core::note;
use eyelevel_core::reflection::{self, PromptKind, ReflectionAnswer, ReflectionInput};
use eyelevel_core::search::{self, SearchHit, SearchKind, SearchRequest, SearchResults};
use eyelevel_core::tandem;
use rusqlite::Connection;

use super::common::{cx, tandem_input};
use super::fixtures::{self, action_input, agreement_input, item, meeting_input};

pub fn request(query: &str) -> SearchRequest {
    SearchRequest {
        query: query.into(),
        tandem_id: None,
        kinds: Vec::new(),
        limit: 100,
    }
}

pub fn results(conn: &Connection, query: &str) -> SearchResults {
    search::search(conn, &request(query)).unwrap()
}

pub fn hits(conn: &Connection, query: &str) -> Vec<SearchHit> {
    results(conn, query).hits
}

/// (kind, record id) of the hits, in rank order.
pub fn found(conn: &Connection, query: &str) -> Vec<(SearchKind, i64)> {
    hits(conn, query)
        .into_iter()
        .map(|h| (h.kind, h.record_id))
        .collect()
}

/// Sorted (kind, record id) of the hits.
pub fn found_set(conn: &Connection, query: &str) -> Vec<(SearchKind, i64)> {
    let mut v = found(conn, query);
    v.sort_by_key(|&(k, id)| (k.code(), id));
    v
}

/// The snippet with hits in [brackets].
pub fn marked(hit: &SearchHit) -> String {
    hit.snippet
        .iter()
        .map(|p| {
            if p.hit {
                format!("[{}]", p.text)
            } else {
                p.text.clone()
            }
        })
        .collect()
}

// The tables of migration 0004 through their domain APIs (note::, reflection::, journal::).

pub fn save_note(conn: &mut Connection, meeting_id: i64, body: &str) {
    note::save(&cx(conn), meeting_id, body).unwrap();
}

pub fn delete_note(conn: &mut Connection, meeting_id: i64) {
    let n = note::save(&cx(conn), meeting_id, "  ").unwrap();
    assert_eq!(n.updated_at, None);
}

/// A reflection with these answer texts and a rating; returns its id.
pub fn save_reflection(conn: &mut Connection, meeting_id: i64, texts: &[&str]) -> i64 {
    let mut answers: Vec<ReflectionAnswer> = texts
        .iter()
        .map(|t| ReflectionAnswer {
            prompt: "What did I learn?".into(),
            kind: PromptKind::Text,
            text: (*t).into(),
            scale: None,
        })
        .collect();
    answers.push(ReflectionAnswer {
        prompt: "How confident do I feel about the topic?".into(),
        kind: PromptKind::Scale,
        text: String::new(),
        scale: Some(4),
    });
    let input = ReflectionInput {
        answers,
        goal_ids: Vec::new(),
    };
    reflection::save(&cx(conn), meeting_id, &input)
        .unwrap()
        .unwrap()
        .id
}

fn entry_input(
    tandem_id: Option<i64>,
    title: &str,
    body: &str,
    prompt: Option<&str>,
    tags: &[&str],
) -> JournalEntryInput {
    JournalEntryInput {
        tandem_id,
        title: title.into(),
        body: body.into(),
        prompt: prompt.map(Into::into),
        topic_id: None,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        goal_ids: Vec::new(),
        pinned: false,
    }
}

/// A journal entry; returns its id.
pub fn create_entry(
    conn: &mut Connection,
    tandem_id: Option<i64>,
    title: &str,
    body: &str,
    prompt: Option<&str>,
    tags: &[&str],
) -> i64 {
    let input = entry_input(tandem_id, title, body, prompt, tags);
    journal::create(&cx(conn), &input).unwrap().id
}

pub fn update_entry(conn: &mut Connection, id: i64, title: &str, body: &str) {
    let old = journal::get(conn, id).unwrap();
    let input = entry_input(old.tandem_id, title, body, None, &[]);
    journal::update(&cx(conn), id, &input).unwrap();
}

pub fn delete_entry(conn: &mut Connection, id: i64) {
    journal::delete(conn, id).unwrap();
}

/// Rows in the index.
pub fn indexed(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM search_index", [], |r| r.get(0))
        .unwrap()
}

/// Ids of one record of every kind, all mentioning "Kompass".
pub struct World {
    pub tandem: i64,
    pub goal: i64,
    pub goal_note: i64,
    pub agenda: i64,
    pub meeting: i64,
    pub action: i64,
    pub reflection: i64,
    pub entry: i64,
}

pub fn world(conn: &mut Connection, title: &str) -> World {
    let t = tandem::create(&cx(conn), &tandem_input(title)).unwrap().id;
    let agreement = AgreementInput {
        my_expectations: "Einen Kompass für Social Media finden.".into(),
        ..agreement_input()
    };
    agreement::save(&cx(conn), t, &agreement).unwrap();
    let goal_in = GoalInput {
        title: "Kompass für KI".into(),
        why: "Damit die Führung versteht, was das Team tut.".into(),
        ..fixtures::goal_input("x")
    };
    let g = goal::create(&cx(conn), t, &goal_in).unwrap();
    goal::add_note(&cx(conn), g.id, "Kompass-Notiz: erste Prompts geübt.").unwrap();
    let goal_note = conn
        .query_row("SELECT max(id) FROM goal_notes", [], |r| r.get(0))
        .unwrap();
    let m = meeting::plan(&cx(conn), t, &meeting_input("2026-12-01", "10:00")).unwrap();
    let mut agenda_in = item("Kompass zeigen", true);
    agenda_in.prep_notes = "Beispiele für die Straße mitbringen".into();
    let a = agenda::add(&cx(conn), m.id, &agenda_in).unwrap();
    let act = action::create(
        &cx(conn),
        t,
        Some(m.id),
        &action_input("Kompass-App testen", None),
    )
    .unwrap();
    save_note(
        conn,
        m.id,
        "# Notizen\n\nWir haben über den **Kompass** gesprochen.",
    );
    let r = save_reflection(
        conn,
        m.id,
        &["Der Kompass hilft mir.", "Überrascht hat mich TikTok."],
    );
    let e = create_entry(
        conn,
        Some(t),
        "Lerntagebuch",
        "Heute den Kompass ausprobiert.",
        Some("Was habe ich gelernt?"),
        &["KI", "Übung"],
    );
    World {
        tandem: t,
        goal: g.id,
        goal_note,
        agenda: a.id,
        meeting: m.id,
        action: act.id,
        reflection: r,
        entry: e,
    }
}

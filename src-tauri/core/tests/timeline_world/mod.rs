//! The timeline world shared by the journal timeline tests (`mod timeline_world;`).
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use eyelevel_core::agenda::{self, AgendaItemInput};
use eyelevel_core::goal;
use eyelevel_core::journal::{self, JournalEntryInput, JournalFilter, JournalItem, JournalKind};
use eyelevel_core::meeting;
use eyelevel_core::note;
use eyelevel_core::reflection::{self, PromptKind, ReflectionAnswer, ReflectionInput};
use eyelevel_core::session::Session;
use eyelevel_core::tandem;

use super::common::{cx, tandem_input};
use super::fixtures::{builtin, goal_input, meeting_input};

pub fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

pub fn filter(limit: u32) -> JournalFilter {
    JournalFilter {
        limit,
        ..JournalFilter::default()
    }
}

pub fn entry(tandem_id: Option<i64>, title: &str) -> JournalEntryInput {
    JournalEntryInput {
        tandem_id,
        title: title.into(),
        body: format!("Body of {title}"),
        prompt: None,
        topic_id: None,
        tags: Vec::new(),
        goal_ids: Vec::new(),
        pinned: false,
    }
}

pub fn reflection_input(text: &str, rating: u8, goal_ids: Vec<i64>) -> ReflectionInput {
    ReflectionInput {
        answers: vec![
            ReflectionAnswer {
                prompt: "What did I learn?".into(),
                kind: PromptKind::Text,
                text: text.into(),
                scale: None,
            },
            ReflectionAnswer {
                prompt: "How confident?".into(),
                kind: PromptKind::Scale,
                text: String::new(),
                scale: Some(rating),
            },
        ],
        goal_ids,
    }
}

/// (kind, id) of each item.
pub fn keys(items: &[JournalItem]) -> Vec<(JournalKind, i64)> {
    items.iter().map(|i| (i.kind, i.id)).collect()
}

pub struct World {
    pub a: i64,
    pub b: i64,
    pub m1: i64,
    pub m2: i64,
    pub m3: i64,
    pub r1: i64,
    pub r2: i64,
    pub e1: i64,
    pub e2: i64,
    pub e3: i64,
    pub goal_a: i64,
    pub topic_x: i64,
    pub topic_y: i64,
}

/// Tandem A: meetings m1 (1 Dec, note + reflection r1 on goal_a, rating 4) and m2 (8 Dec,
/// reflection r2, agenda item on topic X). Tandem B: m3 (3 Dec, note). Entries: e1 (A,
/// 30 Nov 23:30 UTC = 1 Dec in Berlin, tag KI, topic Y, goal_a), e2 (no tandem, 2 Dec,
/// topic X), e3 (A, 5 Dec, pinned).
pub fn world(s: &mut Session) -> World {
    let a = tandem::create(&cx(s.conn()), &tandem_input("Tandem A"))
        .unwrap()
        .id;
    let b = tandem::create(&cx(s.conn()), &tandem_input("Tandem B"))
        .unwrap()
        .id;
    let goal_a = goal::create(&cx(s.conn()), a, &goal_input("Goal A"))
        .unwrap()
        .id;
    let topic_x = builtin(s.conn(), "ai_at_work");
    let topic_y = builtin(s.conn(), "social_media");
    let plan = |s: &mut Session, t: i64, d: &str| {
        meeting::plan(&cx(s.conn()), t, &meeting_input(d, "10:00"))
            .unwrap()
            .id
    };
    // A meeting without notes first, so meeting ids and reflection ids differ.
    plan(s, b, "2026-12-20");
    let m1 = plan(s, a, "2026-12-01");
    let m2 = plan(s, a, "2026-12-08");
    let m3 = plan(s, b, "2026-12-03");
    note::save(
        &cx(s.conn()),
        m1,
        "# Notes one\n\n**Prompting** with [links](https://x.org)",
    )
    .unwrap();
    note::save(&cx(s.conn()), m3, "Notes three").unwrap();
    let r1 = reflection::save(
        &cx(s.conn()),
        m1,
        &reflection_input("Learned *a lot*", 4, vec![goal_a]),
    )
    .unwrap()
    .unwrap()
    .id;
    let r2 = reflection::save(&cx(s.conn()), m2, &reflection_input("Second", 2, vec![]))
        .unwrap()
        .unwrap()
        .id;
    let item = AgendaItemInput {
        title: "AI".into(),
        topic_id: Some(topic_x),
        minutes: 10,
        prep_notes: String::new(),
        links: Vec::new(),
        shared: true,
    };
    agenda::add(&cx(s.conn()), m2, &item).unwrap();
    let e1 = JournalEntryInput {
        tags: vec!["KI".into()],
        topic_id: Some(topic_y),
        goal_ids: vec![goal_a],
        ..entry(Some(a), "e1")
    };
    let e1 = journal::create(&cx(s.conn()).at(at(2026, 11, 30, 23, 30)), &e1)
        .unwrap()
        .id;
    let e2 = JournalEntryInput {
        topic_id: Some(topic_x),
        ..entry(None, "e2")
    };
    let e2 = journal::create(&cx(s.conn()).at(at(2026, 12, 2, 12, 0)), &e2)
        .unwrap()
        .id;
    let e3 = JournalEntryInput {
        pinned: true,
        ..entry(Some(a), "e3")
    };
    let e3 = journal::create(&cx(s.conn()).at(at(2026, 12, 5, 8, 0)), &e3)
        .unwrap()
        .id;
    World {
        a,
        b,
        m1,
        m2,
        m3,
        r1,
        r2,
        e1,
        e2,
        e3,
        goal_a,
        topic_x,
        topic_y,
    }
}

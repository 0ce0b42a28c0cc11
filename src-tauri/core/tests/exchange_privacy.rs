//! Private items never leave: a canary written into every private place (private agenda
//! points, prep notes, private actions and goals, goal notes, meeting notes, cancel reasons,
//! reflections, the journal, own topics, the tandem's contact and program) is found in no
//! exchange file — neither in its bytes nor decrypted.

mod common;
mod exchange_support;

use exchange_support::pair;
use eyelevel_core::action::{self, ActionInput, Owner};
use eyelevel_core::agenda::{self, AgendaItemInput};
use eyelevel_core::exchange::{file, keys, store};
use eyelevel_core::goal::{self, GoalInput};
use eyelevel_core::journal::{self, JournalEntryInput};
use eyelevel_core::meeting::{self, EditScope, MeetingInput};
use eyelevel_core::note;
use eyelevel_core::reflection::{self, PromptKind, ReflectionAnswer, ReflectionInput};
use eyelevel_core::tandem;
use eyelevel_core::topic::{self, TopicInput};

const CANARY: &str = "CANARY-9d41-Privatissimum";

fn canary(place: &str) -> String {
    format!("{CANARY} {place}")
}

/// The decrypted body of `bytes`, read with Bob's keys.
fn decrypt(p: &exchange_support::Pair, bytes: &[u8]) -> Vec<u8> {
    let peer = store::peer(p.bob.session.conn(), p.bob.tandem)
        .unwrap()
        .unwrap();
    let header = match file::peek(bytes) {
        file::Peek::Header(h) => h,
        other => panic!("not a file: {other:?}"),
    };
    let exchange_id: [u8; 16] = keys::from_hex("id", &peer.exchange_id).unwrap();
    let alice = peer.partner_public.unwrap();
    let key = keys::file_key(
        peer.my_secret.expose(),
        &alice,
        &exchange_id,
        &alice,
        &peer.my_public,
    )
    .unwrap();
    file::open(&header, bytes, &key).unwrap()
}

#[test]
fn no_private_text_is_in_any_exchange_file() {
    let p = pair();
    let cx = p.alice.cx();
    let t = p.alice.tandem;
    let mut input = common::tandem_input("Digital leadership");
    input.program = Some(canary("program"));
    input.partner_contact = Some(canary("contact"));
    tandem::update(&cx, t, &input).unwrap();

    let m = p.alice.meeting(&p.meeting_uid);
    p.alice.add_point(m, &canary("private point"), false);
    let shared = agenda::add(
        &cx,
        m,
        &AgendaItemInput {
            title: "Shared point".into(),
            topic_id: None,
            minutes: 10,
            prep_notes: canary("prep notes"),
            links: Vec::new(),
            shared: true,
        },
    )
    .unwrap();
    assert!(shared.shared);
    let private_action = action::create(
        &cx,
        t,
        Some(m),
        &ActionInput {
            title: canary("private action"),
            owner: Owner::Me,
            due_date: None,
        },
    )
    .unwrap();
    action::set_shared(&cx, private_action.id, false).unwrap();
    goal::create(
        &cx,
        t,
        &GoalInput {
            title: canary("private goal"),
            why: canary("why"),
            topic_id: None,
            target_date: None,
        },
    )
    .unwrap();
    let shared_goal = goal::create(
        &cx,
        t,
        &GoalInput {
            title: "Shared goal".into(),
            why: String::new(),
            topic_id: None,
            target_date: None,
        },
    )
    .unwrap();
    goal::set_shared(&cx, shared_goal.id, true).unwrap();
    goal::add_note(&cx, shared_goal.id, &canary("goal note")).unwrap();
    note::save(&cx, m, &canary("meeting note")).unwrap();
    let second = meeting::plan(
        &cx,
        t,
        &MeetingInput {
            date: common::date("2026-12-15"),
            time: "10:00".into(),
            duration_minutes: 60,
            place: "Office".into(),
            video_link: None,
        },
    )
    .unwrap();
    meeting::cancel(
        &cx,
        second.id,
        Some(&canary("cancel reason")),
        EditScope::ThisOnly,
    )
    .unwrap();
    reflection::save(
        &cx,
        m,
        &ReflectionInput {
            answers: vec![ReflectionAnswer {
                prompt: "What did I learn?".into(),
                kind: PromptKind::Text,
                text: canary("reflection"),
                scale: None,
            }],
            goal_ids: Vec::new(),
        },
    )
    .unwrap();
    journal::create(
        &cx,
        &JournalEntryInput {
            tandem_id: Some(t),
            title: canary("journal title"),
            body: canary("journal body"),
            prompt: None,
            topic_id: None,
            tags: vec!["canary".into()],
            goal_ids: Vec::new(),
            pinned: false,
        },
    )
    .unwrap();
    topic::create(
        &cx,
        &TopicInput {
            title: canary("own topic"),
            description: canary("topic description"),
            questions: vec![canary("topic question")],
        },
    )
    .unwrap();

    let path = p.alice.send();
    let bytes = std::fs::read(&path).unwrap();
    let plain = decrypt(&p, &bytes);
    let text = String::from_utf8(plain).unwrap();
    // The shared items are there (so the file is the one that counts) …
    for expected in [
        "Shared point",
        "Shared goal",
        "Digital leadership",
        "cancelled",
    ] {
        assert!(
            text.contains(expected),
            "{expected} missing from the snapshot"
        );
    }
    // … and no private text, in the decrypted body or in the file's bytes.
    assert!(!text.contains("CANARY"), "a private text leaked:\n{text}");
    assert!(!common::contains(&bytes, b"CANARY"));
    assert!(
        !common::contains(&bytes, b"Shared point"),
        "the file is encrypted"
    );
}

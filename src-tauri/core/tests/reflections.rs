//! Reflection prompt sets (built-in per role and language, customised, reset) and
//! reflections (save, update, delete when blank, goal links, validation, cascades) on a real
//! SQLCipher database.

mod common;
mod fixtures;

use chrono::Duration;
use common::*;
use eyelevel_core::goal;
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting;
use eyelevel_core::reflection::{self, PromptDraft, PromptKind, ReflectionAnswer, ReflectionInput};
use eyelevel_core::session::Session;
use eyelevel_core::tandem::{self, Role};
use eyelevel_core::time::utc_text;
use eyelevel_core::ErrorCode;
use fixtures::{goal_input, meeting_input};

/// A tandem (my role: mentee) with one meeting; returns (tandem id, meeting id).
fn tandem_with_meeting(s: &mut Session, title: &str) -> (i64, i64) {
    let t = tandem::create(&cx(s.conn()), &tandem_input(title)).unwrap();
    let m = meeting::plan(&cx(s.conn()), t.id, &meeting_input("2026-12-01", "10:00")).unwrap();
    (t.id, m.id)
}

fn text(prompt: &str, body: &str) -> ReflectionAnswer {
    ReflectionAnswer {
        prompt: prompt.into(),
        kind: PromptKind::Text,
        text: body.into(),
        scale: None,
    }
}

fn scale(prompt: &str, value: Option<u8>) -> ReflectionAnswer {
    ReflectionAnswer {
        prompt: prompt.into(),
        kind: PromptKind::Scale,
        text: String::new(),
        scale: value,
    }
}

fn input(answers: Vec<ReflectionAnswer>, goal_ids: Vec<i64>) -> ReflectionInput {
    ReflectionInput { answers, goal_ids }
}

fn draft(kind: PromptKind, text: &str) -> PromptDraft {
    PromptDraft {
        kind,
        text: text.into(),
    }
}

// ---- prompt sets ----

#[test]
fn built_in_prompts_per_role_and_language() {
    let (_tmp, s) = session();
    let mentee = reflection::prompt_set(&cx(s.conn()), Role::Mentee).unwrap();
    assert!(!mentee.customised);
    assert_eq!(mentee.role, Role::Mentee);
    let texts: Vec<&str> = mentee.prompts.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "What did I learn?",
            "What surprised me?",
            "What will I try before we meet again?",
            "How confident do I feel about the topic?"
        ]
    );
    let kinds: Vec<PromptKind> = mentee.prompts.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            PromptKind::Text,
            PromptKind::Text,
            PromptKind::Text,
            PromptKind::Scale
        ]
    );
    let mentor = reflection::prompt_set(&cx(s.conn()), Role::Mentor).unwrap();
    assert_eq!(mentor.prompts[0].text, "What went well in explaining?");
    assert_eq!(mentor.prompts[3].text, "How did I feel?");
    assert_eq!(mentor.prompts[3].kind, PromptKind::Scale);

    let de = reflection::prompt_set(&cx(s.conn()).in_language(Language::De), Role::Mentee).unwrap();
    assert_eq!(de.prompts[0].text, "Was habe ich gelernt?");
    assert_eq!(de.prompts.len(), 4);
    let de = reflection::prompt_set(&cx(s.conn()).in_language(Language::De), Role::Mentor).unwrap();
    assert!(de.prompts[2].text.contains("Führung"), "{:?}", de.prompts);
    assert_eq!(de.prompts[3].kind, PromptKind::Scale);
}

#[test]
fn a_customised_set_is_kept_per_role_until_reset() {
    let (_tmp, s) = session();
    let custom = vec![
        draft(PromptKind::Text, "  Was nehme ich mit?\n"),
        draft(PromptKind::Scale, "Wie war die Energie?"),
    ];
    let saved = reflection::save_prompt_set(&cx(s.conn()), Role::Mentor, &custom).unwrap();
    assert!(saved.customised);
    assert_eq!(saved.prompts[0].text, "Was nehme ich mit?");
    assert_eq!(
        reflection::prompt_set(&cx(s.conn()), Role::Mentor).unwrap(),
        saved
    );
    // The set is the user's, in any app language; the other role keeps the built-in set.
    assert_eq!(
        reflection::prompt_set(&cx(s.conn()).in_language(Language::De), Role::Mentor).unwrap(),
        saved
    );
    assert!(
        !reflection::prompt_set(&cx(s.conn()), Role::Mentee)
            .unwrap()
            .customised
    );

    for bad in [
        Vec::new(),
        vec![draft(PromptKind::Text, "  ")],
        vec![draft(PromptKind::Text, "x"); 13],
    ] {
        let err = reflection::save_prompt_set(&cx(s.conn()), Role::Mentor, &bad).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert_eq!(err.field(), Some("prompts"));
    }
    let err = reflection::save_prompt_set(
        &cx(s.conn()),
        Role::Mentor,
        &[draft(PromptKind::Text, &"x".repeat(301))],
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::TextTooLong);
    assert_eq!(err.field(), Some("prompts"));
    assert_eq!(
        reflection::prompt_set(&cx(s.conn()), Role::Mentor).unwrap(),
        saved
    );
    let twelve = vec![draft(PromptKind::Text, &"y".repeat(300)); 12];
    assert_eq!(
        reflection::save_prompt_set(&cx(s.conn()), Role::Mentor, &twelve)
            .unwrap()
            .prompts
            .len(),
        12
    );

    let reset = reflection::reset_prompt_set(&cx(s.conn()).in_language(Language::De), Role::Mentor)
        .unwrap();
    assert!(!reset.customised);
    assert_eq!(reset, reflection::builtin_set(Role::Mentor, Language::De));
    assert_eq!(count(s.conn(), "reflection_prompts"), 0);
}

// ---- reflections ----

#[test]
fn a_reflection_is_saved_updated_and_keeps_its_role() {
    let (_tmp, mut s) = session();
    let (t, m) = tandem_with_meeting(&mut s, "Reflect");
    let g = goal::create(&cx(s.conn()), t, &goal_input("Lead with AI")).unwrap();
    assert_eq!(reflection::get(s.conn(), m).unwrap(), None);
    assert_eq!(
        reflection::get(s.conn(), 999).unwrap_err().code(),
        ErrorCode::NotFound
    );

    let first = input(
        vec![
            text("What did I learn?", "**Prompting** für Übersetzungen"),
            text("What surprised me?", ""),
            scale("How confident do I feel about the topic?", Some(4)),
        ],
        vec![g.id, g.id],
    );
    let saved = reflection::save(&cx(s.conn()), m, &first).unwrap().unwrap();
    assert_eq!((saved.meeting_id, saved.tandem_id), (m, t));
    assert_eq!(saved.role, Role::Mentee);
    assert_eq!(saved.goal_ids, [g.id]);
    assert_eq!(saved.answers, first.answers);
    assert_eq!(saved.rating(), Some(4));
    assert_eq!(saved.created_at, utc_text(now()));
    assert_eq!(reflection::get(s.conn(), m).unwrap().as_ref(), Some(&saved));

    // The user's role changes later; the reflection keeps the role it was written in.
    let mut changed = tandem_input("Reflect");
    changed.my_role = Role::Mentor;
    tandem::update(&cx(s.conn()), t, &changed).unwrap();
    let later = now() + Duration::hours(1);
    let second = input(vec![text("What did I learn?", "Mehr.")], Vec::new());
    let updated = reflection::save(&cx(s.conn()).at(later), m, &second)
        .unwrap()
        .unwrap();
    assert_eq!(updated.id, saved.id);
    assert_eq!(updated.role, Role::Mentee);
    assert_eq!(updated.goal_ids, Vec::<i64>::new());
    assert_eq!(updated.created_at, saved.created_at);
    assert_eq!(updated.updated_at, utc_text(later));
    assert_eq!(count(s.conn(), "reflections"), 1);
    assert_eq!(count(s.conn(), "reflection_goals"), 0);
}

#[test]
fn a_blank_reflection_is_deleted_but_a_rating_or_goal_keeps_it() {
    let (_tmp, mut s) = session();
    let (t, m) = tandem_with_meeting(&mut s, "Blank");
    let g = goal::create(&cx(s.conn()), t, &goal_input("G")).unwrap();
    let blank = input(vec![text("Q", "  \n"), scale("S", None)], Vec::new());
    assert_eq!(reflection::save(&cx(s.conn()), m, &blank).unwrap(), None);
    assert_eq!(count(s.conn(), "reflections"), 0);

    let rated = input(vec![text("Q", " "), scale("S", Some(2))], Vec::new());
    let r = reflection::save(&cx(s.conn()), m, &rated).unwrap().unwrap();
    assert_eq!(r.answers[0].text, "");
    let linked = input(vec![text("Q", "")], vec![g.id]);
    assert!(reflection::save(&cx(s.conn()), m, &linked)
        .unwrap()
        .is_some());

    assert_eq!(reflection::save(&cx(s.conn()), m, &blank).unwrap(), None);
    assert_eq!(count(s.conn(), "reflections"), 0);
    assert_eq!(count(s.conn(), "reflection_goals"), 0);
    assert_eq!(reflection::get(s.conn(), m).unwrap(), None);
}

#[test]
fn reflections_are_validated_and_change_nothing_when_refused() {
    let (_tmp, mut s) = session();
    let (t, m) = tandem_with_meeting(&mut s, "Valid");
    let (other, _) = tandem_with_meeting(&mut s, "Other");
    let foreign = goal::create(&cx(s.conn()), other, &goal_input("Not mine")).unwrap();
    let own = goal::create(&cx(s.conn()), t, &goal_input("Mine")).unwrap();
    let good = input(vec![text("Q", "kept")], vec![own.id]);
    let saved = reflection::save(&cx(s.conn()), m, &good).unwrap();

    let cases: Vec<(ReflectionInput, ErrorCode, Option<&str>)> = vec![
        (
            input(vec![text("Q", "x")], vec![foreign.id]),
            ErrorCode::NotFound,
            None,
        ),
        (
            input(vec![text("Q", "x")], vec![4242]),
            ErrorCode::NotFound,
            None,
        ),
        (
            input(vec![scale("S", Some(9))], Vec::new()),
            ErrorCode::InvalidInput,
            Some("answers.scale"),
        ),
        (
            input(vec![scale("S", Some(0))], Vec::new()),
            ErrorCode::InvalidInput,
            Some("answers.scale"),
        ),
        (
            input(
                vec![ReflectionAnswer {
                    scale: Some(3),
                    ..text("Q", "x")
                }],
                Vec::new(),
            ),
            ErrorCode::InvalidInput,
            Some("answers.scale"),
        ),
        (
            input(vec![text("Q", &"x".repeat(20_001))], Vec::new()),
            ErrorCode::TextTooLong,
            Some("answers.text"),
        ),
        (
            input(vec![text(" ", "x")], Vec::new()),
            ErrorCode::InvalidInput,
            Some("answers.prompt"),
        ),
        (
            input(vec![text("Q", "x"); 13], Vec::new()),
            ErrorCode::InvalidInput,
            Some("answers"),
        ),
    ];
    for (bad, code, field) in cases {
        let err = reflection::save(&cx(s.conn()), m, &bad).unwrap_err();
        assert_eq!(err.code(), code, "{bad:?}");
        assert_eq!(err.field(), field, "{bad:?}");
    }
    assert_eq!(reflection::get(s.conn(), m).unwrap(), saved);
    let err = reflection::save(&cx(s.conn()), 999, &good).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn the_largest_reflection_fits() {
    let (_tmp, mut s) = session();
    let (_, m) = tandem_with_meeting(&mut s, "Large");
    // Quotes and line breaks grow in JSON; twelve full answers must still be stored.
    let body = "\"\n".repeat(10_000);
    let answers = (0..12)
        .map(|i| text(&format!("{i} {}", "p".repeat(290)), &body))
        .collect();
    let r = reflection::save(&cx(s.conn()), m, &input(answers, Vec::new()))
        .unwrap()
        .unwrap();
    assert_eq!(r.answers.len(), 12);
    assert_eq!(r.answers[11].text, body);
}

#[test]
fn reflections_go_with_their_meeting_and_goals() {
    let (_tmp, mut s) = session();
    let (t, m) = tandem_with_meeting(&mut s, "Cascade");
    let g1 = goal::create(&cx(s.conn()), t, &goal_input("One")).unwrap();
    let g2 = goal::create(&cx(s.conn()), t, &goal_input("Two")).unwrap();
    let both = input(vec![text("Q", "x")], vec![g2.id, g1.id]);
    let r = reflection::save(&cx(s.conn()), m, &both).unwrap().unwrap();
    assert_eq!(r.goal_ids, [g1.id, g2.id]);
    goal::delete(s.conn(), g1.id).unwrap();
    assert_eq!(
        reflection::get(s.conn(), m).unwrap().unwrap().goal_ids,
        [g2.id]
    );
    meeting::delete(s.conn(), m).unwrap();
    assert_eq!(count(s.conn(), "reflections"), 0);
    assert_eq!(count(s.conn(), "reflection_goals"), 0);
}

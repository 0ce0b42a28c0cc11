//! The topic library: built-ins in both languages, hide/unhide, user topic CRUD.

mod common;

use common::*;
use eyelevel_core::i18n::Language;
use eyelevel_core::topic::{self, catalog::CATALOG, Topic, TopicInput};
use eyelevel_core::ErrorCode;

fn input(title: &str) -> TopicInput {
    TopicInput {
        title: title.into(),
        description: "What we want to find out.".into(),
        questions: vec!["  First question?  ".into(), "".into(), "Second?".into()],
    }
}

fn keys(topics: &[Topic]) -> Vec<String> {
    topics
        .iter()
        .map(|t| t.key.clone().unwrap_or_else(|| t.title.clone()))
        .collect()
}

#[test]
fn builtins_in_german_and_english() {
    let (_tmp, s) = session();
    let de = topic::list(&cx(s.conn()).in_language(Language::De), false).unwrap();
    let en = topic::list(&cx(s.conn()), false).unwrap();
    assert_eq!(de.len(), 9);
    let catalog_keys: Vec<&str> = CATALOG.iter().map(|t| t.key).collect();
    assert_eq!(keys(&de), catalog_keys);
    assert_eq!(keys(&en), catalog_keys);
    for (d, e) in de.iter().zip(&en) {
        assert_eq!(d.id, e.id);
        assert!(d.builtin && !d.hidden);
        assert_ne!(d.title, e.title);
        assert!((4..=6).contains(&d.questions.len()));
        assert_eq!(d.questions.len(), e.questions.len());
        assert!(!d.description.is_empty() && !e.description.is_empty());
    }
    let ai_de = de
        .iter()
        .find(|t| t.key.as_deref() == Some("ai_at_work"))
        .unwrap();
    assert_eq!(ai_de.title, "KI im Arbeitsalltag");
    assert!(ai_de.questions.iter().any(|q| q.contains("du")));
    let ai_en = topic::get(&cx(s.conn()), ai_de.id).unwrap();
    assert_eq!(ai_en.title, "AI at work");
    assert_eq!(
        ai_en.questions[0],
        "Which AI tools do you use in a normal week, and for what?"
    );
}

#[test]
fn builtins_hide_but_never_change() {
    let (_tmp, s) = session();
    let id = topic::builtin_id(s.conn(), "sustainability").unwrap();
    let hidden = topic::set_hidden(&cx(s.conn()).in_language(Language::De), id, true).unwrap();
    assert!(hidden.hidden);
    assert_eq!(hidden.title, "Nachhaltigkeit als Haltung");
    assert_eq!(topic::list(&cx(s.conn()), false).unwrap().len(), 8);
    let all = topic::list(&cx(s.conn()), true).unwrap();
    assert_eq!(all.len(), 9);
    assert!(all.iter().find(|t| t.id == id).unwrap().hidden);

    let err = topic::update(&cx(s.conn()), id, &input("Mine now")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::BuiltinTopic);
    let err = topic::delete(&cx(s.conn()), id).unwrap_err();
    assert_eq!(err.code(), ErrorCode::BuiltinTopic);
    assert!(err.to_string().contains("hidden"), "{err}");

    let shown = topic::set_hidden(&cx(s.conn()), id, false).unwrap();
    assert!(!shown.hidden);
    assert_eq!(topic::list(&cx(s.conn()), false).unwrap().len(), 9);
}

#[test]
fn user_topic_crud() {
    let (_tmp, s) = session();
    let t = topic::create(&cx(s.conn()), &input("  Podcasts  ")).unwrap();
    assert!(!t.builtin && t.key.is_none() && !t.hidden);
    assert_eq!(t.title, "Podcasts");
    assert_eq!(t.questions, ["First question?", "Second?"]);
    topic::create(&cx(s.conn()), &input("Ärger im Team")).unwrap();
    topic::create(&cx(s.conn()), &input("Zeitmanagement")).unwrap();
    let listed = topic::list(&cx(s.conn()).in_language(Language::De), false).unwrap();
    let own: Vec<&str> = listed[9..].iter().map(|t| t.title.as_str()).collect();
    assert_eq!(own, ["Ärger im Team", "Podcasts", "Zeitmanagement"]);
    // User topics are stored as typed, whatever the language.
    assert_eq!(topic::get(&cx(s.conn()), t.id).unwrap(), t);

    let mut edit = input("Podcasts & audio");
    edit.questions = vec!["Which podcast do you recommend?".into()];
    let e = topic::update(&cx(s.conn()), t.id, &edit).unwrap();
    assert_eq!(e.title, "Podcasts & audio");
    assert_eq!(e.questions.len(), 1);
    let h = topic::set_hidden(&cx(s.conn()).in_language(Language::De), t.id, true).unwrap();
    assert!(h.hidden);
    assert_eq!(
        topic::list(&cx(s.conn()).in_language(Language::De), false)
            .unwrap()
            .len(),
        11
    );

    topic::delete(&cx(s.conn()), t.id).unwrap();
    assert_eq!(
        topic::get(&cx(s.conn()).in_language(Language::De), t.id)
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
    assert_eq!(
        topic::delete(&cx(s.conn()), t.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    let codes = [
        topic::update(&cx(s.conn()), 4242, &input("x"))
            .unwrap_err()
            .code(),
        topic::set_hidden(&cx(s.conn()).in_language(Language::De), 4242, true)
            .unwrap_err()
            .code(),
    ];
    assert_eq!(codes, [ErrorCode::NotFound, ErrorCode::NotFound]);
}

#[test]
fn user_topic_validation() {
    let (_tmp, mut s) = session();
    let t = topic::create(&cx(s.conn()), &input("Podcasts")).unwrap();
    let code = |s: &mut eyelevel_core::session::Session, i: &TopicInput| {
        topic::create(&cx(s.conn()), i).unwrap_err().code()
    };
    assert_eq!(code(&mut s, &input("PODCASTS")), ErrorCode::DuplicateTitle);
    assert_eq!(
        code(&mut s, &input("ki im arbeitsalltag")),
        ErrorCode::DuplicateTitle
    );
    assert_eq!(
        code(&mut s, &input("AI at Work")),
        ErrorCode::DuplicateTitle
    );
    assert_eq!(code(&mut s, &input("   ")), ErrorCode::TitleRequired);
    assert_eq!(
        code(&mut s, &input(&"t".repeat(201))),
        ErrorCode::TextTooLong
    );
    let mut long = input("Long");
    long.description = "d".repeat(20_001);
    assert_eq!(code(&mut s, &long), ErrorCode::TextTooLong);
    let mut many = input("Many");
    many.questions = (0..51).map(|i| format!("Q{i}?")).collect();
    assert_eq!(code(&mut s, &many), ErrorCode::InvalidInput);
    // Renaming to its own title in another case is fine.
    assert!(topic::update(&cx(s.conn()), t.id, &input("podcasts")).is_ok());
}

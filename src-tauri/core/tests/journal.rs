//! Journal entries (validation, tags, pins, links, cascades) and the prompt of the day on a
//! real SQLCipher database.

mod common;
mod fixtures;

use chrono::Duration;
use common::*;
use eyelevel_core::goal;
use eyelevel_core::i18n::Language;
use eyelevel_core::journal::{self, JournalEntryInput, TagCount};
use eyelevel_core::tandem;
use eyelevel_core::time::utc_text;
use eyelevel_core::topic::{self, TopicInput};
use eyelevel_core::ErrorCode;
use fixtures::{builtin, goal_input};

fn entry(tandem_id: Option<i64>, title: &str, body: &str, tags: &[&str]) -> JournalEntryInput {
    JournalEntryInput {
        tandem_id,
        title: title.into(),
        body: body.into(),
        prompt: None,
        topic_id: None,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        goal_ids: Vec::new(),
        pinned: false,
    }
}

#[test]
fn entries_round_trip_with_cleaned_fields() {
    let (_tmp, s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("Jörg")).unwrap();
    let g2 = goal::create(&cx(s.conn()), t.id, &goal_input("B")).unwrap();
    let g1 = goal::create(&cx(s.conn()), t.id, &goal_input("A")).unwrap();
    let topic = builtin(s.conn(), "ai_at_work");
    let mut input = entry(
        Some(t.id),
        "  Reverse\nMentoring ",
        "Über **Führung** nachgedacht\n",
        &["  KI ", "ki", "Führung", "", "FÜHRUNG", "Teams"],
    );
    input.prompt = Some("  What did AI change for you?  ".into());
    input.topic_id = Some(topic);
    input.goal_ids = vec![g1.id, g2.id, g1.id];
    input.pinned = true;
    let e = journal::create(&cx(s.conn()), &input).unwrap();
    assert_eq!(e.tandem_id, Some(t.id));
    assert_eq!(e.title, "Reverse Mentoring");
    assert_eq!(e.body, "Über **Führung** nachgedacht\n");
    assert_eq!(e.prompt.as_deref(), Some("What did AI change for you?"));
    assert_eq!(e.topic_id, Some(topic));
    assert_eq!(e.tags, ["KI", "Führung", "Teams"]);
    let mut goals = vec![g1.id, g2.id];
    goals.sort_unstable();
    assert_eq!(e.goal_ids, goals);
    assert!(e.pinned);
    assert_eq!(
        (e.created_at.as_str(), e.updated_at.as_str()),
        (utc_text(now()).as_str(), utc_text(now()).as_str())
    );
    assert_eq!(journal::get(s.conn(), e.id).unwrap(), e);

    let later = now() + Duration::hours(2);
    let mut changed = entry(None, "", "Nur Text", &["neu"]);
    changed.prompt = Some("   ".into());
    let u = journal::update(&cx(s.conn()).at(later), e.id, &changed).unwrap();
    assert_eq!(
        (u.tandem_id, u.title.as_str(), u.prompt.as_deref()),
        (None, "", None)
    );
    assert_eq!(u.tags, ["neu"]);
    assert!(u.goal_ids.is_empty() && !u.pinned);
    assert_eq!(u.created_at, e.created_at);
    assert_eq!(u.updated_at, utc_text(later));
    assert_eq!(count(s.conn(), "journal_entry_goals"), 0);
    assert_eq!(count(s.conn(), "journal_entry_tags"), 1);

    let title_only = journal::create(&cx(s.conn()), &entry(None, "Nur Titel", " \n", &[])).unwrap();
    assert_eq!(title_only.body, "");
}

#[test]
fn entries_are_validated_with_fields() {
    let (_tmp, s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("Mine")).unwrap();
    let other = tandem::create(&cx(s.conn()), &tandem_input("Other")).unwrap();
    let foreign = goal::create(&cx(s.conn()), other.id, &goal_input("Theirs")).unwrap();
    let many: Vec<String> = (0..21).map(|i| format!("tag{i}")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    let long_tag = "x".repeat(41);
    let cases: Vec<(JournalEntryInput, ErrorCode, Option<&str>)> = vec![
        (
            entry(Some(t.id), " ", " \n ", &[]),
            ErrorCode::InvalidInput,
            Some("body"),
        ),
        (
            entry(None, &"t".repeat(201), "", &[]),
            ErrorCode::TextTooLong,
            Some("title"),
        ),
        (
            entry(None, "", &"b".repeat(100_001), &[]),
            ErrorCode::TextTooLong,
            Some("body"),
        ),
        (
            entry(None, "x", "", &["a,b"]),
            ErrorCode::InvalidInput,
            Some("tags"),
        ),
        (
            entry(None, "x", "", &[&long_tag]),
            ErrorCode::TextTooLong,
            Some("tags"),
        ),
        (
            entry(None, "x", "", &many),
            ErrorCode::InvalidInput,
            Some("tags"),
        ),
        (
            JournalEntryInput {
                prompt: Some("p".repeat(1001)),
                ..entry(None, "x", "", &[])
            },
            ErrorCode::TextTooLong,
            Some("prompt"),
        ),
        (entry(Some(4242), "x", "", &[]), ErrorCode::NotFound, None),
        (
            JournalEntryInput {
                topic_id: Some(4242),
                ..entry(None, "x", "", &[])
            },
            ErrorCode::NotFound,
            None,
        ),
        (
            JournalEntryInput {
                goal_ids: vec![foreign.id],
                ..entry(Some(t.id), "x", "", &[])
            },
            ErrorCode::NotFound,
            None,
        ),
        (
            JournalEntryInput {
                goal_ids: vec![4242],
                ..entry(None, "x", "", &[])
            },
            ErrorCode::NotFound,
            None,
        ),
    ];
    for (bad, code, field) in cases {
        let err = journal::create(&cx(s.conn()), &bad).unwrap_err();
        assert_eq!((err.code(), err.field()), (code, field), "{:?}", bad.title);
    }
    assert_eq!(count(s.conn(), "journal_entries"), 0);
    // 20 tags (and duplicates beyond them) are fine; a goal of any tandem without a tandem.
    let twenty: Vec<String> = (0..20)
        .map(|i| format!("Tag{i}"))
        .chain(["tag0".into()])
        .collect();
    let twenty: Vec<&str> = twenty.iter().map(String::as_str).collect();
    let ok = journal::create(&cx(s.conn()), &entry(None, "x", "", &twenty)).unwrap();
    assert_eq!(ok.tags.len(), 20);
    let free = JournalEntryInput {
        goal_ids: vec![foreign.id],
        ..entry(None, "x", "", &[])
    };
    assert_eq!(
        journal::create(&cx(s.conn()), &free).unwrap().goal_ids,
        [foreign.id]
    );

    let err = journal::update(&cx(s.conn()), 4242, &entry(None, "x", "", &[])).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    // A refused update leaves the entry as it was.
    let err = journal::update(&cx(s.conn()), ok.id, &entry(None, "", "", &[])).unwrap_err();
    assert_eq!(err.field(), Some("body"));
    assert_eq!(journal::get(s.conn(), ok.id).unwrap(), ok);
}

#[test]
fn pin_delete_and_tag_counts() {
    let (_tmp, s) = session();
    let a = journal::create(&cx(s.conn()), &entry(None, "a", "", &["KI", "Führung"])).unwrap();
    let b = journal::create(&cx(s.conn()), &entry(None, "b", "", &["KI", "Teams"])).unwrap();
    let c = journal::create(
        &cx(s.conn()),
        &entry(None, "c", "", &["führung", "ki", "Ärger"]),
    )
    .unwrap();
    let tags = journal::tags(s.conn()).unwrap();
    let tc = |tag: &str, count: u32| TagCount {
        tag: tag.into(),
        count,
    };
    assert_eq!(
        tags,
        [
            tc("KI", 3),
            tc("Führung", 2),
            tc("Ärger", 1),
            tc("Teams", 1)
        ]
    );

    let later = now() + Duration::minutes(1);
    let pinned = journal::set_pinned(&cx(s.conn()).at(later), b.id, true).unwrap();
    assert!(pinned.pinned);
    assert!(
        !journal::set_pinned(&cx(s.conn()).at(later), b.id, false)
            .unwrap()
            .pinned
    );
    assert_eq!(
        journal::set_pinned(&cx(s.conn()).at(later), 4242, true)
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );

    journal::delete(s.conn(), c.id).unwrap();
    assert_eq!(
        journal::get(s.conn(), c.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(
        journal::delete(s.conn(), c.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    let tags = journal::tags(s.conn()).unwrap();
    assert_eq!(tags, [tc("KI", 2), tc("Führung", 1), tc("Teams", 1)]);
    journal::delete(s.conn(), a.id).unwrap();
    journal::delete(s.conn(), b.id).unwrap();
    assert!(journal::tags(s.conn()).unwrap().is_empty());
    assert_eq!(count(s.conn(), "journal_entry_tags"), 0);
}

#[test]
fn entries_follow_deletes_of_tandems_goals_and_topics() {
    let (_tmp, s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("Going")).unwrap();
    let g = goal::create(&cx(s.conn()), t.id, &goal_input("G")).unwrap();
    let own = topic::create(
        &cx(s.conn()),
        &TopicInput {
            title: "Eigenes".into(),
            description: String::new(),
            questions: vec![],
        },
    )
    .unwrap();
    let free = JournalEntryInput {
        topic_id: Some(own.id),
        goal_ids: vec![g.id],
        ..entry(None, "free", "", &[])
    };
    let free = journal::create(&cx(s.conn()), &free).unwrap();
    journal::create(&cx(s.conn()), &entry(Some(t.id), "tied", "", &["x"])).unwrap();

    goal::delete(s.conn(), g.id).unwrap();
    assert!(journal::get(s.conn(), free.id).unwrap().goal_ids.is_empty());
    topic::delete(&cx(s.conn()), own.id).unwrap();
    assert_eq!(journal::get(s.conn(), free.id).unwrap().topic_id, None);
    tandem::delete(&cx(s.conn()), t.id).unwrap();
    assert_eq!(count(s.conn(), "journal_entries"), 1);
    assert_eq!(count(s.conn(), "journal_entry_tags"), 0);
}

#[test]
fn prompt_of_the_day_is_deterministic_and_follows_focus_topics() {
    let (_tmp, s) = session();
    let plain = tandem::create(&cx(s.conn()), &tandem_input("Plain")).unwrap();
    let mut focused = tandem_input("Focused");
    let ai = builtin(s.conn(), "ai_at_work");
    focused.focus_topic_ids = vec![ai];
    let focused = tandem::create(&cx(s.conn()), &focused).unwrap();

    let day = today();
    let p = journal::prompt_of_the_day(&cx(s.conn()).at(noon(day)), Some(plain.id))
        .unwrap()
        .unwrap();
    assert_eq!(
        journal::prompt_of_the_day(&cx(s.conn()).at(noon(day)), Some(plain.id)).unwrap(),
        Some(p.clone())
    );
    let topic = topic::get(&cx(s.conn()), p.topic_id).unwrap();
    assert!(topic.questions.contains(&p.question));
    assert_eq!(p.topic_title, topic.title);
    // Same pick in German: the same topic, its German text.
    let de = journal::prompt_of_the_day(
        &cx(s.conn()).at(noon(day)).in_language(Language::De),
        Some(plain.id),
    )
    .unwrap()
    .unwrap();
    assert_eq!(de.topic_id, p.topic_id);
    let de_topic = topic::get(&cx(s.conn()).in_language(Language::De), p.topic_id).unwrap();
    assert!(de_topic.questions.contains(&de.question));

    // Over a month the pick changes, but for a focused tandem it stays in its focus.
    let mut questions = std::collections::BTreeSet::new();
    for offset in 0..30 {
        let d = day + Duration::days(offset);
        let f = journal::prompt_of_the_day(&cx(s.conn()).at(noon(d)), Some(focused.id))
            .unwrap()
            .unwrap();
        assert_eq!(f.topic_id, ai);
        let any = journal::prompt_of_the_day(&cx(s.conn()).at(noon(d)), None)
            .unwrap()
            .unwrap();
        questions.insert(any.question);
    }
    assert!(questions.len() > 5, "{questions:?}");

    assert_eq!(
        journal::prompt_of_the_day(&cx(s.conn()).at(noon(day)), Some(4242))
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
    // No visible topic with questions → no prompt (a focus topic still counts).
    for t in topic::list(&cx(s.conn()), true).unwrap() {
        topic::set_hidden(&cx(s.conn()), t.id, true).unwrap();
    }
    assert_eq!(
        journal::prompt_of_the_day(&cx(s.conn()).at(noon(day)), None).unwrap(),
        None
    );
    assert_eq!(
        journal::prompt_of_the_day(&cx(s.conn()).at(noon(day)), Some(plain.id)).unwrap(),
        None
    );
    assert!(
        journal::prompt_of_the_day(&cx(s.conn()).at(noon(day)), Some(focused.id))
            .unwrap()
            .is_some()
    );
}

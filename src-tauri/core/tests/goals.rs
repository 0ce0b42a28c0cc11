//! Goals: status history from an injected clock, notes, order, history ordering.

mod common;
mod fixtures;

use chrono::Duration;
use common::*;
use eyelevel_core::clock::{Clock, FixedClock};
use eyelevel_core::goal::{self, GoalStatus};
use eyelevel_core::tandem;
use eyelevel_core::time::utc_text;
use eyelevel_core::topic::{self, TopicInput};
use eyelevel_core::ErrorCode;
use fixtures::{builtin, goal_input};

fn setup() -> (tempfile::TempDir, eyelevel_core::session::Session, i64) {
    let (tmp, s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("Tandem")).unwrap();
    (tmp, s, t.id)
}

#[test]
fn create_and_edit() {
    let (_tmp, s, t) = setup();
    let ai = builtin(s.conn(), "ai_at_work");
    let mut input = goal_input("  Use an AI assistant  ");
    input.topic_id = Some(ai);
    let g = goal::create(&cx(s.conn()), t, &input).unwrap();
    assert_eq!(g.title, "Use an AI assistant");
    assert_eq!(
        (g.status, g.position, g.topic_id),
        (GoalStatus::Open, 0, Some(ai))
    );
    assert_eq!(g.status_history.len(), 1);
    assert_eq!(g.status_history[0].status, GoalStatus::Open);
    assert_eq!(g.status_history[0].changed_at, utc_text(now()));
    assert!(g.notes.is_empty());
    let g2 = goal::create(&cx(s.conn()), t, &goal_input("Second")).unwrap();
    assert_eq!(g2.position, 1);

    let mut edit = goal_input("Use AI daily");
    edit.why = "Because the team does.".into();
    edit.target_date = None;
    let e = goal::update(&cx(s.conn()), g.id, &edit).unwrap();
    assert_eq!(
        (e.title.as_str(), e.topic_id, e.target_date),
        ("Use AI daily", None, None)
    );
    assert_eq!(e.status_history, g.status_history);

    let codes = [
        goal::create(&cx(s.conn()), t, &goal_input(" "))
            .unwrap_err()
            .code(),
        goal::create(&cx(s.conn()), t, &goal_input(&"g".repeat(201)))
            .unwrap_err()
            .code(),
        goal::create(&cx(s.conn()), 999, &goal_input("x"))
            .unwrap_err()
            .code(),
        goal::update(&cx(s.conn()), 999, &goal_input("x"))
            .unwrap_err()
            .code(),
    ];
    assert_eq!(
        codes,
        [
            ErrorCode::TitleRequired,
            ErrorCode::TextTooLong,
            ErrorCode::NotFound,
            ErrorCode::NotFound
        ]
    );
    let mut bad = goal_input("x");
    bad.topic_id = Some(4242);
    let err = goal::create(&cx(s.conn()), t, &bad).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    let mut long = goal_input("x");
    long.why = "w".repeat(20_001);
    let err = goal::update(&cx(s.conn()), g.id, &long).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TextTooLong);
}

#[test]
fn status_history_uses_the_injected_clock() {
    let (_tmp, s, t) = setup();
    let clock = FixedClock::new(now());
    let g = goal::create(&cx(s.conn()).at(clock.now()), t, &goal_input("Goal")).unwrap();
    clock.advance(Duration::days(3));
    goal::set_status(&cx(s.conn()).at(clock.now()), g.id, GoalStatus::InProgress).unwrap();
    clock.advance(Duration::days(10));
    let same =
        goal::set_status(&cx(s.conn()).at(clock.now()), g.id, GoalStatus::InProgress).unwrap();
    assert_eq!(
        same.status_history.len(),
        2,
        "same status again is no change"
    );
    let done = goal::set_status(&cx(s.conn()).at(clock.now()), g.id, GoalStatus::Achieved).unwrap();
    let history: Vec<(GoalStatus, &str)> = done
        .status_history
        .iter()
        .map(|c| (c.status, c.changed_at.as_str()))
        .collect();
    assert_eq!(
        history,
        [
            (GoalStatus::Open, "2026-11-24T09:00:00.000Z"),
            (GoalStatus::InProgress, "2026-11-27T09:00:00.000Z"),
            (GoalStatus::Achieved, "2026-12-07T09:00:00.000Z"),
        ]
    );
    assert_eq!(done.updated_at, "2026-12-07T09:00:00.000Z");
    let err = goal::set_status(&cx(s.conn()), 999, GoalStatus::Dropped).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn notes_newest_first() {
    let (_tmp, s, t) = setup();
    let g = goal::create(&cx(s.conn()), t, &goal_input("Goal")).unwrap();
    goal::add_note(&cx(s.conn()), g.id, "  First step.  ").unwrap();
    let later = now() + Duration::days(1);
    let g = goal::add_note(&cx(s.conn()).at(later), g.id, "Second step.").unwrap();
    let notes: Vec<&str> = g.notes.iter().map(|n| n.body.as_str()).collect();
    assert_eq!(notes, ["Second step.", "First step."]);
    assert_eq!(g.notes[0].created_at, utc_text(later));
    let err = goal::add_note(&cx(s.conn()), g.id, " \n ").unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let err = goal::add_note(&cx(s.conn()), g.id, &"n".repeat(20_001)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TextTooLong);
    let err = goal::add_note(&cx(s.conn()), 999, "x").unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn reorder_active_goals() {
    let (_tmp, mut s, t) = setup();
    let c = s.conn_mut();
    let ids: Vec<i64> = ["A", "B", "C", "D"]
        .iter()
        .map(|n| goal::create(&cx(c), t, &goal_input(n)).unwrap().id)
        .collect();
    goal::set_status(&cx(c), ids[1], GoalStatus::Dropped).unwrap();
    let active = [ids[3], ids[0], ids[2]];
    let reordered = goal::reorder(&cx(c), t, &active).unwrap();
    assert_eq!(reordered.iter().map(|g| g.id).collect::<Vec<_>>(), active);
    assert_eq!(
        reordered.iter().map(|g| g.position).collect::<Vec<_>>(),
        [0, 1, 2]
    );
    let listed: Vec<i64> = goal::list(c, t).unwrap().iter().map(|g| g.id).collect();
    assert_eq!(listed, [ids[3], ids[0], ids[2], ids[1]]);

    for wrong in [
        vec![ids[3], ids[0]],                 // one missing
        vec![ids[3], ids[0], ids[2], ids[1]], // a history goal
        vec![ids[3], ids[0], ids[0]],         // duplicate
        vec![ids[3], ids[0], ids[2], 999],    // unknown
        vec![],
    ] {
        let err = goal::reorder(&cx(c), t, &wrong).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{wrong:?}");
    }
    let listed_again: Vec<i64> = goal::list(c, t).unwrap().iter().map(|g| g.id).collect();
    assert_eq!(listed_again, listed, "a refused reorder changes nothing");
    let err = goal::reorder(&cx(c), 999, &[]).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);

    // A goal that becomes active again goes to the end of the active list.
    let back = goal::set_status(&cx(c), ids[1], GoalStatus::Open).unwrap();
    let listed: Vec<i64> = goal::list(c, t).unwrap().iter().map(|g| g.id).collect();
    assert_eq!(listed, [ids[3], ids[0], ids[2], ids[1]]);
    assert!(back.position > 2);
}

#[test]
fn history_is_ordered_by_last_change() {
    let (_tmp, mut s, t) = setup();
    let c = s.conn_mut();
    let mk =
        |c: &mut rusqlite::Connection, n: &str| goal::create(&cx(c), t, &goal_input(n)).unwrap().id;
    let (a, b, d, e) = (mk(c, "a"), mk(c, "b"), mk(c, "d"), mk(c, "e"));
    let day = |n: i64| now() + Duration::days(n);
    goal::set_status(&cx(c).at(day(1)), a, GoalStatus::Achieved).unwrap();
    goal::set_status(&cx(c).at(day(3)), b, GoalStatus::Dropped).unwrap();
    goal::set_status(&cx(c).at(day(2)), d, GoalStatus::InProgress).unwrap();
    goal::set_status(&cx(c).at(day(5)), d, GoalStatus::Achieved).unwrap();
    let order: Vec<i64> = goal::list(c, t).unwrap().iter().map(|g| g.id).collect();
    assert_eq!(order, [e, d, b, a]);
}

#[test]
fn delete_goal_and_topic_removal() {
    let (_tmp, s, t) = setup();
    let own = topic::create(
        &cx(s.conn()),
        &TopicInput {
            title: "Podcasts".into(),
            description: String::new(),
            questions: vec![],
        },
    )
    .unwrap();
    let mut input = goal_input("Start a podcast");
    input.topic_id = Some(own.id);
    let g = goal::create(&cx(s.conn()), t, &input).unwrap();
    goal::add_note(&cx(s.conn()), g.id, "Idea.").unwrap();
    topic::delete(&cx(s.conn()), own.id).unwrap();
    assert_eq!(
        goal::get(s.conn(), g.id).unwrap().topic_id,
        None,
        "SET NULL"
    );

    goal::delete(s.conn(), g.id).unwrap();
    for table in ["goals", "goal_status_changes", "goal_notes"] {
        assert_eq!(count(s.conn(), table), 0, "{table}");
    }
    assert_eq!(
        goal::delete(s.conn(), g.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(
        goal::get(s.conn(), g.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

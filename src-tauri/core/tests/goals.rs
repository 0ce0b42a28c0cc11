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
    let (tmp, mut s) = session();
    let t = tandem::create(s.conn_mut(), &tandem_input("Tandem"), now()).unwrap();
    (tmp, s, t.id)
}

#[test]
fn create_and_edit() {
    let (_tmp, mut s, t) = setup();
    let ai = builtin(s.conn(), "ai_at_work");
    let mut input = goal_input("  Use an AI assistant  ");
    input.topic_id = Some(ai);
    let g = goal::create(s.conn_mut(), t, &input, now()).unwrap();
    assert_eq!(g.title, "Use an AI assistant");
    assert_eq!(
        (g.status, g.position, g.topic_id),
        (GoalStatus::Open, 0, Some(ai))
    );
    assert_eq!(g.status_history.len(), 1);
    assert_eq!(g.status_history[0].status, GoalStatus::Open);
    assert_eq!(g.status_history[0].changed_at, utc_text(now()));
    assert!(g.notes.is_empty());
    let g2 = goal::create(s.conn_mut(), t, &goal_input("Second"), now()).unwrap();
    assert_eq!(g2.position, 1);

    let mut edit = goal_input("Use AI daily");
    edit.why = "Because the team does.".into();
    edit.target_date = None;
    let e = goal::update(s.conn(), g.id, &edit, now()).unwrap();
    assert_eq!(
        (e.title.as_str(), e.topic_id, e.target_date),
        ("Use AI daily", None, None)
    );
    assert_eq!(e.status_history, g.status_history);

    let codes = [
        goal::create(s.conn_mut(), t, &goal_input(" "), now())
            .unwrap_err()
            .code(),
        goal::create(s.conn_mut(), t, &goal_input(&"g".repeat(201)), now())
            .unwrap_err()
            .code(),
        goal::create(s.conn_mut(), 999, &goal_input("x"), now())
            .unwrap_err()
            .code(),
        goal::update(s.conn(), 999, &goal_input("x"), now())
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
    let err = goal::create(s.conn_mut(), t, &bad, now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    let mut long = goal_input("x");
    long.why = "w".repeat(20_001);
    let err = goal::update(s.conn(), g.id, &long, now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TextTooLong);
}

#[test]
fn status_history_uses_the_injected_clock() {
    let (_tmp, mut s, t) = setup();
    let clock = FixedClock::new(now());
    let g = goal::create(s.conn_mut(), t, &goal_input("Goal"), clock.now()).unwrap();
    clock.advance(Duration::days(3));
    goal::set_status(s.conn_mut(), g.id, GoalStatus::InProgress, clock.now()).unwrap();
    clock.advance(Duration::days(10));
    let same = goal::set_status(s.conn_mut(), g.id, GoalStatus::InProgress, clock.now()).unwrap();
    assert_eq!(
        same.status_history.len(),
        2,
        "same status again is no change"
    );
    let done = goal::set_status(s.conn_mut(), g.id, GoalStatus::Achieved, clock.now()).unwrap();
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
    let err = goal::set_status(s.conn_mut(), 999, GoalStatus::Dropped, now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn notes_newest_first() {
    let (_tmp, mut s, t) = setup();
    let g = goal::create(s.conn_mut(), t, &goal_input("Goal"), now()).unwrap();
    goal::add_note(s.conn(), g.id, "  First step.  ", now()).unwrap();
    let later = now() + Duration::days(1);
    let g = goal::add_note(s.conn(), g.id, "Second step.", later).unwrap();
    let notes: Vec<&str> = g.notes.iter().map(|n| n.body.as_str()).collect();
    assert_eq!(notes, ["Second step.", "First step."]);
    assert_eq!(g.notes[0].created_at, utc_text(later));
    let err = goal::add_note(s.conn(), g.id, " \n ", now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let err = goal::add_note(s.conn(), g.id, &"n".repeat(20_001), now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TextTooLong);
    let err = goal::add_note(s.conn(), 999, "x", now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn reorder_active_goals() {
    let (_tmp, mut s, t) = setup();
    let c = s.conn_mut();
    let ids: Vec<i64> = ["A", "B", "C", "D"]
        .iter()
        .map(|n| goal::create(c, t, &goal_input(n), now()).unwrap().id)
        .collect();
    goal::set_status(c, ids[1], GoalStatus::Dropped, now()).unwrap();
    let active = [ids[3], ids[0], ids[2]];
    let reordered = goal::reorder(c, t, &active).unwrap();
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
        let err = goal::reorder(c, t, &wrong).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{wrong:?}");
    }
    let listed_again: Vec<i64> = goal::list(c, t).unwrap().iter().map(|g| g.id).collect();
    assert_eq!(listed_again, listed, "a refused reorder changes nothing");
    let err = goal::reorder(c, 999, &[]).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);

    // A goal that becomes active again goes to the end of the active list.
    let back = goal::set_status(c, ids[1], GoalStatus::Open, now()).unwrap();
    let listed: Vec<i64> = goal::list(c, t).unwrap().iter().map(|g| g.id).collect();
    assert_eq!(listed, [ids[3], ids[0], ids[2], ids[1]]);
    assert!(back.position > 2);
}

#[test]
fn history_is_ordered_by_last_change() {
    let (_tmp, mut s, t) = setup();
    let c = s.conn_mut();
    let mk = |c: &mut rusqlite::Connection, n: &str| {
        goal::create(c, t, &goal_input(n), now()).unwrap().id
    };
    let (a, b, d, e) = (mk(c, "a"), mk(c, "b"), mk(c, "d"), mk(c, "e"));
    let day = |n: i64| now() + Duration::days(n);
    goal::set_status(c, a, GoalStatus::Achieved, day(1)).unwrap();
    goal::set_status(c, b, GoalStatus::Dropped, day(3)).unwrap();
    goal::set_status(c, d, GoalStatus::InProgress, day(2)).unwrap();
    goal::set_status(c, d, GoalStatus::Achieved, day(5)).unwrap();
    let order: Vec<i64> = goal::list(c, t).unwrap().iter().map(|g| g.id).collect();
    assert_eq!(order, [e, d, b, a]);
}

#[test]
fn delete_goal_and_topic_removal() {
    let (_tmp, mut s, t) = setup();
    let own = topic::create(
        s.conn_mut(),
        &TopicInput {
            title: "Podcasts".into(),
            description: String::new(),
            questions: vec![],
        },
        now(),
    )
    .unwrap();
    let mut input = goal_input("Start a podcast");
    input.topic_id = Some(own.id);
    let g = goal::create(s.conn_mut(), t, &input, now()).unwrap();
    goal::add_note(s.conn(), g.id, "Idea.", now()).unwrap();
    topic::delete(s.conn_mut(), own.id).unwrap();
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

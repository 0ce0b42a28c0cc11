//! Journal timeline pages: an opaque cursor walks the timeline without duplicates or gaps,
//! the pinned section comes only with the first page, bad limits and cursors are refused.

mod common;
mod fixtures;
mod timeline_world;

use std::collections::HashSet;

use chrono::Duration;
use common::*;
use eyelevel_core::journal::{self, JournalFilter, JournalKind};
use eyelevel_core::ErrorCode;
use timeline_world::{at, entry, filter, keys, world};

#[test]
fn cursor_pages_have_no_duplicates_or_gaps() {
    let (_tmp, mut s) = session();
    let w = world(&mut s);
    // Ties: several entries at one instant, and an entry at the same instant as m1's start.
    let m1_start = at(2026, 12, 1, 9, 0);
    for i in 0..7 {
        journal::create(
            &cx(s.conn()).at(m1_start),
            &entry(Some(w.a), &format!("tie {i}")),
        )
        .unwrap();
    }
    for i in 0..9 {
        let when = at(2026, 12, 4, 12, 0) + Duration::minutes(i64::from(i % 3));
        journal::create(&cx(s.conn()).at(when), &entry(None, &format!("more {i}"))).unwrap();
    }
    let all = journal::list(&cx(s.conn()), &filter(200)).unwrap();
    assert_eq!(all.items.len(), 6 + 7 + 9);
    assert!(all.items.windows(2).all(|p| p[0].at >= p[1].at));

    for limit in [1, 2, 3, 5, 7] {
        let mut seen = Vec::new();
        let mut f = filter(limit);
        let mut pages = 0;
        loop {
            let page = journal::list(&cx(s.conn()), &f).unwrap();
            if pages == 0 {
                assert_eq!(keys(&page.pinned), [(JournalKind::Entry, w.e3)]);
            } else {
                assert!(page.pinned.is_empty());
            }
            assert!(page.items.len() <= limit as usize);
            seen.extend(keys(&page.items));
            pages += 1;
            match page.next_cursor {
                Some(c) => f.cursor = Some(c),
                None => break,
            }
            assert!(pages < 100, "runaway paging");
        }
        assert_eq!(seen, keys(&all.items), "limit {limit}");
        let unique: HashSet<_> = seen.iter().collect();
        assert_eq!(unique.len(), seen.len());
    }

    // A filtered walk pages just the same.
    let mut f = JournalFilter {
        tandem_id: Some(w.a),
        ..filter(2)
    };
    let mut seen = Vec::new();
    loop {
        let page = journal::list(&cx(s.conn()), &f).unwrap();
        seen.extend(keys(&page.items));
        match page.next_cursor {
            Some(c) => f.cursor = Some(c),
            None => break,
        }
    }
    let whole = journal::list(
        &cx(s.conn()),
        &JournalFilter {
            tandem_id: Some(w.a),
            ..filter(200)
        },
    )
    .unwrap();
    assert_eq!(seen, keys(&whole.items));
    assert_eq!(whole.items.len(), 4 + 7);
}

#[test]
fn bad_limits_and_cursors_are_refused() {
    let (_tmp, s) = session();
    for limit in [0, 201] {
        let err = journal::list(&cx(s.conn()), &filter(limit)).unwrap_err();
        assert_eq!(
            (err.code(), err.field()),
            (ErrorCode::InvalidInput, Some("limit"))
        );
    }
    for cursor in ["", "garbage", "eyJ9"] {
        let f = JournalFilter {
            cursor: Some(cursor.into()),
            ..filter(10)
        };
        let err = journal::list(&cx(s.conn()), &f).unwrap_err();
        assert_eq!(
            (err.code(), err.field()),
            (ErrorCode::InvalidInput, Some("cursor")),
            "{cursor}"
        );
    }
    let empty = journal::list(&cx(s.conn()), &filter(200)).unwrap();
    assert!(empty.items.is_empty() && empty.pinned.is_empty() && empty.next_cursor.is_none());
}

#[test]
fn tag_and_goal_filters_page_on_their_own_indexes() {
    let (_tmp, mut s) = session();
    let w = world(&mut s);
    let tie = at(2026, 12, 6, 7, 0);
    for i in 0..11 {
        let input = eyelevel_core::journal::JournalEntryInput {
            tags: vec![
                if i % 2 == 0 { "Walk" } else { "walk" }.into(),
                "other".into(),
            ],
            goal_ids: vec![w.goal_a],
            pinned: i == 4,
            ..entry(Some(w.a), &format!("walk {i}"))
        };
        let when = if i < 5 {
            tie
        } else {
            tie + Duration::hours(i64::from(i))
        };
        journal::create(&cx(s.conn()).at(when), &input).unwrap();
    }
    for f in [
        JournalFilter {
            tag: Some("WALK".into()),
            ..filter(3)
        },
        JournalFilter {
            goal_id: Some(w.goal_a),
            ..filter(3)
        },
        JournalFilter {
            tag: Some("walk".into()),
            from: Some(date("2026-12-06")),
            to: Some(date("2026-12-06")),
            ..filter(2)
        },
    ] {
        let whole = journal::list(
            &cx(s.conn()),
            &JournalFilter {
                limit: 200,
                ..f.clone()
            },
        )
        .unwrap();
        let mut page_filter = f.clone();
        let mut seen = Vec::new();
        let mut first = true;
        loop {
            let page = journal::list(&cx(s.conn()), &page_filter).unwrap();
            if first {
                assert_eq!(page.pinned, whole.pinned);
                first = false;
            }
            seen.extend(keys(&page.items));
            match page.next_cursor {
                Some(c) => page_filter.cursor = Some(c),
                None => break,
            }
        }
        assert_eq!(seen, keys(&whole.items), "{f:?}");
        assert_eq!(whole.pinned.len(), 1, "{f:?}");
        assert!(whole
            .items
            .iter()
            .all(|i| i.kind == JournalKind::Entry || f.tag.is_none()));
    }
    let tagged = journal::list(
        &cx(s.conn()),
        &JournalFilter {
            tag: Some("walk".into()),
            ..filter(200)
        },
    )
    .unwrap();
    assert_eq!(tagged.items.len(), 10);
    let by_goal = journal::list(
        &cx(s.conn()),
        &JournalFilter {
            goal_id: Some(w.goal_a),
            ..filter(200)
        },
    )
    .unwrap();
    // 10 walks, e1 and the reflection r1.
    assert_eq!(by_goal.items.len(), 12);
}

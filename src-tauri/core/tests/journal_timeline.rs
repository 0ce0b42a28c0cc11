//! The journal timeline on a real SQLCipher database: order, every filter, dates in the
//! user's zone, the pinned section, excerpts, deletes.

mod common;
mod fixtures;
mod timeline_world;

use common::*;
use eyelevel_core::journal::{self, JournalFilter, JournalKind};
use eyelevel_core::meeting;
use eyelevel_core::tandem;
use timeline_world::{filter, keys, world};

#[test]
fn the_timeline_is_newest_first_with_a_pinned_section() {
    let (_tmp, mut s) = session();
    let w = world(&mut s);
    let page = journal::list(&cx(s.conn()), &filter(50)).unwrap();
    use JournalKind::*;
    assert_eq!(
        keys(&page.items),
        [
            (Reflection, w.r2),
            (Note, w.m3),
            (Entry, w.e2),
            (Note, w.m1),
            (Reflection, w.r1),
            (Entry, w.e1)
        ]
    );
    assert_eq!(keys(&page.pinned), [(Entry, w.e3)]);
    assert_eq!(page.next_cursor, None);

    let note1 = &page.items[3];
    assert_eq!(note1.meeting_id, Some(w.m1));
    assert_eq!(note1.tandem_title.as_deref(), Some("Tandem A"));
    assert_eq!(note1.date, date("2026-12-01"));
    assert_eq!(note1.at, "2026-12-01T09:00:00.000Z");
    assert_eq!(note1.title, "");
    assert_eq!(note1.excerpt, "Notes one Prompting with links");
    let refl1 = &page.items[4];
    assert_eq!(
        (refl1.rating, refl1.goal_ids.clone()),
        (Some(4), vec![w.goal_a])
    );
    assert_eq!(refl1.excerpt, "Learned a lot");
    assert_eq!(page.items[0].topic_ids, [w.topic_x]);
    let e1 = &page.items[5];
    assert_eq!(
        (e1.title.as_str(), e1.excerpt.as_str()),
        ("e1", "Body of e1")
    );
    assert_eq!(e1.date, date("2026-12-01"), "Berlin date of 23:30 UTC");
    assert_eq!(
        (e1.tags.clone(), e1.topic_ids.clone()),
        (vec!["KI".to_string()], vec![w.topic_y])
    );
    assert!(page.pinned[0].pinned);
    assert_eq!(page.items[2].tandem_id, None);

    // In UTC the same entry was written on 30 November.
    let utc = journal::list(&cx(s.conn()).in_zone(chrono_tz::UTC), &filter(50)).unwrap();
    assert_eq!(utc.items[5].date, date("2026-11-30"));
}

#[test]
fn every_filter() {
    let (_tmp, mut s) = session();
    let w = world(&mut s);
    use JournalKind::*;
    let run = |f: JournalFilter| {
        let page = journal::list(&cx(s.conn()), &f).unwrap();
        (keys(&page.items), keys(&page.pinned))
    };
    let by_tandem = run(JournalFilter {
        tandem_id: Some(w.a),
        ..filter(50)
    });
    assert_eq!(
        by_tandem.0,
        [
            (Reflection, w.r2),
            (Note, w.m1),
            (Reflection, w.r1),
            (Entry, w.e1)
        ]
    );
    assert_eq!(by_tandem.1, [(Entry, w.e3)]);
    let b = run(JournalFilter {
        tandem_id: Some(w.b),
        ..filter(50)
    });
    assert_eq!(b, (vec![(Note, w.m3)], vec![]));

    let notes = run(JournalFilter {
        kinds: vec![Note],
        ..filter(50)
    });
    assert_eq!(notes, (vec![(Note, w.m3), (Note, w.m1)], vec![]));
    let mixed = run(JournalFilter {
        kinds: vec![Reflection, Entry],
        ..filter(50)
    });
    assert_eq!(
        mixed.0,
        [
            (Reflection, w.r2),
            (Entry, w.e2),
            (Reflection, w.r1),
            (Entry, w.e1)
        ]
    );
    assert_eq!(mixed.1, [(Entry, w.e3)]);

    for tag in ["ki", "KI", " Ki "] {
        let tagged = run(JournalFilter {
            tag: Some(tag.into()),
            ..filter(50)
        });
        assert_eq!(tagged, (vec![(Entry, w.e1)], vec![]), "{tag}");
    }
    let none = run(JournalFilter {
        tag: Some("nothing".into()),
        ..filter(50)
    });
    assert_eq!(none, (vec![], vec![]));

    let topic = run(JournalFilter {
        topic_id: Some(w.topic_x),
        ..filter(50)
    });
    assert_eq!(topic.0, [(Reflection, w.r2), (Entry, w.e2)]);
    let topic = run(JournalFilter {
        topic_id: Some(w.topic_y),
        ..filter(50)
    });
    assert_eq!(topic.0, [(Entry, w.e1)]);

    let goal = run(JournalFilter {
        goal_id: Some(w.goal_a),
        ..filter(50)
    });
    assert_eq!(goal, (vec![(Reflection, w.r1), (Entry, w.e1)], vec![]));

    let day = run(JournalFilter {
        from: Some(date("2026-12-01")),
        to: Some(date("2026-12-01")),
        ..filter(50)
    });
    assert_eq!(day.0, [(Note, w.m1), (Reflection, w.r1), (Entry, w.e1)]);
    let from = run(JournalFilter {
        from: Some(date("2026-12-03")),
        ..filter(50)
    });
    assert_eq!(
        from,
        (vec![(Reflection, w.r2), (Note, w.m3)], vec![(Entry, w.e3)])
    );
    let to = run(JournalFilter {
        to: Some(date("2026-11-30")),
        ..filter(50)
    });
    assert_eq!(to, (vec![], vec![]));
    let backwards = run(JournalFilter {
        from: Some(date("2026-12-05")),
        to: Some(date("2026-12-01")),
        ..filter(50)
    });
    assert_eq!(backwards, (vec![], vec![]));

    let combined = run(JournalFilter {
        tandem_id: Some(w.a),
        kinds: vec![Entry],
        from: Some(date("2026-12-01")),
        to: Some(date("2026-12-31")),
        ..filter(50)
    });
    assert_eq!(combined, (vec![(Entry, w.e1)], vec![(Entry, w.e3)]));
    let _ = (w.m2, w.b);
}

#[test]
fn deleted_records_leave_the_timeline() {
    let (_tmp, mut s) = session();
    let w = world(&mut s);
    meeting::delete(s.conn(), w.m1).unwrap();
    journal::delete(s.conn(), w.e3).unwrap();
    tandem::delete(&cx(s.conn()), w.b).unwrap();
    let page = journal::list(&cx(s.conn()), &filter(50)).unwrap();
    use JournalKind::*;
    assert_eq!(
        keys(&page.items),
        [(Reflection, w.r2), (Entry, w.e2), (Entry, w.e1)]
    );
    assert!(page.pinned.is_empty());
    let _ = w.m3;
}

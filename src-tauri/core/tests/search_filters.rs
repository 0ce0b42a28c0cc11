//! Search filters, limits, input validation and snippets.

mod common;
mod fixtures;
mod search_support;

use common::*;
use eyelevel_core::search::{self, SearchKind, SearchRequest};
use eyelevel_core::tandem;
use eyelevel_core::ErrorCode;
use search_support::*;

#[test]
fn filters_limits_and_validation() {
    let (_tmp, mut s) = session();
    let a = world(s.conn_mut(), "A");
    let b = world(s.conn_mut(), "B");
    let c = s.conn_mut();
    let loose = create_entry(c, None, "Kompass ohne Tandem", "", None, &[]);
    assert_eq!(results(c, "kompass").total, 17);
    let only_a = search::search(
        c,
        &SearchRequest {
            tandem_id: Some(a.tandem),
            ..request("kompass")
        },
    )
    .unwrap();
    assert_eq!(only_a.total, 8);
    assert!(only_a.hits.iter().all(|h| h.tandem_id == Some(a.tandem)));
    let kinds = search::search(
        c,
        &SearchRequest {
            kinds: vec![SearchKind::Entry, SearchKind::Note],
            ..request("kompass")
        },
    )
    .unwrap();
    let mut got: Vec<_> = kinds.hits.iter().map(|h| (h.kind, h.record_id)).collect();
    got.sort_by_key(|&(k, id)| (k.code(), id));
    let mut want = vec![
        (SearchKind::Entry, a.entry),
        (SearchKind::Entry, b.entry),
        (SearchKind::Entry, loose),
        (SearchKind::Note, a.meeting),
        (SearchKind::Note, b.meeting),
    ];
    want.sort_by_key(|&(k, id)| (k.code(), id));
    assert_eq!(got, want);
    let both = search::search(
        c,
        &SearchRequest {
            tandem_id: Some(b.tandem),
            kinds: vec![SearchKind::Goal],
            ..request("kompass")
        },
    )
    .unwrap();
    assert_eq!(both.hits.len(), 1);
    assert_eq!(both.hits[0].record_id, b.goal);
    let limited = search::search(
        c,
        &SearchRequest {
            limit: 3,
            ..request("kompass")
        },
    )
    .unwrap();
    assert_eq!((limited.hits.len(), limited.total), (3, 17));
    let loose_hit = hits(c, "ohne").pop().unwrap();
    assert_eq!((loose_hit.tandem_id, loose_hit.tandem_title), (None, None));

    // Blank queries have no hits; too long or a bad limit is an input error.
    for q in ["", "   ", "\"\" *"] {
        assert_eq!(results(c, q).total, 0);
        assert!(results(c, q).hits.is_empty());
    }
    let e = search::search(c, &request(&"x".repeat(201))).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::TextTooLong, Some("query"))
    );
    assert!(search::search(c, &request(&"ä".repeat(200))).is_ok());
    for limit in [0, 101] {
        let e = search::search(
            c,
            &SearchRequest {
                limit,
                ..request("x")
            },
        )
        .unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            (ErrorCode::InvalidInput, Some("limit"))
        );
    }
}

#[test]
fn snippets_center_the_first_hit_and_prefer_the_body() {
    let (_tmp, mut s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("T"))
        .unwrap()
        .id;
    let c = s.conn_mut();
    let long = format!(
        "{} Die **Führungskräfte** lernen. {}",
        "Einleitung ".repeat(30),
        "Schluss ".repeat(30)
    );
    create_entry(c, Some(t), "Überschrift", &long, None, &[]);
    let h = &hits(c, "fuehrungskr")[0];
    let m = marked(h);
    assert!(m.starts_with("…Einleitung"), "{m}");
    assert!(m.contains("Die [Führungskräfte] lernen."), "{m}");
    assert!(m.ends_with('…'), "{m}");
    assert!(m.chars().count() <= 210, "{}", m.chars().count());
    // A title-only hit shows the title highlighted.
    let h = &hits(c, "ueberschrift")[0];
    assert_eq!(marked(h), "[Überschrift]");
}

//! Full-text search: every record kind, umlauts and ß, hostile queries.

mod common;
mod fixtures;
mod search_support;

use common::*;
use eyelevel_core::meeting;
use eyelevel_core::search::{self, SearchKind};
use eyelevel_core::tandem;
use search_support::*;

#[test]
fn every_kind_is_found_with_its_context() {
    let (_tmp, mut s) = session();
    let w = world(s.conn_mut(), "Tandem Süd");
    let c = s.conn_mut();
    assert_eq!(
        found_set(c, "kompass"),
        vec![
            (SearchKind::Goal, w.goal),
            (SearchKind::GoalNote, w.goal_note),
            (SearchKind::Agreement, w.tandem),
            (SearchKind::AgendaItem, w.agenda),
            (SearchKind::Note, w.meeting),
            (SearchKind::Action, w.action),
            (SearchKind::Reflection, w.reflection),
            (SearchKind::Entry, w.entry),
        ]
    );
    let starts = meeting::get(c, w.meeting).unwrap().starts_at;
    for h in hits(c, "kompass") {
        assert_eq!(h.tandem_id, Some(w.tandem), "{h:?}");
        assert_eq!(h.tandem_title.as_deref(), Some("Tandem Süd"));
        let (title, meeting_id) = match h.kind {
            SearchKind::Goal | SearchKind::GoalNote => ("Kompass für KI", None),
            SearchKind::AgendaItem => ("Kompass zeigen", Some(w.meeting)),
            SearchKind::Action => ("Kompass-App testen", Some(w.meeting)),
            SearchKind::Entry => ("Lerntagebuch", None),
            SearchKind::Note | SearchKind::Reflection => ("", Some(w.meeting)),
            SearchKind::Agreement => ("", None),
        };
        assert_eq!(
            (h.title.as_str(), h.meeting_id),
            (title, meeting_id),
            "{h:?}"
        );
        if matches!(h.kind, SearchKind::Note | SearchKind::Reflection) {
            assert_eq!(h.at, starts);
        } else {
            assert!(h.at.ends_with('Z'), "{h:?}");
        }
        assert!(h.snippet.iter().any(|p| p.hit), "{h:?}");
    }
    // Title hits weigh more: the goal and the agenda item lead.
    let ranked = found(c, "kompass");
    assert!(matches!(
        ranked[0].0,
        SearchKind::Goal | SearchKind::AgendaItem | SearchKind::Action
    ));
    // Entry prompt and tags, reflection answers (not their prompts) are searchable.
    assert_eq!(found(c, "gelernt"), vec![(SearchKind::Entry, w.entry)]);
    assert_eq!(found(c, "uebung"), vec![(SearchKind::Entry, w.entry)]);
    assert_eq!(
        found(c, "tiktok"),
        vec![(SearchKind::Reflection, w.reflection)]
    );
    assert!(found(c, "confident").is_empty());
    // Markdown is not in the snippet.
    let note = hits(c, "kompass")
        .into_iter()
        .find(|h| h.kind == SearchKind::Note)
        .unwrap();
    assert_eq!(
        marked(&note),
        "Notizen Wir haben über den [Kompass] gesprochen."
    );
}

#[test]
fn umlauts_and_sharp_s_match_both_ways() {
    let (_tmp, mut s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("T"))
        .unwrap()
        .id;
    let c = s.conn_mut();
    let umlaut = create_entry(
        c,
        Some(t),
        "Führung",
        "Auf der Straße, im Öffentlichen Dienst",
        None,
        &[],
    );
    let ascii = create_entry(
        c,
        Some(t),
        "Fuehrung",
        "Auf der Strasse, im Oeffentlichen Dienst",
        None,
        &[],
    );
    let both = vec![(SearchKind::Entry, umlaut), (SearchKind::Entry, ascii)];
    for q in [
        "Führung",
        "Fuehrung",
        "FÜHRUNG",
        "fuehr",
        "füh",
        "Straße",
        "strasse",
        "STRAS",
        "öffentlich",
        "Oeffentl",
        "Fu\u{308}hrung",
    ] {
        assert_eq!(found_set(c, q), both, "{q}");
    }
    // Diacritics removed: "Fuhrung" finds the umlaut spelling only.
    assert_eq!(found(c, "Fuhrung"), vec![(SearchKind::Entry, umlaut)]);
    // Phrases keep both spellings.
    assert_eq!(found_set(c, "\"der Straße\""), both);
    // Snippets highlight the word as stored.
    let h = hits(c, "strasse");
    let snip: Vec<String> = h.iter().map(marked).collect();
    assert!(
        snip.contains(&"Auf der [Straße], im Öffentlichen Dienst".to_string()),
        "{snip:?}"
    );
    assert!(
        snip.contains(&"Auf der [Strasse], im Oeffentlichen Dienst".to_string()),
        "{snip:?}"
    );
    let h = hits(c, "führung");
    assert!(
        h.iter().all(|h| h.snippet.iter().any(|p| p.hit)),
        "title snippets: {h:?}"
    );
}

#[test]
fn hostile_queries_never_fail() {
    let (_tmp, mut s) = session();
    world(s.conn_mut(), "T");
    let c = s.conn_mut();
    for q in [
        "\"",
        "\"\"",
        "*",
        "**",
        "-",
        "--x",
        "NEAR(",
        "NEAR(a b, 3)",
        "AND OR",
        "OR",
        "NOT x",
        "(",
        ")",
        "a)",
        "{title}: x",
        "title:x",
        "^x",
        "x*y",
        "+",
        "🎉",
        "🎉 kompass 🎉",
        "'; DROP TABLE goals; --",
        "\\",
        "\u{0}",
        "a\"b",
        "\"unclosed phrase",
        "x AND",
        "* OR *",
        "ü",
        "ß",
        "\u{301}",
        "١٢٣",
        "日本語",
    ] {
        search::search(c, &request(q)).unwrap_or_else(|e| panic!("{q:?}: {e}"));
    }
    assert_eq!(found_set(c, "🎉 kompass 🎉"), found_set(c, "kompass"));
    // NOT is a word ("Notiz"), not an operator.
    let not = found_set(c, "NOT kompass");
    assert!(!not.is_empty() && not.len() < found_set(c, "kompass").len());
    // A deterministic fuzz over syntax characters.
    let alphabet: Vec<char> = "\"*()-:^{}+, ANDORNEärßüK🎉\t\\'".chars().collect();
    let mut x: u64 = 42;
    for _ in 0..2000 {
        let len = (x % 12) as usize;
        let q: String = (0..len)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                alphabet[(x >> 33) as usize % alphabet.len()]
            })
            .collect();
        search::search(c, &request(&q)).unwrap_or_else(|e| panic!("{q:?}: {e}"));
        x = x.wrapping_add(7);
    }
}

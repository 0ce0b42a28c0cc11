//! The search index follows every edit, delete and cascade.

mod common;
mod fixtures;
mod search_support;

use common::*;
use eyelevel_core::action;
use eyelevel_core::agreement::{self, AgreementInput};
use eyelevel_core::goal;
use eyelevel_core::meeting::{self, EditScope};
use eyelevel_core::search::SearchKind;
use eyelevel_core::tandem;
use fixtures::{action_input, agreement_input, meeting_input};
use search_support::*;

#[test]
fn edits_and_deletes_keep_the_index_in_step() {
    let (_tmp, mut s) = session();
    let w = world(s.conn_mut(), "Edit");
    let c = s.conn_mut();
    let before = indexed(c);
    assert_eq!(before, 8);

    let mut g = fixtures::goal_input("Neuer Titel Zebra");
    g.why = "anders".into();
    goal::update(&cx(c), w.goal, &g).unwrap();
    assert!(!found(c, "zebra").is_empty());
    assert!(!found(c, "versteht").contains(&(SearchKind::Goal, w.goal)));
    // The goal note shows the goal's current title.
    let note = hits(c, "prompts");
    assert_eq!(note[0].title, "Neuer Titel Zebra");

    action::update(&cx(c), w.action, &action_input("Giraffe füttern", None)).unwrap();
    assert_eq!(found(c, "giraffe"), vec![(SearchKind::Action, w.action)]);
    update_entry(c, w.entry, "Okapi", "neu");
    assert_eq!(found(c, "okapi"), vec![(SearchKind::Entry, w.entry)]);
    assert!(found(c, "ausprobiert").is_empty());
    save_note(c, w.meeting, "Pinguin");
    assert_eq!(found(c, "pinguin"), vec![(SearchKind::Note, w.meeting)]);
    save_reflection(c, w.meeting, &["Lama"]);
    assert_eq!(
        found(c, "lama"),
        vec![(SearchKind::Reflection, w.reflection)]
    );
    assert_eq!(indexed(c), before, "edits replace, never add");

    // Agreement: only the latest version is searchable.
    agreement::mark_agreed(&cx(c), w.tandem, today()).unwrap();
    let v2 = AgreementInput {
        my_expectations: "Version zwei: Elefant".into(),
        ..agreement_input()
    };
    agreement::save(&cx(c), w.tandem, &v2).unwrap();
    assert_eq!(found(c, "elefant"), vec![(SearchKind::Agreement, w.tandem)]);
    assert!(!found(c, "social").contains(&(SearchKind::Agreement, w.tandem)));
    assert_eq!(indexed(c), before);

    delete_entry(c, w.entry);
    delete_note(c, w.meeting);
    action::delete(c, w.action).unwrap();
    assert!(found(c, "okapi").is_empty() && found(c, "pinguin").is_empty());
    assert!(found(c, "giraffe").is_empty());
    assert_eq!(indexed(c), before - 3);

    // A meeting's deletion takes its agenda and reflection along; a moved meeting moves its
    // notes.
    let m2 = meeting::plan(&cx(c), w.tandem, &meeting_input("2026-12-08", "10:00")).unwrap();
    save_note(c, m2.id, "Delfin");
    let moved = meeting::update(
        &cx(c),
        m2.id,
        &meeting_input("2026-12-09", "11:00"),
        EditScope::ThisOnly,
    )
    .unwrap();
    assert_eq!(hits(c, "delfin")[0].at, moved[0].starts_at);
    meeting::delete(c, w.meeting).unwrap();
    assert!(found(c, "lama").is_empty());
    assert!(found(c, "kompass")
        .iter()
        .all(|(k, _)| *k != SearchKind::AgendaItem));

    // A tandem's deletion takes everything along.
    let other = world(c, "Bleibt");
    tandem::delete(&cx(c), w.tandem).unwrap();
    assert!(found(c, "zebra").is_empty() && found(c, "delfin").is_empty());
    assert!(hits(c, "kompass")
        .iter()
        .all(|h| h.tandem_id == Some(other.tandem)));
    assert_eq!(indexed(c), 8);
    goal::delete(c, other.goal).unwrap();
    assert_eq!(indexed(c), 6, "the goal and its note");
}

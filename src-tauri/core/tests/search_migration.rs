//! Migration 0005 indexes what earlier versions wrote, and the index stays encrypted.

mod common;
mod fixtures;
mod search_support;

use common::*;
use eyelevel_core::action;
use eyelevel_core::agenda;
use eyelevel_core::agreement::{self, AgreementInput};
use eyelevel_core::goal;
use eyelevel_core::meeting;
use eyelevel_core::search::SearchKind;
use eyelevel_core::store::OpenMode;
use eyelevel_core::store::MIGRATIONS;
use eyelevel_core::store::{self, open};
use eyelevel_core::tandem;
use eyelevel_core::vault::DataKey;
use fixtures::{action_input, agreement_input, goal_input, item, meeting_input};
use search_support::*;

fn version_of(name: &str) -> usize {
    MIGRATIONS
        .iter()
        .position(|m| m.name == name)
        .map(|i| i + 1)
        .unwrap()
}

#[test]
fn existing_rows_are_backfilled() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("eyelevel.db");
    let key = DataKey::generate();
    let before_search = version_of("search") - 1;
    let mut conn = open(&path, &key, OpenMode::Create, &MIGRATIONS[..before_search]).unwrap();
    assert!(
        conn.prepare("SELECT 1 FROM search_index").is_err(),
        "no index before 0005"
    );
    let t = tandem::create(&cx(&conn), &tandem_input("Vorher"))
        .unwrap()
        .id;
    let first = AgreementInput {
        my_expectations: "alte Fassung Walross".into(),
        ..agreement_input()
    };
    agreement::save(&cx(&conn), t, &first).unwrap();
    agreement::mark_agreed(&cx(&conn), t, today()).unwrap();
    let second = AgreementInput {
        my_expectations: "neue Fassung Seehund".into(),
        ..agreement_input()
    };
    agreement::save(&cx(&conn), t, &second).unwrap();
    let g = goal::create(&cx(&conn), t, &goal_input("Größer denken")).unwrap();
    goal::add_note(&cx(&conn), g.id, "Fortschritt Seehund").unwrap();
    let m = meeting::plan(&cx(&conn), t, &meeting_input("2026-12-01", "10:00")).unwrap();
    agenda::add(&cx(&conn), m.id, &item("Seehund zeigen", true)).unwrap();
    action::create(
        &cx(&conn),
        t,
        Some(m.id),
        &action_input("Seehund füttern", None),
    )
    .unwrap();
    save_note(&mut conn, m.id, "Seehund im Protokoll");
    save_reflection(&mut conn, m.id, &["Seehund gelernt"]);
    create_entry(
        &mut conn,
        None,
        "Eintrag",
        "Seehund ohne Tandem",
        None,
        &["Tier"],
    );
    conn.close().unwrap();

    let conn = open(&path, &key, OpenMode::Existing, MIGRATIONS).unwrap();
    assert_eq!(
        store::schema_version(&conn).unwrap(),
        store::binary_schema_version()
    );
    let kinds: Vec<SearchKind> = found_set(&conn, "seehund")
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        kinds,
        vec![
            SearchKind::GoalNote,
            SearchKind::Agreement,
            SearchKind::AgendaItem,
            SearchKind::Note,
            SearchKind::Action,
            SearchKind::Reflection,
            SearchKind::Entry,
        ]
    );
    assert!(
        found(&conn, "walross").is_empty(),
        "only the latest agreement"
    );
    assert_eq!(found(&conn, "groesser"), vec![(SearchKind::Goal, g.id)]);
    assert_eq!(found(&conn, "tier").len(), 1);
    assert_eq!(indexed(&conn), 8);
    assert_eq!(store::integrity_check(&conn).unwrap(), ["ok"]);
    conn.execute_batch("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
        .unwrap();
}

#[test]
fn the_index_is_encrypted_like_everything_else() {
    const SECRET: &str = "Zauberwort-Quokka-42";
    let (tmp, mut s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("T"))
        .unwrap()
        .id;
    for i in 0..200 {
        create_entry(
            s.conn_mut(),
            Some(t),
            SECRET,
            &format!("{SECRET} {i}"),
            None,
            &[],
        );
    }
    assert_eq!(results(s.conn(), "quokka").total, 200);
    s.conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    drop(s);
    let dir = tmp.path().join("data");
    for (name, bytes) in snapshot(&dir) {
        assert!(!contains(&bytes, b"Quokka"), "{name}");
        assert!(!contains(&bytes, b"quokka"), "{name}");
    }
}

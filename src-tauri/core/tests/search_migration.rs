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
use eyelevel_core::note;
use eyelevel_core::search::SearchKind;
use eyelevel_core::store::OpenMode;
use eyelevel_core::store::MIGRATIONS;
use eyelevel_core::store::{self, open};
use eyelevel_core::tandem;
use eyelevel_core::vault::DataKey;
use fixtures::{action_input, agreement_input, goal_input, item};
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
    // Written with the SQL of that version: today's reads know columns added later.
    let v1 = agreement::store::insert(&conn, t, 1, &first, now()).unwrap();
    agreement::store::set_agreed_on(&conn, v1, today(), now()).unwrap();
    let second = AgreementInput {
        my_expectations: "neue Fassung Seehund".into(),
        ..agreement_input()
    };
    agreement::store::insert(&conn, t, 2, &second, now()).unwrap();
    let g = goal::store::insert(&conn, t, &goal_input("Größer denken"), 0, now()).unwrap();
    goal::store::notes::insert(&conn, g, "Fortschritt Seehund", now()).unwrap();
    let starts_at = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 12, 1, 9, 0, 0).unwrap();
    let slot = meeting::Slot {
        starts_at,
        ends_at: starts_at + chrono::Duration::hours(1),
        time_zone: "Europe/Berlin".into(),
        local_date: date("2026-12-01"),
        local_time: "10:00".into(),
        duration_minutes: 60,
        place: "Room 4.12".into(),
        video_link: None,
    };
    let m = meeting::store::insert(&conn, t, None, "m@eyelevel.local", &slot, now()).unwrap();
    agenda::store::insert(&conn, m, &item("Seehund zeigen", true), None, now()).unwrap();
    action::store::insert(
        &conn,
        t,
        Some(m),
        &action_input("Seehund füttern", None),
        now(),
    )
    .unwrap();
    note::store::upsert(&conn, m, "Seehund im Protokoll", now()).unwrap();
    let answer = eyelevel_core::reflection::ReflectionAnswer {
        prompt: "What did I learn?".into(),
        kind: eyelevel_core::reflection::PromptKind::Text,
        text: "Seehund gelernt".into(),
        scale: None,
    };
    eyelevel_core::reflection::store::insert(
        &conn,
        m,
        eyelevel_core::tandem::Role::Mentee,
        &[answer],
        now(),
    )
    .unwrap();
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
    assert_eq!(found(&conn, "groesser"), vec![(SearchKind::Goal, g)]);
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

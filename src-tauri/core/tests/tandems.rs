//! Tandems on a real SQLCipher database: lifecycle, list, cascade delete, atomicity,
//! validation.

mod common;

use common::*;
use eyelevel_core::agreement::{self, AgreementState};
use eyelevel_core::goal::{self, GoalInput, GoalStatus};
use eyelevel_core::i18n::Language;
use eyelevel_core::tandem::{self, Role, TandemStatus};
use eyelevel_core::time::utc_text;
use eyelevel_core::topic;
use eyelevel_core::ErrorCode;

mod fixtures;
use fixtures::{agreement_input, builtin, fill_tandem};

#[test]
fn create_edit_and_read_back() {
    let (_tmp, s) = session();
    let ai = builtin(s.conn(), "ai_at_work");
    let social = builtin(s.conn(), "social_media");
    let mut input = tandem_input("  Tandem mit Lena  ");
    input.partner_contact = Some("   ".into());
    input.program = Some(" Reverse Mentoring 2026 ".into());
    input.focus_topic_ids = vec![ai, social, ai];
    let t = tandem::create(&cx(s.conn()), &input).unwrap();
    assert_eq!(t.title, "Tandem mit Lena");
    assert_eq!(t.partner_contact, None);
    assert_eq!(t.program.as_deref(), Some("Reverse Mentoring 2026"));
    assert_eq!(t.focus_topic_ids, [ai, social]);
    assert_eq!(t.status, TandemStatus::Active);
    assert!(!t.archived && !t.is_sample);
    assert_eq!(t.created_at, utc_text(now()));
    assert_eq!(t.created_at, "2026-11-24T09:00:00.000Z");

    let later = now() + chrono::Duration::hours(2);
    let mut edit = tandem_input("Tandem mit Lena (KI)");
    edit.my_role = Role::Mentor;
    edit.cadence = cadence(1, 45);
    edit.planned_end_date = None;
    edit.focus_topic_ids = vec![social];
    let t2 = tandem::update(&cx(s.conn()).at(later), t.id, &edit).unwrap();
    assert_eq!(t2.title, "Tandem mit Lena (KI)");
    assert_eq!(t2.my_role, Role::Mentor);
    assert_eq!(t2.cadence, cadence(1, 45));
    assert_eq!(t2.planned_end_date, None);
    assert_eq!(t2.focus_topic_ids, [social]);
    assert_eq!(t2.created_at, t.created_at);
    assert_eq!(t2.updated_at, utc_text(later));
    assert_eq!(tandem::get(s.conn(), t.id).unwrap(), t2);
    // Saving a tandem under its own title (other case) is not a duplicate.
    let same = tandem_input("TANDEM MIT LENA (ki)");
    assert!(tandem::update(&cx(s.conn()).at(later), t.id, &same).is_ok());
}

#[test]
fn pause_finish_archive_and_list_order() {
    let (_tmp, mut s) = session();
    let c = s.conn_mut();
    let zed = tandem::create(&cx(c), &tandem_input("Zed")).unwrap();
    let paused = tandem::create(&cx(c), &tandem_input("Anna")).unwrap();
    let finished = tandem::create(&cx(c), &tandem_input("Bert")).unwrap();
    let archived = tandem::create(&cx(c), &tandem_input("Ärchiv")).unwrap();
    let active = tandem::create(&cx(c), &tandem_input("Carla")).unwrap();

    let t = tandem::set_status(&cx(c), paused.id, TandemStatus::Paused).unwrap();
    assert_eq!(t.status, TandemStatus::Paused);
    tandem::set_status(&cx(c), finished.id, TandemStatus::Finished).unwrap();
    let t = tandem::set_archived(&cx(c), archived.id, true).unwrap();
    assert!(t.archived);

    let ids = |all: bool| -> Vec<i64> {
        eyelevel_core::page::tandems::list(&cx(c), all)
            .unwrap()
            .iter()
            .map(|t| t.id)
            .collect()
    };
    assert_eq!(ids(false), [active.id, zed.id, paused.id, finished.id]);
    assert_eq!(
        ids(true),
        [active.id, zed.id, paused.id, finished.id, archived.id]
    );
    let t = tandem::set_archived(&cx(c), archived.id, false).unwrap();
    assert!(!t.archived);
    assert_eq!(
        ids(false)[0],
        archived.id,
        "Ärchiv sorts first among the active"
    );
    let t = tandem::set_status(&cx(c), paused.id, TandemStatus::Active).unwrap();
    assert_eq!(t.status, TandemStatus::Active);
}

#[test]
fn summary_and_overview() {
    let (_tmp, s) = session();
    let ai = builtin(s.conn(), "ai_at_work");
    let mut input = tandem_input("Tandem");
    input.focus_topic_ids = vec![ai];
    let t = tandem::create(&cx(s.conn()), &input).unwrap();
    let summary = &eyelevel_core::page::tandems::list(&cx(s.conn()), false).unwrap()[0];
    assert_eq!(summary.agreement_state, AgreementState::Missing);
    assert_eq!((summary.goals_open, summary.goals_total), (0, 0));
    assert_eq!(summary.next_meeting, None);
    assert_eq!(summary.partner_name, "Lena Hoffmann");

    let g = |title: &str| GoalInput {
        title: title.into(),
        why: String::new(),
        topic_id: None,
        target_date: None,
    };
    let a = goal::create(&cx(s.conn()), t.id, &g("A")).unwrap();
    goal::create(&cx(s.conn()), t.id, &g("B")).unwrap();
    goal::set_status(&cx(s.conn()), a.id, GoalStatus::Achieved).unwrap();
    agreement::save(&cx(s.conn()), t.id, &agreement_input()).unwrap();
    let summary = &eyelevel_core::page::tandems::list(&cx(s.conn()), false).unwrap()[0];
    assert_eq!(summary.agreement_state, AgreementState::Draft);
    assert_eq!((summary.goals_open, summary.goals_total), (1, 2));

    let o = eyelevel_core::page::tandems::overview(&cx(s.conn()).in_language(Language::De), t.id)
        .unwrap();
    assert_eq!(o.tandem, tandem::get(s.conn(), t.id).unwrap());
    assert_eq!(o.agreement_state, AgreementState::Draft);
    assert_eq!(o.agreement.unwrap().version, 1);
    let titles: Vec<&str> = o.goals.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(titles, ["B", "A"], "active first, then history");
    assert_eq!(o.focus_topics.len(), 1);
    assert_eq!(o.focus_topics[0].title, "KI im Arbeitsalltag");
    let o = eyelevel_core::page::tandems::overview(&cx(s.conn()), t.id).unwrap();
    assert_eq!(o.focus_topics[0].title, "AI at work");
    assert_eq!(o.next_meeting, None);
    let err = eyelevel_core::page::tandems::overview(&cx(s.conn()), 999).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn delete_removes_every_dependent_row() {
    let (_tmp, mut s) = session();
    let doomed = fill_tandem(&mut s, "Doomed");
    let kept = fill_tandem(&mut s, "Kept");
    let per_tandem: Vec<i64> = DEPENDENT_TABLES
        .iter()
        .map(|t| count(s.conn(), t))
        .collect();
    assert!(per_tandem.iter().all(|&n| n >= 2), "{per_tandem:?}");
    let topics_before = count(s.conn(), "topics");

    tandem::delete(&cx(s.conn()), doomed).unwrap();
    assert_eq!(
        tandem::get(s.conn(), doomed).unwrap_err().code(),
        ErrorCode::NotFound
    );
    for (table, before) in DEPENDENT_TABLES.iter().zip(&per_tandem) {
        assert_eq!(count(s.conn(), table) * 2, *before, "{table}: half remain");
    }
    assert_eq!(count(s.conn(), "topics"), topics_before);
    tandem::get(s.conn(), kept).unwrap();

    tandem::delete(&cx(s.conn()), kept).unwrap();
    for table in DEPENDENT_TABLES.iter().chain(&["tandems"]) {
        assert_eq!(count(s.conn(), table), 0, "{table}");
    }
    let err = tandem::delete(&cx(s.conn()), kept).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn failed_delete_leaves_everything() {
    let (_tmp, mut s) = session();
    let id = fill_tandem(&mut s, "Tandem");
    let before: Vec<i64> = DEPENDENT_TABLES
        .iter()
        .map(|t| count(s.conn(), t))
        .collect();
    // The cascade reaches goal_notes last (tandem → goals → notes): make that step fail.
    s.conn()
        .execute_batch(
            "CREATE TEMP TRIGGER fail_notes BEFORE DELETE ON main.goal_notes
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
        )
        .unwrap();
    let err = tandem::delete(&cx(s.conn()), id).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Database);
    let after: Vec<i64> = DEPENDENT_TABLES
        .iter()
        .map(|t| count(s.conn(), t))
        .collect();
    assert_eq!(before, after);
    assert_eq!(count(s.conn(), "tandems"), 1);
    s.conn().execute_batch("DROP TRIGGER fail_notes").unwrap();
    tandem::delete(&cx(s.conn()), id).unwrap();
    assert_eq!(count(s.conn(), "goal_notes"), 0);
}

#[test]
fn failed_create_writes_nothing() {
    let (_tmp, s) = session();
    let mut input = tandem_input("Tandem");
    input.focus_topic_ids = vec![builtin(s.conn(), "ai_at_work")];
    s.conn()
        .execute_batch(
            "CREATE TEMP TRIGGER fail_focus BEFORE INSERT ON main.tandem_focus_topics
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
        )
        .unwrap();
    assert!(tandem::create(&cx(s.conn()), &input).is_err());
    assert_eq!(count(s.conn(), "tandems"), 0);
    // Unknown topics are refused before anything is written.
    s.conn().execute_batch("DROP TRIGGER fail_focus").unwrap();
    input.focus_topic_ids = vec![input.focus_topic_ids[0], 4242];
    let err = tandem::create(&cx(s.conn()), &input).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert!(err.to_string().contains("topic 4242"), "{err}");
    assert_eq!(count(s.conn(), "tandems"), 0);
    assert_eq!(count(s.conn(), "tandem_focus_topics"), 0);
}

#[test]
fn hidden_topics_can_still_be_focus_topics() {
    let (_tmp, s) = session();
    let id = builtin(s.conn(), "feedback_culture");
    topic::set_hidden(&cx(s.conn()), id, true).unwrap();
    let mut input = tandem_input("Tandem");
    input.focus_topic_ids = vec![id];
    let t = tandem::create(&cx(s.conn()), &input).unwrap();
    let o = eyelevel_core::page::tandems::overview(&cx(s.conn()), t.id).unwrap();
    assert!(o.focus_topics[0].hidden);
}

//! The sample program: created once, realistic in both languages, removable.

mod common;

use common::*;
use eyelevel_core::agreement::{self, AgreementState};
use eyelevel_core::goal::GoalStatus;
use eyelevel_core::i18n::Language;
use eyelevel_core::markdown::ExportFormat;
use eyelevel_core::tandem::{self, CadenceUnit, Role, TandemStatus};
use eyelevel_core::{sample, ErrorCode};

#[test]
fn german_sample_is_realistic() {
    let (_tmp, s) = session();
    let id = sample::create(&cx(s.conn()).in_language(Language::De)).unwrap();
    let o = eyelevel_core::page::tandems::overview(&cx(s.conn()).in_language(Language::De), id)
        .unwrap();
    let t = &o.tandem;
    assert_eq!(t.title, "Tandem mit Lena: KI und Social Media");
    assert!(t.is_sample && !t.archived);
    assert_eq!((t.my_role, t.status), (Role::Mentee, TandemStatus::Active));
    assert_eq!(t.program.as_deref(), Some("Reverse Mentoring 2026"));
    assert_eq!(
        (t.cadence.every, t.cadence.unit, t.cadence.minutes),
        (2, CadenceUnit::Week, 60)
    );
    assert!(t.start_date < today() && t.planned_end_date.unwrap() > today());

    assert_eq!(o.agreement_state, AgreementState::Agreed);
    let a = o.agreement.as_ref().unwrap();
    assert!(a.agreed_on.unwrap() <= today());
    assert!(a.review_date.unwrap() > today());
    assert!(a.voluntary && a.confidentiality.contains("zwischen uns"));
    assert!(a.my_expectations.contains('–') && a.place.contains("Besprechungsraum"));

    let statuses: Vec<GoalStatus> = o.goals.iter().map(|g| g.status).collect();
    assert_eq!(
        statuses,
        [
            GoalStatus::InProgress,
            GoalStatus::Open,
            GoalStatus::Achieved
        ]
    );
    let progress = &o.goals[0];
    assert_eq!(progress.notes.len(), 1);
    assert!(progress.topic_id.is_some());
    assert_eq!(
        o.goals[2].status_history.len(),
        3,
        "open → in progress → achieved"
    );
    for g in &o.goals {
        for c in &g.status_history {
            assert!(c.changed_at.as_str() <= "2026-11-24T09:00:00.000Z", "{c:?}");
        }
    }
    let titles: Vec<&str> = o.focus_topics.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "KI im Arbeitsalltag",
            "Social Media & Personal Branding",
            "New Work & hybride Zusammenarbeit"
        ]
    );
}

#[test]
fn english_sample_and_only_once() {
    let (_tmp, s) = session();
    let id = sample::create(&cx(s.conn())).unwrap();
    let again = sample::create(&cx(s.conn()).in_language(Language::De)).unwrap();
    assert_eq!(id, again);
    assert_eq!(count(s.conn(), "tandems"), 1);
    let o = eyelevel_core::page::tandems::overview(&cx(s.conn()), id).unwrap();
    assert_eq!(o.tandem.title, "Tandem with Lena: AI and social media");
    assert!(o.agreement.unwrap().feedback.contains("five minutes"));
    assert_eq!(o.goals.len(), 3);
    assert_eq!(o.focus_topics[0].title, "AI at work");
    let summary = eyelevel_core::page::tandems::list(&cx(s.conn()), false).unwrap();
    assert!(summary[0].is_sample);
    assert_eq!((summary[0].goals_open, summary[0].goals_total), (2, 3));
    let md = agreement::export(&cx(s.conn()), id, None, ExportFormat::Markdown).unwrap();
    assert!(md.contains("Lena Brooks"));
}

#[test]
fn sample_is_removable_and_can_come_back() {
    let (_tmp, s) = session();
    let mine = tandem::create(
        &cx(s.conn()),
        &tandem_input("Tandem mit Lena: KI und Social Media"),
    )
    .unwrap();
    let id = sample::create(&cx(s.conn()).in_language(Language::De)).unwrap();
    let sample = tandem::get(s.conn(), id).unwrap();
    assert_eq!(
        sample.title, "Tandem mit Lena: KI und Social Media (2)",
        "never clashes"
    );
    tandem::delete(&cx(s.conn()), id).unwrap();
    for table in DEPENDENT_TABLES {
        let n: i64 = s
            .conn()
            .query_row(
                &format!("SELECT COUNT(*) FROM {table} WHERE {}", owner(table)),
                [id],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0, "{table}");
    }
    assert_eq!(count(s.conn(), "goals"), 0);
    assert_eq!(tandem::get(s.conn(), mine.id).unwrap().title, mine.title);
    assert_eq!(
        tandem::get(s.conn(), id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    let new_id = sample::create(&cx(s.conn()).in_language(Language::De)).unwrap();
    assert_ne!(new_id, id);
}

fn owner(table: &str) -> &'static str {
    match table {
        "goal_status_changes" | "goal_notes" => {
            "goal_id IN (SELECT id FROM goals WHERE tandem_id = ?1)"
        }
        "agenda_items" => "meeting_id IN (SELECT id FROM meetings WHERE tandem_id = ?1)",
        _ => "tandem_id = ?1",
    }
}

//! Notification text: translated, relative to now, and discreet — never the partner's name,
//! note content or an action item's title; the tandem title only when the user allows it.

mod common;
mod fixtures;
mod reminders_support;

use chrono::Duration;
use common::*;
use eyelevel_core::action;
use eyelevel_core::agreement;
use eyelevel_core::i18n::Language::{De, En};
use eyelevel_core::note;
use eyelevel_core::reminder::{
    notice, plan_now, summary_notice, test_notice, DueReminder, ReminderKind, ReminderKind::*,
};
use eyelevel_core::tandem::{self, Role};
use fixtures::{action_input, agreement_input, plan_in_berlin, BERLIN};
use reminders_support::at;

const TITLE: &str = "Digital leadership";
const PARTNER: &str = "Lena Hoffmann";
const ACTION: &str = "Secret plan for the board";
const NOTE: &str = "NOTE-CONTENT-MARKER";

fn due(kind: ReminderKind, subject_at: &str, nudge: u8) -> DueReminder {
    DueReminder {
        key: format!("{kind}:x"),
        kind,
        tandem_id: 3,
        tandem_title: TITLE.into(),
        meeting_id: Some(12),
        action_id: None,
        subject_at: subject_at.into(),
        due_at: subject_at.into(),
        nudge,
    }
}

/// The first reminder of each kind a real session produces over 17 days (with a partner,
/// a note, an action item and an agreement review).
fn real_reminders() -> Vec<DueReminder> {
    let (_tmp, mut s) = session();
    let mut input = tandem_input(TITLE);
    input.partner_name = PARTNER.into();
    input.my_role = Role::Mentor;
    let t = tandem::create(&cx(s.conn()), &input).unwrap().id;
    let m = plan_in_berlin(&mut s, t, "2026-11-26", "10:00");
    note::save(&cx(s.conn()), m.id, NOTE).unwrap();
    action::create(
        &cx(s.conn()),
        t,
        Some(m.id),
        &action_input(ACTION, Some("2026-11-27")),
    )
    .unwrap();
    let mut agreement = agreement_input();
    agreement.review_date = Some(date("2026-12-01"));
    agreement::save(&cx(s.conn()), t, &agreement).unwrap();
    let mut all = Vec::new();
    let mut kinds = std::collections::HashSet::new();
    for hour in 0..(17 * 24) {
        let at_ = now() + Duration::hours(hour);
        for d in plan_now(&cx(s.conn()).at(at_)).unwrap().due {
            if kinds.insert(d.kind) {
                all.push(d);
            }
        }
    }
    all
}

#[test]
fn discreet_by_default_in_both_languages() {
    let all = real_reminders();
    let kinds: Vec<_> = all.iter().map(|d| d.kind).collect();
    for kind in ReminderKind::ALL {
        assert!(kinds.contains(kind), "{kind} missing from {kinds:?}");
    }
    for d in &all {
        for lang in [De, En] {
            let now = at(&d.due_at);
            let hidden = notice(d, lang, false, now, BERLIN);
            let shown = notice(d, lang, true, now, BERLIN);
            for n in [&hidden, &shown] {
                let text = format!("{} {}", n.summary, n.body);
                assert!(!n.summary.is_empty() && !n.body.is_empty());
                for secret in [PARTNER, "Lena", ACTION, NOTE] {
                    assert!(!text.contains(secret), "{secret} in {text:?}");
                }
                if lang == De {
                    assert!(!text.contains(" Sie ") && !text.contains("Ihr"), "{text}");
                }
            }
            assert!(!format!("{hidden:?}").contains(TITLE), "{hidden:?}");
            assert!(shown.summary.starts_with(&format!("{TITLE}: ")));
            assert_eq!(hidden.route, shown.route);
        }
    }
}

#[test]
fn english_and_german_wording_is_relative_to_now() {
    let soon = due(MeetingSoon, "2026-12-01T09:00:00.000Z", 1);
    let n = notice(&soon, En, false, at("2026-12-01T08:30:00Z"), BERLIN);
    assert_eq!(n.summary, "Tandem meeting in 30 min");
    assert_eq!(n.body, "Starts at 10:00.");
    assert_eq!(n.route, "#/meetings/12");
    let n = notice(&soon, De, false, at("2026-12-01T07:45:00Z"), BERLIN);
    assert_eq!(n.summary, "Tandem-Treffen in 1 Std. 15 Min.");
    assert_eq!(n.body, "Beginn um 10:00 Uhr.");
    let n = notice(&soon, En, false, at("2026-12-01T09:00:30Z"), BERLIN);
    assert_eq!(n.summary, "Tandem meeting starting now");
    let n = notice(&soon, En, true, at("2026-12-01T08:00:00Z"), BERLIN);
    assert_eq!(n.summary, format!("{TITLE}: Tandem meeting in 1 h"));

    let day_before = due(MeetingDayBefore, "2026-12-01T09:00:00.000Z", 1);
    let n = notice(&day_before, En, false, at("2026-11-30T09:00:00Z"), BERLIN);
    assert_eq!(n.summary, "Tandem meeting tomorrow at 10:00");
    let n = notice(&day_before, De, false, at("2026-11-30T09:00:00Z"), BERLIN);
    assert_eq!(n.summary, "Tandem-Treffen morgen um 10:00 Uhr");
    // In New York the same instant is 04:00 local.
    let n = notice(
        &day_before,
        En,
        false,
        at("2026-11-30T09:00:00Z"),
        chrono_tz::America::New_York,
    );
    assert_eq!(n.summary, "Tandem meeting tomorrow at 04:00");

    let agenda = due(PrepareAgenda, "2026-12-01T09:00:00.000Z", 1);
    let n = notice(&agenda, De, false, at("2026-11-29T09:00:00Z"), BERLIN);
    assert_eq!(n.summary, "Bereite die Agenda vor");
    assert_eq!(
        n.body,
        "Dein Tandem-Treffen am 01.12. um 10:00 Uhr hat noch keine Agenda."
    );
    let n = notice(&agenda, En, false, at("2026-11-29T09:00:00Z"), BERLIN);
    assert_eq!(
        n.body,
        "Your tandem meeting on 1 Dec at 10:00 has no agenda yet."
    );

    let first = notice(
        &due(Reflect, "2026-12-01T10:00:00.000Z", 1),
        De,
        false,
        at("2026-12-01T12:00:00Z"),
        BERLIN,
    );
    let second = notice(
        &due(Reflect, "2026-12-01T10:00:00.000Z", 2),
        De,
        false,
        at("2026-12-02T12:00:00Z"),
        BERLIN,
    );
    assert_eq!(first.summary, "Zeit für deine Reflexion");
    assert_ne!(first.summary, second.summary);

    let mut act = due(ActionDue, "2026-12-03T08:00:00.000Z", 1);
    act.meeting_id = None;
    act.action_id = Some(5);
    let n = notice(&act, En, false, at("2026-12-03T08:00:00Z"), BERLIN);
    assert_eq!(
        (n.summary.as_str(), n.route.as_str()),
        ("An action item is due today", "#/tandems/3")
    );
    let n = notice(&act, De, false, at("2026-12-05T08:00:00Z"), BERLIN);
    assert_eq!(n.summary, "Eine Aufgabe war am 03.12. fällig");

    let mut review = due(AgreementReview, "2027-02-01T08:00:00.000Z", 1);
    review.meeting_id = None;
    let n = notice(&review, En, false, at("2027-02-01T08:00:00Z"), BERLIN);
    assert_eq!(n.body, "The review date is today.");
    assert_eq!(n.route, "#/tandems/3/agreement");
}

#[test]
fn catch_up_summary_counts_without_naming_anything() {
    let list = vec![
        due(MeetingDayBefore, "2026-12-01T09:00:00.000Z", 1),
        due(Reflect, "2026-12-01T10:00:00.000Z", 1),
        due(ActionDue, "2026-12-01T08:00:00.000Z", 1),
        due(ActionDue, "2026-12-02T08:00:00.000Z", 1),
    ];
    let en = summary_notice(&list, En);
    assert_eq!(en.summary, "4 reminders while Eyelevel was closed");
    assert_eq!(en.body, "1 meeting, 1 reflection, 2 action items.");
    assert_eq!(en.route, "#/inbox");
    let de = summary_notice(&list, De);
    assert_eq!(
        de.summary,
        "4 Erinnerungen, während Eyelevel geschlossen war"
    );
    assert_eq!(de.body, "1 Treffen, 1 Reflexion, 2 Aufgaben.");
    for n in [&en, &de] {
        assert!(!format!("{n:?}").contains(TITLE));
    }
    let one = summary_notice(&list[..1], De);
    assert_eq!(
        one.summary,
        "1 Erinnerung, während Eyelevel geschlossen war"
    );
}

#[test]
fn test_notice_in_both_languages() {
    let notices: Vec<_> = [En, De].into_iter().map(test_notice).collect();
    assert_ne!(notices[0].summary, notices[1].summary);
    for n in &notices {
        assert!(!n.summary.is_empty() && !n.body.is_empty());
    }
    assert!(notices[1].body.contains("dich"));
}

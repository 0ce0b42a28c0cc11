//! Reminders on a real session: settings, per-tandem rules, `load_input` + `plan` end to end,
//! claiming (dedup), the inbox and cascades.

mod common;
mod fixtures;

use chrono::{DateTime, Duration, Utc};
use common::*;
use eyelevel_core::action::{self, Owner};
use eyelevel_core::agenda;
use eyelevel_core::agreement;
use eyelevel_core::meeting::{self, EditScope};
use eyelevel_core::reflection::{self, PromptKind, ReflectionAnswer, ReflectionInput};
use eyelevel_core::reminder::{
    self, claim, dismiss, inbox, load_input, load_settings, mark_read, plan, plan_now, rules,
    set_channel, update_rule, update_settings, DeliveryChannel, QuietHours, ReminderKind,
    ReminderKind::*, ReminderRule, ReminderSettings, ReminderSettingsPatch,
};
use eyelevel_core::session::Session;
use eyelevel_core::tandem::{self, Role, TandemStatus};
use eyelevel_core::ErrorCode;
use fixtures::{action_input, agreement_input, item, meeting_input, plan_in_berlin, BERLIN};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn mentor_tandem(s: &mut Session, title: &str) -> i64 {
    let mut input = tandem_input(title);
    input.my_role = Role::Mentor;
    tandem::create(&cx(s.conn()), &input).unwrap().id
}

fn kinds_due(s: &Session, now: DateTime<Utc>) -> Vec<(ReminderKind, String)> {
    plan_now(&cx(s.conn()).at(now))
        .unwrap()
        .due
        .into_iter()
        .map(|d| (d.kind, d.key))
        .collect()
}

#[test]
fn settings_defaults_update_and_validation() {
    let (_tmp, s) = session();
    assert_eq!(
        load_settings(s.conn()).unwrap(),
        ReminderSettings::default()
    );
    let patch: ReminderSettingsPatch = serde_json::from_str(
        r#"{"show_tandem_title": true, "quiet_hours": {"start": "9:05", "end": "17:30"}}"#,
    )
    .unwrap();
    let saved = update_settings(&cx(s.conn()), &patch).unwrap();
    assert!(saved.show_tandem_title && !saved.keep_running_in_tray);
    assert_eq!(
        saved.quiet_hours,
        Some(QuietHours {
            start: "09:05".into(),
            end: "17:30".into()
        })
    );
    assert_eq!(load_settings(s.conn()).unwrap(), saved);

    // Bad input changes nothing, not even the valid fields of the same patch.
    let bad = |start: &str, end: &str| ReminderSettingsPatch {
        keep_running_in_tray: Some(true),
        quiet_hours: Some(Some(QuietHours {
            start: start.into(),
            end: end.into(),
        })),
        ..Default::default()
    };
    for (start, end, field) in [
        ("25:00", "08:00", "quiet_hours.start"),
        ("20:00", "8", "quiet_hours.end"),
        ("", "08:00", "quiet_hours.start"),
        ("08:00", "8:00", "quiet_hours.end"),
    ] {
        let e = update_settings(&cx(s.conn()), &bad(start, end)).unwrap_err();
        assert_eq!((e.code(), e.field()), (ErrorCode::InvalidTime, Some(field)));
        assert_eq!(load_settings(s.conn()).unwrap(), saved, "{start}–{end}");
    }

    // `null` switches quiet hours off; an absent field leaves them.
    let off: ReminderSettingsPatch = serde_json::from_str(r#"{"quiet_hours": null}"#).unwrap();
    assert_eq!(
        update_settings(&cx(s.conn()), &off).unwrap().quiet_hours,
        None
    );
    let tray: ReminderSettingsPatch =
        serde_json::from_str(r#"{"keep_running_in_tray": true}"#).unwrap();
    let after = update_settings(&cx(s.conn()), &tray).unwrap();
    assert!(after.keep_running_in_tray && after.show_tandem_title);
    assert_eq!(after.quiet_hours, None);
}

#[test]
fn rules_default_update_and_validation() {
    let (_tmp, mut s) = session();
    let t = mentor_tandem(&mut s, "T");
    let all = rules(s.conn(), t).unwrap();
    assert_eq!(
        all.iter().map(|r| r.kind).collect::<Vec<_>>(),
        ReminderKind::ALL
    );
    assert!(all
        .iter()
        .all(|r| r.enabled && r.lead_minutes == r.kind.default_lead_minutes()));

    let off = ReminderRule {
        kind: Reflect,
        enabled: false,
        lead_minutes: 240,
    };
    let after = update_rule(&cx(s.conn()), t, &off).unwrap();
    assert_eq!(after[3], off);
    assert_eq!(rules(s.conn(), t).unwrap(), after);
    // Other tandems keep their defaults.
    let other = mentor_tandem(&mut s, "Other");
    assert!(rules(s.conn(), other).unwrap()[3].enabled);

    let too_far = ReminderRule {
        kind: MeetingSoon,
        enabled: true,
        lead_minutes: reminder::MAX_LEAD_MINUTES + 1,
    };
    let e = update_rule(&cx(s.conn()), t, &too_far).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::InvalidInput, Some("lead_minutes"))
    );
    assert_eq!(rules(s.conn(), t).unwrap(), after, "nothing changed");
    let max = ReminderRule {
        lead_minutes: reminder::MAX_LEAD_MINUTES,
        ..too_far
    };
    assert_eq!(update_rule(&cx(s.conn()), t, &max).unwrap()[0], max);

    assert_eq!(
        rules(s.conn(), 999).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(
        update_rule(&cx(s.conn()), 999, &off).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn end_to_end_plan_claim_and_dedup() {
    let (_tmp, mut s) = session();
    let t = mentor_tandem(&mut s, "Digital leadership");
    // 26 Nov 10:00 Berlin = 09:00 UTC.
    let m = plan_in_berlin(&mut s, t, "2026-11-26", "10:00");
    let c = s.conn();
    let mine = action::create(&cx(c), t, None, &action_input("Mine", Some("2026-11-25"))).unwrap();
    let mut theirs = action_input("Theirs", Some("2026-11-25"));
    theirs.owner = Owner::Partner;
    action::create(&cx(c), t, None, &theirs).unwrap();
    let done = action::create(&cx(c), t, None, &action_input("Done", Some("2026-11-25"))).unwrap();
    action::set_done(&cx(c), done.id, true).unwrap();

    // The loader reads the tandem, the meeting and only my open action.
    let input = load_input(&cx(s.conn())).unwrap();
    assert_eq!(input.tandems.len(), 1);
    assert_eq!(input.tandems[0].my_role, Role::Mentor);
    assert_eq!(input.meetings.len(), 1);
    assert_eq!(input.meetings[0].uid, m.uid);
    assert_eq!(input.meetings[0].starts_at, at("2026-11-26T09:00:00Z"));
    assert_eq!(
        input.actions.iter().map(|a| a.id).collect::<Vec<_>>(),
        [mine.id]
    );
    // At creation time: prepare-agenda (2 days before = 24 Nov 09:00 UTC) is due now.
    let p = plan(now(), &input, &load_settings(s.conn()).unwrap(), BERLIN);
    assert_eq!(
        p.due.iter().map(|d| d.key.clone()).collect::<Vec<_>>(),
        [format!("prepare_agenda:{}:2026-11-26T09:00:00.000Z", m.uid)]
    );
    // Next: my action at 09:00 Berlin on 25 Nov = 08:00 UTC.
    assert_eq!(p.next_at.as_deref(), Some("2026-11-25T08:00:00.000Z"));

    let claimed = claim(&cx(s.conn()), &p.due).unwrap();
    assert_eq!(claimed, p.due);
    assert!(claim(&cx(s.conn()), &p.due).unwrap().is_empty());
    assert!(plan_now(&cx(s.conn())).unwrap().due.is_empty());

    let at_action = at("2026-11-25T08:00:00Z");
    let due = kinds_due(&s, at_action);
    assert_eq!(
        due,
        [(ActionDue, format!("action_due:{}:2026-11-25", mine.id))]
    );
    // Day before (25 Nov 09:00 UTC) and the short reminder (08:30 UTC on the day).
    assert_eq!(kinds_due(&s, at("2026-11-25T09:00:00Z")).len(), 2);
    let soon = plan_now(&cx(s.conn()).at(at("2026-11-26T08:30:00Z"))).unwrap();
    assert_eq!(
        soon.due.iter().map(|d| d.kind).collect::<Vec<_>>(),
        [ActionDue, MeetingSoon]
    );
    claim(&cx(s.conn()).at(at("2026-11-26T08:30:00Z")), &soon.due).unwrap();

    // Reflect: the meeting ends 10:00 UTC → 12:00 UTC; a reflection stops it.
    assert_eq!(
        kinds_due(&s, at("2026-11-26T12:00:00Z")),
        [(Reflect, format!("reflect:{}:1", m.uid))]
    );
    let answer = ReflectionAnswer {
        prompt: "What did I learn?".into(),
        kind: PromptKind::Text,
        text: "A lot.".into(),
        scale: None,
    };
    let input = ReflectionInput {
        answers: vec![answer],
        goal_ids: Vec::new(),
    };
    reflection::save(&cx(s.conn()), m.id, &input).unwrap();
    assert!(kinds_due(&s, at("2026-11-26T12:00:00Z")).is_empty());
}

#[test]
fn end_to_end_agenda_move_review_and_overdue() {
    let (_tmp, mut s) = session();
    let t = mentor_tandem(&mut s, "T");
    let m = plan_in_berlin(&mut s, t, "2026-11-30", "10:00");
    // 28 Nov 09:00 UTC: prepare the agenda — unless it has items.
    let two_days = at("2026-11-28T09:00:00Z");
    assert_eq!(kinds_due(&s, two_days)[0].0, PrepareAgenda);
    agenda::add(&cx(s.conn()), m.id, &item("Topic", true)).unwrap();
    assert!(kinds_due(&s, two_days).is_empty());

    // Moving the meeting gives its reminders new keys.
    let soon = plan_now(&cx(s.conn()).at(at("2026-11-30T08:30:00Z"))).unwrap();
    claim(&cx(s.conn()).at(at("2026-11-30T08:30:00Z")), &soon.due).unwrap();
    let moved = meeting::update(
        &cx(s.conn()).at(at("2026-11-30T08:31:00Z")),
        m.id,
        &meeting_input("2026-11-30", "15:00"),
        EditScope::ThisOnly,
    )
    .unwrap();
    assert_eq!(moved[0].id, m.id);
    let after = kinds_due(&s, at("2026-11-30T13:30:00Z"));
    assert_eq!(
        after,
        [(
            MeetingSoon,
            format!("meeting_soon:{}:2026-11-30T14:00:00.000Z", m.uid)
        )]
    );
    assert_ne!(soon.due[0].key, after[0].1);

    // Agreement review on its date at 09:00 Berlin (1 Feb 2027 = 08:00 UTC).
    agreement::save(&cx(s.conn()), t, &agreement_input()).unwrap();
    let review = kinds_due(&s, at("2027-02-01T08:00:00Z"));
    assert!(review.iter().any(|(k, key)| *k == AgreementReview
        && key.starts_with("agreement_review:")
        && key.ends_with(":2027-02-01")));

    // Cancelled, and no other meeting: the cadence counts from the start date (1 Oct + 2
    // weeks = 15 Oct); long ago, but a lapsed rhythm is always worth one reminder.
    meeting::cancel(&cx(s.conn()), m.id, None, EditScope::ThisOnly).unwrap();
    let no_overdue = |s: &Session, t_: &str| {
        kinds_due(s, at(t_))
            .iter()
            .all(|(k, _)| *k != MeetingOverdue)
    };
    assert!(!no_overdue(&s, "2026-12-14T08:00:00Z"));
    // A held meeting on 24 Nov: the next was due 8 Dec, 09:00 Berlin = 08:00 UTC.
    let held = plan_in_berlin(&mut s, t, "2026-11-24", "10:00");
    meeting::set_held(&cx(s.conn()), held.id, true).unwrap();
    assert!(no_overdue(&s, "2026-12-08T07:59:00Z"));
    assert!(kinds_due(&s, at("2026-12-08T08:00:00Z"))
        .contains(&(MeetingOverdue, format!("meeting_overdue:{t}:2026-12-08"))));
    // Once a meeting is planned again, it is not overdue any more.
    plan_in_berlin(&mut s, t, "2026-12-20", "10:00");
    assert!(no_overdue(&s, "2026-12-08T08:00:00Z"));
}

#[test]
fn paused_archived_and_sample_tandems_are_not_loaded() {
    let (_tmp, mut s) = session();
    let active = mentor_tandem(&mut s, "Active");
    let paused = mentor_tandem(&mut s, "Paused");
    let archived = mentor_tandem(&mut s, "Archived");
    tandem::set_status(&cx(s.conn()), paused, TandemStatus::Paused).unwrap();
    tandem::set_archived(&cx(s.conn()), archived, true).unwrap();
    eyelevel_core::sample::create(&cx(s.conn()).in_language(eyelevel_core::i18n::Language::En))
        .unwrap();
    let input = load_input(&cx(s.conn())).unwrap();
    assert_eq!(
        input.tandems.iter().map(|t| t.id).collect::<Vec<_>>(),
        [active]
    );
    assert!(input.meetings.iter().all(|m| m.tandem_id == active));
}

/// Claims the reminders of `kinds` due at `now` and delivers them on `channel`.
fn deliver(s: &mut Session, now: DateTime<Utc>, channel: DeliveryChannel) -> Vec<String> {
    let p = plan_now(&cx(s.conn()).at(now)).unwrap();
    let claimed = claim(&cx(s.conn()).at(now), &p.due).unwrap();
    let keys: Vec<String> = claimed.iter().map(|d| d.key.clone()).collect();
    set_channel(&cx(s.conn()), &keys, channel).unwrap();
    keys
}

#[test]
fn inbox_lists_marks_read_dismisses_and_cascades() {
    let (_tmp, mut s) = session();
    let t = mentor_tandem(&mut s, "Inbox tandem");
    let m = plan_in_berlin(&mut s, t, "2026-11-26", "10:00");
    let a = action::create(
        &cx(s.conn()),
        t,
        None,
        &action_input("Secret plan", Some("2026-11-25")),
    )
    .unwrap();
    // Claimed but not delivered yet: not in the inbox.
    let p = plan_now(&cx(s.conn())).unwrap();
    claim(&cx(s.conn()), &p.due).unwrap();
    assert_eq!(inbox(s.conn(), 100).unwrap(), Default::default());
    set_channel(
        &cx(s.conn()),
        &p.due.iter().map(|d| d.key.clone()).collect::<Vec<_>>(),
        DeliveryChannel::Notification,
    )
    .unwrap();
    deliver(&mut s, at("2026-11-25T09:00:00Z"), DeliveryChannel::Inbox);
    deliver(&mut s, at("2026-11-26T08:30:00Z"), DeliveryChannel::Summary);

    let box_ = inbox(s.conn(), 100).unwrap();
    let kinds: Vec<_> = box_.items.iter().map(|i| i.kind).collect();
    // Newest first: the short reminder, then the day-before one, the action, the agenda.
    assert_eq!(
        kinds,
        [MeetingSoon, MeetingDayBefore, ActionDue, PrepareAgenda]
    );
    assert_eq!(box_.unread, 4);
    let soon = &box_.items[0];
    assert_eq!(soon.route, format!("#/meetings/{}", m.id));
    assert_eq!(soon.channel, DeliveryChannel::Summary);
    assert_eq!(soon.tandem_title.as_deref(), Some("Inbox tandem"));
    let action_item = &box_.items[2];
    assert_eq!(action_item.action_title.as_deref(), Some("Secret plan"));
    assert_eq!(action_item.action_id, Some(a.id));
    assert_eq!(action_item.route, format!("#/tandems/{t}"));
    assert_eq!(box_.items[3].channel, DeliveryChannel::Notification);
    assert!(box_.items.iter().all(|i| !i.read));
    assert_eq!(inbox(s.conn(), 2).unwrap().items.len(), 2);

    let after = mark_read(s.conn(), Some(&[soon.id, 999_999])).unwrap();
    assert_eq!(after.unread, 3);
    assert!(after.items[0].read && !after.items[1].read);
    let after = dismiss(s.conn(), box_.items[1].id).unwrap();
    assert_eq!((after.items.len(), after.unread), (3, 2));
    assert_eq!(
        dismiss(s.conn(), 999_999).unwrap_err().code(),
        ErrorCode::NotFound
    );
    let after = mark_read(s.conn(), None).unwrap();
    assert_eq!((after.items.len(), after.unread), (3, 0));
    // A dismissed reminder still never fires again.
    assert!(plan_now(&cx(s.conn()).at(at("2026-11-25T09:00:00Z")))
        .unwrap()
        .due
        .is_empty());

    // The meeting goes: its reminders stay, opening the tandem instead.
    meeting::delete(s.conn(), m.id).unwrap();
    let after = inbox(s.conn(), 100).unwrap();
    assert_eq!(after.items[0].meeting_id, None);
    assert_eq!(after.items[0].route, format!("#/tandems/{t}"));
    // The tandem goes: so do its reminders and rules.
    update_rule(
        &cx(s.conn()),
        t,
        &ReminderRule {
            kind: Reflect,
            enabled: false,
            lead_minutes: 0,
        },
    )
    .unwrap();
    tandem::delete(&cx(s.conn()), t).unwrap();
    assert_eq!(inbox(s.conn(), 100).unwrap(), Default::default());
    assert_eq!(count(s.conn(), "reminder_deliveries"), 0);
    assert_eq!(count(s.conn(), "reminder_rules"), 0);
}

#[test]
fn routes() {
    use eyelevel_core::reminder::route;
    assert_eq!(route(MeetingSoon, Some(3), Some(12)), "#/meetings/12");
    assert_eq!(route(Reflect, Some(3), Some(12)), "#/meetings/12");
    assert_eq!(route(PrepareAgenda, Some(3), None), "#/tandems/3");
    assert_eq!(route(ActionDue, Some(3), None), "#/tandems/3");
    assert_eq!(
        route(AgreementReview, Some(3), None),
        "#/tandems/3/agreement"
    );
    assert_eq!(route(MeetingOverdue, Some(3), None), "#/tandems/3");
    assert_eq!(route(MeetingDayBefore, None, None), "#/inbox");
}

#[test]
fn claimed_keys_survive_a_restart_within_the_window() {
    let (_tmp, mut s) = session();
    let t = mentor_tandem(&mut s, "T");
    plan_in_berlin(&mut s, t, "2026-11-26", "10:00");
    let p = plan_now(&cx(s.conn())).unwrap();
    claim(&cx(s.conn()), &p.due).unwrap();
    let later = now() + Duration::hours(1);
    let input = load_input(&cx(s.conn()).at(later)).unwrap();
    assert!(p.due.iter().all(|d| input.delivered.contains(&d.key)));
}

/// A version-6 database as the issue-6 binary wrote it: a tandem with a meeting. The
/// reminder tables arrive empty and the planner works at once with default rules.
#[test]
fn version_6_database_upgrades_to_reminders() {
    use eyelevel_core::store::OpenMode;
    use eyelevel_core::store::MIGRATIONS;
    use eyelevel_core::store::{self, open};
    use eyelevel_core::vault::DataKey;

    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("eyelevel.db");
    let key = DataKey::generate();
    let conn = open(&path, &key, OpenMode::Create, &MIGRATIONS[..6]).unwrap();
    assert_eq!(store::schema_version(&conn).unwrap(), 6);
    let mut input = tandem_input("Before reminders");
    input.my_role = Role::Mentor;
    let t = tandem::create(&cx(&conn), &input).unwrap().id;
    // Written with that version's SQL (today's reads know later columns).
    let starts_at = chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 11, 26, 9, 0, 0).unwrap();
    let slot = meeting::Slot {
        starts_at,
        ends_at: starts_at + Duration::hours(1),
        time_zone: "Europe/Berlin".into(),
        local_date: date("2026-11-26"),
        local_time: "10:00".into(),
        duration_minutes: 60,
        place: "Room 4.12".into(),
        video_link: None,
    };
    let uid = "before-reminders@eyelevel.local";
    meeting::store::insert(&conn, t, None, uid, &slot, now()).unwrap();
    conn.close().unwrap();

    let conn = open(&path, &key, OpenMode::Existing, MIGRATIONS).unwrap();
    assert_eq!(
        store::schema_version(&conn).unwrap(),
        store::binary_schema_version()
    );
    assert_eq!(count(&conn, "reminder_rules"), 0);
    assert_eq!(count(&conn, "reminder_deliveries"), 0);
    assert_eq!(rules(&conn, t).unwrap().len(), ReminderKind::ALL.len());
    let p = plan_now(&cx(&conn)).unwrap();
    assert_eq!(
        p.due.iter().map(|d| d.key.clone()).collect::<Vec<_>>(),
        [format!("prepare_agenda:{uid}:2026-11-26T09:00:00.000Z")]
    );
    assert_eq!(claim(&cx(&conn), &p.due).unwrap().len(), 1);
    assert_eq!(store::integrity_check(&conn).unwrap(), ["ok"]);
}

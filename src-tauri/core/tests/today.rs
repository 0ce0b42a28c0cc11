//! Action items, the Today view, the tandem overview's meetings, the time-zone setting,
//! and the indexes behind the list queries.

mod common;
mod fixtures;

use chrono::{TimeZone, Utc};
use common::*;
use eyelevel_core::action::{self, Owner};
use eyelevel_core::agenda;
use eyelevel_core::clock::FixedClock;
use eyelevel_core::meeting::{self, EditScope};
use eyelevel_core::page::today;
use eyelevel_core::settings::SettingsPatch;
use eyelevel_core::tandem::{self, TandemStatus};
use eyelevel_core::ErrorCode;
use fixtures::{action_input, item, meeting_input};
use rusqlite::Connection;

#[test]
fn actions_owner_due_done_and_order() {
    let (_tmp, s) = session();
    let t = tandem::create(&cx(s.conn()), &tandem_input("T"))
        .unwrap()
        .id;
    let m = meeting::plan(&cx(s.conn()), t, &meeting_input("2026-12-01", "10:00")).unwrap();
    let c = s.conn();
    let undated = action::create(&cx(c), t, None, &action_input("Undated", None)).unwrap();
    let mut late = action_input(" Later ", Some("2026-12-20"));
    late.owner = Owner::Partner;
    let later = action::create(&cx(c), t, Some(m.id), &late).unwrap();
    assert_eq!(
        (later.title.as_str(), later.owner, later.meeting_id),
        ("Later", Owner::Partner, Some(m.id))
    );
    let soon = action::create(&cx(c), t, None, &action_input("Soon", Some("2026-11-26"))).unwrap();
    let ids = |v: Vec<action::ActionItem>| v.into_iter().map(|a| a.id).collect::<Vec<_>>();
    assert_eq!(
        ids(action::list(c, t, true).unwrap()),
        [soon.id, later.id, undated.id]
    );
    let done = action::set_done(&cx(c), soon.id, true).unwrap();
    assert!(done.done && done.done_at.is_some());
    assert_eq!(
        ids(action::list(c, t, true).unwrap()),
        [later.id, undated.id]
    );
    assert_eq!(
        ids(action::list(c, t, false).unwrap()),
        [later.id, undated.id, soon.id]
    );
    let reopened = action::set_done(&cx(c), soon.id, false).unwrap();
    assert!(!reopened.done && reopened.done_at.is_none());
    let edited = action::update(
        &cx(c),
        undated.id,
        &action_input("Dated", Some("2026-11-30")),
    )
    .unwrap();
    assert_eq!(edited.due_date, Some(date("2026-11-30")));
    assert_eq!(
        eyelevel_core::page::meeting::detail(c, m.id)
            .unwrap()
            .actions,
        std::slice::from_ref(&later)
    );
    assert_eq!(
        eyelevel_core::page::meeting::detail(c, m.id)
            .unwrap()
            .open_actions
            .len(),
        3
    );
    let e = action::create(&cx(c), t, None, &action_input(" ", None)).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::TitleRequired, Some("title"))
    );
    meeting::delete(c, m.id).unwrap();
    assert_eq!(
        action::get(c, later.id).unwrap().meeting_id,
        None,
        "actions outlive meetings"
    );
    action::delete(c, later.id).unwrap();
    assert_eq!(
        action::get(c, later.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn today_view_with_a_fixed_clock() {
    let (_tmp, mut s) = session();
    let a = tandem::create(&cx(s.conn()), &tandem_input("A"))
        .unwrap()
        .id;
    let b = tandem::create(&cx(s.conn()), &tandem_input("B"))
        .unwrap()
        .id;
    let paused = tandem::create(&cx(s.conn()), &tandem_input("Paused"))
        .unwrap()
        .id;
    tandem::set_status(&cx(s.conn()), paused, TandemStatus::Paused).unwrap();
    let c = s.conn_mut();
    // A: an earlier (past) meeting, a cancelled one, and the real next one.
    meeting::plan(&cx(c), a, &meeting_input("2026-11-23", "12:00")).unwrap();
    let cancelled = meeting::plan(&cx(c), a, &meeting_input("2026-11-25", "10:00")).unwrap();
    meeting::cancel(&cx(c), cancelled.id, None, EditScope::ThisOnly).unwrap();
    let next = meeting::plan(&cx(c), a, &meeting_input("2026-11-26", "10:00")).unwrap();
    meeting::plan(&cx(c), a, &meeting_input("2026-12-03", "10:00")).unwrap();
    meeting::plan(&cx(c), paused, &meeting_input("2026-11-27", "10:00")).unwrap();
    let overdue = action::create(
        &cx(c),
        b,
        None,
        &action_input("Overdue", Some("2026-11-20")),
    )
    .unwrap();
    let soon = action::create(&cx(c), a, None, &action_input("Soon", Some("2026-11-24"))).unwrap();
    let week = action::create(&cx(c), a, None, &action_input("Week", Some("2026-12-01"))).unwrap();
    action::create(&cx(c), a, None, &action_input("Far", Some("2026-12-02"))).unwrap();
    let old_done =
        action::create(&cx(c), a, None, &action_input("Done", Some("2026-11-01"))).unwrap();
    action::set_done(&cx(c), old_done.id, true).unwrap();

    let v = today::view(&cx(s.conn())).unwrap();
    assert_eq!(v.next_meetings.len(), 1, "paused tandems are not on Today");
    assert_eq!(
        (v.next_meetings[0].tandem_id, v.next_meetings[0].meeting.id),
        (a, next.id)
    );
    assert!(v.next_meetings[0].needs_agenda);
    assert_eq!(v.overdue_actions, [overdue]);
    assert_eq!(v.due_soon_actions, [soon, week]);
    assert_eq!(
        v.tandems_without_meeting
            .iter()
            .map(|t| t.id)
            .collect::<Vec<_>>(),
        [b]
    );

    agenda::add(&cx(s.conn()), next.id, &item("x", true)).unwrap();
    let v = today::view(&cx(s.conn())).unwrap();
    assert!(!v.next_meetings[0].needs_agenda);
    // Later in the day, after the meeting started, the next one is shown.
    let after = Utc.with_ymd_and_hms(2026, 11, 26, 9, 30, 0).unwrap();
    let v = today::view(&cx(s.conn()).at(after)).unwrap();
    assert_eq!(v.next_meetings[0].meeting.local_date, date("2026-12-03"));

    let list = eyelevel_core::page::tandems::list(&cx(s.conn()), false).unwrap();
    let summary = list.iter().find(|t| t.id == a).unwrap();
    assert_eq!(
        summary.next_meeting.as_deref(),
        Some(next.starts_at.as_str())
    );
    assert_eq!(list.iter().find(|t| t.id == b).unwrap().next_meeting, None);
    let o = eyelevel_core::page::tandems::overview(&cx(s.conn()), a).unwrap();
    assert_eq!(o.next_meeting.as_deref(), Some(next.starts_at.as_str()));
    assert_eq!(o.upcoming_meetings.len(), 2);
    assert_eq!(o.open_actions.len(), 3);
}

#[test]
fn time_zone_setting_drives_today() {
    let (tmp, dir) = data_dir();
    let keyring = eyelevel_core::vault::MemoryKeyring::new();
    let _ = tmp;
    let clock = std::sync::Arc::new(FixedClock::new(now()));
    let req = eyelevel_core::session::SetupRequest {
        protection: eyelevel_core::vault::Protection::Keyring,
        passphrase: None,
    };
    let (s, _) = eyelevel_core::session::setup(&dir, &keyring, &req, clock).unwrap();
    let patch = |z: Option<&str>| SettingsPatch {
        time_zone: Some(z.map(str::to_string)),
        ..SettingsPatch::default()
    };
    let set = s
        .update_settings(&patch(Some(" Pacific/Pago_Pago ")))
        .unwrap();
    assert_eq!(set.time_zone.as_deref(), Some("Pacific/Pago_Pago"));
    assert_eq!(s.ctx().unwrap().zone, chrono_tz::Pacific::Pago_Pago);
    assert_eq!(
        s.ctx().unwrap().today(),
        date("2026-11-23"),
        "09:00 UTC is 22:00 the day before"
    );
    s.update_settings(&patch(Some("Europe/Berlin"))).unwrap();
    assert_eq!(s.ctx().unwrap().today(), date("2026-11-24"));
    let e = s
        .update_settings(&patch(Some("Mars/Olympus_Mons")))
        .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::InvalidTime, Some("time_zone"))
    );
    assert_eq!(
        s.settings().unwrap().time_zone.as_deref(),
        Some("Europe/Berlin")
    );
    assert_eq!(s.update_settings(&patch(None)).unwrap().time_zone, None);
}

fn plan(conn: &Connection, sql: &str) -> String {
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, String>(3)).unwrap();
    rows.map(|r| r.unwrap()).collect::<Vec<_>>().join("\n")
}

#[test]
fn list_queries_use_indexes() {
    let (_tmp, s) = session();
    let c = s.conn();
    for sql in [
        "SELECT * FROM meetings WHERE tandem_id = 1 ORDER BY starts_at, id",
        "SELECT * FROM meetings WHERE tandem_id = 1 AND starts_at >= 'x' AND ends_at > 'y' ORDER BY starts_at, id",
        "SELECT starts_at FROM meetings WHERE tandem_id = 1 AND status IN ('planned', 'moved') AND starts_at >= 'x' ORDER BY starts_at LIMIT 1",
        "SELECT * FROM meetings WHERE tandem_id = 1 AND status = 'held' AND starts_at < 'x' ORDER BY starts_at DESC LIMIT 1",
        "SELECT * FROM meetings WHERE series_id = 1 AND starts_at >= 'x' ORDER BY starts_at",
        "SELECT * FROM agenda_items WHERE meeting_id = 1 ORDER BY position, id",
        "SELECT COALESCE(SUM(minutes), 0) FROM agenda_items WHERE meeting_id = 1",
        "SELECT * FROM action_items WHERE tandem_id = 1 AND done = 0",
        "SELECT * FROM action_items WHERE meeting_id = 1",
        "SELECT * FROM action_items WHERE done = 0 AND due_date IS NOT NULL AND due_date <= '2026-11-23' ORDER BY due_date",
    ] {
        let p = plan(c, sql);
        assert!(p.contains("USING INDEX") || p.contains("USING COVERING INDEX"), "{sql}\n{p}");
        assert!(!p.contains("SCAN meetings") && !p.contains("SCAN agenda_items"), "{sql}\n{p}");
    }
}

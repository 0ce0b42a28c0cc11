//! The delivery record does not grow forever: what is older than `deliveries::KEEP` is
//! forgotten when reminders are next claimed, and forgetting never lets a reminder fire again.

mod common;
mod fixtures;

use chrono::{DateTime, Duration, Utc};
use common::*;
use eyelevel_core::reminder::deliveries::{claim, set_channel, KEEP};
use eyelevel_core::reminder::{
    inbox, load::lookback, plan_now, DeliveryChannel, DueReminder, ReminderKind,
};
use eyelevel_core::session::Session;
use eyelevel_core::tandem::{self, Role};
use fixtures::plan_in_berlin;

fn mentor_tandem_with_a_meeting(s: &mut Session) -> i64 {
    let mut input = tandem_input("Pruned tandem");
    input.my_role = Role::Mentor;
    let t = tandem::create(&cx(s.conn()), &input).unwrap().id;
    plan_in_berlin(s, t, "2026-11-26", "10:00");
    t
}

/// Plans and claims at `at`; returns what was claimed (delivered to the inbox).
fn deliver_at(s: &Session, at: DateTime<Utc>) -> Vec<DueReminder> {
    let due = plan_now(&cx(s.conn()).at(at)).unwrap().due;
    let claimed = claim(&cx(s.conn()).at(at), &due).unwrap();
    let keys: Vec<String> = claimed.iter().map(|d| d.key.clone()).collect();
    set_channel(&cx(s.conn()), &keys, DeliveryChannel::Inbox).unwrap();
    claimed
}

#[test]
fn old_deliveries_are_forgotten_and_never_fire_again() {
    assert!(KEEP > lookback() + Duration::days(30));
    let (_tmp, mut s) = session();
    mentor_tandem_with_a_meeting(&mut s);
    let first = deliver_at(&s, now());
    assert!(!first.is_empty(), "the meeting brings reminders");
    assert_eq!(inbox(s.conn(), 100).unwrap().items.len(), first.len());

    // Half a year on, no meeting since: the lapsed rhythm is reminded of (once), and the
    // meeting's old deliveries are forgotten in the same claim.
    let later = now() + KEEP + Duration::days(1);
    let lapsed = deliver_at(&s, later);
    assert_eq!(
        lapsed.iter().map(|d| d.kind).collect::<Vec<_>>(),
        [ReminderKind::MeetingOverdue]
    );
    assert_eq!(count(s.conn(), "reminder_deliveries"), 1);
    assert_eq!(inbox(s.conn(), 100).unwrap().items.len(), 1);

    // Another half year: the overdue key is the same, and its record survived the pruning.
    let much_later = later + KEEP + Duration::days(1);
    assert!(plan_now(&cx(s.conn()).at(much_later))
        .unwrap()
        .due
        .iter()
        .any(|d| d.key == lapsed[0].key));
    assert!(deliver_at(&s, much_later).is_empty(), "nothing fires twice");
    assert_eq!(count(s.conn(), "reminder_deliveries"), 1);
}

#[test]
fn recent_deliveries_stay() {
    let (_tmp, mut s) = session();
    mentor_tandem_with_a_meeting(&mut s);
    deliver_at(&s, now());
    let before = count(s.conn(), "reminder_deliveries");
    assert!(before > 0);
    claim(&cx(s.conn()).at(now() + KEEP - Duration::days(1)), &[]).unwrap();
    assert_eq!(count(s.conn(), "reminder_deliveries"), before);
}

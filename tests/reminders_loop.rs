//! The shell's reminder loop with a stand-in notification sender and a fixed clock: it sleeps
//! until something is due, wakes on data changes, notifies exactly once, falls back to the
//! inbox when notifications cannot be shown, and collapses a catch-up into one summary.

use std::sync::{Arc, Mutex};
use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use eyelevel_core::action::{self, ActionInput, Owner};
use eyelevel_core::clock::FixedClock;
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting::{self, Meeting, MeetingInput};
use eyelevel_core::paths::DataDir;
use eyelevel_core::reminder::{
    self, DeliveryChannel, Notice, NotifierState, ReminderKind, ReminderRule, ReminderSettingsPatch,
};
use eyelevel_core::session::SetupRequest;
use eyelevel_core::settings::SettingsPatch;
use eyelevel_core::tandem::{self, Cadence, CadenceUnit, Role, TandemInput};
use eyelevel_core::vault::keyring::MemoryKeyring;
use eyelevel_core::vault::Protection;
use eyelevel_lib::reminders::{NotificationSender, OnClick, ShellEvents};
use eyelevel_lib::state::AppState;

/// Records what it was asked to show; fails with `error` when set; clicks when told to.
#[derive(Default)]
struct FakeSender {
    shown: Mutex<Vec<Notice>>,
    error: Option<String>,
    click: bool,
}

impl NotificationSender for FakeSender {
    fn send(&self, notice: &Notice, _open_label: &str, on_click: OnClick) -> Result<(), String> {
        if let Some(error) = &self.error {
            return Err(error.clone());
        }
        self.shown.lock().unwrap().push(notice.clone());
        if self.click {
            on_click(notice.route.clone());
        }
        Ok(())
    }

    fn probe(&self) -> Result<(), String> {
        self.error.clone().map_or(Ok(()), Err)
    }
}

impl FakeSender {
    fn shown(&self) -> Vec<Notice> {
        self.shown.lock().unwrap().clone()
    }
}

#[derive(Default)]
struct FakeEvents {
    opened: Mutex<Vec<String>>,
    next_meeting: Mutex<Vec<Option<String>>>,
}

impl ShellEvents for FakeEvents {
    fn reminders_changed(&self) {}
    fn open_route(&self, route: &str) {
        self.opened.lock().unwrap().push(route.to_string());
    }
    fn next_meeting(&self, label: Option<String>) {
        self.next_meeting.lock().unwrap().push(label);
    }
}

/// 10:00 in Berlin.
fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    state: AppState,
    clock: Arc<FixedClock>,
    sender: Arc<FakeSender>,
    events: Arc<FakeEvents>,
    tandem_id: i64,
}

fn fixture(sender: FakeSender) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(t0()));
    let state = AppState::new(
        DataDir::new(dir.path().to_path_buf()),
        Arc::new(MemoryKeyring::new()),
        clock.clone(),
    );
    state
        .setup(&SetupRequest {
            protection: Protection::Keyring,
            passphrase: None,
        })
        .unwrap();
    let tandem_id = state
        .with_session(|s| {
            s.update_settings(&SettingsPatch {
                language: Some(Some(Language::En)),
                time_zone: Some(Some("Europe/Berlin".into())),
                ..Default::default()
            })?;
            let cx = s.ctx()?;
            let tandem = tandem::create(
                &cx,
                &TandemInput {
                    title: "Digital leadership".into(),
                    my_role: Role::Mentee,
                    partner_name: "Jürgen Weber".into(),
                    partner_contact: None,
                    program: None,
                    start_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
                    planned_end_date: None,
                    cadence: Cadence {
                        every: 2,
                        unit: CadenceUnit::Week,
                        minutes: 60,
                    },
                    focus_topic_ids: vec![],
                },
            )?;
            // Only the reminder under test: the day-before one would be due at once.
            reminder::update_rule(
                &cx,
                tandem.id,
                &ReminderRule {
                    kind: ReminderKind::MeetingDayBefore,
                    enabled: false,
                    lead_minutes: 24 * 60,
                },
            )?;
            Ok(tandem.id)
        })
        .unwrap();
    let sender = Arc::new(sender);
    let events = Arc::new(FakeEvents::default());
    state.start_reminders(sender.clone(), events.clone());
    Fixture {
        _dir: dir,
        state,
        clock,
        sender,
        events,
        tandem_id,
    }
}

impl Fixture {
    /// A meeting today at `time` (Berlin), an hour long.
    fn plan(&self, time: &str) -> Meeting {
        self.state
            .with_ctx(|cx| {
                meeting::plan(
                    cx,
                    self.tandem_id,
                    &MeetingInput {
                        date: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
                        time: time.into(),
                        duration_minutes: 60,
                        place: "Café".into(),
                        video_link: None,
                    },
                )
            })
            .unwrap()
    }

    /// Moves the clock and touches a setting, which wakes the loop like any data change.
    fn advance_to(&self, at: DateTime<Utc>) {
        self.clock.set(at);
        self.touch();
    }

    fn touch(&self) {
        let current = self
            .state
            .with_session(|s| reminder::load_settings(s.conn()))
            .unwrap();
        self.state
            .with_ctx(|cx| {
                reminder::update_settings(
                    cx,
                    &ReminderSettingsPatch {
                        show_tandem_title: Some(!current.show_tandem_title),
                        ..Default::default()
                    },
                )?;
                reminder::update_settings(
                    cx,
                    &ReminderSettingsPatch {
                        show_tandem_title: Some(current.show_tandem_title),
                        ..Default::default()
                    },
                )
            })
            .unwrap();
    }

    fn inbox(&self) -> reminder::Inbox {
        self.state
            .with_session(|s| reminder::inbox(s.conn(), 100))
            .unwrap()
    }
}

/// Waits (up to 10 s) until `done` holds.
fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < StdDuration::from_secs(10), "{what}");
        std::thread::sleep(StdDuration::from_millis(20));
    }
}

/// Gives the loop time to (wrongly) do more than it should.
fn settle() {
    std::thread::sleep(StdDuration::from_millis(600));
}

#[test]
fn a_meeting_reminder_fires_exactly_once_when_it_falls_due() {
    let f = fixture(FakeSender::default());
    let meeting = f.plan("11:00"); // 10:00 UTC; 30 min lead → due 09:30 UTC
    eventually("the loop plans the next reminder", || {
        f.state.reminders().status().next_at.as_deref() == Some("2026-11-24T09:30:00.000Z")
    });
    assert!(f.sender.shown().is_empty(), "nothing is due yet");
    assert_eq!(
        f.state.reminders().status().notifications,
        NotifierState::Available
    );

    f.advance_to(t0() + Duration::minutes(29));
    settle();
    assert!(f.sender.shown().is_empty(), "one minute early is too early");

    f.advance_to(t0() + Duration::minutes(30));
    eventually("the reminder is shown", || f.sender.shown().len() == 1);
    let notice = &f.sender.shown()[0];
    assert_eq!(notice.route, format!("#/meetings/{}", meeting.id));
    assert!(notice.summary.contains("30"), "{notice:?}");
    for secret in ["Jürgen", "Digital leadership"] {
        assert!(
            !notice.summary.contains(secret) && !notice.body.contains(secret),
            "discreet by default: {notice:?}"
        );
    }

    // Later wakes (data changes, the clock moving on) never repeat it.
    f.advance_to(t0() + Duration::minutes(40));
    f.touch();
    settle();
    assert_eq!(f.sender.shown().len(), 1);
    let inbox = f.inbox();
    assert_eq!(inbox.items.len(), 1);
    assert_eq!(inbox.items[0].channel, DeliveryChannel::Notification);
    assert_eq!(inbox.items[0].kind, ReminderKind::MeetingSoon);
}

#[test]
fn the_tandem_title_appears_only_when_allowed() {
    let f = fixture(FakeSender::default());
    f.state
        .with_ctx(|cx| {
            reminder::update_settings(
                cx,
                &ReminderSettingsPatch {
                    show_tandem_title: Some(true),
                    ..Default::default()
                },
            )
        })
        .unwrap();
    f.plan("11:00");
    f.advance_to(t0() + Duration::minutes(30));
    eventually("the reminder is shown", || f.sender.shown().len() == 1);
    let notice = &f.sender.shown()[0];
    let text = format!("{} {}", notice.summary, notice.body);
    assert!(text.contains("Digital leadership"), "{notice:?}");
    assert!(!text.contains("Jürgen"), "never the partner: {notice:?}");
}

#[test]
fn without_a_notification_server_reminders_land_in_the_inbox_and_status_says_why() {
    let reason = "org.freedesktop.DBus.Error.ServiceUnknown: no notification server";
    let f = fixture(FakeSender {
        error: Some(reason.into()),
        ..Default::default()
    });
    eventually("the probe reports the server missing", || {
        f.state.reminders().status().notifications == NotifierState::Unavailable
    });
    assert_eq!(f.state.reminders().status().reason.as_deref(), Some(reason));
    f.plan("11:00");
    f.advance_to(t0() + Duration::minutes(30));
    eventually("the reminder reaches the inbox", || {
        f.inbox().items.first().map(|i| i.channel) == Some(DeliveryChannel::Inbox)
    });
    let inbox = f.inbox();
    assert_eq!(inbox.items.len(), 1);
    assert_eq!(inbox.unread, 1);
    // It is recorded: a later wake does not try (and fail) again.
    f.touch();
    settle();
    assert_eq!(f.inbox().items.len(), 1);
}

#[test]
fn reminders_missed_while_closed_arrive_as_one_summary() {
    let f = fixture(FakeSender::default());
    f.state
        .with_ctx(|cx| {
            for title in ["Try Teams channels", "Read the AI guide"] {
                action::create(
                    cx,
                    f.tandem_id,
                    None,
                    &ActionInput {
                        title: title.into(),
                        owner: Owner::Me,
                        due_date: Some(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
                    },
                )?;
            }
            Ok(())
        })
        .unwrap();
    eventually("one summary for both", || f.sender.shown().len() == 1);
    settle();
    let shown = f.sender.shown();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert_eq!(shown[0].route, "#/inbox");
    for title in ["Teams", "AI guide"] {
        assert!(
            !shown[0].body.contains(title),
            "no action titles: {shown:?}"
        );
    }
    let inbox = f.inbox();
    assert_eq!(inbox.items.len(), 2);
    assert!(inbox
        .items
        .iter()
        .all(|i| i.kind == ReminderKind::ActionDue && i.channel == DeliveryChannel::Summary));
}

#[test]
fn clicking_a_notification_opens_its_page() {
    let f = fixture(FakeSender {
        click: true,
        ..Default::default()
    });
    let meeting = f.plan("11:00");
    f.advance_to(t0() + Duration::minutes(30));
    eventually("the click is reported", || {
        !f.events.opened.lock().unwrap().is_empty()
    });
    assert_eq!(
        f.events.opened.lock().unwrap().as_slice(),
        [format!("#/meetings/{}", meeting.id)]
    );
}

#[test]
fn the_tray_line_follows_the_next_meeting_and_the_test_notification_reports_back() {
    let f = fixture(FakeSender::default());
    f.plan("15:30");
    eventually("the tray shows the meeting", || {
        f.events.next_meeting.lock().unwrap().last()
            == Some(&Some("Next meeting: Tue 24 Nov, 15:30".to_string()))
    });
    let status = f.state.send_test_notification().unwrap();
    assert_eq!(status.notifications, NotifierState::Available);
    assert_eq!(f.sender.shown().len(), 1);
    assert_eq!(f.sender.shown()[0].route, "#/settings");
}

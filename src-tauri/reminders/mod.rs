//! The reminder loop: sleeps until the next reminder falls due (or the data changes), then
//! delivers what the core planner says is due and records it so nothing fires twice.

mod deliver;
mod next_meeting;
mod sender;

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};
use eyelevel_core::i18n::Language;
use eyelevel_core::reminder::{self, NotifierState, ReminderStatus};
use eyelevel_core::session::Session;
use eyelevel_core::time::utc_text;

pub use deliver::{run_once, Tick};
pub use sender::{DesktopSender, NotificationSender, OnClick};

use crate::changes::{Changes, Wait};

/// The longest sleep. Condvar timeouts run on the monotonic clock, which stops while the
/// machine sleeps; waking at least this often keeps a reminder from arriving hours late after
/// a suspend or a wall-clock jump. Waking costs a few small queries.
const MAX_SLEEP: Duration = Duration::from_secs(10 * 60);
/// Edits come in bursts; plan once the burst settles.
const SETTLE: Duration = Duration::from_millis(250);

/// What the loop tells the rest of the app (the window, the tray).
pub trait ShellEvents: Send + Sync {
    /// The inbox or the delivery status changed.
    fn reminders_changed(&self);
    /// The user clicked a notification: show the window at `route`.
    fn open_route(&self, route: &str);
    /// The next meeting changed (the tray shows it); `None` when locked.
    fn next_meeting(&self, label: Option<String>);
}

/// Delivery status for Settings, and the sender (kept for the test notification).
#[derive(Default)]
pub struct ReminderState {
    status: Mutex<ReminderStatus>,
    sender: Mutex<Option<Arc<dyn NotificationSender>>>,
    open_route: Mutex<Option<String>>,
}

impl ReminderState {
    pub fn status(&self) -> ReminderStatus {
        lock(&self.status).clone()
    }

    pub fn set_tray(&self, shown: bool) {
        lock(&self.status).tray = shown;
    }

    pub fn set_autostart(&self, enabled: Option<bool>) {
        lock(&self.status).autostart = enabled;
    }

    fn set_next_at(&self, next_at: Option<DateTime<Utc>>) {
        lock(&self.status).next_at = next_at.map(utc_text);
    }

    /// Records how the last attempt to show (or probe for) a notification went.
    fn record_delivery(&self, outcome: &Result<(), String>) {
        let mut status = lock(&self.status);
        match outcome {
            Ok(()) => {
                status.notifications = NotifierState::Available;
                status.reason = None;
            }
            Err(reason) => {
                status.notifications = NotifierState::Unavailable;
                status.reason = Some(reason.clone());
            }
        }
    }

    pub fn sender(&self) -> Option<Arc<dyn NotificationSender>> {
        lock(&self.sender).clone()
    }

    /// A clicked notification's route, for a window that opens only now to pick up.
    pub fn take_open_route(&self) -> Option<String> {
        lock(&self.open_route).take()
    }

    pub fn remember_open_route(&self, route: &str) {
        *lock(&self.open_route) = Some(route.to_string());
    }
}

// Only plain values live under these locks, so a poisoned one is still consistent.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}

/// Shows a test notification in the user's language and records whether it worked.
pub fn send_test(state: &ReminderState, language: Language) {
    if let Some(sender) = state.sender() {
        let outcome = sender.send(
            &reminder::text::test_notice(language),
            deliver::open_label(language),
            Box::new(|_| {}),
        );
        state.record_delivery(&outcome);
    }
}

/// Starts the loop thread; it ends when `changes` closes (the app shuts down).
pub fn spawn(
    session: Arc<Mutex<Option<Session>>>,
    changes: Arc<Changes>,
    state: Arc<ReminderState>,
    sender: Arc<dyn NotificationSender>,
    events: Arc<dyn ShellEvents>,
) {
    *lock(&state.sender) = Some(sender.clone());
    let run = move || {
        // Settings can say why before the first reminder is due.
        state.record_delivery(&sender.probe());
        events.reminders_changed();
        let mut seen = changes.generation();
        loop {
            let tick = run_once(&session, sender.as_ref(), &state, &events);
            let timeout = match tick {
                Tick::Locked => None,
                Tick::Planned { next_at, now } => Some(sleep_until(next_at, now)),
            };
            match changes.wait_settled(seen, timeout, SETTLE) {
                Wait::Closed => return,
                Wait::TimedOut => {}
                Wait::Changed(generation) => seen = generation,
            }
        }
    };
    if let Err(error) = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(run)
    {
        eprintln!("Eyelevel could not start its reminders: {error}");
    }
}

/// How long to sleep for a reminder due at `next_at`: a little past it (so the planner sees
/// it due), at most [`MAX_SLEEP`].
fn sleep_until(next_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Duration {
    let Some(next_at) = next_at else {
        return MAX_SLEEP;
    };
    let wait = (next_at - now).to_std().unwrap_or_default() + Duration::from_millis(50);
    wait.min(MAX_SLEEP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sleeps_just_past_the_next_reminder_and_never_longer_than_the_cap() {
        let now = Utc::now();
        assert_eq!(
            sleep_until(Some(now + chrono::Duration::seconds(90)), now),
            Duration::from_millis(90_050)
        );
        assert_eq!(
            sleep_until(Some(now - chrono::Duration::seconds(5)), now),
            Duration::from_millis(50)
        );
        assert_eq!(
            sleep_until(Some(now + chrono::Duration::days(2)), now),
            MAX_SLEEP
        );
        assert_eq!(sleep_until(None, now), MAX_SLEEP);
    }
}

//! One pass of the loop: plan, claim, notify, record. The session lock is held only to read
//! and write the database, never while talking to the notification server.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use eyelevel_core::i18n::{words, Language};
use eyelevel_core::reminder::{self, deliveries, text, DeliveryChannel, DueReminder, Notice};
use eyelevel_core::session::Session;
use eyelevel_core::Result;

use super::next_meeting::next_meeting_label;
use super::{lock, NotificationSender, ReminderState, ShellEvents};

/// A reminder this late (the app was closed, or the machine asleep) is caught up: two or more
/// of them arrive as one summary instead of a burst of notifications.
const LATE: Duration = Duration::minutes(5);
/// So many due at once (e.g. held back by quiet hours) also arrive as one summary.
const BURST: usize = 3;

/// What a pass found out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tick {
    /// No open session: nothing can be planned until unlock.
    Locked,
    /// Planned at `now`; the next reminder falls due at `next_at`.
    Planned {
        next_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    },
}

struct Outgoing {
    notice: Notice,
    keys: Vec<String>,
    channel: DeliveryChannel,
}

struct Prepared {
    outgoing: Vec<Outgoing>,
    next_at: Option<DateTime<Utc>>,
    next_meeting: Option<String>,
    language: Language,
    now: DateTime<Utc>,
}

/// The label of a notification's click action.
pub fn open_label(language: Language) -> &'static str {
    words(language).notifications.open
}

/// Delivers what is due now and says when to look again.
pub fn run_once(
    session: &Mutex<Option<Session>>,
    sender: &dyn NotificationSender,
    state: &ReminderState,
    events: &Arc<dyn ShellEvents>,
) -> Tick {
    // The lock is released before any event: the tray waits for the main thread, which may
    // itself be waiting for the session (closing the window asks whether to keep running).
    let planned = lock(session)
        .as_mut()
        .map(|open| (prepare(open), open.now()));
    let prepared = match planned {
        None => {
            state.set_next_at(None);
            events.next_meeting(None);
            return Tick::Locked;
        }
        Some((Ok(prepared), _)) => prepared,
        Some((Err(error), now)) => {
            eprintln!("Eyelevel could not plan reminders: {error}");
            return Tick::Planned { next_at: None, now };
        }
    };
    state.set_next_at(prepared.next_at);
    events.next_meeting(prepared.next_meeting.clone());
    let tick = Tick::Planned {
        next_at: prepared.next_at,
        now: prepared.now,
    };
    if prepared.outgoing.is_empty() {
        return tick;
    }
    let mut sent = Vec::new();
    for outgoing in prepared.outgoing {
        let clicked = events.clone();
        let outcome = sender.send(
            &outgoing.notice,
            open_label(prepared.language),
            Box::new(move |route| clicked.open_route(&route)),
        );
        let channel = match outcome {
            Ok(()) => outgoing.channel,
            Err(_) => DeliveryChannel::Inbox,
        };
        state.record_delivery(&outcome);
        sent.push((outgoing.keys, channel));
    }
    if let Some(open) = lock(session).as_mut() {
        for (keys, channel) in &sent {
            if let Err(error) = open
                .ctx()
                .and_then(|cx| deliveries::set_channel(&cx, keys, *channel))
            {
                eprintln!("Eyelevel could not record a reminder: {error}");
            }
        }
    }
    events.reminders_changed();
    tick
}

fn prepare(session: &Session) -> Result<Prepared> {
    let cx = session.ctx()?;
    let (now, zone, language) = (cx.now, cx.zone, cx.language);
    let settings = reminder::load_settings(&cx)?;
    let input = reminder::load_input(&cx)?;
    let plan = reminder::plan(now, &input, &settings, zone);
    let claimed = deliveries::claim(&cx, &plan.due)?;
    let burst = claimed.len() >= BURST;
    let (late, mut on_time): (Vec<DueReminder>, Vec<DueReminder>) = claimed
        .into_iter()
        .partition(|due| burst || parse(&due.due_at).is_some_and(|at| at < now - LATE));
    let mut outgoing = Vec::new();
    if late.len() >= 2 {
        outgoing.push(Outgoing {
            notice: text::summary_notice(&late, language),
            keys: late.into_iter().map(|due| due.key).collect(),
            channel: DeliveryChannel::Summary,
        });
    } else {
        on_time.extend(late);
    }
    for due in on_time {
        outgoing.push(Outgoing {
            notice: text::notice(&due, language, settings.show_tandem_title, now, zone),
            keys: vec![due.key],
            channel: DeliveryChannel::Notification,
        });
    }
    Ok(Prepared {
        outgoing,
        next_at: plan.next_at.as_deref().and_then(parse),
        next_meeting: next_meeting_label(&cx, settings.show_tandem_title)?,
        language,
        now,
    })
}

fn parse(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|at| at.with_timezone(&Utc))
}

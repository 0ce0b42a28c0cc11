//! Notification text: which sentence of the word table ([`crate::i18n::words`]) a reminder
//! gets. Discreet: it never names the partner, note content or an action item; the tandem
//! title only when the user allowed it. Times are the user's wall-clock times; "in 30 min" /
//! "tomorrow" are computed from `now`.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::inbox::route;
use super::{DueReminder, Notice, ReminderKind};
use crate::i18n::{words, DateWords, Language};
use crate::time::{hhmm, to_local};

/// Titles longer than this are cut in notifications (they are a hint, not the content).
const TITLE_CHARS: usize = 60;

/// The notification for one reminder.
pub fn notice(
    due: &DueReminder,
    language: Language,
    show_title: bool,
    now: DateTime<Utc>,
    zone: Tz,
) -> Notice {
    let subject = DateTime::parse_from_rfc3339(&due.subject_at)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(now);
    let (summary, body) = texts(due, language, subject, now, zone);
    let title = due.tandem_title.trim();
    let summary = if show_title && !title.is_empty() {
        format!("{}: {summary}", cut(title))
    } else {
        summary
    };
    Notice {
        summary,
        body,
        route: route(due.kind, Some(due.tandem_id), due.meeting_id),
    }
}

fn texts(
    due: &DueReminder,
    lang: Language,
    subject: DateTime<Utc>,
    now: DateTime<Utc>,
    zone: Tz,
) -> (String, String) {
    let at = Moment::new(subject, now, zone, lang);
    let w = &words(lang).notifications;
    let past = at.date < at.today;
    match due.kind {
        ReminderKind::MeetingSoon => (
            at.countdown()
                .map_or(w.meeting_now.into(), |c| (w.meeting_in)(&c)),
            (w.meeting_starts_at)(&at.time()),
        ),
        ReminderKind::MeetingDayBefore => ((w.meeting_on)(&at.when()), w.meeting_on_body.into()),
        ReminderKind::PrepareAgenda => {
            (w.prepare_agenda.into(), (w.prepare_agenda_body)(&at.when()))
        }
        ReminderKind::Reflect if due.nudge >= 2 => {
            (w.reflect_again.into(), w.reflect_again_body.into())
        }
        ReminderKind::Reflect => (w.reflect.into(), w.reflect_body.into()),
        ReminderKind::ActionDue => ((w.action_due)(past, &at.day()), w.action_due_body.into()),
        ReminderKind::AgreementReview => {
            (w.review_due.into(), (w.review_due_body)(past, &at.day()))
        }
        ReminderKind::MeetingOverdue => (w.plan_meeting.into(), w.plan_meeting_body.into()),
    }
}

/// One notification for reminders that fell due while the app was closed; route "#/inbox".
pub fn summary_notice(due: &[DueReminder], language: Language) -> Notice {
    let w = &words(language).notifications;
    let count = |kinds: &[ReminderKind]| due.iter().filter(|d| kinds.contains(&d.kind)).count();
    let groups = [
        (
            count(&[
                ReminderKind::MeetingSoon,
                ReminderKind::MeetingDayBefore,
                ReminderKind::PrepareAgenda,
            ]),
            w.missed_meetings,
        ),
        (count(&[ReminderKind::Reflect]), w.missed_reflections),
        (count(&[ReminderKind::ActionDue]), w.missed_actions),
        (count(&[ReminderKind::AgreementReview]), w.missed_reviews),
        (count(&[ReminderKind::MeetingOverdue]), w.missed_to_plan),
    ];
    let parts: Vec<String> = groups
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, phrase)| phrase(*n))
        .collect();
    Notice {
        summary: (w.missed)(due.len()),
        body: format!("{}.", parts.join(", ")),
        route: "#/inbox".into(),
    }
}

/// The notification Settings → Reminders sends to check that notifications work.
pub fn test_notice(language: Language) -> Notice {
    let w = &words(language).notifications;
    Notice {
        summary: w.test.into(),
        body: w.test_body.into(),
        route: "#/settings".into(),
    }
}

fn cut(title: &str) -> String {
    if title.chars().count() <= TITLE_CHARS {
        return title.to_string();
    }
    let short: String = title.chars().take(TITLE_CHARS - 1).collect();
    format!("{}…", short.trim_end())
}

/// An instant as the user sees it, relative to now.
struct Moment {
    at: DateTime<Utc>,
    now: DateTime<Utc>,
    date: NaiveDate,
    today: NaiveDate,
    time: chrono::NaiveTime,
    words: &'static DateWords,
}

impl Moment {
    fn new(at: DateTime<Utc>, now: DateTime<Utc>, zone: Tz, lang: Language) -> Self {
        let (date, time) = to_local(zone, at);
        Moment {
            at,
            now,
            date,
            today: to_local(zone, now).0,
            time,
            words: &words(lang).dates,
        }
    }

    fn time(&self) -> String {
        hhmm(self.time)
    }

    /// "30 min", "1 h 15 min"; `None` once it has started.
    fn countdown(&self) -> Option<String> {
        let seconds = (self.at - self.now).num_seconds();
        if seconds <= 0 {
            return None;
        }
        // Round up: a reminder 29 min 30 s ahead says "30 min", as the lead time did.
        let minutes = (seconds + 59) / 60;
        Some((self.words.countdown)(minutes / 60, minutes % 60))
    }

    /// "today", "tomorrow", "yesterday", "on 1 Dec".
    fn day(&self) -> String {
        (self.words.relative_day)((self.date - self.today).num_days(), self.date)
    }

    /// "tomorrow at 10:00".
    fn when(&self) -> String {
        (self.words.day_at_time)(&self.day(), &self.time())
    }
}

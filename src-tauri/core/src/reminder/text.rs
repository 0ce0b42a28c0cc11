//! Notification text in German and English. Discreet: it never names the partner, note
//! content or an action item; the tandem title only when the user allowed it. Times are the
//! user's wall-clock times; "in 30 min" / "tomorrow" are computed from `now`.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;

use super::inbox::route;
use super::{DueReminder, Notice, ReminderKind};
use crate::i18n::Language::{self, De, En};
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
    let past = at.date < at.today;
    match (due.kind, lang) {
        (ReminderKind::MeetingSoon, En) => (
            at.countdown()
                .map_or("Tandem meeting starting now".into(), |c| {
                    format!("Tandem meeting in {c}")
                }),
            format!("Starts at {}.", at.time()),
        ),
        (ReminderKind::MeetingSoon, De) => (
            at.countdown()
                .map_or("Tandem-Treffen beginnt jetzt".into(), |c| {
                    format!("Tandem-Treffen in {c}")
                }),
            format!("Beginn um {} Uhr.", at.time()),
        ),
        (ReminderKind::MeetingDayBefore, En) => (
            format!("Tandem meeting {}", at.when()),
            "Have a look at the agenda beforehand.".into(),
        ),
        (ReminderKind::MeetingDayBefore, De) => (
            format!("Tandem-Treffen {}", at.when()),
            "Wirf vorher einen Blick auf die Agenda.".into(),
        ),
        (ReminderKind::PrepareAgenda, En) => (
            "Prepare the agenda".into(),
            format!("Your tandem meeting {} has no agenda yet.", at.when()),
        ),
        (ReminderKind::PrepareAgenda, De) => (
            "Bereite die Agenda vor".into(),
            format!("Dein Tandem-Treffen {} hat noch keine Agenda.", at.when()),
        ),
        (ReminderKind::Reflect, En) if due.nudge >= 2 => (
            "Your reflection is still open".into(),
            "A few notes now help you keep what you took away from the meeting.".into(),
        ),
        (ReminderKind::Reflect, De) if due.nudge >= 2 => (
            "Deine Reflexion ist noch offen".into(),
            "Ein paar Notizen jetzt helfen dir festzuhalten, was du aus dem Treffen mitnimmst."
                .into(),
        ),
        (ReminderKind::Reflect, En) => (
            "Time to reflect".into(),
            "How did your tandem meeting go? Take a few minutes for your reflection.".into(),
        ),
        (ReminderKind::Reflect, De) => (
            "Zeit für deine Reflexion".into(),
            "Wie lief dein Tandem-Treffen? Nimm dir ein paar Minuten für deine Reflexion.".into(),
        ),
        (ReminderKind::ActionDue, En) => (
            format!(
                "An action item {} due {}",
                if past { "was" } else { "is" },
                at.day()
            ),
            "Open Eyelevel to see what is due.".into(),
        ),
        (ReminderKind::ActionDue, De) => (
            format!(
                "Eine Aufgabe {} {} fällig",
                if past { "war" } else { "ist" },
                at.day()
            ),
            "Öffne Eyelevel, um zu sehen, was ansteht.".into(),
        ),
        (ReminderKind::AgreementReview, En) => (
            "Time to review your tandem agreement".into(),
            format!(
                "The review date {} {}.",
                if past { "was" } else { "is" },
                at.day()
            ),
        ),
        (ReminderKind::AgreementReview, De) => (
            "Zeit, eure Tandem-Vereinbarung zu überprüfen".into(),
            format!(
                "Der Überprüfungstermin {} {}.",
                if past { "war" } else { "ist" },
                at.day()
            ),
        ),
        (ReminderKind::MeetingOverdue, En) => (
            "Time to plan a tandem meeting".into(),
            "By your cadence a meeting is due, but none is planned.".into(),
        ),
        (ReminderKind::MeetingOverdue, De) => (
            "Zeit, ein Tandem-Treffen zu planen".into(),
            "Laut eurem Rhythmus ist ein Treffen fällig, aber keines ist geplant.".into(),
        ),
    }
}

/// One notification for reminders that fell due while the app was closed; route "#/inbox".
pub fn summary_notice(due: &[DueReminder], language: Language) -> Notice {
    let count = |kinds: &[ReminderKind]| due.iter().filter(|d| kinds.contains(&d.kind)).count();
    let groups = [
        (
            count(&[
                ReminderKind::MeetingSoon,
                ReminderKind::MeetingDayBefore,
                ReminderKind::PrepareAgenda,
            ]),
            ("meeting", "meetings", "Treffen", "Treffen"),
        ),
        (
            count(&[ReminderKind::Reflect]),
            ("reflection", "reflections", "Reflexion", "Reflexionen"),
        ),
        (
            count(&[ReminderKind::ActionDue]),
            ("action item", "action items", "Aufgabe", "Aufgaben"),
        ),
        (
            count(&[ReminderKind::AgreementReview]),
            (
                "agreement review",
                "agreement reviews",
                "Vereinbarungsprüfung",
                "Vereinbarungsprüfungen",
            ),
        ),
        (
            count(&[ReminderKind::MeetingOverdue]),
            (
                "meeting to plan",
                "meetings to plan",
                "Treffen zu planen",
                "Treffen zu planen",
            ),
        ),
    ];
    let parts: Vec<String> = groups
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, (en1, en, de1, de))| {
            let word = match (language, *n == 1) {
                (En, true) => en1,
                (En, false) => en,
                (De, true) => de1,
                (De, false) => de,
            };
            format!("{n} {word}")
        })
        .collect();
    let n = due.len();
    let summary = match (language, n == 1) {
        (En, true) => "1 reminder while Eyelevel was closed".to_string(),
        (En, false) => format!("{n} reminders while Eyelevel was closed"),
        (De, true) => "1 Erinnerung, während Eyelevel geschlossen war".to_string(),
        (De, false) => format!("{n} Erinnerungen, während Eyelevel geschlossen war"),
    };
    Notice {
        summary,
        body: format!("{}.", parts.join(", ")),
        route: "#/inbox".into(),
    }
}

/// The notification Settings → Reminders sends to check that notifications work.
pub fn test_notice(language: Language) -> Notice {
    let (summary, body) = match language {
        En => (
            "Notifications work",
            "Eyelevel will remind you here of meetings, reflections and action items.",
        ),
        De => (
            "Benachrichtigungen funktionieren",
            "Eyelevel erinnert dich hier an Treffen, Reflexionen und Aufgaben.",
        ),
    };
    Notice {
        summary: summary.into(),
        body: body.into(),
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
    lang: Language,
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
            lang,
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
        let (h, m) = (minutes / 60, minutes % 60);
        Some(match (self.lang, h, m) {
            (En, 0, m) => format!("{m} min"),
            (En, h, 0) => format!("{h} h"),
            (En, h, m) => format!("{h} h {m} min"),
            (De, 0, m) => format!("{m} Min."),
            (De, h, 0) => format!("{h} Std."),
            (De, h, m) => format!("{h} Std. {m} Min."),
        })
    }

    /// "today", "tomorrow", "yesterday", "on 1 Dec" / "heute", "morgen", "gestern", "am 01.12.".
    fn day(&self) -> String {
        let days = (self.date - self.today).num_days();
        match (self.lang, days) {
            (En, 0) => "today".into(),
            (En, 1) => "tomorrow".into(),
            (En, -1) => "yesterday".into(),
            (En, _) => format!(
                "on {} {}",
                self.date.day(),
                MONTHS[self.date.month0() as usize]
            ),
            (De, 0) => "heute".into(),
            (De, 1) => "morgen".into(),
            (De, -1) => "gestern".into(),
            (De, _) => format!("am {:02}.{:02}.", self.date.day(), self.date.month()),
        }
    }

    /// "tomorrow at 10:00" / "morgen um 10:00 Uhr".
    fn when(&self) -> String {
        match self.lang {
            En => format!("{} at {}", self.day(), self.time()),
            De => format!("{} um {} Uhr", self.day(), self.time()),
        }
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

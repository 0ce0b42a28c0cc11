//! The shape of a word table: every word and sentence the Rust side writes, grouped by where
//! it appears. One `const` of [`Words`] per language fills every field, so a missing
//! translation does not compile.
//!
//! Sentences with a value in them are `fn` pointers, filled with closures that capture
//! nothing. They take plain values (numbers, flags, text, dates), never domain types; the
//! caller picks the field (by reminder kind, role, cadence unit …) and the closure does the
//! grammar (singular or plural, "was" or "is"). The examples below are the English texts.

use chrono::{NaiveDate, NaiveDateTime};

/// The words of one language (and, later, one form of address).
pub struct Words {
    pub dates: DateWords,
    pub common: CommonWords,
    pub agenda: AgendaWords,
    pub agreement: AgreementWords,
    pub notifications: NotificationWords,
    pub tray: TrayWords,
    pub dialogs: DialogWords,
}

/// Dates, times and durations.
pub struct DateWords {
    /// "24 November 2026" (agreement export).
    pub date: fn(NaiveDate) -> String,
    /// "Tuesday, 24 November 2026" (agenda export).
    pub date_with_weekday: fn(NaiveDate) -> String,
    /// A wall-clock time "14:30" as said after a date: "14:30".
    pub time: fn(&str) -> String,
    /// The unit after a number of minutes: "min".
    pub minutes: &'static str,
    /// Time left, from hours and minutes (rounded up): "30 min", "1 h", "1 h 15 min".
    pub countdown: fn(i64, i64) -> String,
    /// A day relative to today, from the days between them and the date: "today",
    /// "tomorrow", "yesterday", "on 1 Dec".
    pub relative_day: fn(i64, NaiveDate) -> String,
    /// A day (from [`DateWords::relative_day`]) and a time: "tomorrow at 10:00".
    pub day_at_time: fn(&str, &str) -> String,
    /// A local date and time, short: "Thu 26 Nov, 10:00" (the tray).
    pub short_date_time: fn(NaiveDateTime) -> String,
}

/// Words several places use.
pub struct CommonWords {
    /// "Agenda" (the agenda export's heading, the calendar description's).
    pub agenda: &'static str,
    /// "Place" (where a meeting happens).
    pub place: &'static str,
    /// "Video link".
    pub video_link: &'static str,
}

/// The agenda export.
pub struct AgendaWords {
    /// "When".
    pub when: &'static str,
    /// "Topics": the heading over the items.
    pub items: &'static str,
    /// "Planned time": the sum of the items' minutes.
    pub total: &'static str,
    /// "No shared topics yet."
    pub none: &'static str,
    /// "Cancelled".
    pub cancelled: &'static str,
}

/// The agreement export.
pub struct AgreementWords {
    /// "Tandem agreement": the heading and the page title.
    pub title: &'static str,
    /// An agreed version and the date: "Version 2, agreed on 24 November 2026".
    pub version_agreed: fn(u32, &str) -> String,
    /// A draft version: "Version 3 (Draft)".
    pub version_draft: fn(u32) -> String,
    /// "Tandem".
    pub tandem: &'static str,
    /// "My role".
    pub my_role: &'static str,
    /// The role "Mentor".
    pub mentor: &'static str,
    /// The role "Mentee".
    pub mentee: &'static str,
    /// "Partner".
    pub partner: &'static str,
    /// "Program".
    pub program: &'static str,
    /// "Period".
    pub period: &'static str,
    /// "open": a period without a planned end.
    pub open_end: &'static str,
    /// "What I expect".
    pub my_expectations: &'static str,
    /// "What my partner expects".
    pub partner_expectations: &'static str,
    /// "How often, how long and where we meet".
    pub meetings: &'static str,
    /// Meeting every n weeks for m minutes: "Every 2 weeks, 60 minutes each".
    pub cadence_weeks: fn(u32, u32) -> String,
    /// Meeting every n months for m minutes: "Every month, 60 minutes each".
    pub cadence_months: fn(u32, u32) -> String,
    /// "Confidentiality: what stays between us".
    pub confidentiality: &'static str,
    /// "What we may share with HR".
    pub hr_sharing: &'static str,
    /// "Voluntary participation".
    pub voluntary: &'static str,
    /// "We both take part in this tandem voluntarily."
    pub voluntary_yes: &'static str,
    /// "Voluntary participation has not been confirmed yet."
    pub voluntary_no: &'static str,
    /// "How we give each other feedback".
    pub feedback: &'static str,
    /// "Review".
    pub review: &'static str,
    /// "We will review this agreement on 24 November 2026."
    pub review_on: fn(&str) -> String,
    /// "No review date set yet."
    pub review_none: &'static str,
    /// "Not filled in yet.": a section left empty.
    pub empty: &'static str,
}

/// Notifications. Discreet by design: no partner names, no note content.
pub struct NotificationWords {
    /// The click action: "Open".
    pub open: &'static str,
    /// "Tandem meeting starting now".
    pub meeting_now: &'static str,
    /// A countdown: "Tandem meeting in 30 min".
    pub meeting_in: fn(&str) -> String,
    /// A time: "Starts at 10:00."
    pub meeting_starts_at: fn(&str) -> String,
    /// A day and time: "Tandem meeting tomorrow at 10:00".
    pub meeting_on: fn(&str) -> String,
    /// "Have a look at the agenda beforehand."
    pub meeting_on_body: &'static str,
    /// "Prepare the agenda".
    pub prepare_agenda: &'static str,
    /// A day and time: "Your tandem meeting tomorrow at 10:00 has no agenda yet."
    pub prepare_agenda_body: fn(&str) -> String,
    /// "Time to reflect".
    pub reflect: &'static str,
    /// "How did your tandem meeting go? …"
    pub reflect_body: &'static str,
    /// The second nudge: "Your reflection is still open".
    pub reflect_again: &'static str,
    /// "A few notes now help you keep …"
    pub reflect_again_body: &'static str,
    /// Whether the day is past, and the day: "An action item was due yesterday".
    pub action_due: fn(bool, &str) -> String,
    /// "Open Eyelevel to see what is due."
    pub action_due_body: &'static str,
    /// "Time to review your tandem agreement".
    pub review_due: &'static str,
    /// Whether the day is past, and the day: "The review date is tomorrow."
    pub review_due_body: fn(bool, &str) -> String,
    /// "Time to plan a tandem meeting".
    pub plan_meeting: &'static str,
    /// "By your cadence a meeting is due, but none is planned."
    pub plan_meeting_body: &'static str,
    /// Reminders that fell due while the app was closed: "3 reminders while Eyelevel was
    /// closed".
    pub missed: fn(usize) -> String,
    /// Counts in the summary's body: "2 meetings".
    pub missed_meetings: fn(usize) -> String,
    /// "1 reflection".
    pub missed_reflections: fn(usize) -> String,
    /// "2 action items".
    pub missed_actions: fn(usize) -> String,
    /// "1 agreement review".
    pub missed_reviews: fn(usize) -> String,
    /// "1 meeting to plan".
    pub missed_to_plan: fn(usize) -> String,
    /// The test notification: "Notifications work".
    pub test: &'static str,
    /// "Eyelevel will remind you here of meetings, reflections and action items."
    pub test_body: &'static str,
}

/// The tray menu.
pub struct TrayWords {
    /// "Open Eyelevel".
    pub open: &'static str,
    /// "Quit".
    pub quit: &'static str,
    /// "Eyelevel is locked": the first line while the vault is closed.
    pub locked: &'static str,
    /// "No meeting planned".
    pub no_meeting: &'static str,
    /// A date and time: "Next meeting: Thu 26 Nov, 10:00".
    pub next_meeting: fn(&str) -> String,
}

/// The system file dialogs the shell opens (their titles and file-type names).
pub struct DialogWords {
    /// "Save the agenda".
    pub save_agenda: &'static str,
    /// "Save the agreement".
    pub save_agreement: &'static str,
    /// "Save meetings as a calendar file".
    pub save_calendar: &'static str,
    /// "Open a calendar invitation".
    pub open_invitation: &'static str,
    /// "Choose a folder for the calendar feed".
    pub feed_folder: &'static str,
    /// "Markdown".
    pub markdown: &'static str,
    /// "Web page (HTML)".
    pub html: &'static str,
    /// "iCalendar file".
    pub ics: &'static str,
    /// "Save the pairing code for your partner".
    pub save_pairing: &'static str,
    /// "Open a pairing code from your partner".
    pub open_pairing: &'static str,
    /// "Eyelevel pairing code".
    pub pairing_code: &'static str,
    /// "Choose the folder you share with your partner".
    pub exchange_folder: &'static str,
    /// "Save a file for your partner".
    pub save_exchange: &'static str,
    /// "Open a file from your partner".
    pub open_exchange: &'static str,
    /// "Eyelevel exchange file".
    pub exchange_file: &'static str,
}

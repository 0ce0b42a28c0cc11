//! English.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::words::*;

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub(super) const EN: Words = Words {
    dates: DateWords {
        date: |d: NaiveDate| d.format("%-d %B %Y").to_string(),
        date_with_weekday: |d: NaiveDate| d.format("%A, %-d %B %Y").to_string(),
        time: |hhmm| hhmm.to_string(),
        minutes: "min",
        countdown: |h, m| match (h, m) {
            (0, m) => format!("{m} min"),
            (h, 0) => format!("{h} h"),
            (h, m) => format!("{h} h {m} min"),
        },
        relative_day: |days, date: NaiveDate| match days {
            0 => "today".into(),
            1 => "tomorrow".into(),
            -1 => "yesterday".into(),
            _ => format!("on {} {}", date.day(), MONTHS[date.month0() as usize]),
        },
        day_at_time: |day, time| format!("{day} at {time}"),
        short_date_time: |at: NaiveDateTime| {
            format!(
                "{} {} {}, {}",
                WEEKDAYS[at.weekday().num_days_from_monday() as usize],
                at.day(),
                MONTHS[at.month0() as usize],
                at.format("%H:%M")
            )
        },
    },
    common: CommonWords {
        agenda: "Agenda",
        place: "Place",
        video_link: "Video link",
    },
    agenda: AgendaWords {
        when: "When",
        items: "Topics",
        total: "Planned time",
        none: "No shared topics yet.",
        cancelled: "Cancelled",
    },
    agreement: AgreementWords {
        title: "Tandem agreement",
        version_agreed: |version, date| format!("Version {version}, agreed on {date}"),
        version_draft: |version| format!("Version {version} (Draft)"),
        tandem: "Tandem",
        my_role: "My role",
        mentor: "Mentor",
        mentee: "Mentee",
        partner: "Partner",
        program: "Program",
        period: "Period",
        open_end: "open",
        my_expectations: "What I expect",
        partner_expectations: "What my partner expects",
        meetings: "How often, how long and where we meet",
        cadence_weeks: |every, minutes| match every {
            1 => format!("Every week, {minutes} minutes each"),
            n => format!("Every {n} weeks, {minutes} minutes each"),
        },
        cadence_months: |every, minutes| match every {
            1 => format!("Every month, {minutes} minutes each"),
            n => format!("Every {n} months, {minutes} minutes each"),
        },
        confidentiality: "Confidentiality: what stays between us",
        hr_sharing: "What we may share with HR",
        voluntary: "Voluntary participation",
        voluntary_yes: "We both take part in this tandem voluntarily.",
        voluntary_no: "Voluntary participation has not been confirmed yet.",
        feedback: "How we give each other feedback",
        review: "Review",
        review_on: |date| format!("We will review this agreement on {date}."),
        review_none: "No review date set yet.",
        empty: "Not filled in yet.",
    },
    notifications: NotificationWords {
        open: "Open",
        meeting_now: "Tandem meeting starting now",
        meeting_in: |countdown| format!("Tandem meeting in {countdown}"),
        meeting_starts_at: |time| format!("Starts at {time}."),
        meeting_on: |when| format!("Tandem meeting {when}"),
        meeting_on_body: "Have a look at the agenda beforehand.",
        prepare_agenda: "Prepare the agenda",
        prepare_agenda_body: |when| format!("Your tandem meeting {when} has no agenda yet."),
        reflect: "Time to reflect",
        reflect_body: "How did your tandem meeting go? Take a few minutes for your reflection.",
        reflect_again: "Your reflection is still open",
        reflect_again_body: "A few notes now help you keep what you took away from the meeting.",
        action_due: |past, day| format!("An action item {} due {day}", was(past)),
        action_due_body: "Open Eyelevel to see what is due.",
        review_due: "Time to review your tandem agreement",
        review_due_body: |past, day| format!("The review date {} {day}.", was(past)),
        plan_meeting: "Time to plan a tandem meeting",
        plan_meeting_body: "By your cadence a meeting is due, but none is planned.",
        missed: |n| match n {
            1 => "1 reminder while Eyelevel was closed".into(),
            n => format!("{n} reminders while Eyelevel was closed"),
        },
        missed_meetings: |n| count(n, "meeting", "meetings"),
        missed_reflections: |n| count(n, "reflection", "reflections"),
        missed_actions: |n| count(n, "action item", "action items"),
        missed_reviews: |n| count(n, "agreement review", "agreement reviews"),
        missed_to_plan: |n| count(n, "meeting to plan", "meetings to plan"),
        test: "Notifications work",
        test_body: "Eyelevel will remind you here of meetings, reflections and action items.",
    },
    tray: TrayWords {
        open: "Open Eyelevel",
        quit: "Quit",
        locked: "Eyelevel is locked",
        no_meeting: "No meeting planned",
        next_meeting: |when| format!("Next meeting: {when}"),
    },
    dialogs: DialogWords {
        save_agenda: "Save the agenda",
        save_agreement: "Save the agreement",
        save_calendar: "Save meetings as a calendar file",
        open_invitation: "Open a calendar invitation",
        feed_folder: "Choose a folder for the calendar feed",
        markdown: "Markdown",
        html: "Web page (HTML)",
        ics: "iCalendar file",
        save_pairing: "Save the pairing code for your partner",
        open_pairing: "Open a pairing code from your partner",
        pairing_code: "Eyelevel pairing code",
        exchange_folder: "Choose the folder you share with your partner",
        save_exchange: "Save a file for your partner",
        open_exchange: "Open a file from your partner",
        exchange_file: "Eyelevel exchange file",
    },
};

fn was(past: bool) -> &'static str {
    if past {
        "was"
    } else {
        "is"
    }
}

/// "1 meeting", "2 meetings".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

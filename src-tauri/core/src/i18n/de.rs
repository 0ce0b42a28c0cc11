//! German, informal ("du").

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::words::*;

const WEEKDAYS: [&str; 7] = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];

pub(super) const DE: Words = Words {
    dates: DateWords {
        date: |d: NaiveDate| d.format("%d.%m.%Y").to_string(),
        date_with_weekday: |d: NaiveDate| d.format("%d.%m.%Y").to_string(),
        time: |hhmm| format!("{hhmm} Uhr"),
        minutes: "Min.",
        countdown: |h, m| match (h, m) {
            (0, m) => format!("{m} Min."),
            (h, 0) => format!("{h} Std."),
            (h, m) => format!("{h} Std. {m} Min."),
        },
        relative_day: |days, date: NaiveDate| match days {
            0 => "heute".into(),
            1 => "morgen".into(),
            -1 => "gestern".into(),
            _ => format!("am {:02}.{:02}.", date.day(), date.month()),
        },
        day_at_time: |day, time| format!("{day} um {time} Uhr"),
        short_date_time: |at: NaiveDateTime| {
            format!(
                "{} {}.{}., {}",
                WEEKDAYS[at.weekday().num_days_from_monday() as usize],
                at.day(),
                at.month(),
                at.format("%H:%M")
            )
        },
    },
    common: CommonWords {
        agenda: "Agenda",
        place: "Ort",
        video_link: "Videolink",
    },
    agenda: AgendaWords {
        when: "Wann",
        items: "Themen",
        total: "Geplante Zeit",
        none: "Noch keine gemeinsamen Themen.",
        cancelled: "Abgesagt",
    },
    agreement: AgreementWords {
        title: "Tandem-Vereinbarung",
        version_agreed: |version, date| format!("Version {version}, vereinbart am {date}"),
        version_draft: |version| format!("Version {version} (Entwurf)"),
        tandem: "Tandem",
        my_role: "Meine Rolle",
        mentor: "Mentor:in",
        mentee: "Mentee",
        partner: "Tandempartner:in",
        program: "Programm",
        period: "Zeitraum",
        open_end: "offen",
        my_expectations: "Was ich erwarte",
        partner_expectations: "Was mein Gegenüber erwartet",
        meetings: "Wie oft, wie lange und wo wir uns treffen",
        cadence_weeks: |every, minutes| match every {
            1 => format!("Jede Woche, je {minutes} Minuten"),
            n => format!("Alle {n} Wochen, je {minutes} Minuten"),
        },
        cadence_months: |every, minutes| match every {
            1 => format!("Jeden Monat, je {minutes} Minuten"),
            n => format!("Alle {n} Monate, je {minutes} Minuten"),
        },
        confidentiality: "Vertraulichkeit: was unter uns bleibt",
        hr_sharing: "Was wir mit HR teilen dürfen",
        voluntary: "Freiwilligkeit",
        voluntary_yes: "Wir nehmen beide freiwillig an diesem Tandem teil.",
        voluntary_no: "Die freiwillige Teilnahme ist noch nicht bestätigt.",
        feedback: "Wie wir uns Feedback geben",
        review: "Überprüfung",
        review_on: |date| format!("Wir überprüfen diese Vereinbarung am {date}."),
        review_none: "Noch kein Termin für die Überprüfung festgelegt.",
        empty: "Noch nicht ausgefüllt.",
    },
    notifications: NotificationWords {
        open: "Öffnen",
        meeting_now: "Tandem-Treffen beginnt jetzt",
        meeting_in: |countdown| format!("Tandem-Treffen in {countdown}"),
        meeting_starts_at: |time| format!("Beginn um {time} Uhr."),
        meeting_on: |when| format!("Tandem-Treffen {when}"),
        meeting_on_body: "Wirf vorher einen Blick auf die Agenda.",
        prepare_agenda: "Bereite die Agenda vor",
        prepare_agenda_body: |when| format!("Dein Tandem-Treffen {when} hat noch keine Agenda."),
        reflect: "Zeit für deine Reflexion",
        reflect_body:
            "Wie lief dein Tandem-Treffen? Nimm dir ein paar Minuten für deine Reflexion.",
        reflect_again: "Deine Reflexion ist noch offen",
        reflect_again_body:
            "Ein paar Notizen jetzt helfen dir festzuhalten, was du aus dem Treffen mitnimmst.",
        action_due: |past, day| format!("Eine Aufgabe {} {day} fällig", war(past)),
        action_due_body: "Öffne Eyelevel, um zu sehen, was ansteht.",
        review_due: "Zeit, eure Tandem-Vereinbarung zu überprüfen",
        review_due_body: |past, day| format!("Der Überprüfungstermin {} {day}.", war(past)),
        plan_meeting: "Zeit, ein Tandem-Treffen zu planen",
        plan_meeting_body: "Laut eurem Rhythmus ist ein Treffen fällig, aber keines ist geplant.",
        missed: |n| match n {
            1 => "1 Erinnerung, während Eyelevel geschlossen war".into(),
            n => format!("{n} Erinnerungen, während Eyelevel geschlossen war"),
        },
        missed_meetings: |n| format!("{n} Treffen"),
        missed_reflections: |n| count(n, "Reflexion", "Reflexionen"),
        missed_actions: |n| count(n, "Aufgabe", "Aufgaben"),
        missed_reviews: |n| count(n, "Vereinbarungsprüfung", "Vereinbarungsprüfungen"),
        missed_to_plan: |n| format!("{n} Treffen zu planen"),
        test: "Benachrichtigungen funktionieren",
        test_body: "Eyelevel erinnert dich hier an Treffen, Reflexionen und Aufgaben.",
    },
    tray: TrayWords {
        open: "Eyelevel öffnen",
        quit: "Beenden",
        locked: "Eyelevel ist gesperrt",
        no_meeting: "Kein Treffen geplant",
        next_meeting: |when| format!("Nächstes Treffen: {when}"),
    },
    dialogs: DialogWords {
        save_agenda: "Agenda speichern",
        save_agreement: "Vereinbarung speichern",
        save_calendar: "Treffen als Kalenderdatei speichern",
        open_invitation: "Kalendereinladung öffnen",
        feed_folder: "Ordner für den Kalender-Feed wählen",
        markdown: "Markdown",
        html: "Webseite (HTML)",
        ics: "iCalendar-Datei",
        save_pairing: "Kopplungscode für dein Gegenüber speichern",
        open_pairing: "Kopplungscode deines Gegenübers öffnen",
        pairing_code: "Eyelevel-Kopplungscode",
        exchange_folder: "Ordner wählen, den ihr beide synchronisiert",
        save_exchange: "Datei für dein Gegenüber speichern",
        open_exchange: "Datei deines Gegenübers öffnen",
        exchange_file: "Eyelevel-Austauschdatei",
    },
};

fn war(past: bool) -> &'static str {
    if past {
        "war"
    } else {
        "ist"
    }
}

/// "1 Aufgabe", "2 Aufgaben".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

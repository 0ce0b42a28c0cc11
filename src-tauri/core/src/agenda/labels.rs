//! Localized words of the agenda export.

use chrono::NaiveDate;

use crate::i18n::Language;

pub struct Labels {
    pub lang: &'static str,
    pub agenda: &'static str,
    pub when: &'static str,
    pub place: &'static str,
    pub video_link: &'static str,
    pub items: &'static str,
    pub minutes: &'static str,
    pub total: &'static str,
    pub clock: &'static str,
    pub none: &'static str,
    pub cancelled: &'static str,
}

const DE: Labels = Labels {
    lang: "de",
    agenda: "Agenda",
    when: "Wann",
    place: "Ort",
    video_link: "Videolink",
    items: "Themen",
    minutes: "Min.",
    total: "Geplante Zeit",
    clock: "Uhr",
    none: "Noch keine gemeinsamen Themen.",
    cancelled: "Abgesagt",
};

const EN: Labels = Labels {
    lang: "en",
    agenda: "Agenda",
    when: "When",
    place: "Place",
    video_link: "Video link",
    items: "Topics",
    minutes: "min",
    total: "Planned time",
    clock: "",
    none: "No shared topics yet.",
    cancelled: "Cancelled",
};

impl Labels {
    pub fn get(language: Language) -> &'static Labels {
        match language {
            Language::De => &DE,
            Language::En => &EN,
        }
    }

    /// "Di., 24.11.2026" style dates without locale data: numeric in German, long in English.
    pub fn date(&self, date: NaiveDate) -> String {
        if self.lang == "de" {
            date.format("%d.%m.%Y").to_string()
        } else {
            date.format("%A, %-d %B %Y").to_string()
        }
    }

    /// "14:30 Uhr" / "14:30".
    pub fn time(&self, hhmm: &str) -> String {
        if self.clock.is_empty() {
            hhmm.to_string()
        } else {
            format!("{hhmm} {}", self.clock)
        }
    }
}

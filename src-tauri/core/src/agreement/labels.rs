//! Localized words of the agreement export.

use chrono::NaiveDate;

use crate::i18n::Language;
use crate::tandem::{Cadence, CadenceUnit, Role};

/// Headings and phrases of the exported agreement in one language.
pub struct Labels {
    pub lang: &'static str,
    pub agreement: &'static str,
    pub draft: &'static str,
    pub version: &'static str,
    pub agreed_on: &'static str,
    pub tandem: &'static str,
    pub my_role: &'static str,
    pub partner: &'static str,
    pub program: &'static str,
    pub period: &'static str,
    pub open_end: &'static str,
    pub my_expectations: &'static str,
    pub partner_expectations: &'static str,
    pub meetings: &'static str,
    pub place: &'static str,
    pub video_link: &'static str,
    pub confidentiality: &'static str,
    pub hr_sharing: &'static str,
    pub voluntary: &'static str,
    pub voluntary_yes: &'static str,
    pub voluntary_no: &'static str,
    pub feedback: &'static str,
    pub review: &'static str,
    pub review_on: &'static str,
    pub review_none: &'static str,
    pub empty: &'static str,
}

const DE: Labels = Labels {
    lang: "de",
    agreement: "Tandem-Vereinbarung",
    draft: "Entwurf",
    version: "Version",
    agreed_on: "vereinbart am",
    tandem: "Tandem",
    my_role: "Meine Rolle",
    partner: "Tandempartner:in",
    program: "Programm",
    period: "Zeitraum",
    open_end: "offen",
    my_expectations: "Was ich erwarte",
    partner_expectations: "Was mein Gegenüber erwartet",
    meetings: "Wie oft, wie lange und wo wir uns treffen",
    place: "Ort",
    video_link: "Videolink",
    confidentiality: "Vertraulichkeit: was unter uns bleibt",
    hr_sharing: "Was wir mit HR teilen dürfen",
    voluntary: "Freiwilligkeit",
    voluntary_yes: "Wir nehmen beide freiwillig an diesem Tandem teil.",
    voluntary_no: "Die freiwillige Teilnahme ist noch nicht bestätigt.",
    feedback: "Wie wir uns Feedback geben",
    review: "Überprüfung",
    review_on: "Wir überprüfen diese Vereinbarung am",
    review_none: "Noch kein Termin für die Überprüfung festgelegt.",
    empty: "Noch nicht ausgefüllt.",
};

const EN: Labels = Labels {
    lang: "en",
    agreement: "Tandem agreement",
    draft: "Draft",
    version: "Version",
    agreed_on: "agreed on",
    tandem: "Tandem",
    my_role: "My role",
    partner: "Partner",
    program: "Program",
    period: "Period",
    open_end: "open",
    my_expectations: "What I expect",
    partner_expectations: "What my partner expects",
    meetings: "How often, how long and where we meet",
    place: "Place",
    video_link: "Video link",
    confidentiality: "Confidentiality: what stays between us",
    hr_sharing: "What we may share with HR",
    voluntary: "Voluntary participation",
    voluntary_yes: "We both take part in this tandem voluntarily.",
    voluntary_no: "Voluntary participation has not been confirmed yet.",
    feedback: "How we give each other feedback",
    review: "Review",
    review_on: "We will review this agreement on",
    review_none: "No review date set yet.",
    empty: "Not filled in yet.",
};

impl Labels {
    pub fn get(language: Language) -> &'static Labels {
        match language {
            Language::De => &DE,
            Language::En => &EN,
        }
    }

    fn language(&self) -> Language {
        if self.lang == "de" {
            Language::De
        } else {
            Language::En
        }
    }

    /// "24.11.2026" or "24 November 2026".
    pub fn date(&self, date: NaiveDate) -> String {
        match self.language() {
            Language::De => date.format("%d.%m.%Y").to_string(),
            Language::En => date.format("%-d %B %Y").to_string(),
        }
    }

    pub fn role(&self, role: Role) -> &'static str {
        match (self.language(), role) {
            (Language::De, Role::Mentor) => "Mentor:in",
            (Language::De, Role::Mentee) => "Mentee",
            (Language::En, Role::Mentor) => "Mentor",
            (Language::En, Role::Mentee) => "Mentee",
        }
    }

    /// "Alle 2 Wochen, je 60 Minuten" / "Every 2 weeks, 60 minutes each".
    pub fn cadence(&self, c: &Cadence) -> String {
        let de = self.language() == Language::De;
        let unit = match (de, c.unit, c.every == 1) {
            (true, CadenceUnit::Week, true) => "Woche",
            (true, CadenceUnit::Week, false) => "Wochen",
            (true, CadenceUnit::Month, true) => "Monat",
            (true, CadenceUnit::Month, false) => "Monate",
            (false, CadenceUnit::Week, true) => "week",
            (false, CadenceUnit::Week, false) => "weeks",
            (false, CadenceUnit::Month, true) => "month",
            (false, CadenceUnit::Month, false) => "months",
        };
        match (de, c.every == 1) {
            (true, true) => format!("Jede {unit}, je {} Minuten", c.minutes)
                .replace("Jede Monat", "Jeden Monat"),
            (true, false) => format!("Alle {} {unit}, je {} Minuten", c.every, c.minutes),
            (false, true) => format!("Every {unit}, {} minutes each", c.minutes),
            (false, false) => format!("Every {} {unit}, {} minutes each", c.every, c.minutes),
        }
    }
}

//! The two languages Eyelevel speaks and the words the Rust side says in them. The UI has its
//! own tables (ui/src/lib/i18n); these are for what the core and the shell write themselves:
//! exports, calendar descriptions, notifications and the tray.
//!
//! All those words live in one table per language (`en.rs`, `de.rs`) of the shape [`Words`];
//! code asks [`words`] for the table and never spells a word itself. Another table (say,
//! German with "Sie") is one more `const` and one more arm in [`words`].

mod de;
mod en;
mod words;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use words::{
    AgendaWords, AgreementWords, CommonWords, DateWords, DialogWords, NotificationWords, TrayWords,
    Words,
};

/// UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    De,
    En,
}

/// The words of `language`.
pub fn words(language: Language) -> &'static Words {
    match language {
        Language::De => &de::DE,
        Language::En => &en::EN,
    }
}

impl Language {
    /// The language tag of an exported document: `de` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::De => "de",
            Language::En => "en",
        }
    }

    /// `de`, `de-DE`, `de_AT.UTF-8` … → German; everything else → English.
    pub fn from_locale(locale: &str) -> Language {
        let lang = locale
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default();
        if lang.eq_ignore_ascii_case("de") {
            Language::De
        } else {
            Language::En
        }
    }

    /// The language of the OS locale (English when it cannot be read).
    pub fn from_os() -> Language {
        sys_locale::get_locale()
            .map(|l| Language::from_locale(&l))
            .unwrap_or(Language::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_mapping() {
        assert_eq!(Language::from_locale("de-DE"), Language::De);
        assert_eq!(Language::from_locale("de_AT.UTF-8"), Language::De);
        assert_eq!(Language::from_locale("DE"), Language::De);
        assert_eq!(Language::from_locale("en-US"), Language::En);
        assert_eq!(Language::from_locale("fr"), Language::En);
        assert_eq!(Language::from_locale(""), Language::En);
        assert_eq!(Language::from_locale("dek"), Language::En);
    }
}

//! The built-in topics: stable keys, text in German and English, in catalog order.
//!
//! Each has a row in `topics` (keyed by `builtin_key`, created by [`super::sync_builtins`])
//! so goals and focus topics can reference it by id; the text is resolved from here at read
//! time.

mod data;

use crate::i18n::Language;

/// A built-in topic's text in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopicText {
    pub title: &'static str,
    pub description: &'static str,
    pub questions: &'static [&'static str],
}

/// A built-in topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinTopic {
    /// Stable; stored in `topics.builtin_key`. Never rename.
    pub key: &'static str,
    pub de: TopicText,
    pub en: TopicText,
}

impl BuiltinTopic {
    /// The text in `language`.
    pub fn text(&self, language: Language) -> &TopicText {
        match language {
            Language::De => &self.de,
            Language::En => &self.en,
        }
    }
}

/// Every built-in topic, in the order the library shows them.
pub const CATALOG: &[BuiltinTopic] = data::CATALOG;

/// The built-in topic with this key.
pub fn find(key: &str) -> Option<&'static BuiltinTopic> {
    CATALOG.iter().find(|t| t.key == key)
}

/// Its position in the catalog (0 first).
pub fn position(key: &str) -> Option<usize> {
    CATALOG.iter().position(|t| t.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_is_complete_and_well_formed() {
        let keys: Vec<&str> = CATALOG.iter().map(|t| t.key).collect();
        assert_eq!(
            keys,
            [
                "digital_tools",
                "social_media",
                "ai_at_work",
                "inclusive_language",
                "diversity_inclusion",
                "sustainability",
                "new_work",
                "generational_values",
                "feedback_culture",
            ]
        );
        for t in CATALOG {
            for text in [&t.de, &t.en] {
                assert!(!text.title.is_empty() && text.title.chars().count() <= 200);
                assert!(text.description.ends_with('.'), "{}", t.key);
                assert!((4..=6).contains(&text.questions.len()), "{}", t.key);
                for q in text.questions {
                    assert!(q.ends_with('?'), "{q}");
                    assert_eq!(q.trim(), *q);
                }
            }
            assert_eq!(t.de.questions.len(), t.en.questions.len(), "{}", t.key);
            assert_ne!(t.de.title, t.en.title, "{}", t.key);
        }
        // German text addresses the partner with "du" and uses real umlauts.
        let german: String = CATALOG
            .iter()
            .flat_map(|t| t.de.questions.iter().copied())
            .collect();
        assert!(german.contains("du ") && german.contains("dir"));
        assert!(german.contains('ü') && german.contains('ä') && german.contains('ö'));
        assert!(!german.contains(" Sie ") && !german.contains("Ihnen"));
    }
}

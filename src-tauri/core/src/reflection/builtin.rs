//! The built-in prompt sets, per role, in German and English.

use crate::i18n::Language;
use crate::tandem::Role;

use super::{PromptDraft, PromptKind};

type Prompts = &'static [(PromptKind, &'static str)];

const MENTEE_EN: Prompts = &[
    (PromptKind::Text, "What did I learn?"),
    (PromptKind::Text, "What surprised me?"),
    (PromptKind::Text, "What will I try before we meet again?"),
    (
        PromptKind::Scale,
        "How confident do I feel about the topic?",
    ),
];

const MENTEE_DE: Prompts = &[
    (PromptKind::Text, "Was habe ich gelernt?"),
    (PromptKind::Text, "Was hat mich überrascht?"),
    (
        PromptKind::Text,
        "Was probiere ich bis zu unserem nächsten Treffen aus?",
    ),
    (PromptKind::Scale, "Wie sicher fühle ich mich beim Thema?"),
];

const MENTOR_EN: Prompts = &[
    (PromptKind::Text, "What went well in explaining?"),
    (
        PromptKind::Text,
        "Where did I notice a different perspective?",
    ),
    (
        PromptKind::Text,
        "What did I learn about leading and about my mentee's world?",
    ),
    (PromptKind::Scale, "How did I feel?"),
];

const MENTOR_DE: Prompts = &[
    (PromptKind::Text, "Was ist mir beim Erklären gut gelungen?"),
    (
        PromptKind::Text,
        "Wo ist mir eine andere Perspektive aufgefallen?",
    ),
    (
        PromptKind::Text,
        "Was habe ich über Führung und über die Welt meines Mentees gelernt?",
    ),
    (PromptKind::Scale, "Wie habe ich mich gefühlt?"),
];

/// The built-in prompts of `role` in `language`.
pub fn prompts(role: Role, language: Language) -> Vec<PromptDraft> {
    let set = match (role, language) {
        (Role::Mentee, Language::En) => MENTEE_EN,
        (Role::Mentee, Language::De) => MENTEE_DE,
        (Role::Mentor, Language::En) => MENTOR_EN,
        (Role::Mentor, Language::De) => MENTOR_DE,
    };
    set.iter()
        .map(|&(kind, text)| PromptDraft {
            kind,
            text: text.to_string(),
        })
        .collect()
}

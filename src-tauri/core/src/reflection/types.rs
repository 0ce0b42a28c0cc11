//! Reflection types that cross the IPC boundary (exported to TypeScript).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::tandem::Role;
use crate::wire_enum::wire_enum;

/// How a prompt is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PromptKind {
    /// Free text (Markdown).
    Text,
    /// A rating from 1 to 5.
    Scale,
}
wire_enum!(PromptKind { Text => "text", Scale => "scale" });

/// One prompt of a set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PromptDraft {
    pub kind: PromptKind,
    /// 1 to 300 characters after trimming, one line.
    pub text: String,
}

/// The reflection prompts of one role: the user's own set, or the built-in one in the app
/// language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PromptSet {
    pub role: Role,
    /// 1 to 12 prompts, in order.
    pub prompts: Vec<PromptDraft>,
    /// True when the user edited the set (false: the built-in set).
    pub customised: bool,
}

/// The answer to one prompt. The prompt's text is stored with it, so editing the prompt set
/// later never changes what an old reflection answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReflectionAnswer {
    /// The prompt as it was asked (1 to 300 characters).
    pub prompt: String,
    pub kind: PromptKind,
    /// Markdown, at most 20 000 characters (may be empty).
    pub text: String,
    /// 1 to 5 for a `scale` answer (or `None`: not rated); always `None` for `text`.
    pub scale: Option<u8>,
}

/// What the reflection form sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReflectionInput {
    /// At most 12.
    pub answers: Vec<ReflectionAnswer>,
    /// Goals of the meeting's tandem this meeting moved forward.
    #[ts(type = "Array<number>")]
    pub goal_ids: Vec<i64>,
}

/// The reflection on one meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reflection {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub meeting_id: i64,
    #[ts(type = "number")]
    pub tandem_id: i64,
    /// The user's role in the tandem when the reflection was first saved.
    pub role: Role,
    pub answers: Vec<ReflectionAnswer>,
    /// Linked goals, by id.
    #[ts(type = "Array<number>")]
    pub goal_ids: Vec<i64>,
    /// UTC, RFC 3339.
    pub created_at: String,
    /// UTC, RFC 3339.
    pub updated_at: String,
}

impl Reflection {
    /// The first rated scale answer.
    pub fn rating(&self) -> Option<u8> {
        rating(&self.answers)
    }
}

/// The first rated scale answer of `answers`.
pub fn rating(answers: &[ReflectionAnswer]) -> Option<u8> {
    answers
        .iter()
        .find(|a| a.kind == PromptKind::Scale && a.scale.is_some())
        .and_then(|a| a.scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_forms_match_serde() {
        for k in PromptKind::ALL {
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
    }
}

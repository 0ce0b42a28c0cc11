//! Validation of prompt sets and reflection answers.

use crate::error::{Error, Result};
use crate::text;

use super::{PromptDraft, PromptKind, ReflectionAnswer, ReflectionInput};

/// Longest prompt, in characters.
pub const PROMPT_MAX: usize = 300;
/// Most prompts in a set, and most answers in a reflection.
pub const PROMPTS_MAX: usize = 12;

/// One prompt text: one line, trimmed, 1 to 300 characters; `field` names the input.
fn prompt_text(field: &'static str, value: &str) -> Result<String> {
    let value = text::line(field, value, PROMPT_MAX)?;
    if value.is_empty() {
        return Err(Error::invalid_field(field, "a prompt is empty"));
    }
    Ok(value)
}

/// A prompt set: 1 to 12 prompts (field `prompts`).
pub fn prompts(prompts: &[PromptDraft]) -> Result<Vec<PromptDraft>> {
    if prompts.is_empty() || prompts.len() > PROMPTS_MAX {
        return Err(Error::invalid_field(
            "prompts",
            format!("a prompt set holds 1 to {PROMPTS_MAX} prompts"),
        ));
    }
    prompts
        .iter()
        .map(|p| {
            Ok(PromptDraft {
                kind: p.kind,
                text: prompt_text("prompts", &p.text)?,
            })
        })
        .collect()
}

/// The answers, cleaned: at most 12; prompt 1 to 300 characters (`answers.prompt`); text at
/// most 20 000 characters (`answers.text`, whitespace-only becomes ""); scale 1 to 5 and only
/// on scale answers (`answers.scale`). Goal ids are deduplicated and sorted.
pub fn input(input: &ReflectionInput) -> Result<ReflectionInput> {
    if input.answers.len() > PROMPTS_MAX {
        return Err(Error::invalid_field(
            "answers",
            format!("a reflection holds at most {PROMPTS_MAX} answers"),
        ));
    }
    let answers = input
        .answers
        .iter()
        .map(answer)
        .collect::<Result<Vec<_>>>()?;
    let mut goal_ids = input.goal_ids.clone();
    goal_ids.sort_unstable();
    goal_ids.dedup();
    Ok(ReflectionInput { answers, goal_ids })
}

fn answer(a: &ReflectionAnswer) -> Result<ReflectionAnswer> {
    let prompt = prompt_text("answers.prompt", &a.prompt)?;
    if a.text.chars().count() > text::LONG_MAX {
        return Err(Error::TextTooLong {
            field: "answers.text",
            max: text::LONG_MAX,
        });
    }
    let body = if text::is_blank(&a.text) {
        String::new()
    } else {
        a.text.clone()
    };
    match (a.kind, a.scale) {
        (PromptKind::Text, Some(_)) => {
            return Err(Error::invalid_field(
                "answers.scale",
                "only scale prompts take a rating",
            ))
        }
        (PromptKind::Scale, Some(s)) if !(1..=5).contains(&s) => {
            return Err(Error::invalid_field(
                "answers.scale",
                format!("a rating is 1 to 5, not {s}"),
            ))
        }
        _ => {}
    }
    Ok(ReflectionAnswer {
        prompt,
        kind: a.kind,
        text: body,
        scale: a.scale,
    })
}

/// True when nothing was written: every text blank, nothing rated, no goal linked.
pub fn is_empty(input: &ReflectionInput) -> bool {
    input.goal_ids.is_empty()
        && input
            .answers
            .iter()
            .all(|a| a.scale.is_none() && text::is_blank(&a.text))
}

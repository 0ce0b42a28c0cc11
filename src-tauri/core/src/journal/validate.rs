//! Validation of journal entries: text limits, tags, and that linked records exist.

use rusqlite::Connection;

use super::store;
use crate::error::{Error, Result};
use crate::goal::store as goals;
use crate::tandem::store as tandems;
use crate::text;
use crate::topic::store as topics;

use super::JournalEntryInput;

/// Longest prompt kept with an entry (a topic question can be this long).
pub const PROMPT_MAX: usize = crate::topic::QUESTION_MAX;
/// Most tags on one entry.
pub const TAGS_MAX: usize = 20;
/// Longest tag, in characters.
pub const TAG_MAX: usize = 40;

/// Trimmed tags without blanks, deduplicated ignoring case (the first spelling wins):
/// at most 20, each at most 40 characters, no ','. Field `tags`.
pub fn tags(raw: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for tag in raw {
        let tag = text::line("tags", tag, TAG_MAX)?;
        if tag.is_empty() {
            continue;
        }
        if tag.contains(',') {
            return Err(Error::invalid_field("tags", "a tag cannot contain a comma"));
        }
        let key = store::tag_key(&tag);
        if keys.contains(&key) {
            continue;
        }
        keys.push(key);
        out.push(tag);
    }
    if out.len() > TAGS_MAX {
        return Err(Error::invalid_field(
            "tags",
            format!("an entry can carry at most {TAGS_MAX} tags"),
        ));
    }
    Ok(out)
}

/// The cleaned input: title one line ≤ 200, body ≤ 100 000 (kept as typed; blank → ""),
/// prompt ≤ 1000 (blank → `None`), tags as [`tags`], goal ids sorted without duplicates.
/// Title and body both blank → `invalid_input` on `body`. The tandem, topic and goals must
/// exist (goals of the entry's tandem when it has one), else not found.
pub fn entry(conn: &Connection, input: &JournalEntryInput) -> Result<JournalEntryInput> {
    let title = text::line("title", &input.title, text::SHORT_MAX)?;
    text::check_markdown_length("body", &input.body)?;
    let body = if text::is_blank(&input.body) {
        String::new()
    } else {
        input.body.clone()
    };
    if title.is_empty() && body.is_empty() {
        return Err(Error::invalid_field(
            "body",
            "write a title or some text for the entry",
        ));
    }
    let prompt = text::line(
        "prompt",
        input.prompt.as_deref().unwrap_or_default(),
        PROMPT_MAX,
    )?;
    let prompt = Some(prompt).filter(|p| !p.is_empty());
    let tags = tags(&input.tags)?;
    let mut goal_ids = input.goal_ids.clone();
    goal_ids.sort_unstable();
    goal_ids.dedup();

    if let Some(tandem_id) = input.tandem_id {
        if tandems::get(conn, tandem_id)?.is_none() {
            return Err(Error::not_found("tandem", tandem_id));
        }
    }
    if let Some(topic_id) = input.topic_id {
        if !topics::exists(conn, topic_id)? {
            return Err(Error::not_found("topic", topic_id));
        }
    }
    for &goal_id in &goal_ids {
        match goals::get(conn, goal_id)? {
            Some(g) if input.tandem_id.is_none_or(|t| t == g.tandem_id) => {}
            _ => return Err(Error::not_found("goal", goal_id)),
        }
    }
    Ok(JournalEntryInput {
        tandem_id: input.tandem_id,
        title,
        body,
        prompt,
        topic_id: input.topic_id,
        tags,
        goal_ids,
        pinned: input.pinned,
    })
}

//! Guided reflection after a meeting: a prompt set per role (built-in in German and English,
//! or the user's own), one reflection per meeting written in the role the user had in the
//! tandem at the first save, optionally linked to goals of that tandem.

mod builtin;
pub mod store;
mod types;
mod validate;

use rusqlite::Connection;

pub use types::*;
pub use validate::{PROMPTS_MAX, PROMPT_MAX};

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::goal::store as goals;
use crate::i18n::Language;
use crate::meeting::store as meetings;
use crate::reflection::store::prompts as reflection_prompts;
use crate::tandem::store as tandems;
use crate::tandem::Role;

/// The built-in prompt set of `role` in `language`.
pub fn builtin_set(role: Role, language: Language) -> PromptSet {
    PromptSet {
        role,
        prompts: builtin::prompts(role, language),
        customised: false,
    }
}

/// The role's prompt set: the user's own, else the built-in one in the user's language.
pub fn prompt_set(cx: &Ctx, role: Role) -> Result<PromptSet> {
    let own = reflection_prompts::list(cx, role)?;
    if own.is_empty() {
        return Ok(builtin_set(role, cx.language));
    }
    Ok(PromptSet {
        role,
        prompts: own,
        customised: true,
    })
}

/// Stores the user's own prompt set for `role` (1 to 12 prompts, each 1 to 300 characters;
/// field `prompts`).
pub fn save_prompt_set(cx: &Ctx, role: Role, prompts: &[PromptDraft]) -> Result<PromptSet> {
    let prompts = validate::prompts(prompts)?;
    let tx = cx.begin()?;
    reflection_prompts::replace(&tx, role, &prompts)?;
    tx.commit()?;
    Ok(PromptSet {
        role,
        prompts,
        customised: true,
    })
}

/// Forgets the user's own set for `role`; returns the built-in one in the user's language.
pub fn reset_prompt_set(cx: &Ctx, role: Role) -> Result<PromptSet> {
    let tx = cx.begin()?;
    reflection_prompts::clear(&tx, role)?;
    tx.commit()?;
    Ok(builtin_set(role, cx.language))
}

/// The meeting's reflection (`None`: not written yet); unknown meeting → not found.
pub fn get(conn: &Connection, meeting_id: i64) -> Result<Option<Reflection>> {
    if let Some(r) = store::of_meeting(conn, meeting_id)? {
        return Ok(Some(r));
    }
    if meetings::get(conn, meeting_id)?.is_none() {
        return Err(Error::not_found("meeting", meeting_id));
    }
    Ok(None)
}

/// Saves the meeting's reflection. Goals must belong to the meeting's tandem (else not
/// found). Answers that are all blank, unrated and without goals delete the reflection and
/// return `None`. The role is the tandem's `my_role` at the first save and stays.
pub fn save(cx: &Ctx, meeting_id: i64, input: &ReflectionInput) -> Result<Option<Reflection>> {
    let input = validate::input(input)?;
    let tx = cx.begin()?;
    let meeting =
        meetings::get(&tx, meeting_id)?.ok_or_else(|| Error::not_found("meeting", meeting_id))?;
    for &goal_id in &input.goal_ids {
        match goals::get(&tx, goal_id)? {
            Some(g) if g.tandem_id == meeting.tandem_id => {}
            _ => return Err(Error::not_found("goal", goal_id)),
        }
    }
    let existing = store::of_meeting(&tx, meeting_id)?;
    if validate::is_empty(&input) {
        if let Some(r) = existing {
            store::delete(&tx, r.id)?;
        }
        tx.commit()?;
        return Ok(None);
    }
    let id = match existing {
        Some(r) => {
            store::update(&tx, r.id, &input.answers, cx.now)?;
            r.id
        }
        None => {
            let tandem = tandems::get(&tx, meeting.tandem_id)?
                .ok_or_else(|| Error::not_found("tandem", meeting.tandem_id))?;
            store::insert(&tx, meeting_id, tandem.my_role, &input.answers, cx.now)?
        }
    };
    store::replace_goals(&tx, id, &input.goal_ids)?;
    let saved = store::get(&tx, id)?.ok_or_else(|| Error::not_found("reflection", id))?;
    tx.commit()?;
    Ok(Some(saved))
}

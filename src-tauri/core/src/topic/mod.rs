//! The topic library: built-in topics (hide/unhide only) and the user's own topics.

pub mod catalog;
pub mod store;
mod types;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

pub use types::*;

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::i18n::Language;
use crate::text;
use crate::topic::store::TopicRow;

/// Longest question of a user topic, in characters.
pub const QUESTION_MAX: usize = 1000;
/// Most questions a user topic may hold.
pub const QUESTIONS_MAX: usize = 50;

/// Makes sure every catalog topic has its row in catalog order (run on setup and unlock,
/// after migrations). Writes only when a newer catalog brought a topic or a new order:
/// opening the data must not write.
pub fn sync_builtins(conn: &mut Connection, now: DateTime<Utc>) -> Result<()> {
    let stored = store::builtin_positions(conn)?;
    let wanted = (0i64..).zip(catalog::CATALOG);
    if wanted
        .clone()
        .all(|(position, t)| stored.get(t.key) == Some(&position))
    {
        return Ok(());
    }
    let tx = conn.transaction()?;
    ensure_builtins(&tx, now)?;
    tx.commit()?;
    Ok(())
}

/// [`sync_builtins`] inside the caller's transaction.
pub(crate) fn ensure_builtins(conn: &Connection, now: DateTime<Utc>) -> Result<()> {
    for (position, t) in (0i64..).zip(catalog::CATALOG) {
        store::ensure_builtin(conn, t.key, position, now)?;
    }
    Ok(())
}

/// The id of the built-in topic with this key.
pub fn builtin_id(conn: &Connection, key: &str) -> Result<i64> {
    store::builtin_id(conn, key)?.ok_or_else(|| Error::NotFound {
        what: format!("built-in topic {key}"),
    })
}

/// The row as a [`Topic`] in `language`; `None` for a built-in row the catalog no longer has.
fn resolve(row: TopicRow, language: Language) -> Option<Topic> {
    match row.builtin_key {
        Some(key) => {
            let text = catalog::find(&key)?.text(language);
            Some(Topic {
                id: row.id,
                builtin: true,
                key: Some(key),
                title: text.title.to_string(),
                description: text.description.to_string(),
                questions: text.questions.iter().map(|q| q.to_string()).collect(),
                hidden: row.hidden,
            })
        }
        None => Some(Topic {
            id: row.id,
            builtin: false,
            key: None,
            title: row.title,
            description: row.description,
            questions: row.questions,
            hidden: row.hidden,
        }),
    }
}

/// Built-ins first in catalog order, then user topics by title (case-insensitive); text in
/// the user's language.
pub fn list(cx: &Ctx, include_hidden: bool) -> Result<Vec<Topic>> {
    let all: Vec<Topic> = store::list(cx, include_hidden)?
        .into_iter()
        .filter_map(|row| resolve(row, cx.language))
        .collect();
    let (builtin, mut own): (Vec<Topic>, Vec<Topic>) = all.into_iter().partition(|t| t.builtin);
    own.sort_by_cached_key(|t| (text::sort_key(&t.title), t.id));
    Ok(builtin.into_iter().chain(own).collect())
}

/// One topic, text in the user's language.
pub fn get(cx: &Ctx, id: i64) -> Result<Topic> {
    store::get(cx, id)?
        .and_then(|row| resolve(row, cx.language))
        .ok_or_else(|| Error::not_found("topic", id))
}

fn clean(conn: &Connection, input: &TopicInput, except: Option<i64>) -> Result<TopicInput> {
    let title = text::required_short("title", &input.title)?;
    let description = text::long("description", &input.description)?;
    let mut questions = Vec::with_capacity(input.questions.len());
    for q in &input.questions {
        let q = text::line("questions", q, QUESTION_MAX)?;
        if !q.is_empty() {
            questions.push(q);
        }
    }
    if questions.len() > QUESTIONS_MAX {
        return Err(Error::invalid_field(
            "questions",
            format!("a topic can hold at most {QUESTIONS_MAX} questions"),
        ));
    }
    let own = store::user_titles(conn)?
        .into_iter()
        .any(|(id, t)| Some(id) != except && text::same_title(&t, &title));
    let builtin = catalog::CATALOG
        .iter()
        .any(|b| text::same_title(b.de.title, &title) || text::same_title(b.en.title, &title));
    if own || builtin {
        return Err(Error::DuplicateTitle {
            what: "topic".into(),
        });
    }
    Ok(TopicInput {
        title,
        description,
        questions,
    })
}

fn builtin_check(conn: &Connection, id: i64, action: &str) -> Result<()> {
    let row = store::get(conn, id)?.ok_or_else(|| Error::not_found("topic", id))?;
    if row.builtin_key.is_some() {
        return Err(Error::BuiltinTopic {
            action: action.into(),
        });
    }
    Ok(())
}

/// Adds a user topic (title unique among user and built-in topics, case-insensitive).
pub fn create(cx: &Ctx, input: &TopicInput) -> Result<Topic> {
    let tx = cx.begin()?;
    let input = clean(&tx, input, None)?;
    let id = store::insert_user(
        &tx,
        &input.title,
        &input.description,
        &input.questions,
        tx.now,
    )?;
    let topic = get(&tx, id)?;
    tx.commit()?;
    Ok(topic)
}

/// Edits a user topic; built-ins → [`Error::BuiltinTopic`].
pub fn update(cx: &Ctx, id: i64, input: &TopicInput) -> Result<Topic> {
    let tx = cx.begin()?;
    builtin_check(&tx, id, "edited")?;
    let input = clean(&tx, input, Some(id))?;
    store::update_user(
        &tx,
        id,
        &input.title,
        &input.description,
        &input.questions,
        tx.now,
    )?;
    let topic = get(&tx, id)?;
    tx.commit()?;
    Ok(topic)
}

/// Hides or shows any topic (built-in or own).
pub fn set_hidden(cx: &Ctx, id: i64, hidden: bool) -> Result<Topic> {
    if !store::set_hidden(cx, id, hidden, cx.now)? {
        return Err(Error::not_found("topic", id));
    }
    get(cx, id)
}

/// Deletes a user topic: it leaves the tandems' focus topics, and goals keep their text
/// without a topic. Built-ins → [`Error::BuiltinTopic`].
pub fn delete(cx: &Ctx, id: i64) -> Result<()> {
    let tx = cx.begin()?;
    builtin_check(&tx, id, "deleted")?;
    store::delete_user(&tx, id)?;
    tx.commit()?;
    Ok(())
}

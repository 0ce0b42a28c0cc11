//! The learning journal: free entries (tags, pins, goal and topic links, an optional prompt
//! of the day) and the timeline that shows them together with meeting notes and
//! reflections.

mod cursor;
mod daily;
pub mod store;
mod timeline;
mod types;
mod validate;

use rusqlite::Connection;

pub use daily::prompt_of_the_day;
pub use timeline::{list, EXCERPT_MAX, LIMIT_MAX};
pub use types::*;
pub use validate::{PROMPT_MAX, TAGS_MAX, TAG_MAX};

use crate::ctx::Ctx;
use crate::error::{Error, Result};

/// One entry with its tags and goals.
pub fn get(conn: &Connection, id: i64) -> Result<JournalEntry> {
    store::get(conn, id)?.ok_or_else(|| Error::not_found("journal entry", id))
}

/// Creates an entry (see [`JournalEntryInput`] for the rules).
pub fn create(cx: &Ctx, input: &JournalEntryInput) -> Result<JournalEntry> {
    let tx = cx.begin()?;
    let input = validate::entry(&tx, input)?;
    let id = store::insert(&tx, &input, cx.now)?;
    let entry = get(&tx, id)?;
    tx.commit()?;
    Ok(entry)
}

/// Overwrites an entry's text, links, tags and pin.
pub fn update(cx: &Ctx, id: i64, input: &JournalEntryInput) -> Result<JournalEntry> {
    let tx = cx.begin()?;
    if store::get(&tx, id)?.is_none() {
        return Err(Error::not_found("journal entry", id));
    }
    let input = validate::entry(&tx, input)?;
    store::update(&tx, id, &input, cx.now)?;
    let entry = get(&tx, id)?;
    tx.commit()?;
    Ok(entry)
}

/// Pins or unpins an entry (pinned entries head the first page of the timeline).
pub fn set_pinned(cx: &Ctx, id: i64, pinned: bool) -> Result<JournalEntry> {
    if !store::set_pinned(cx, id, pinned, cx.now)? {
        return Err(Error::not_found("journal entry", id));
    }
    get(cx, id)
}

/// Deletes an entry with its tags and goal links.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    if !store::delete(conn, id)? {
        return Err(Error::not_found("journal entry", id));
    }
    Ok(())
}

/// Every tag in use with its number of entries, by count (descending), then tag.
pub fn tags(conn: &Connection) -> Result<Vec<TagCount>> {
    store::tag_counts(conn)
}

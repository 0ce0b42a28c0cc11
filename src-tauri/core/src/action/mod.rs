//! Action items of a tandem: who does what by when, optionally agreed in a meeting.

pub mod store;
mod types;

use rusqlite::Connection;

pub use types::*;

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::meeting::store as meetings;
use crate::tandem::store as tandems;
use crate::text;

fn clean(input: &ActionInput) -> Result<ActionInput> {
    Ok(ActionInput {
        title: text::required_short("title", &input.title)?,
        owner: input.owner,
        due_date: input.due_date,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<ActionItem> {
    store::get(conn, id)?.ok_or_else(|| Error::not_found("action item", id))
}

/// Open items by due date (undated last), then — unless `open_only` — the done ones.
pub fn list(conn: &Connection, tandem_id: i64, open_only: bool) -> Result<Vec<ActionItem>> {
    if tandems::get(conn, tandem_id)?.is_none() {
        return Err(Error::not_found("tandem", tandem_id));
    }
    store::list(conn, tandem_id, open_only)
}

/// Creates an open item, shared with the partner; `meeting_id` must be a meeting of the same
/// tandem.
pub fn create(
    cx: &Ctx,
    tandem_id: i64,
    meeting_id: Option<i64>,
    input: &ActionInput,
) -> Result<ActionItem> {
    let input = clean(input)?;
    if tandems::get(cx, tandem_id)?.is_none() {
        return Err(Error::not_found("tandem", tandem_id));
    }
    if let Some(mid) = meeting_id {
        match meetings::get(cx, mid)? {
            Some(m) if m.tandem_id == tandem_id => {}
            _ => return Err(Error::not_found("meeting", mid)),
        }
    }
    let id = store::insert(cx, tandem_id, meeting_id, &input, cx.now)?;
    // What one agrees to do is the tandem's: shared with the partner unless made private.
    store::set_shared(cx, id, true, cx.now)?;
    get(cx, id)
}

/// Refuses changing the text of (or deleting) an action item the partner wrote.
fn ensure_mine(conn: &Connection, id: i64) -> Result<()> {
    if get(conn, id)?.from_partner {
        return Err(Error::partner_item("action item"));
    }
    Ok(())
}

pub fn update(cx: &Ctx, id: i64, input: &ActionInput) -> Result<ActionItem> {
    ensure_mine(cx, id)?;
    let input = clean(input)?;
    if !store::update(cx, id, &input, cx.now)? {
        return Err(Error::not_found("action item", id));
    }
    get(cx, id)
}

/// Done (`done_at` = now, kept if it was done already) or open again.
/// Shares the item with the paired partner, or keeps it private again (the partner's own
/// items are always shared).
pub fn set_shared(cx: &Ctx, id: i64, shared: bool) -> Result<ActionItem> {
    ensure_mine(cx, id)?;
    store::set_shared(cx, id, shared, cx.now)?;
    get(cx, id)
}

pub fn set_done(cx: &Ctx, id: i64, done: bool) -> Result<ActionItem> {
    if !store::set_done(cx, id, done, cx.now)? {
        return Err(Error::not_found("action item", id));
    }
    get(cx, id)
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    ensure_mine(conn, id)?;
    if !store::delete(conn, id)? {
        return Err(Error::not_found("action item", id));
    }
    Ok(())
}

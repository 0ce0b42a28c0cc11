//! Tandems: create, edit, pause/finish, archive, delete (with everything that hangs off the
//! tandem). The tandem list and overview pages are in [`crate::page::tandems`].
//!
//! Every multi-step write runs in one transaction.

pub mod store;
mod types;
pub mod validate;

use rusqlite::Connection;

pub use types::*;

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::tandem::store::focus_topics;

/// Creates a tandem with its focus topics.
pub fn create(cx: &Ctx, input: &TandemInput) -> Result<Tandem> {
    let tx = cx.begin()?;
    let id = insert(&tx, input, false)?;
    let tandem = get(&tx, id)?;
    tx.commit()?;
    Ok(tandem)
}

/// Validates and inserts a tandem plus focus topics; the caller owns the transaction.
pub(crate) fn insert(cx: &Ctx, input: &TandemInput, is_sample: bool) -> Result<i64> {
    let input = validate::input(cx, input, None)?;
    let id = store::insert(cx, &input, is_sample, cx.now)?;
    focus_topics::replace(cx, id, &input.focus_topic_ids)?;
    Ok(id)
}

/// Replaces the editable fields and the focus topics.
pub fn update(cx: &Ctx, id: i64, input: &TandemInput) -> Result<Tandem> {
    let tx = cx.begin()?;
    get(&tx, id)?;
    let input = validate::input(&tx, input, Some(id))?;
    store::update(&tx, id, &input, tx.now)?;
    focus_topics::replace(&tx, id, &input.focus_topic_ids)?;
    let tandem = get(&tx, id)?;
    tx.commit()?;
    Ok(tandem)
}

/// One tandem with its focus topic ids.
pub fn get(conn: &Connection, id: i64) -> Result<Tandem> {
    let mut tandem = store::get(conn, id)?.ok_or_else(|| Error::not_found("tandem", id))?;
    tandem.focus_topic_ids = focus_topics::list(conn, id)?;
    Ok(tandem)
}

/// Active, paused or finished.
pub fn set_status(cx: &Ctx, id: i64, status: TandemStatus) -> Result<Tandem> {
    if !store::set_status(cx, id, status, cx.now)? {
        return Err(Error::not_found("tandem", id));
    }
    get(cx, id)
}

/// Archives (hides from the default list) or restores a tandem.
pub fn set_archived(cx: &Ctx, id: i64, archived: bool) -> Result<Tandem> {
    if !store::set_archived(cx, id, archived, cx.now)? {
        return Err(Error::not_found("tandem", id));
    }
    get(cx, id)
}

/// Deletes a tandem and, in the same transaction, every record that depends on it
/// (focus topics, agreement versions, goals with their status changes and notes).
pub fn delete(cx: &Ctx, id: i64) -> Result<()> {
    let tx = cx.begin()?;
    if !store::delete(&tx, id)? {
        return Err(Error::not_found("tandem", id));
    }
    tx.commit()?;
    Ok(())
}

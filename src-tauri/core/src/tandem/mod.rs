//! Tandems: create, edit, pause/finish, archive, delete — and the list and overview pages.
//!
//! Every multi-step write runs in one transaction.

pub mod store;
mod types;
pub mod validate;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

pub use types::*;

use crate::error::{Error, Result};
use crate::tandem::store::focus_topics;

/// Creates a tandem with its focus topics.
pub fn create(conn: &mut Connection, input: &TandemInput, now: DateTime<Utc>) -> Result<Tandem> {
    let tx = conn.transaction()?;
    let id = insert(&tx, input, false, now)?;
    let tandem = get(&tx, id)?;
    tx.commit()?;
    Ok(tandem)
}

/// Validates and inserts a tandem plus focus topics; the caller owns the transaction.
pub(crate) fn insert(
    conn: &Connection,
    input: &TandemInput,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<i64> {
    let input = validate::input(conn, input, None)?;
    let id = store::insert(conn, &input, is_sample, now)?;
    focus_topics::replace(conn, id, &input.focus_topic_ids)?;
    Ok(id)
}

/// Replaces the editable fields and the focus topics.
pub fn update(
    conn: &mut Connection,
    id: i64,
    input: &TandemInput,
    now: DateTime<Utc>,
) -> Result<Tandem> {
    let tx = conn.transaction()?;
    get(&tx, id)?;
    let input = validate::input(&tx, input, Some(id))?;
    store::update(&tx, id, &input, now)?;
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
pub fn set_status(
    conn: &Connection,
    id: i64,
    status: TandemStatus,
    now: DateTime<Utc>,
) -> Result<Tandem> {
    if !store::set_status(conn, id, status, now)? {
        return Err(Error::not_found("tandem", id));
    }
    get(conn, id)
}

/// Archives (hides from the default list) or restores a tandem.
pub fn set_archived(
    conn: &Connection,
    id: i64,
    archived: bool,
    now: DateTime<Utc>,
) -> Result<Tandem> {
    if !store::set_archived(conn, id, archived, now)? {
        return Err(Error::not_found("tandem", id));
    }
    get(conn, id)
}

/// Deletes a tandem and, in the same transaction, every record that depends on it
/// (focus topics, agreement versions, goals with their status changes and notes).
pub fn delete(conn: &mut Connection, id: i64) -> Result<()> {
    let tx = conn.transaction()?;
    if !store::delete(&tx, id)? {
        return Err(Error::not_found("tandem", id));
    }
    tx.commit()?;
    Ok(())
}

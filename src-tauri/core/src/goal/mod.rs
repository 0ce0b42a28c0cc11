//! Goals of a tandem: status with the date of each change, progress notes, order.
//!
//! Open and in-progress goals are "active" and ordered by position; achieved and dropped
//! goals form the history, newest change first. Every multi-step write runs in one
//! transaction.

pub mod store;
mod types;

use rusqlite::Connection;

pub use types::*;

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::goal::store::notes as goal_notes;
use crate::goal::store::status_changes as goal_status_changes;
use crate::tandem::store as tandems;
use crate::text;
use crate::topic::store as topics;

fn clean(conn: &Connection, input: &GoalInput) -> Result<GoalInput> {
    let title = text::required_short("title", &input.title)?;
    let why = text::long("why", &input.why)?;
    if let Some(topic_id) = input.topic_id {
        if !topics::exists(conn, topic_id)? {
            return Err(Error::not_found("topic", topic_id));
        }
    }
    Ok(GoalInput {
        title,
        why,
        topic_id: input.topic_id,
        target_date: input.target_date,
    })
}

/// Creates an open goal at the end of the tandem's list, with its first status change.
pub fn create(cx: &Ctx, tandem_id: i64, input: &GoalInput) -> Result<Goal> {
    let tx = cx.begin()?;
    if tandems::get(&tx, tandem_id)?.is_none() {
        return Err(Error::not_found("tandem", tandem_id));
    }
    let input = clean(&tx, input)?;
    let position = store::next_position(&tx, tandem_id)?;
    let id = store::insert(&tx, tandem_id, &input, position, tx.now)?;
    goal_status_changes::insert(&tx, id, GoalStatus::Open, tx.now)?;
    let goal = get(&tx, id)?;
    tx.commit()?;
    Ok(goal)
}

/// Refuses changing the text of (or deleting) a goal the partner wrote.
fn ensure_mine(conn: &Connection, id: i64) -> Result<()> {
    match store::get(conn, id)? {
        Some(goal) if goal.from_partner => Err(Error::partner_item("goal")),
        Some(_) => Ok(()),
        None => Err(Error::not_found("goal", id)),
    }
}

/// Edits title, reason, topic and target date.
pub fn update(cx: &Ctx, id: i64, input: &GoalInput) -> Result<Goal> {
    ensure_mine(cx, id)?;
    let input = clean(cx, input)?;
    if !store::update(cx, id, &input, cx.now)? {
        return Err(Error::not_found("goal", id));
    }
    get(cx, id)
}

/// Changes the status and records the change at the context's now. Setting the current status again
/// changes nothing. A goal that becomes active again moves to the end of the active list.
pub fn set_status(cx: &Ctx, id: i64, status: GoalStatus) -> Result<Goal> {
    let tx = cx.begin()?;
    let current = store::get(&tx, id)?.ok_or_else(|| Error::not_found("goal", id))?;
    if current.status == status {
        return get(&tx, id);
    }
    if status.is_active() && !current.status.is_active() {
        let position = store::next_position(&tx, current.tandem_id)?;
        store::set_position(&tx, id, position)?;
    }
    store::set_status(&tx, id, status, tx.now)?;
    goal_status_changes::insert(&tx, id, status, tx.now)?;
    let goal = get(&tx, id)?;
    tx.commit()?;
    Ok(goal)
}

/// Shares the goal with the paired partner, or keeps it private again.
pub fn set_shared(cx: &Ctx, id: i64, shared: bool) -> Result<Goal> {
    ensure_mine(cx, id)?;
    store::set_shared(cx, id, shared, cx.now)?;
    get(cx, id)
}

/// Adds a progress note (trimmed, not empty, at most 20 000 characters).
pub fn add_note(cx: &Ctx, goal_id: i64, body: &str) -> Result<Goal> {
    let body = text::long("body", body)?;
    if body.is_empty() {
        return Err(Error::invalid_field("body", "the note is empty"));
    }
    if store::get(cx, goal_id)?.is_none() {
        return Err(Error::not_found("goal", goal_id));
    }
    goal_notes::insert(cx, goal_id, &body, cx.now)?;
    get(cx, goal_id)
}

/// Puts the tandem's active goals in the order of `ordered_ids`, which must hold exactly
/// the active goal ids. Returns the active goals in the new order.
pub fn reorder(cx: &Ctx, tandem_id: i64, ordered_ids: &[i64]) -> Result<Vec<Goal>> {
    let tx = cx.begin()?;
    if tandems::get(&tx, tandem_id)?.is_none() {
        return Err(Error::not_found("tandem", tandem_id));
    }
    let all = store::list(&tx, tandem_id)?;
    let mut active: Vec<i64> = all
        .iter()
        .filter(|g| g.status.is_active())
        .map(|g| g.id)
        .collect();
    let mut wanted = ordered_ids.to_vec();
    active.sort_unstable();
    wanted.sort_unstable();
    if active != wanted {
        return Err(Error::InvalidInput(
            "the new order must list each active goal of the tandem exactly once".into(),
        ));
    }
    let mut spare = u32::try_from(ordered_ids.len()).unwrap_or(u32::MAX);
    for goal in all.iter().filter(|g| !g.status.is_active()) {
        // History goals keep their relative order behind the active ones.
        store::set_position(&tx, goal.id, spare)?;
        spare = spare.saturating_add(1);
    }
    for (position, &id) in (0u32..).zip(ordered_ids) {
        store::set_position(&tx, id, position)?;
    }
    let reordered = ordered_ids
        .iter()
        .map(|&id| get(&tx, id))
        .collect::<Result<Vec<_>>>()?;
    tx.commit()?;
    Ok(reordered)
}

/// Deletes a goal with its status changes and notes.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    ensure_mine(conn, id)?;
    if !store::delete(conn, id)? {
        return Err(Error::not_found("goal", id));
    }
    Ok(())
}

/// One goal with its status history (oldest first) and notes (newest first).
pub fn get(conn: &Connection, id: i64) -> Result<Goal> {
    let goal = store::get(conn, id)?.ok_or_else(|| Error::not_found("goal", id))?;
    with_history(conn, goal)
}

fn with_history(conn: &Connection, mut goal: Goal) -> Result<Goal> {
    goal.status_history = goal_status_changes::list(conn, goal.id)?;
    goal.notes = goal_notes::list(conn, goal.id)?;
    Ok(goal)
}

/// The tandem's goals: active ones by position, then the history by last change, newest
/// first.
pub fn list(conn: &Connection, tandem_id: i64) -> Result<Vec<Goal>> {
    let goals = store::list(conn, tandem_id)?
        .into_iter()
        .map(|g| with_history(conn, g))
        .collect::<Result<Vec<_>>>()?;
    let (active, mut history): (Vec<Goal>, Vec<Goal>) =
        goals.into_iter().partition(|g| g.status.is_active());
    history.sort_by(|a, b| last_change(b).cmp(last_change(a)).then(b.id.cmp(&a.id)));
    Ok(active.into_iter().chain(history).collect())
}

fn last_change(goal: &Goal) -> &str {
    goal.status_history
        .last()
        .map_or(goal.updated_at.as_str(), |c| c.changed_at.as_str())
}

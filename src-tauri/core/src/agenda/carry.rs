//! Carry-over: undiscussed items move on to the next planned meeting. The source items stay
//! where they were, marked with `carried_to_meeting_id`; the copies get
//! `carried_from_meeting_id`.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::store;
use super::{AgendaItem, AgendaItemInput};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::meeting::store as meetings;
use crate::meeting::{self, Meeting};

/// Copies `item` to the end of `to_meeting`'s agenda and marks it as carried.
fn carry(conn: &Connection, item: &AgendaItem, to_meeting: i64, now: DateTime<Utc>) -> Result<i64> {
    let input = AgendaItemInput {
        title: item.title.clone(),
        topic_id: item.topic_id,
        minutes: item.minutes,
        prep_notes: item.prep_notes.clone(),
        links: item.links.clone(),
        shared: item.shared,
    };
    let id = store::insert(conn, to_meeting, &input, Some(item.meeting_id), now)?;
    store::set_carried_to(conn, item.id, to_meeting, now)?;
    Ok(id)
}

/// Carries the undiscussed (not yet carried) items of meeting `meeting_id` to the tandem's
/// next planned or moved meeting and returns that meeting.
/// No later planned meeting → [`Error::NoNextMeeting`].
pub fn carry_over(cx: &Ctx, meeting_id: i64) -> Result<Meeting> {
    let tx = cx.begin()?;
    let source = meeting::get(&tx, meeting_id)?;
    let target = meetings::next_planned_after(&tx, source.tandem_id, &source.starts_at, source.id)?
        .ok_or(Error::NoNextMeeting)?;
    for item in store::open_uncarried(&tx, meeting_id)? {
        carry(&tx, &item, target.id, cx.now)?;
    }
    let target = meeting::get(&tx, target.id)?;
    tx.commit()?;
    Ok(target)
}

/// What `meeting` could take over: the undiscussed, not yet carried items of the tandem's
/// last held meeting before it.
pub fn suggestions(conn: &Connection, meeting: &Meeting) -> Result<Vec<AgendaItem>> {
    match meetings::previous_held(conn, meeting.tandem_id, &meeting.starts_at)? {
        Some(held) if held.id != meeting.id => store::open_uncarried(conn, held.id),
        _ => Ok(Vec::new()),
    }
}

/// Copies the suggested items `item_ids` into meeting `meeting_id` (appended, in the order
/// given) and returns the copies. Ids that are not current suggestions → invalid input.
pub fn accept_suggestions(cx: &Ctx, meeting_id: i64, item_ids: &[i64]) -> Result<Vec<AgendaItem>> {
    let tx = cx.begin()?;
    let target = meeting::get(&tx, meeting_id)?;
    let offered = suggestions(&tx, &target)?;
    let mut copies = Vec::with_capacity(item_ids.len());
    for id in item_ids {
        let item = offered.iter().find(|i| i.id == *id).ok_or_else(|| {
            Error::InvalidInput(format!("agenda item {id} is not a carry-over suggestion"))
        })?;
        if item.carried_to_meeting_id.is_some() {
            continue;
        }
        let copy = carry(&tx, item, meeting_id, cx.now)?;
        copies.push(super::get(&tx, copy)?);
    }
    tx.commit()?;
    Ok(copies)
}

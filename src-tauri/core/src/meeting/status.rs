//! Held, back to planned, cancelled.

use super::store;
use super::{get, EditScope, Meeting, MeetingStatus};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::text;

/// Marks a meeting as held, or (held = false) back to planned. No change, no new sequence.
pub fn set_held(cx: &Ctx, id: i64, held: bool) -> Result<Meeting> {
    let meeting = get(cx, id)?;
    let status = if held {
        MeetingStatus::Held
    } else if meeting.status == MeetingStatus::Held {
        MeetingStatus::Planned
    } else {
        meeting.status
    };
    if status != meeting.status {
        store::set_status(cx, id, status, None, cx.now)?;
    }
    get(cx, id)
}

/// Cancels the meeting (with `ThisAndFollowing`: also the later planned or moved
/// occurrences of its series). Returns every meeting that changed.
pub fn cancel(cx: &Ctx, id: i64, reason: Option<&str>, scope: EditScope) -> Result<Vec<Meeting>> {
    let reason = text::optional_short("reason", reason)?;
    let tx = cx.begin()?;
    let meeting = get(&tx, id)?;
    let mut targets = vec![meeting.clone()];
    if let (EditScope::ThisAndFollowing, Some(series)) = (scope, meeting.series_id) {
        targets.extend(
            store::series_from(&tx, series, &meeting.starts_at)?
                .into_iter()
                .filter(|m| m.id != id && m.status.is_upcoming()),
        );
    }
    let mut changed = Vec::with_capacity(targets.len());
    for m in targets {
        store::set_status(
            &tx,
            m.id,
            MeetingStatus::Cancelled,
            reason.as_deref(),
            cx.now,
        )?;
        changed.push(get(&tx, m.id)?);
    }
    tx.commit()?;
    Ok(changed)
}

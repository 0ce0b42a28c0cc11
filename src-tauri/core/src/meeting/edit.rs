//! Editing a meeting, alone or with the rest of its series.

use chrono::Duration;

use super::plan::{clean_input, slot};
use super::store;
use super::{get, EditScope, Meeting, MeetingInput, MeetingStatus};
use crate::ctx::Ctx;
use crate::error::Result;

/// Applies `input` (local time in the user's zone).
///
/// - `ThisOnly`: this meeting only; a planned meeting whose date or time changes becomes
///   `Moved` (a series member stays in its series).
/// - `ThisAndFollowing` on a series member: this and every later occurrence that was not held
///   get the new time, duration, place and link, and their dates shift by the same number of
///   days as this one's. Earlier occurrences are untouched. On a single meeting: as
///   `ThisOnly`.
///
/// Returns every meeting that changed, by start.
pub fn update(cx: &Ctx, id: i64, input: &MeetingInput, scope: EditScope) -> Result<Vec<Meeting>> {
    let now = cx.now;
    let c = clean_input(input)?;
    let tx = cx.begin()?;
    let this = get(&tx, id)?;
    super::ensure_mine(&this)?;
    let mut changed = Vec::new();
    match (scope, this.series_id) {
        (EditScope::ThisAndFollowing, Some(series)) => {
            let delta = input.date - this.local_date;
            for m in store::series_from(&tx, series, &this.starts_at)? {
                if m.id != id && m.status == MeetingStatus::Held {
                    continue;
                }
                let date = m.local_date + Duration::days(delta.num_days());
                store::reschedule(&tx, m.id, &slot(cx.zone, date, &c), m.status, now)?;
                changed.push(m.id);
            }
        }
        _ => {
            let new = slot(cx.zone, input.date, &c);
            let moved = new.local_date != this.local_date || new.local_time != this.local_time;
            let status = if moved && this.status == MeetingStatus::Planned {
                MeetingStatus::Moved
            } else {
                this.status
            };
            store::reschedule(&tx, id, &new, status, now)?;
            changed.push(id);
        }
    }
    let mut out = changed
        .into_iter()
        .map(|id| get(&tx, id))
        .collect::<Result<Vec<_>>>()?;
    out.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.id.cmp(&b.id)));
    tx.commit()?;
    Ok(out)
}

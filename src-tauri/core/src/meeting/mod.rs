//! Meetings of a tandem: single meetings and series planned in local wall-clock time,
//! edits with a scope, held / cancelled / moved. The meeting page is [`crate::page::meeting`].
//!
//! Every change of a meeting bumps its `sequence` (for calendar export) and `updated_at`;
//! the `uid` is generated once.

mod edit;
mod plan;
mod status;
pub mod store;
mod types;

use rusqlite::Connection;

pub use edit::update;
pub(crate) use plan::new_uid;
pub use plan::{plan, plan_series, series_dates, Slot, DURATION_RANGE};
pub use status::{cancel, set_held};
pub use types::*;

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::tandem::store as tandems;

/// One meeting.
pub fn get(conn: &Connection, id: i64) -> Result<Meeting> {
    store::get(conn, id)?.ok_or_else(|| Error::not_found("meeting", id))
}

/// The tandem's meetings by start; without `include_past`, only those not over by now.
pub fn list(cx: &Ctx, tandem_id: i64, include_past: bool) -> Result<Vec<Meeting>> {
    if tandems::get(cx, tandem_id)?.is_none() {
        return Err(Error::not_found("tandem", tandem_id));
    }
    store::list(cx, tandem_id, include_past, cx.now)
}

/// Refuses moving or deleting a meeting the partner planned (either may cancel or hold it).
fn ensure_mine(meeting: &Meeting) -> Result<()> {
    if meeting.from_partner {
        return Err(Error::partner_item("meeting"));
    }
    Ok(())
}

/// Deletes a meeting with its agenda; action items stay with the tandem.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    ensure_mine(&get(conn, id)?)?;
    if !store::delete(conn, id)? {
        return Err(Error::not_found("meeting", id));
    }
    Ok(())
}

//! The meeting page: the meeting with its tandem, agenda, action items and carry-over
//! suggestions.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::action::store as action_items;
use crate::action::ActionItem;
use crate::agenda::store as agenda_items;
use crate::agenda::{self, AgendaItem};
use crate::error::{Error, Result};
use crate::meeting::store as meetings;
use crate::meeting::{self, Meeting};
use crate::note::partner::{self, PartnerNote};
use crate::tandem::store as tandems;
use crate::tandem::Role;

/// Everything the meeting page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingDetail {
    pub meeting: Meeting,
    pub tandem_title: String,
    pub my_role: Role,
    /// By position.
    pub agenda: Vec<AgendaItem>,
    /// Action items created in this meeting.
    pub actions: Vec<ActionItem>,
    /// The open action items of the tandem.
    pub open_actions: Vec<ActionItem>,
    /// Undiscussed items of the previous held meeting that were not carried yet (only while
    /// this meeting is planned or moved).
    pub carry_over_suggestions: Vec<AgendaItem>,
    /// The next planned (or moved) meeting of the tandem after this one.
    #[ts(type = "number | null")]
    pub next_planned_meeting_id: Option<i64>,
    /// The paired partner's notes on this meeting, when they share them.
    pub partner_note: Option<PartnerNote>,
}

/// Everything the meeting page shows.
pub fn detail(conn: &Connection, id: i64) -> Result<MeetingDetail> {
    let meeting = meeting::get(conn, id)?;
    let tandem = tandems::get(conn, meeting.tandem_id)?
        .ok_or_else(|| Error::not_found("tandem", meeting.tandem_id))?;
    let carry_over_suggestions = if meeting.status.is_upcoming() {
        agenda::suggestions(conn, &meeting)?
    } else {
        Vec::new()
    };
    let next = meetings::next_planned_after(conn, meeting.tandem_id, &meeting.starts_at, id)?;
    Ok(MeetingDetail {
        tandem_title: tandem.title,
        my_role: tandem.my_role,
        agenda: agenda_items::list(conn, id)?,
        actions: action_items::of_meeting(conn, id)?,
        open_actions: action_items::list(conn, meeting.tandem_id, true)?,
        carry_over_suggestions,
        next_planned_meeting_id: next.map(|m| m.id),
        partner_note: partner::get(conn, id)?,
        meeting,
    })
}

//! The Today page: the next meeting of each active tandem, what is overdue or due soon, and
//! the tandems that have nothing planned.

use chrono::Duration;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::action::store as action_items;
use crate::action::ActionItem;
use crate::ctx::Ctx;
use crate::error::Result;
use crate::meeting::store as meetings;
use crate::meeting::Meeting;
use crate::page::tandems::{self, TandemSummary};
use crate::tandem::{Role, TandemStatus};

/// The next meeting of one tandem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NextMeeting {
    #[ts(type = "number")]
    pub tandem_id: i64,
    pub tandem_title: String,
    pub my_role: Role,
    pub meeting: Meeting,
    /// The meeting has no agenda items yet.
    pub needs_agenda: bool,
}

/// Everything the Today page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TodayView {
    /// One per active (not archived) tandem with an upcoming meeting, soonest first.
    pub next_meetings: Vec<NextMeeting>,
    /// Open action items due before today, oldest first.
    pub overdue_actions: Vec<ActionItem>,
    /// Open action items due today or in the next 7 days.
    pub due_soon_actions: Vec<ActionItem>,
    /// Active (not archived) tandems without an upcoming meeting.
    pub tandems_without_meeting: Vec<TandemSummary>,
}

/// Days ahead that count as "due soon".
pub const DUE_SOON_DAYS: i64 = 7;

/// The Today view at the context's now (today in the user's zone). Upcoming = planned or
/// moved and starting at or after now; overdue = open and due before today.
pub fn view(cx: &Ctx) -> Result<TodayView> {
    let today = cx.today();
    let mut next_meetings = Vec::new();
    let mut tandems_without_meeting = Vec::new();
    for summary in tandems::list(cx, false)? {
        if summary.status != TandemStatus::Active {
            continue;
        }
        match meetings::next_upcoming(cx, summary.id, cx.now)? {
            Some(meeting) => next_meetings.push(NextMeeting {
                tandem_id: summary.id,
                needs_agenda: meeting.agenda_items == 0,
                tandem_title: summary.title,
                my_role: summary.my_role,
                meeting,
            }),
            None => tandems_without_meeting.push(summary),
        }
    }
    next_meetings.sort_by(|a, b| a.meeting.starts_at.cmp(&b.meeting.starts_at));
    let soon = today + Duration::days(DUE_SOON_DAYS);
    Ok(TodayView {
        next_meetings,
        overdue_actions: action_items::open_due_between(cx, None, today.pred_opt())?,
        due_soon_actions: action_items::open_due_between(cx, Some(today), Some(soon))?,
        tandems_without_meeting,
    })
}

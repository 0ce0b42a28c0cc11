//! Writing a plan: every row in one transaction (the caller's), all or nothing.

use super::plan::Planned;
use super::{ImportAction, ImportResult};
use crate::ctx::Ctx;
use crate::error::Result;
// Imported meetings get their own uid; the invitation's UID stays in `meeting_sources`, so
// exporting the meeting never claims to be the organiser's event.
use crate::calendar::import::sources as meeting_sources;
use crate::calendar::import::sources::MeetingSource;
use crate::meeting::store as meetings;
use crate::meeting::{new_uid, MeetingStatus};

/// The status after an update: a time change of a planned meeting is a move (as editing
/// does); a cancelled meeting brought back by a newer invitation is planned again.
fn status_after(before: MeetingStatus, time_changed: bool) -> MeetingStatus {
    match before {
        MeetingStatus::Planned if time_changed => MeetingStatus::Moved,
        MeetingStatus::Cancelled if time_changed => MeetingStatus::Moved,
        MeetingStatus::Cancelled => MeetingStatus::Planned,
        other => other,
    }
}

/// Applies `plan` for `tandem_id` on `conn` (inside a transaction).
pub(crate) fn write(cx: &Ctx, tandem_id: i64, plan: &[Planned]) -> Result<ImportResult> {
    let mut result = ImportResult {
        created: 0,
        updated: 0,
        unchanged: 0,
        cancelled: 0,
        skipped: 0,
        meeting_ids: Vec::new(),
    };
    for p in plan {
        let meeting = p.meeting.as_ref();
        match (p.row.action, meeting) {
            (ImportAction::Create, _) => {
                let id = meetings::insert(cx, tandem_id, None, &new_uid(), &p.slot, cx.now)?;
                let source = MeetingSource {
                    meeting_id: id,
                    tandem_id,
                    source_uid: p.uid.clone(),
                    recurrence_id: p.rid.clone(),
                    source_sequence: p.sequence,
                };
                meeting_sources::insert(cx, &source, cx.now)?;
                result.created += 1;
                result.meeting_ids.push(id);
            }
            (ImportAction::Update, Some(m)) => {
                let moved = m.local_date != p.slot.local_date || m.local_time != p.slot.local_time;
                let status = status_after(m.status, moved);
                meetings::reschedule(cx, m.id, &p.slot, status, cx.now)?;
                result.updated += 1;
                result.meeting_ids.push(m.id);
            }
            (ImportAction::Cancel, Some(m)) => {
                meetings::set_status(cx, m.id, MeetingStatus::Cancelled, None, cx.now)?;
                result.cancelled += 1;
            }
            (ImportAction::Unchanged, _) => result.unchanged += 1,
            _ => result.skipped += 1,
        }
        // Remember the newest SEQUENCE seen, so an older file later is recognised as stale.
        if let Some(src) = &p.source {
            if p.sequence > src.source_sequence && p.row.action != ImportAction::Skip {
                meeting_sources::set_sequence(cx, src.meeting_id, p.sequence, cx.now)?;
            }
        }
    }
    Ok(result)
}

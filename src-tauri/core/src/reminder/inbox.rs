//! The in-app inbox: delivered reminders, newest first, with read and dismissed flags.

use rusqlite::Connection;

use super::{Inbox, ReminderKind};
use crate::error::{Error, Result};
use crate::reminder::store::deliveries as reminder_deliveries;

/// How many items [`mark_read`] and [`dismiss`] return (the inbox page shows these).
pub const INBOX_LIMIT: u32 = 100;

/// The newest `limit` delivered, not dismissed reminders and the unread count.
pub fn inbox(conn: &Connection, limit: u32) -> Result<Inbox> {
    let mut items = reminder_deliveries::inbox(conn, limit)?;
    for item in &mut items {
        item.route = route(item.kind, item.tandem_id, item.meeting_id);
    }
    Ok(Inbox {
        items,
        unread: reminder_deliveries::unread(conn)?,
    })
}

/// Marks the reminders `ids` read (`None`: all); unknown ids are skipped.
pub fn mark_read(conn: &Connection, ids: Option<&[i64]>) -> Result<Inbox> {
    match ids {
        None => reminder_deliveries::mark_all_read(conn)?,
        Some(ids) => {
            for &id in ids {
                reminder_deliveries::mark_read(conn, id)?;
            }
        }
    }
    inbox(conn, INBOX_LIMIT)
}

/// Removes a reminder from the inbox; NotFound for an unknown id.
pub fn dismiss(conn: &Connection, id: i64) -> Result<Inbox> {
    if !reminder_deliveries::dismiss(conn, id)? {
        return Err(Error::not_found("reminder", id));
    }
    inbox(conn, INBOX_LIMIT)
}

/// The UI address a reminder opens. Without the meeting (deleted) a meeting reminder opens
/// its tandem; without the tandem, the inbox.
pub fn route(kind: ReminderKind, tandem_id: Option<i64>, meeting_id: Option<i64>) -> String {
    let tandem = |suffix: &str| match tandem_id {
        Some(id) => format!("#/tandems/{id}{suffix}"),
        None => "#/inbox".to_string(),
    };
    match kind {
        ReminderKind::MeetingSoon
        | ReminderKind::MeetingDayBefore
        | ReminderKind::PrepareAgenda
        | ReminderKind::Reflect => match meeting_id {
            Some(id) => format!("#/meetings/{id}"),
            None => tandem(""),
        },
        ReminderKind::ActionDue | ReminderKind::MeetingOverdue => tandem(""),
        ReminderKind::AgreementReview => tandem("/agreement"),
    }
}

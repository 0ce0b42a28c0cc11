//! The `reminder_deliveries` table: every reminder that was claimed for delivery (its key
//! never fires again) and, once shown, the in-app inbox.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::error::Result;
use crate::reminder::{DeliveryChannel, DueReminder, InboxItem};
use crate::store::ConnExt;
use crate::time::utc_text;

/// Claims `due` as pending; false when its key was claimed before.
pub fn insert_pending(conn: &Connection, due: &DueReminder, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "INSERT OR IGNORE INTO reminder_deliveries (key, kind, tandem_id, meeting_id, action_id,
             nudge, subject_at, due_at, delivered_at, channel)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            due.key,
            due.kind,
            due.tandem_id,
            due.meeting_id,
            due.action_id,
            due.nudge,
            due.subject_at,
            due.due_at,
            utc_text(now),
            DeliveryChannel::Pending,
        ],
    )?;
    Ok(n == 1)
}

/// Forgets deliveries made before `cutoff`; returns how many. The newest "meeting overdue"
/// delivery of each tandem stays: its key repeats for as long as the rhythm stays lapsed,
/// however old it is, and must keep it from firing again.
pub fn delete_before(conn: &Connection, cutoff: DateTime<Utc>) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM reminder_deliveries
         WHERE delivered_at < ?1
           AND id NOT IN (SELECT MAX(id) FROM reminder_deliveries
                          WHERE kind = 'meeting_overdue' GROUP BY tandem_id)",
        params![utc_text(cutoff)],
    )?)
}

/// The keys delivered at or after `since`.
pub fn keys_since(conn: &Connection, since: DateTime<Utc>) -> Result<HashSet<String>> {
    let keys = conn.query_rows(
        "SELECT key FROM reminder_deliveries WHERE delivered_at >= ?1",
        params![utc_text(since)],
        |r| r.get::<_, String>(0),
    )?;
    Ok(keys.into_iter().collect())
}

/// Sets how the reminder with `key` reached the user; false when there is no such key.
pub fn set_channel(conn: &Connection, key: &str, channel: DeliveryChannel) -> Result<bool> {
    let n = conn.execute(
        "UPDATE reminder_deliveries SET channel = ?2 WHERE key = ?1",
        params![key, channel],
    )?;
    Ok(n == 1)
}

fn item_from_row(r: &Row<'_>) -> rusqlite::Result<InboxItem> {
    Ok(InboxItem {
        id: r.get(0)?,
        kind: r.get(1)?,
        tandem_id: r.get(2)?,
        tandem_title: r.get(3)?,
        meeting_id: r.get(4)?,
        action_id: r.get(5)?,
        action_title: r.get(6)?,
        subject_at: r.get(7)?,
        due_at: r.get(8)?,
        delivered_at: r.get(9)?,
        channel: r.get(10)?,
        read: r.get(11)?,
        nudge: r.get(12)?,
        // Filled in by the domain module (it knows the UI's routes).
        route: String::new(),
    })
}

/// Delivered (not pending), not dismissed reminders, newest first; `route` is left empty.
pub fn inbox(conn: &Connection, limit: u32) -> Result<Vec<InboxItem>> {
    conn.query_rows(
        "SELECT d.id, d.kind, d.tandem_id, t.title, d.meeting_id, d.action_id,
             CASE WHEN d.kind = 'action_due' THEN a.title END,
             d.subject_at, d.due_at, d.delivered_at, d.channel, d.read, d.nudge
         FROM reminder_deliveries d
         LEFT JOIN tandems t ON t.id = d.tandem_id
         LEFT JOIN action_items a ON a.id = d.action_id
         WHERE d.dismissed = 0 AND d.channel != 'pending'
         ORDER BY d.delivered_at DESC, d.id DESC
         LIMIT ?1",
        params![limit],
        item_from_row,
    )
}

/// How many delivered reminders are neither read nor dismissed.
pub fn unread(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM reminder_deliveries
         WHERE read = 0 AND dismissed = 0 AND channel != 'pending'",
        [],
        |r| r.get(0),
    )?)
}

/// Marks one reminder read.
pub fn mark_read(conn: &Connection, id: i64) -> Result<bool> {
    let n = conn.execute(
        "UPDATE reminder_deliveries SET read = 1 WHERE id = ?1",
        params![id],
    )?;
    Ok(n == 1)
}

/// Marks every delivered reminder read.
pub fn mark_all_read(conn: &Connection) -> Result<()> {
    conn.execute(
        "UPDATE reminder_deliveries SET read = 1 WHERE read = 0 AND channel != 'pending'",
        [],
    )?;
    Ok(())
}

/// Hides a reminder from the inbox (its key stays, so it never fires again).
pub fn dismiss(conn: &Connection, id: i64) -> Result<bool> {
    let n = conn.execute(
        "UPDATE reminder_deliveries SET dismissed = 1 WHERE id = ?1",
        params![id],
    )?;
    Ok(n == 1)
}

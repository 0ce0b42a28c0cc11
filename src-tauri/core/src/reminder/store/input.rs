//! Read-only queries that gather the reminder planner's input across tables
//! (see [`crate::reminder::load`]).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, Row};

use crate::error::{Error, Result};
use crate::reminder::plan::{PlanAction, PlanMeeting, PlanReview, PlanTandem};
use crate::store::ConnExt;
use crate::tandem::Cadence;
use crate::time::utc_text;

/// Active, not archived, real tandems (without rules and review).
pub fn tandems(conn: &Connection) -> Result<Vec<PlanTandem>> {
    conn.query_rows(
        "SELECT id, title, my_role, status, archived, is_sample, start_date, cadence_every,
             cadence_unit, cadence_minutes
         FROM tandems WHERE status = 'active' AND archived = 0 AND is_sample = 0 ORDER BY id",
        [],
        |r| {
            Ok(PlanTandem {
                id: r.get(0)?,
                title: r.get(1)?,
                my_role: r.get(2)?,
                status: r.get(3)?,
                archived: r.get(4)?,
                is_sample: r.get(5)?,
                start_date: r.get(6)?,
                cadence: Cadence {
                    every: r.get(7)?,
                    unit: r.get(8)?,
                    minutes: r.get(9)?,
                },
                rules: Vec::new(),
                review: None,
            })
        },
    )
}

/// The review date of the tandem's newest agreement version, if it has one.
pub fn review(conn: &Connection, tandem_id: i64) -> Result<Option<PlanReview>> {
    let row = conn.query_opt(
        "SELECT id, review_date FROM agreement_versions WHERE tandem_id = ?1
             ORDER BY version DESC LIMIT 1",
        params![tandem_id],
        |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<NaiveDate>>(1)?)),
    )?;
    Ok(row.and_then(|(version_id, date)| date.map(|date| PlanReview { version_id, date })))
}

const MEETING_COLUMNS: &str = "m.id, m.tandem_id, m.uid, m.starts_at, m.ends_at, m.status, \
     (SELECT COUNT(*) FROM agenda_items a WHERE a.meeting_id = m.id), \
     EXISTS (SELECT 1 FROM reflections r WHERE r.meeting_id = m.id), m.created_at";

fn instant(text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| Error::Database(format!("unreadable instant {text:?}: {e}")))
}

fn meeting_row(r: &Row<'_>) -> rusqlite::Result<(PlanMeeting, [String; 3])> {
    Ok((
        PlanMeeting {
            id: r.get(0)?,
            tandem_id: r.get(1)?,
            uid: r.get(2)?,
            starts_at: DateTime::<Utc>::MIN_UTC,
            ends_at: DateTime::<Utc>::MIN_UTC,
            status: r.get(5)?,
            agenda_items: r.get(6)?,
            has_reflection: r.get(7)?,
            created_at: DateTime::<Utc>::MIN_UTC,
        },
        [r.get(3)?, r.get(4)?, r.get(8)?],
    ))
}

fn meetings(
    conn: &Connection,
    tail: &str,
    args: impl rusqlite::Params,
) -> Result<Vec<PlanMeeting>> {
    let sql = format!("SELECT {MEETING_COLUMNS} FROM meetings m {tail}");
    let rows = conn.query_rows(&sql, args, meeting_row)?;
    let mut out = Vec::new();
    for row in rows {
        let (mut m, [starts, ends, created]) = row;
        m.starts_at = instant(&starts)?;
        m.ends_at = instant(&ends)?;
        m.created_at = instant(&created)?;
        out.push(m);
    }
    Ok(out)
}

/// The tandem's meetings starting in `from..to`.
pub fn meetings_between(
    conn: &Connection,
    tandem_id: i64,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<PlanMeeting>> {
    meetings(
        conn,
        "WHERE m.tandem_id = ?1 AND m.starts_at >= ?2 AND m.starts_at < ?3 ORDER BY m.starts_at",
        params![tandem_id, utc_text(from), utc_text(to)],
    )
}

/// The tandem's latest meeting that was not cancelled.
pub fn last_meeting(conn: &Connection, tandem_id: i64) -> Result<Option<PlanMeeting>> {
    Ok(meetings(
        conn,
        "WHERE m.tandem_id = ?1 AND m.status != 'cancelled' ORDER BY m.starts_at DESC LIMIT 1",
        params![tandem_id],
    )?
    .pop())
}

/// The tandem's next planned or moved meeting starting at or after `now`.
pub fn next_meeting(
    conn: &Connection,
    tandem_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<PlanMeeting>> {
    Ok(meetings(
        conn,
        "WHERE m.tandem_id = ?1 AND m.status IN ('planned', 'moved') AND m.starts_at >= ?2
         ORDER BY m.starts_at LIMIT 1",
        params![tandem_id, utc_text(now)],
    )?
    .pop())
}

/// My open action items due in `from..=to`.
pub fn my_open_actions(
    conn: &Connection,
    tandem_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<PlanAction>> {
    conn.query_rows(
        "SELECT id, tandem_id, owner, done, due_date FROM action_items
         WHERE tandem_id = ?1 AND done = 0 AND owner = 'me'
             AND due_date IS NOT NULL AND due_date >= ?2 AND due_date <= ?3
         ORDER BY due_date, id",
        params![tandem_id, from, to],
        |r| {
            Ok(PlanAction {
                id: r.get(0)?,
                tandem_id: r.get(1)?,
                owner: r.get(2)?,
                done: r.get(3)?,
                due_date: r.get(4)?,
            })
        },
    )
}

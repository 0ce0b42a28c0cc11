//! The `reminder_rules` table: one row per (tandem, kind) the user changed. A missing row
//! means the kind's defaults (see [`crate::reminder::rules`]).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::error::Result;
use crate::reminder::ReminderRule;
use crate::store::ConnExt;
use crate::time::utc_text;

fn from_row(r: &Row<'_>) -> rusqlite::Result<(i64, ReminderRule)> {
    Ok((
        r.get(0)?,
        ReminderRule {
            kind: r.get(1)?,
            enabled: r.get(2)?,
            lead_minutes: r.get(3)?,
        },
    ))
}

/// The stored rules of one tandem.
pub fn list(conn: &Connection, tandem_id: i64) -> Result<Vec<ReminderRule>> {
    let rows = conn.query_rows(
        "SELECT tandem_id, kind, enabled, lead_minutes FROM reminder_rules WHERE tandem_id = ?1",
        params![tandem_id],
        from_row,
    )?;
    Ok(rows.into_iter().map(|(_, rule)| rule).collect())
}

/// Every stored rule, as (tandem id, rule).
pub fn list_all(conn: &Connection) -> Result<Vec<(i64, ReminderRule)>> {
    conn.query_rows(
        "SELECT tandem_id, kind, enabled, lead_minutes FROM reminder_rules
         ORDER BY tandem_id, kind",
        [],
        from_row,
    )
}

/// Inserts or replaces the rule for (`tandem_id`, `rule.kind`).
pub fn upsert(
    conn: &Connection,
    tandem_id: i64,
    rule: &ReminderRule,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO reminder_rules (tandem_id, kind, enabled, lead_minutes, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (tandem_id, kind) DO UPDATE SET enabled = excluded.enabled,
             lead_minutes = excluded.lead_minutes, updated_at = excluded.updated_at",
        params![
            tandem_id,
            rule.kind,
            rule.enabled,
            rule.lead_minutes,
            utc_text(now)
        ],
    )?;
    Ok(())
}

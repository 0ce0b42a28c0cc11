//! The `meeting_series` table: how a series was generated.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::meeting::SeriesInput;
use crate::time::utc_text;

/// Records a series and returns its id.
pub fn insert(
    conn: &Connection,
    tandem_id: i64,
    input: &SeriesInput,
    time_zone: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO meeting_series (tandem_id, every, unit, first_date, until, local_time,
             time_zone, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            tandem_id,
            input.every,
            input.unit,
            input.first_date,
            input.until,
            input.time,
            time_zone,
            utc_text(now)
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

//! `exchange_received`, `exchange_sent`, `exchange_attempts` and `exchange_history`: which
//! files were applied or written, which could not be read yet, and what merges replaced.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::exchange::hlc::Hlc;
use crate::store::ConnExt;
use crate::time::utc_text;

/// The hash a (sender, sequence) was applied with, if any.
pub fn received_hash(
    conn: &Connection,
    tandem_id: i64,
    sender: &str,
    seq: u64,
) -> Result<Option<String>> {
    conn.query_opt(
        "SELECT hash FROM exchange_received WHERE tandem_id = ?1 AND sender = ?2 AND seq = ?3",
        params![tandem_id, sender, seq as i64],
        |r| r.get(0),
    )
}

pub fn put_received(
    conn: &Connection,
    tandem_id: i64,
    sender: &str,
    seq: u64,
    hash: &str,
    file_name: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO exchange_received (tandem_id, sender, seq, hash, file_name,
             received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            tandem_id,
            sender,
            seq as i64,
            hash,
            file_name,
            utc_text(now)
        ],
    )?;
    Ok(())
}

/// Counts one more failure to read `file_name`; returns the failures so far.
pub fn attempt(
    conn: &Connection,
    tandem_id: i64,
    file_name: &str,
    problem: &str,
    now: DateTime<Utc>,
) -> Result<u32> {
    let failures: i64 = conn.query_row(
        "INSERT INTO exchange_attempts (tandem_id, file_name, failures, problem, first_at,
             last_at)
         VALUES (?1, ?2, 1, ?3, ?4, ?4)
         ON CONFLICT (tandem_id, file_name) DO UPDATE SET failures = failures + 1,
             problem = excluded.problem, last_at = excluded.last_at
         RETURNING failures",
        params![tandem_id, file_name, problem, utc_text(now)],
        |r| r.get(0),
    )?;
    Ok(failures.max(0) as u32)
}

pub fn clear_attempt(conn: &Connection, tandem_id: i64, file_name: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM exchange_attempts WHERE tandem_id = ?1 AND file_name = ?2",
        params![tandem_id, file_name],
    )?;
    Ok(())
}

pub fn put_history(
    conn: &Connection,
    tandem_id: i64,
    uid: &str,
    part: &str,
    value: &serde_json::Value,
    hlc: &Hlc,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO exchange_history (tandem_id, uid, part, value, hlc, replaced_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            tandem_id,
            uid,
            part,
            value.to_string(),
            hlc.text(),
            utc_text(now)
        ],
    )?;
    Ok(())
}

/// How many replaced values the history holds for the tandem.
pub fn history_len(conn: &Connection, tandem_id: i64) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM exchange_history WHERE tandem_id = ?1",
        params![tandem_id],
        |r| r.get(0),
    )?)
}

/// A file written here: its sequence and name.
pub fn put_sent(
    conn: &Connection,
    tandem_id: i64,
    seq: u64,
    file_name: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO exchange_sent (tandem_id, seq, file_name, sent_at)
         VALUES (?1, ?2, ?3, ?4)",
        params![tandem_id, seq as i64, file_name, utc_text(now)],
    )?;
    Ok(())
}

/// When the newest file the partner has confirmed (sequence at most `seq`) was written.
pub fn sent_at(conn: &Connection, tandem_id: i64, seq: u64) -> Result<Option<String>> {
    conn.query_opt(
        "SELECT sent_at FROM exchange_sent WHERE tandem_id = ?1 AND seq <= ?2
         ORDER BY seq DESC LIMIT 1",
        params![tandem_id, seq as i64],
        |r| r.get(0),
    )
}

/// One value a merge replaced.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryRow {
    pub uid: String,
    pub part: String,
    pub value: serde_json::Value,
    pub replaced_at: String,
}

/// The newest `limit` replaced values of the tandem, newest first.
pub fn history(conn: &Connection, tandem_id: i64, limit: u32) -> Result<Vec<HistoryRow>> {
    conn.query_rows(
        "SELECT uid, part, value, replaced_at FROM exchange_history WHERE tandem_id = ?1
         ORDER BY id DESC LIMIT ?2",
        params![tandem_id, limit],
        |r| {
            let value: String = r.get(2)?;
            Ok(HistoryRow {
                uid: r.get(0)?,
                part: r.get(1)?,
                value: serde_json::from_str(&value).unwrap_or_default(),
                replaced_at: r.get(3)?,
            })
        },
    )
}

/// The failures so far of reading `file_name`, and since when it fails.
pub fn attempts_of(
    conn: &Connection,
    tandem_id: i64,
    file_name: &str,
) -> Result<Option<(u32, String)>> {
    conn.query_opt(
        "SELECT failures, first_at FROM exchange_attempts WHERE tandem_id = ?1 AND file_name = ?2",
        params![tandem_id, file_name],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

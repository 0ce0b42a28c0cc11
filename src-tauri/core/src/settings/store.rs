//! The `settings` table: `key TEXT PRIMARY KEY, value TEXT (JSON), updated_at TEXT (UTC)`.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::store::ConnExt;
use crate::time::utc_text;

/// The JSON text stored under `key`, if any.
pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    let value = conn.query_opt(
        "SELECT value FROM settings WHERE key = ?1",
        params![key],
        |row| row.get::<_, String>(0),
    )?;
    Ok(value)
}

/// Inserts or replaces `key` with the JSON text `value`.
pub fn put(conn: &Connection, key: &str, value_json: &str, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        params![key, value_json, utc_text(now)],
    )?;
    Ok(())
}

/// Removes `key`; a missing key is not an error.
pub fn delete(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM settings WHERE key = ?1", params![key])?;
    Ok(())
}

/// When `key` was last written, as stored (RFC 3339, UTC).
pub fn updated_at(conn: &Connection, key: &str) -> Result<Option<String>> {
    let value = conn.query_opt(
        "SELECT updated_at FROM settings WHERE key = ?1",
        params![key],
        |row| row.get::<_, String>(0),
    )?;
    Ok(value)
}

//! Facts about an open database: cipher, schema version, integrity.

use rusqlite::Connection;

use super::ConnExt;
use crate::error::Result;

pub use super::migrate::schema_version;

/// `PRAGMA cipher_version`, e.g. "4.6.1 community".
pub fn cipher_version(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("PRAGMA cipher_version", [], |r| r.get(0))?)
}

/// "SQLCipher <version>" for display.
pub fn cipher_description(conn: &Connection) -> Result<String> {
    Ok(format!("SQLCipher {}", cipher_version(conn)?))
}

/// Rows of `PRAGMA integrity_check`; `["ok"]` when healthy.
pub fn integrity_check(conn: &Connection) -> Result<Vec<String>> {
    rows(conn, "PRAGMA integrity_check")
}

/// Rows of `PRAGMA cipher_integrity_check` (page HMACs); empty when healthy.
pub fn cipher_integrity_check(conn: &Connection) -> Result<Vec<String>> {
    rows(conn, "PRAGMA cipher_integrity_check")
}

fn rows(conn: &Connection, sql: &str) -> Result<Vec<String>> {
    conn.query_rows(sql, [], |r| r.get::<_, String>(0))
}

//! `doctor`: a health report of an unlocked data directory.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::session::Session;
use crate::vault::{KeySource, Protection};

/// Health of an unlocked data directory. `ok` is false on any problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DoctorReport {
    /// e.g. "SQLCipher 4.6.1 community".
    pub cipher: String,
    /// `user_version` of the database.
    #[ts(type = "number")]
    pub schema_version: i64,
    /// The newest migration this binary knows.
    #[ts(type = "number")]
    pub binary_schema_version: i64,
    pub protection: Protection,
    /// The holder that unwrapped the key of this session.
    pub key_source: KeySource,
    /// Rows of `PRAGMA integrity_check` (`["ok"]` when healthy).
    pub integrity_check: Vec<String>,
    /// Rows of `PRAGMA cipher_integrity_check` (empty when healthy).
    pub cipher_integrity_check: Vec<String>,
    pub ok: bool,
}

/// Builds the report for an open session.
pub fn run(session: &Session) -> crate::error::Result<DoctorReport> {
    use crate::store::{self, info};
    let conn = session.conn();
    let cipher = info::cipher_description(conn)?;
    let schema_version = store::schema_version(conn)?;
    let binary_schema_version = store::binary_schema_version();
    let integrity_check = info::integrity_check(conn)?;
    let cipher_integrity_check = info::cipher_integrity_check(conn)?;
    let ok = cipher.starts_with("SQLCipher ")
        && cipher.len() > "SQLCipher ".len()
        && schema_version == binary_schema_version
        && integrity_check == ["ok"]
        && cipher_integrity_check.is_empty();
    Ok(DoctorReport {
        cipher,
        schema_version,
        binary_schema_version,
        protection: session.protection(),
        key_source: session.key_source(),
        integrity_check,
        cipher_integrity_check,
        ok,
    })
}

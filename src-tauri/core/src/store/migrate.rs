//! Numbered SQL migrations; the schema version lives in `PRAGMA user_version`.
//!
//! All pending migrations run in ONE transaction: either the database reaches the newest
//! version or it stays exactly as it was. A database newer than the binary is refused.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

/// One step of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// 1, 2, 3 … without gaps.
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// The migrations of this binary, oldest first.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "init",
        sql: include_str!("../../migrations/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "tandems",
        sql: include_str!("../../migrations/0002_tandems.sql"),
    },
    Migration {
        version: 3,
        name: "meetings",
        sql: include_str!("../../migrations/0003_meetings.sql"),
    },
    Migration {
        version: 4,
        name: "journal",
        sql: include_str!("../../migrations/0004_journal.sql"),
    },
    Migration {
        version: 5,
        name: "search",
        sql: include_str!("../../migrations/0005_search.sql"),
    },
    Migration {
        version: 6,
        name: "calendar",
        sql: include_str!("../../migrations/0006_calendar.sql"),
    },
    Migration {
        version: 7,
        name: "reminders",
        sql: include_str!("../../migrations/0007_reminders.sql"),
    },
    Migration {
        version: 8,
        name: "exchange",
        sql: include_str!("../../migrations/0008_exchange.sql"),
    },
];

/// The schema version this binary produces.
pub fn binary_schema_version() -> i64 {
    latest(MIGRATIONS)
}

fn latest(migrations: &[Migration]) -> i64 {
    migrations.last().map_or(0, |m| m.version)
}

/// What [`migrate`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Migrated {
    pub from: i64,
    pub to: i64,
}

/// The database's `user_version`.
pub fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the database up to the newest of `migrations`.
pub fn migrate(conn: &mut Connection, migrations: &[Migration]) -> Result<Migrated> {
    for (i, m) in migrations.iter().enumerate() {
        let expected = i64::try_from(i).unwrap_or(i64::MAX).saturating_add(1);
        if m.version != expected {
            return Err(Error::Internal(format!(
                "migration {} ({}) is out of order; expected version {expected}",
                m.version, m.name
            )));
        }
    }
    let supported = latest(migrations);
    // Up to date: nothing to write, not even a transaction (opening must not write).
    if schema_version(conn)? == supported {
        return Ok(Migrated {
            from: supported,
            to: supported,
        });
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let from: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if from > supported {
        return Err(Error::SchemaTooNew {
            found: from,
            supported,
        });
    }
    if from < 0 {
        return Err(Error::DatabaseCorrupt(format!(
            "the schema version {from} is invalid"
        )));
    }
    for m in migrations.iter().filter(|m| m.version > from) {
        tx.execute_batch(m.sql).map_err(|e| {
            Error::Database(format!(
                "migration {:04} ({}) failed: {e}",
                m.version, m.name
            ))
        })?;
    }
    if supported > from {
        // user_version is part of the database header, so it commits or rolls back with us.
        tx.execute_batch(&format!("PRAGMA user_version = {supported}"))?;
    }
    tx.commit()?;
    Ok(Migrated {
        from,
        to: supported.max(from),
    })
}

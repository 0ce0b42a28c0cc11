//! One context for a core call: the database, the clock's now, the user's zone and language.
//!
//! The shell builds it once per command from the open session ([`crate::session::Session::ctx`]);
//! tests build it with a fixed instant. Core functions that need the time, the zone, the
//! language or a transaction take `&Ctx`; reads that need only the database take
//! `&Connection`, and a `&Ctx` (or a [`Tx`]) passes for one.

use std::ops::Deref;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::Result;
use crate::i18n::Language;

/// The database and the circumstances of one call.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    conn: &'a Connection,
    /// The instant of the call (from the injected clock).
    pub now: DateTime<Utc>,
    /// The user's IANA zone: the setting, or the OS zone.
    pub zone: Tz,
    /// The user's language: the setting, or the OS language.
    pub language: Language,
}

impl<'a> Ctx<'a> {
    pub fn new(conn: &'a Connection, now: DateTime<Utc>, zone: Tz, language: Language) -> Self {
        Ctx {
            conn,
            now,
            zone,
            language,
        }
    }

    pub fn conn(&self) -> &'a Connection {
        self.conn
    }

    /// Today's date in the user's zone.
    pub fn today(&self) -> NaiveDate {
        crate::time::today_in(self.zone, self.now)
    }

    /// The same context at another instant (the sample's history, tests).
    pub fn at(self, now: DateTime<Utc>) -> Self {
        Ctx { now, ..self }
    }

    /// The same context in another zone.
    pub fn in_zone(self, zone: Tz) -> Self {
        Ctx { zone, ..self }
    }

    /// The same context in another language.
    pub fn in_language(self, language: Language) -> Self {
        Ctx { language, ..self }
    }

    /// Begins a multi-step write: everything done through the returned [`Tx`] is one
    /// transaction, committed by [`Tx::commit`] and rolled back when the `Tx` is dropped
    /// without it. A step of a larger write (the connection is already inside a transaction)
    /// joins that transaction instead; the outer write decides.
    ///
    /// Writes start IMMEDIATE, so a second process waits for the lock (busy timeout) instead
    /// of failing halfway when it upgrades from reading to writing.
    pub fn begin(&self) -> Result<Tx<'a>> {
        let inner = if self.conn.is_autocommit() {
            Some(Transaction::new_unchecked(
                self.conn,
                TransactionBehavior::Immediate,
            )?)
        } else {
            None
        };
        Ok(Tx { inner, cx: *self })
    }
}

impl Deref for Ctx<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl std::fmt::Debug for Ctx<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ctx")
            .field("now", &self.now)
            .field("zone", &self.zone)
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// A write in progress; derefs to its [`Ctx`] (and so to the connection).
pub struct Tx<'a> {
    /// `None` when this write joined an outer transaction.
    inner: Option<Transaction<'a>>,
    cx: Ctx<'a>,
}

impl Tx<'_> {
    /// Commits the write (a joined write leaves that to the outer one).
    pub fn commit(self) -> Result<()> {
        if let Some(tx) = self.inner {
            tx.commit()?;
        }
        Ok(())
    }
}

impl<'a> Deref for Tx<'a> {
    type Target = Ctx<'a>;

    fn deref(&self) -> &Ctx<'a> {
        &self.cx
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx(conn: &Connection) -> Ctx<'_> {
        Ctx::new(conn, Utc::now(), chrono_tz::UTC, Language::En)
    }

    fn count(conn: &Connection) -> i64 {
        conn.query_row("SELECT COUNT(*) FROM t", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn commit_keeps_and_drop_rolls_back() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        let cx = cx(&conn);
        let tx = cx.begin().unwrap();
        tx.execute("INSERT INTO t VALUES (1)", []).unwrap();
        tx.commit().unwrap();
        {
            let tx = cx.begin().unwrap();
            tx.execute("INSERT INTO t VALUES (2)", []).unwrap();
        }
        assert_eq!(count(&conn), 1);
        assert!(conn.is_autocommit());
    }

    #[test]
    fn a_step_joins_the_outer_write() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        let cx = cx(&conn);
        let outer = cx.begin().unwrap();
        let step = outer.begin().unwrap();
        step.execute("INSERT INTO t VALUES (1)", []).unwrap();
        step.commit().unwrap();
        assert!(
            !conn.is_autocommit(),
            "the step must not commit the outer write"
        );
        drop(outer);
        assert_eq!(count(&conn), 0, "dropping the outer write undoes the step");
    }
}

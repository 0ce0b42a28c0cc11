//! The one way table modules read rows: a cached statement, each row mapped, rusqlite's
//! errors turned into ours. Table modules write `conn.query_rows(SQL, params, from_row)`
//! instead of preparing, mapping and collecting by hand.

use rusqlite::{Connection, OptionalExtension, Params, Row};

use crate::error::Result;

/// Row reading on a connection (and on a transaction, which derefs to one).
pub trait ConnExt {
    /// Every row of `sql`, each turned into a `T` by `map`.
    fn query_rows<T, P, F>(&self, sql: &str, params: P, map: F) -> Result<Vec<T>>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> rusqlite::Result<T>;

    /// The first row of `sql`, or `None` when there is none.
    fn query_opt<T, P, F>(&self, sql: &str, params: P, map: F) -> Result<Option<T>>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> rusqlite::Result<T>;
}

impl ConnExt for Connection {
    fn query_rows<T, P, F>(&self, sql: &str, params: P, map: F) -> Result<Vec<T>>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> rusqlite::Result<T>,
    {
        let mut stmt = self.prepare_cached(sql)?;
        let rows = stmt.query_map(params, map)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn query_opt<T, P, F>(&self, sql: &str, params: P, map: F) -> Result<Option<T>>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    {
        let mut stmt = self.prepare_cached(sql)?;
        Ok(stmt.query_row(params, map).optional()?)
    }
}

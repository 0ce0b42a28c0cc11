//! Opening the SQLCipher database with the raw data key.
//!
//! Order: key → prove the key by reading `sqlite_master` → SQL functions → pragmas →
//! migrations. The functions come first: the search index triggers (0005) call them.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode as SqliteCode, OpenFlags};
use zeroize::Zeroizing;

use super::migrate::{self, Migration};
use crate::error::{Error, Result};
use crate::vault::DataKey;

/// Whether the database file may be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the file if it does not exist (setup).
    Create,
    /// The file must exist (unlock); a missing file is [`Error::DatabaseMissing`].
    Existing,
}

const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens (or creates) the database at `path`, proves `key`, sets the pragmas and runs
/// `migrations`.
pub fn open(
    path: &Path,
    key: &DataKey,
    mode: OpenMode,
    migrations: &[Migration],
) -> Result<Connection> {
    let mut conn = open_keyed(path, key, mode)?;
    configure(&conn)?;
    migrate::migrate(&mut conn, migrations)?;
    Ok(conn)
}

/// Opens and keys the database, proves the key and registers the SQL functions, without
/// pragmas or migrations.
pub fn open_keyed(path: &Path, key: &DataKey, mode: OpenMode) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if mode == OpenMode::Create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    } else if !path.is_file() {
        return Err(Error::DatabaseMissing(path.display().to_string()));
    }
    let existed = path.exists();
    let conn = Connection::open_with_flags(path, flags).map_err(|e| match mode {
        OpenMode::Existing if sqlite_code(&e) == Some(SqliteCode::CannotOpen) => {
            Error::DatabaseMissing(path.display().to_string())
        }
        _ => Error::Database(format!("cannot open {}: {e}", path.display())),
    })?;
    // A wrong key otherwise makes SQLCipher log to stderr; older builds lack the pragma.
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
    apply_key(&conn, key)?;
    prove_key(&conn)?;
    register_functions(&conn)?;
    if !existed {
        restrict_permissions(path);
    }
    Ok(conn)
}

/// `PRAGMA key = "x'<hex>'"`: a raw 256-bit key, no PBKDF2. The statement text is built in a
/// wiping string and its error is never shown (rusqlite would quote the SQL).
fn apply_key(conn: &Connection, key: &DataKey) -> Result<()> {
    let hex = key.to_hex();
    let mut sql = Zeroizing::new(String::with_capacity(hex.len() + 20));
    sql.push_str("PRAGMA key = \"x'");
    sql.push_str(&hex);
    sql.push_str("'\";");
    conn.execute_batch(&sql)
        .map_err(|_| Error::Database("setting the database key failed".into()))
}

fn prove_key(conn: &Connection) -> Result<()> {
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(e) if sqlite_code(&e) == Some(SqliteCode::NotADatabase) => Err(Error::DatabaseCorrupt(
            "the file is not an Eyelevel database, is damaged, or does not belong to this \
                 vault (the key does not open it)"
                .into(),
        )),
        Err(e) => Err(e.into()),
    }
}

/// The app's SQL functions; every connection needs them (the index triggers call them).
pub fn register_functions(conn: &Connection) -> Result<()> {
    crate::store::fold::register(conn)
        .map_err(|e| Error::Database(format!("cannot register the SQL functions: {e}")))
}

/// WAL, full sync, foreign keys, in-memory temp storage, busy timeout.
fn configure(conn: &Connection) -> Result<()> {
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Database(format!(
            "the database refused WAL mode (journal mode is {mode})"
        )));
    }
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;",
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(())
}

fn sqlite_code(e: &rusqlite::Error) -> Option<SqliteCode> {
    match e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    }
}

/// Owner-only permissions for a database we created (its -wal/-shm inherit them).
fn restrict_permissions(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}

//! Opening the SQLCipher database with the raw data key.
//!
//! Order: refuse a file that cannot be an Eyelevel database (not a regular file, empty, not
//! whole pages) → key → prove the key by reading `sqlite_master` → SQL functions → quick
//! check → pragmas → migrations. The functions come first: the search index triggers (0005)
//! call them. An existing database is never written while opening unless a migration is due;
//! a damaged one is refused untouched. Where the file or its folder cannot be written (a
//! read-only mount, a copy on a CD), the database opens read-only.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode as SqliteCode, OpenFlags, MAIN_DB};
use zeroize::Zeroizing;

use super::migrate::{self, Migration};
use super::ConnExt;
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

/// SQLCipher's page size: every database file is a whole number of these.
pub const PAGE_SIZE: u64 = 4096;

/// Opens (or creates) the database at `path`, proves `key`, checks it, sets the pragmas and
/// runs `migrations`.
pub fn open(
    path: &Path,
    key: &DataKey,
    mode: OpenMode,
    migrations: &[Migration],
) -> Result<Connection> {
    let mut conn = open_keyed(path, key, mode)?;
    if mode == OpenMode::Existing {
        check_existing(&conn)?;
    }
    configure(&conn)?;
    if is_read_only(&conn) {
        return refuse_pending_migrations(&conn, migrations).map(|()| conn);
    }
    migrate::migrate(&mut conn, migrations)?;
    Ok(conn)
}

/// Opens and keys the database, proves the key and registers the SQL functions, without
/// checks beyond the file's shape, pragmas or migrations.
pub fn open_keyed(path: &Path, key: &DataKey, mode: OpenMode) -> Result<Connection> {
    let existed = match mode {
        OpenMode::Existing => {
            check_file(path)?;
            true
        }
        OpenMode::Create => path.exists(),
    };
    let writable = mode == OpenMode::Create || writable(path);
    let conn = connect(path, mode, writable)?;
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

/// True when this connection cannot write (the file or its folder is read-only).
pub fn is_read_only(conn: &Connection) -> bool {
    conn.is_readonly(MAIN_DB).unwrap_or(true)
}

/// A file that cannot hold an Eyelevel database is refused before SQLite sees it: SQLite
/// would take an empty file for a new database and write a fresh one into it.
fn check_file(path: &Path) -> Result<()> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::DatabaseMissing(path.display().to_string()))
        }
        Err(e) => return Err(Error::io(format!("read {}", path.display()), e)),
    };
    if !meta.is_file() {
        return Err(Error::DatabaseCorrupt(format!(
            "{} is not a regular file",
            path.display()
        )));
    }
    if meta.len() == 0 {
        return Err(Error::DatabaseCorrupt(
            "the database file is empty; it was left as it is".into(),
        ));
    }
    if meta.len() % PAGE_SIZE != 0 {
        return Err(Error::DatabaseCorrupt(
            "the database file is cut short (not whole pages); it was left as it is".into(),
        ));
    }
    Ok(())
}

/// An existing Eyelevel database has a schema version and passes SQLite's quick check.
fn check_existing(conn: &Connection) -> Result<()> {
    if migrate::schema_version(conn)? == 0 {
        return Err(Error::DatabaseCorrupt(
            "the database holds no Eyelevel data (no schema); it was left as it is".into(),
        ));
    }
    let rows: Vec<String> = conn.query_rows("PRAGMA quick_check", [], |r| r.get(0))?;
    if rows != ["ok"] {
        return Err(Error::DatabaseCorrupt(format!(
            "the quick check found damage ({}); the file was left as it is",
            rows.first().map_or("no answer", String::as_str)
        )));
    }
    Ok(())
}

/// A read-only database can be read as it is, but not upgraded.
fn refuse_pending_migrations(conn: &Connection, migrations: &[Migration]) -> Result<()> {
    let found = migrate::schema_version(conn)?;
    let supported = migrations.last().map_or(0, |m| m.version);
    if found > supported {
        return Err(Error::SchemaTooNew { found, supported });
    }
    if found < supported {
        return Err(Error::ReadOnly {
            reason: "the data was written by an older Eyelevel and needs an upgrade, which a \
                     read-only folder does not allow"
                .into(),
        });
    }
    Ok(())
}

/// Whether the database file and its folder (where SQLite keeps the -wal and -shm files) can
/// be written by this process.
fn writable(path: &Path) -> bool {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    can_write(path) && can_write(folder)
}

#[cfg(unix)]
fn can_write(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // access(2) answers for the effective user and a read-only mount alike, without writing.
    // SAFETY: `c_path` is a valid NUL-terminated string that outlives the call.
    unsafe { libc::access(c_path.as_ptr(), libc::W_OK) == 0 }
}

#[cfg(not(unix))]
fn can_write(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
}

fn connect(path: &Path, mode: OpenMode, writable: bool) -> Result<Connection> {
    let (flags, target) = if writable {
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if mode == OpenMode::Create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        (flags, file_uri(path, None))
    } else {
        // Read-only: with no -wal file beside it the database is complete in its file and
        // nobody can be writing it, so "immutable" lets SQLite read without the -shm file it
        // could not create here. A -wal file left by a crash is read through the normal
        // read-only path, which needs the -shm file to be there.
        let wal = path.with_file_name(format!(
            "{}-wal",
            path.file_name()
                .map_or_else(Default::default, |n| n.to_string_lossy())
        ));
        let query = if wal.exists() {
            "mode=ro"
        } else {
            "immutable=1"
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        (flags, file_uri(path, Some(query)))
    };
    Connection::open_with_flags(&target, flags).map_err(|e| match mode {
        OpenMode::Existing if sqlite_code(&e) == Some(SqliteCode::CannotOpen) => {
            Error::DatabaseMissing(path.display().to_string())
        }
        _ => Error::Database(format!("cannot open {}: {e}", path.display())),
    })
}

/// `file:` URI of `path` (percent-encoded, so `?` and `#` in folder names stay names).
fn file_uri(path: &Path, query: Option<&str>) -> String {
    // Windows: C:\x\y → file:/C:/x/y.
    let text = path.to_string_lossy().replace('\\', "/");
    let mut uri = String::from(if text.starts_with('/') {
        "file:"
    } else {
        "file:/"
    });
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => {
                uri.push(byte as char)
            }
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    if let Some(query) = query {
        uri.push('?');
        uri.push_str(query);
    }
    uri
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
    super::fold::register(conn)
        .map_err(|e| Error::Database(format!("cannot register the SQL functions: {e}")))
}

/// WAL (switched on only where it is not on yet, so opening writes nothing), full sync,
/// foreign keys, in-memory temp storage, busy timeout.
fn configure(conn: &Connection) -> Result<()> {
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") && !is_read_only(conn) {
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Database(format!(
                "the database refused WAL mode (journal mode is {mode})"
            )));
        }
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

#[cfg(test)]
mod tests;

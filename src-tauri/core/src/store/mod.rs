//! The encrypted SQLite store: opening, migrations, and one module per table.

pub mod info;
pub mod migrate;
pub mod open;
pub mod settings;

pub use info::{cipher_integrity_check, cipher_version, integrity_check, schema_version};
pub use migrate::{binary_schema_version, migrate, Migration, MIGRATIONS};
pub use open::{open, OpenMode};

//! The storage engine: opening the encrypted database, its pragmas, the migration runner,
//! schema information, the search index, the journal timeline's queries and the one row
//! helper every table module uses. The tables themselves live with their domain
//! (`meeting/store.rs`, `goal/store.rs` …); this module never imports a domain.

pub mod fold;
pub mod info;
pub mod migrate;
pub mod open;
pub mod rows;
pub mod search_index;
pub mod timeline;

pub use info::{cipher_integrity_check, cipher_version, integrity_check, schema_version};
pub use migrate::{binary_schema_version, migrate, Migration, MIGRATIONS};
pub use open::{open, OpenMode};
pub use rows::ConnExt;

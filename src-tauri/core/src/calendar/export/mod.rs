//! Exporting meetings as an iCalendar file with the `ics` crate.

mod types;

pub use types::{ExportRequest, ExportScope, ExportSummary};

//! The `meeting_sources` table: where an imported meeting came from.

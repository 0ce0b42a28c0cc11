//! The calendar feed: one .ics file in a folder of the user's choice, rewritten atomically
//! whenever meetings change, for calendars that subscribe to a local file.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::ErrorPayload;

/// Where the feed stands (kept by the shell, shown in Settings).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct FeedStatus {
    /// The feed file; `None` while no feed folder is set.
    pub path: Option<String>,
    /// UTC, RFC 3339: the last successful write.
    pub written_at: Option<String>,
    /// Events in the last written file.
    pub events: u32,
    /// Why the last write failed; `None` after a success.
    pub error: Option<ErrorPayload>,
}

//! The calendar feed: one .ics file in a folder of the user's choice, rewritten atomically
//! whenever meetings change, for calendars that subscribe to a local file.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::export::{feed_meetings, render_meetings};
use super::settings::{CalendarSettings, FEED_FILE_NAME};
use crate::ctx::Ctx;
use crate::error::{Error, ErrorPayload, Result};
use crate::files::write_private_io;

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

/// What a feed write wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedWrite {
    /// `<folder>/eyelevel.ics`.
    pub path: PathBuf,
    pub events: u32,
}

/// Rewrites `<feed folder>/eyelevel.ics` atomically; `None` when no feed folder is set.
///
/// The feed holds every meeting of every tandem that ended at most 30 days before now, in
/// every status: cancelled ones stay so subscribers drop them from their view. With no
/// meetings the file is an empty VCALENDAR (subscribers then show nothing, which is right).
/// A missing or unwritable folder → Err(FeedFolderInvalid); the old file stays as it was.
pub fn write(cx: &Ctx, settings: &CalendarSettings) -> Result<Option<FeedWrite>> {
    let Some(folder) = settings.feed_folder.as_deref() else {
        return Ok(None);
    };
    let folder = Path::new(folder);
    if !folder.is_dir() {
        return Err(invalid("the folder does not exist".into()));
    }
    let meetings = feed_meetings(cx)?;
    let rendered = render_meetings(cx, &meetings, settings)?;
    let path = folder.join(FEED_FILE_NAME);
    write_private_io(&path, rendered.text.as_bytes()).map_err(|e| {
        invalid(match e.kind() {
            ErrorKind::NotFound => "the folder does not exist".into(),
            ErrorKind::PermissionDenied => "the folder cannot be written to".into(),
            _ => format!("the feed file cannot be written ({e})"),
        })
    })?;
    Ok(Some(FeedWrite {
        path,
        events: rendered.events,
    }))
}

fn invalid(reason: String) -> Error {
    Error::FeedFolderInvalid { reason }
}

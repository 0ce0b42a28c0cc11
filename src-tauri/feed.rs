//! Keeps the calendar feed file current. A thread sleeps on [`Changes`]; a moment after the
//! data last changed it asks the core to rewrite the file (atomically). The outcome is kept
//! for the Settings page.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use eyelevel_core::calendar::settings::{self as calendar_settings, FEED_FILE_NAME};
use eyelevel_core::calendar::{feed, FeedStatus};
use eyelevel_core::session::Session;
use eyelevel_core::time::utc_text;

use crate::changes::{Changes, Wait};

/// Edits come in bursts (typing in an agenda item saves on every pause); one write per burst.
const SETTLE: Duration = Duration::from_millis(300);

/// The last outcome of writing the feed.
#[derive(Default)]
pub struct FeedState {
    status: Mutex<FeedStatus>,
}

impl FeedState {
    pub fn status(&self) -> FeedStatus {
        self.lock().clone()
    }

    /// Rewrites the feed from `session` now and records the outcome.
    pub fn write(&self, session: &Session) -> FeedStatus {
        let settings = calendar_settings::load(session.conn());
        let folder = settings.as_ref().ok().and_then(|s| s.feed_folder.clone());
        let result = settings.and_then(|settings| feed::write(&session.ctx()?, &settings));
        let mut status = self.lock();
        match result {
            Ok(None) => *status = FeedStatus::default(),
            Ok(Some(written)) => {
                *status = FeedStatus {
                    path: Some(written.path.display().to_string()),
                    written_at: Some(utc_text(session.now())),
                    events: written.events,
                    error: None,
                }
            }
            Err(error) => {
                eprintln!("Eyelevel could not write the calendar feed: {error}");
                let path = folder.map(|f| Path::new(&f).join(FEED_FILE_NAME));
                status.path = path.map(|p| p.display().to_string());
                status.error = Some(error.payload());
            }
        }
        status.clone()
    }

    // Only a plain status value lives under this lock.
    fn lock(&self) -> MutexGuard<'_, FeedStatus> {
        self.status.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Starts the thread that rewrites the feed after changes; it ends when `changes` closes.
pub fn spawn_writer(
    session: Arc<Mutex<Option<Session>>>,
    changes: Arc<Changes>,
    feed: Arc<FeedState>,
) {
    let run = move || {
        let mut seen = 0;
        loop {
            match changes.wait_settled(seen, None, SETTLE) {
                Wait::Closed => return,
                Wait::TimedOut => continue,
                Wait::Changed(generation) => seen = generation,
            }
            let slot = session.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(open) = slot.as_ref() {
                feed.write(open);
            }
        }
    };
    if let Err(error) = std::thread::Builder::new()
        .name("calendar-feed".into())
        .spawn(run)
    {
        eprintln!("Eyelevel could not start the calendar feed writer: {error}");
    }
}

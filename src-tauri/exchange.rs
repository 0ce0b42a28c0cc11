//! The automatic partner exchange: a thread that reads the shared folders when a file appears
//! there (a `notify` watcher), on start and every minute (files still syncing are retried),
//! and writes a new file a moment after the data here changed.

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use eyelevel_core::exchange::{self, ReceivedChange, SyncOutcome};
use eyelevel_core::session::Session;
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use crate::changes::Changes;

/// How often the loop looks at what is pending.
const TICK: Duration = Duration::from_millis(500);
/// Edits come in bursts (autosave while typing): write once the burst has settled.
const SETTLE: Duration = Duration::from_secs(2);
/// Sync clients write a file in steps: read once the folder has been quiet this long.
const FOLDER_SETTLE: Duration = Duration::from_millis(800);
/// Every folder is read at least this often (retries, missed events, a sleeping laptop).
const ROUND: Duration = Duration::from_secs(60);

/// What the exchange tells the window.
pub trait ExchangeEvents: Send + Sync {
    /// The partner's changes arrived (the window reloads what it shows).
    fn exchanged(&self, changes: &[ReceivedChange]);
    /// A file was written or read, or a problem came up: the exchange status moved on.
    fn status_changed(&self);
}

#[derive(Default)]
struct Pending {
    /// Exchange now (a pairing finished, a folder chosen, the user asked).
    now: bool,
    /// When a watched folder last changed.
    folder_event: Option<Instant>,
    closed: bool,
}

/// Wakes the exchange thread.
#[derive(Default)]
pub struct ExchangeState {
    pending: Mutex<Pending>,
    wake: Condvar,
}

impl ExchangeState {
    /// Asks for a round as soon as possible.
    pub fn poke(&self) {
        self.lock().now = true;
        self.wake.notify_all();
    }

    /// Ends the thread.
    pub fn close(&self) {
        self.lock().closed = true;
        self.wake.notify_all();
    }

    fn folder_changed(&self) {
        self.lock().folder_event = Some(Instant::now());
        self.wake.notify_all();
    }

    fn lock(&self) -> MutexGuard<'_, Pending> {
        self.pending.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Starts the exchange thread; it ends with [`ExchangeState::close`].
pub fn spawn(
    session: Arc<Mutex<Option<Session>>>,
    changes: Arc<Changes>,
    state: Arc<ExchangeState>,
    events: Arc<dyn ExchangeEvents>,
) {
    let run = move || {
        let mut watch = FolderWatch::new(state.clone());
        let mut seen = changes.generation();
        let mut changed_at: Option<Instant> = None;
        let mut last_round: Option<Instant> = None;
        loop {
            let due = {
                let guard = state.lock();
                let (mut pending, _) = state
                    .wake
                    .wait_timeout_while(guard, TICK, |p| !p.closed && !p.now)
                    .unwrap_or_else(|p| p.into_inner());
                if pending.closed {
                    return;
                }
                let generation = changes.generation();
                if generation != seen {
                    seen = generation;
                    changed_at = Some(Instant::now());
                }
                let settled = |at: Option<Instant>, quiet: Duration| {
                    at.is_some_and(|at| at.elapsed() >= quiet)
                };
                let due = pending.now
                    || settled(pending.folder_event, FOLDER_SETTLE)
                    || settled(changed_at, SETTLE)
                    || last_round.is_none_or(|at| at.elapsed() >= ROUND);
                if due {
                    pending.now = false;
                    pending.folder_event = None;
                }
                due
            };
            if !due {
                continue;
            }
            changed_at = None;
            last_round = Some(Instant::now());
            let (outcome, folders) = round(&session);
            if !outcome.changes.is_empty() {
                changes.bump();
                seen = changes.generation();
                events.exchanged(&outcome.changes);
            }
            if outcome.active {
                events.status_changed();
            }
            watch.follow(folders);
        }
    };
    if let Err(error) = std::thread::Builder::new()
        .name("partner-exchange".into())
        .spawn(run)
    {
        eprintln!("Eyelevel could not start the partner exchange: {error}");
    }
}

/// One round on the open session (none while locked): what it did, and the folders to watch.
fn round(session: &Mutex<Option<Session>>) -> (SyncOutcome, Vec<PathBuf>) {
    let slot = session.lock().unwrap_or_else(|p| p.into_inner());
    let Some(open) = slot.as_ref() else {
        return (SyncOutcome::default(), Vec::new());
    };
    let Ok(cx) = open.ctx() else {
        return (SyncOutcome::default(), Vec::new());
    };
    let outcome = exchange::sync(&cx).unwrap_or_else(|error| {
        eprintln!("Eyelevel could not exchange with the partner: {error}");
        SyncOutcome::default()
    });
    (outcome, exchange::folders(&cx).unwrap_or_default())
}

/// The watcher of the shared folders, re-pointed when the set of folders changes.
struct FolderWatch {
    state: Arc<ExchangeState>,
    watcher: Option<RecommendedWatcher>,
    folders: Vec<PathBuf>,
}

impl FolderWatch {
    fn new(state: Arc<ExchangeState>) -> Self {
        Self {
            state,
            watcher: None,
            folders: Vec::new(),
        }
    }

    fn follow(&mut self, folders: Vec<PathBuf>) {
        if folders == self.folders && (self.watcher.is_some() || folders.is_empty()) {
            return;
        }
        self.watcher = None;
        self.folders = folders;
        if self.folders.is_empty() {
            return;
        }
        let state = self.state.clone();
        let handler = move |event: notify::Result<notify::Event>| {
            if event.is_ok() {
                state.folder_changed();
            }
        };
        let mut watcher = match notify::recommended_watcher(handler) {
            Ok(watcher) => watcher,
            Err(error) => {
                // The minute-by-minute round still reads the folders.
                eprintln!("Eyelevel cannot watch the exchange folders: {error}");
                return;
            }
        };
        for folder in &self.folders {
            if let Err(error) = watcher.watch(folder, RecursiveMode::NonRecursive) {
                eprintln!("Eyelevel cannot watch {}: {error}", folder.display());
            }
        }
        self.watcher = Some(watcher);
    }
}

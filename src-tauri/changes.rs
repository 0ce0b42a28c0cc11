//! A generation counter that rises whenever the data may have changed. Background work (the
//! calendar feed; later the reminder loop) sleeps on it instead of polling.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

#[derive(Default)]
struct Inner {
    generation: u64,
    closed: bool,
}

/// Raised by [`crate::state::AppState`] after every command that wrote to the database.
#[derive(Default)]
pub struct Changes {
    inner: Mutex<Inner>,
    wake: Condvar,
}

/// What a waiter learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// The data changed: this is the generation now.
    Changed(u64),
    /// Nothing changed before the timeout.
    TimedOut,
    /// The app is shutting down.
    Closed,
}

impl Changes {
    pub fn generation(&self) -> u64 {
        self.lock().generation
    }

    /// Marks the data as changed and wakes every waiter.
    pub fn bump(&self) {
        self.lock().generation += 1;
        self.wake.notify_all();
    }

    /// Stops every waiter for good.
    pub fn close(&self) {
        self.lock().closed = true;
        self.wake.notify_all();
    }

    /// Sleeps until the generation passes `seen`, the timeout ends (`None` = never), or
    /// [`Changes::close`].
    pub fn wait_newer(&self, seen: u64, timeout: Option<Duration>) -> Wait {
        let guard = self.lock();
        let still_waiting = |i: &mut Inner| !i.closed && i.generation <= seen;
        let guard = match timeout {
            None => self
                .wake
                .wait_while(guard, still_waiting)
                .unwrap_or_else(|p| p.into_inner()),
            Some(t) => {
                self.wake
                    .wait_timeout_while(guard, t, still_waiting)
                    .unwrap_or_else(|p| p.into_inner())
                    .0
            }
        };
        if guard.closed {
            Wait::Closed
        } else if guard.generation > seen {
            Wait::Changed(guard.generation)
        } else {
            Wait::TimedOut
        }
    }

    /// Like [`Changes::wait_newer`], but once something changed it waits on until nothing
    /// changed for `settle` (edits come in bursts: one pass per burst), then returns the
    /// latest generation.
    pub fn wait_settled(&self, seen: u64, timeout: Option<Duration>, settle: Duration) -> Wait {
        let mut latest = match self.wait_newer(seen, timeout) {
            Wait::Changed(generation) => generation,
            other => return other,
        };
        loop {
            match self.wait_newer(latest, Some(settle)) {
                Wait::Changed(generation) => latest = generation,
                Wait::TimedOut => return Wait::Changed(latest),
                Wait::Closed => return Wait::Closed,
            }
        }
    }

    // Only counters live under this lock, so a poisoned one is still consistent.
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn waiters_wake_on_bump_time_out_and_stop_on_close() {
        let changes = Arc::new(Changes::default());
        assert_eq!(
            changes.wait_newer(0, Some(Duration::from_millis(10))),
            Wait::TimedOut
        );
        let waiter = {
            let changes = changes.clone();
            std::thread::spawn(move || changes.wait_newer(0, None))
        };
        changes.bump();
        assert_eq!(waiter.join().unwrap(), Wait::Changed(1));
        // A change that happened before the wait is not missed.
        assert_eq!(changes.wait_newer(0, None), Wait::Changed(1));
        changes.close();
        assert_eq!(changes.wait_newer(1, None), Wait::Closed);
    }

    #[test]
    fn a_burst_of_changes_is_one_settled_wake() {
        let changes = Arc::new(Changes::default());
        let burst = {
            let changes = changes.clone();
            std::thread::spawn(move || {
                for _ in 0..5 {
                    changes.bump();
                    std::thread::sleep(Duration::from_millis(5));
                }
            })
        };
        let settle = Duration::from_millis(200);
        assert_eq!(changes.wait_settled(0, None, settle), Wait::Changed(5));
        burst.join().unwrap();
        let quiet = Some(Duration::from_millis(10));
        assert_eq!(changes.wait_settled(5, quiet, settle), Wait::TimedOut);
        changes.close();
        assert_eq!(changes.wait_settled(5, None, settle), Wait::Closed);
    }
}

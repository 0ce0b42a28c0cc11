//! What the running app holds: where the data lives, how to reach the keyring, the clock,
//! and — once unlocked — the open session. Commands borrow it through `tauri::State`.

use std::sync::{Arc, Mutex, MutexGuard};

use eyelevel_core::calendar::FeedStatus;
use eyelevel_core::clock::Clock;
use eyelevel_core::ctx::Ctx;
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, AppStatus, Session, SetupRequest, SetupResult, UnlockRequest};
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::{Error, Result};

use crate::changes::Changes;
use crate::dialogs::Dialogs;
use crate::exchange::{self, ExchangeEvents, ExchangeState};
use crate::feed::{self, FeedState};
use crate::reminders::{self, NotificationSender, ReminderState, ShellEvents};

pub struct AppState {
    dir: DataDir,
    keyring: Arc<dyn SecretStore>,
    clock: Arc<dyn Clock>,
    session: Arc<Mutex<Option<Session>>>,
    changes: Arc<Changes>,
    feed: Arc<FeedState>,
    reminders: Arc<ReminderState>,
    exchange: Arc<ExchangeState>,
    dialogs: Dialogs,
}

impl AppState {
    /// Also starts the calendar feed writer, which lives as long as the state.
    pub fn new(dir: DataDir, keyring: Arc<dyn SecretStore>, clock: Arc<dyn Clock>) -> Self {
        let state = Self {
            dir,
            keyring,
            clock,
            session: Arc::new(Mutex::new(None)),
            changes: Arc::new(Changes::default()),
            feed: Arc::new(FeedState::default()),
            reminders: Arc::new(ReminderState::default()),
            exchange: Arc::new(ExchangeState::default()),
            dialogs: Dialogs::default(),
        };
        feed::spawn_writer(
            state.session.clone(),
            state.changes.clone(),
            state.feed.clone(),
        );
        state
    }

    /// Starts the reminder loop (the real app does at start; tests with a stand-in sender).
    pub fn start_reminders(
        &self,
        sender: Arc<dyn NotificationSender>,
        events: Arc<dyn ShellEvents>,
    ) {
        reminders::spawn(
            self.session.clone(),
            self.changes.clone(),
            self.reminders.clone(),
            sender,
            events,
        );
    }

    /// Starts the automatic partner exchange (the real app does at start; tests drive the
    /// core directly).
    pub fn start_exchange(&self, events: Arc<dyn ExchangeEvents>) {
        exchange::spawn(
            self.session.clone(),
            self.changes.clone(),
            self.exchange.clone(),
            events,
        );
    }

    /// Asks the exchange thread for a round now (pairing finished, folder chosen).
    pub fn exchange_soon(&self) {
        self.exchange.poke();
    }

    /// Reads tandem `tandem_id`'s folder and writes what changed, now ("Exchange now").
    pub fn exchange_now(&self, tandem_id: i64) -> Result<eyelevel_core::exchange::ReceiveReport> {
        self.with_ctx(|cx| eyelevel_core::exchange::sync_tandem(cx, tandem_id))
            .map(|(received, _)| received)
    }

    /// The system file dialogs: the only source of the paths commands read and write.
    pub fn dialogs(&self) -> &Dialogs {
        &self.dialogs
    }

    /// The UI language, for what the shell shows itself (dialog titles); the OS language
    /// while locked.
    pub fn language(&self) -> eyelevel_core::i18n::Language {
        self.slot()
            .as_ref()
            .and_then(|open| open.settings().ok())
            .map_or_else(eyelevel_core::i18n::Language::from_os, |s| s.language())
    }

    /// Closes the open session (checkpointing the database) — on quit, so the database file
    /// on its own is complete.
    pub fn close_session(&self) {
        if let Some(open) = self.slot().take() {
            if let Err(error) = open.close() {
                eprintln!("Eyelevel could not close the database cleanly: {error}");
            }
        }
    }

    /// Delivery status, tray and autostart, for Settings → Reminders.
    pub fn reminders(&self) -> &ReminderState {
        &self.reminders
    }

    /// Closing the window keeps the app running (Settings → Reminders); false while locked.
    pub fn keep_running_in_tray(&self) -> bool {
        self.slot().as_ref().is_some_and(|open| {
            eyelevel_core::reminder::settings::load_settings(open.conn())
                .is_ok_and(|settings| settings.keep_running_in_tray)
        })
    }

    /// Shows a test notification and returns the resulting status.
    pub fn send_test_notification(&self) -> Result<eyelevel_core::reminder::ReminderStatus> {
        let language = match self.slot().as_ref() {
            Some(open) => open.settings()?.language(),
            None => return Err(Error::Locked),
        };
        // The session is free again before the notification server is asked.
        reminders::send_test(&self.reminders, language);
        Ok(self.reminders.status())
    }

    /// The last outcome of writing the calendar feed.
    pub fn feed_status(&self) -> FeedStatus {
        self.feed.status()
    }

    /// Rewrites the calendar feed now (Settings' Retry) and returns the outcome.
    pub fn write_feed_now(&self) -> Result<FeedStatus> {
        match self.slot().as_ref() {
            Some(open) => Ok(self.feed.write(open)),
            None => Err(Error::Locked),
        }
    }

    pub fn status(&self) -> Result<AppStatus> {
        let unlocked = self.slot().is_some();
        session::status(&self.dir, self.keyring.as_ref(), unlocked)
    }

    pub fn setup(&self, request: &SetupRequest) -> Result<SetupResult> {
        let mut slot = self.slot();
        if slot.is_some() {
            return Err(Error::VaultExists(self.dir.root().display().to_string()));
        }
        let (opened, recovery_code) = session::setup(
            &self.dir,
            self.keyring.as_ref(),
            request,
            self.clock.clone(),
        )?;
        *slot = Some(opened);
        drop(slot);
        self.changes.bump();
        Ok(SetupResult {
            recovery_code: recovery_code.to_string(),
            status: self.status()?,
        })
    }

    pub fn unlock(&self, request: &UnlockRequest) -> Result<AppStatus> {
        let mut slot = self.slot();
        if slot.is_none() {
            let opened = session::unlock(
                &self.dir,
                self.keyring.as_ref(),
                request,
                self.clock.clone(),
            )?;
            *slot = Some(opened);
            drop(slot);
            self.changes.bump();
        } else {
            drop(slot);
        }
        self.status()
    }

    /// Runs `f` on the open session, or fails with `Locked` before setup/unlock. When `f`
    /// wrote rows, [`AppState::changes`] rises once the session is free again.
    pub fn with_session<T>(&self, f: impl FnOnce(&mut Session) -> Result<T>) -> Result<T> {
        let mut slot = self.slot();
        let Some(open) = slot.as_mut() else {
            return Err(Error::Locked);
        };
        let before = open.conn().total_changes();
        let result = f(open);
        let wrote = open.conn().total_changes() != before;
        drop(slot);
        if wrote {
            self.changes.bump();
        }
        result
    }

    /// Runs `f` with the context of one core call (the database, now, the user's zone and
    /// language), or fails with `Locked`.
    pub fn with_ctx<T>(&self, f: impl FnOnce(&Ctx) -> Result<T>) -> Result<T> {
        self.with_session(|s| f(&s.ctx()?))
    }

    /// A panic while holding the lock cannot leave the session half-changed (every write is a
    /// transaction), so a poisoned lock is safe to keep using.
    fn slot(&self) -> MutexGuard<'_, Option<Session>> {
        self.session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Drop for AppState {
    fn drop(&mut self) {
        self.changes.close();
        self.exchange.close();
    }
}

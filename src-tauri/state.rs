//! What the running app holds: where the data lives, how to reach the keyring, the clock,
//! and — once unlocked — the open session. Commands borrow it through `tauri::State`.

use std::sync::{Arc, Mutex, MutexGuard};

use eyelevel_core::clock::Clock;
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, AppStatus, Session, SetupRequest, SetupResult, UnlockRequest};
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::{Error, Result};

pub struct AppState {
    dir: DataDir,
    keyring: Arc<dyn SecretStore>,
    clock: Arc<dyn Clock>,
    session: Mutex<Option<Session>>,
}

impl AppState {
    pub fn new(dir: DataDir, keyring: Arc<dyn SecretStore>, clock: Arc<dyn Clock>) -> Self {
        Self {
            dir,
            keyring,
            clock,
            session: Mutex::new(None),
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
        }
        drop(slot);
        self.status()
    }

    /// Runs `f` on the open session, or fails with `Locked` before setup/unlock.
    pub fn with_session<T>(&self, f: impl FnOnce(&mut Session) -> Result<T>) -> Result<T> {
        match self.slot().as_mut() {
            Some(open) => f(open),
            None => Err(Error::Locked),
        }
    }

    /// A panic while holding the lock cannot leave the session half-changed (every write is a
    /// transaction), so a poisoned lock is safe to keep using.
    fn slot(&self) -> MutexGuard<'_, Option<Session>> {
        self.session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

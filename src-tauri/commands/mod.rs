//! Thin `#[tauri::command]`s: unwrap `State`, call one core function, return its result.
//! `async` keeps Argon2id and disk work off the main thread so the window never freezes.

pub mod actions;
pub mod agenda;
pub mod agreements;
pub mod calendar;
pub mod goals;
pub mod journal;
pub mod meetings;
pub mod names;
pub mod notes;
pub mod reminders;
pub mod security;
pub mod session;
pub mod settings;
pub mod tandems;
pub mod topics;

use tauri::ipc::Invoke;
use tauri::Runtime;

/// Every command of `names.rs`, routed by name.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    macro_rules! generate {
        ($($module:ident :: $command:ident),* $(,)?) => {
            tauri::generate_handler![$($module::$command),*]
        };
    }
    crate::app_commands!(generate)
}

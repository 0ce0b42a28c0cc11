//! Thin `#[tauri::command]`s: unwrap `State`, call one core function, return its result.
//! `async` keeps Argon2id and disk work off the main thread so the window never freezes.

pub mod agreements;
pub mod goals;
pub mod names;
pub mod security;
pub mod session;
pub mod settings;
pub mod tandems;
pub mod topics;

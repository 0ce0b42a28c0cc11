//! Eyelevel's core: the key vault, the encrypted store engine, and one vertical slice per
//! domain (tandem, agreement, goal, meeting, agenda, action, note, reflection, journal, topic,
//! reminder, calendar …), each owning its rules and its tables' SQL. No Tauri here —
//! everything that can be tested without a window lives in this crate. ARCHITECTURE.md draws
//! the layers; tests/architecture.rs keeps them.
//!
//! Entry points for the shell: [`session::status`], [`session::setup`], [`session::unlock`]
//! and the methods of [`session::Session`]; [`vault::OsKeyring`] as the real
//! [`vault::SecretStore`]; [`paths::DataDir`]; [`clock::SystemClock`].
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod wire_enum;

pub mod action;
pub mod agenda;
pub mod agreement;
pub mod calendar;
pub mod clock;
pub mod ctx;
pub mod doctor;
pub mod error;
pub mod exchange;
pub mod files;
pub mod goal;
pub mod i18n;
pub mod journal;
pub mod link;
pub mod markdown;
pub mod meeting;
pub mod note;
pub mod page;
pub mod patch;
pub mod paths;
pub mod reflection;
pub mod reminder;
pub mod sample;
pub mod search;
pub mod session;
pub mod settings;
pub mod store;
pub mod tandem;
pub mod text;
pub mod time;
pub mod topic;
pub mod vault;

#[cfg(test)]
mod bindings;

pub use error::{Error, ErrorCode, ErrorPayload, Result};

//! Importing invitations (.ics from Outlook, Google, Apple, Thunderbird …) as meetings.

mod types;

pub use types::{ImportAction, ImportNote, ImportOptions, ImportPreview, ImportResult, ImportRow};

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
pub mod partner;
pub mod reminders;
pub mod security;
pub mod session;
pub mod settings;
pub mod tandems;
pub mod topics;

use eyelevel_core::i18n::DialogWords;
use eyelevel_core::markdown::ExportFormat;
use tauri::ipc::Invoke;
use tauri::Runtime;

use crate::dialogs::SaveFile;

/// The save dialog of a Markdown or HTML export titled `title`.
fn export_dialog(
    words: &DialogWords,
    title: &str,
    file_name: &str,
    format: ExportFormat,
) -> SaveFile {
    let (kind, extension) = match format {
        ExportFormat::Markdown => (words.markdown, "md"),
        ExportFormat::Html => (words.html, "html"),
    };
    SaveFile {
        title: title.to_string(),
        file_name: file_name.to_string(),
        kind: kind.to_string(),
        extension,
    }
}

/// Every command of `names.rs`, routed by name.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    macro_rules! generate {
        ($($module:ident :: $command:ident),* $(,)?) => {
            tauri::generate_handler![$($module::$command),*]
        };
    }
    crate::app_commands!(generate)
}

//! Calendar export, the feed file and invitation import. Every path comes from a system
//! dialog opened here; the page only ever sees a file's name or a token for it.

use eyelevel_core::calendar::{
    self, CalendarSettings, CalendarSettingsPatch, ExportRequest, ExportSummary, FeedStatus,
    ImportOptions, ImportPreview, ImportResult,
};
use eyelevel_core::files::PickedFile;
use eyelevel_core::i18n::words;
use eyelevel_core::{Error, Result};
use tauri::State;

use crate::dialogs::{OpenFile, SaveFile};
use crate::state::AppState;

#[tauri::command(async)]
pub fn calendar_settings(state: State<'_, AppState>) -> Result<CalendarSettings> {
    state.with_ctx(|cx| calendar::settings::load(cx))
}

/// Saves the change and rewrites the feed file. A feed folder can only be switched off here
/// (`null`); a new one is chosen with [`choose_feed_folder`].
#[tauri::command(async)]
pub fn update_calendar_settings(
    state: State<'_, AppState>,
    patch: CalendarSettingsPatch,
) -> Result<CalendarSettings> {
    if matches!(patch.feed_folder, Some(Some(_))) {
        return Err(Error::InvalidField {
            field: "feed_folder",
            message: "choose the feed folder in the folder dialog".into(),
        });
    }
    let settings = state.with_ctx(|cx| calendar::settings::update(cx, &patch))?;
    if patch.feed_folder.is_some() {
        state.write_feed_now()?;
    }
    Ok(settings)
}

/// Asks for the feed folder (the system dialog, starting at the current one), saves it and
/// writes the feed there at once, so Settings can show whether it worked. `None` when the
/// user cancelled.
#[tauri::command(async)]
pub fn choose_feed_folder(state: State<'_, AppState>) -> Result<Option<CalendarSettings>> {
    let current = state
        .with_ctx(|cx| calendar::settings::load(cx))?
        .feed_folder;
    let title = words(state.language()).dialogs.feed_folder;
    let Some(folder) = state
        .dialogs()
        .pick_folder(title, current.as_deref().map(std::path::Path::new))
    else {
        return Ok(None);
    };
    let patch = CalendarSettingsPatch {
        feed_folder: Some(Some(folder.display().to_string())),
        ..CalendarSettingsPatch::default()
    };
    let settings = state.with_ctx(|cx| calendar::settings::update(cx, &patch))?;
    state.write_feed_now()?;
    Ok(Some(settings))
}

#[tauri::command(async)]
pub fn feed_status(state: State<'_, AppState>) -> FeedStatus {
    state.feed_status()
}

#[tauri::command(async)]
pub fn write_feed_now(state: State<'_, AppState>) -> Result<FeedStatus> {
    state.write_feed_now()
}

/// Asks where to save the calendar file (`file_name` is only a suggestion) and writes the
/// selected meetings there; `None` when the user cancelled.
#[tauri::command(async)]
pub fn export_calendar(
    state: State<'_, AppState>,
    request: ExportRequest,
    file_name: String,
) -> Result<Option<ExportSummary>> {
    let words = &words(state.language()).dialogs;
    let dialog = SaveFile {
        title: words.save_calendar.to_string(),
        file_name,
        kind: words.ics.to_string(),
        extension: "ics",
    };
    let Some(path) = state.dialogs().save_file(dialog) else {
        return Ok(None);
    };
    state
        .with_ctx(|cx| {
            let settings = calendar::settings::load(cx)?;
            calendar::export::save(cx, &request, &settings, &path)
        })
        .map(Some)
}

/// Asks for an invitation (.ics) to import; the page gets a token for it (and its name).
#[tauri::command(async)]
pub fn choose_calendar_import(state: State<'_, AppState>) -> Result<Option<PickedFile>> {
    let words = &words(state.language()).dialogs;
    let dialog = OpenFile {
        title: words.open_invitation.to_string(),
        kind: words.ics.to_string(),
        extension: "ics",
    };
    Ok(state
        .dialogs()
        .open_file(&dialog)
        .map(|(token, path)| PickedFile {
            token,
            file_name: path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default(),
        }))
}

/// What importing the picked invitation would do; nothing is written.
#[tauri::command(async)]
pub fn preview_calendar_import(
    state: State<'_, AppState>,
    token: String,
    options: ImportOptions,
) -> Result<ImportPreview> {
    let bytes = calendar::import::read_file(&state.dialogs().picked(&token)?)?;
    state.with_ctx(|cx| calendar::import::preview(cx, &bytes, &options))
}

/// Imports the picked invitation; its token is spent.
#[tauri::command(async)]
pub fn import_calendar(
    state: State<'_, AppState>,
    token: String,
    options: ImportOptions,
) -> Result<ImportResult> {
    let bytes = calendar::import::read_file(&state.dialogs().picked(&token)?)?;
    let result = state.with_ctx(|cx| calendar::import::apply(cx, &bytes, &options))?;
    state.dialogs().forget(&token);
    Ok(result)
}

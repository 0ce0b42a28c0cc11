//! Calendar export, the feed file and invitation import. Paths come from the system file
//! dialogs the user just answered.

use std::path::Path;

use eyelevel_core::calendar::{
    self, CalendarSettings, CalendarSettingsPatch, ExportRequest, ExportSummary, FeedStatus,
    ImportOptions, ImportPreview, ImportResult,
};
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn calendar_settings(state: State<'_, AppState>) -> Result<CalendarSettings> {
    state.with_ctx(|cx| calendar::settings::load(cx))
}

/// A new feed folder is written to at once, so Settings can show whether it worked.
#[tauri::command(async)]
pub fn update_calendar_settings(
    state: State<'_, AppState>,
    patch: CalendarSettingsPatch,
) -> Result<CalendarSettings> {
    let settings = state.with_ctx(|cx| calendar::settings::update(cx, &patch))?;
    if patch.feed_folder.is_some() {
        state.write_feed_now()?;
    }
    Ok(settings)
}

#[tauri::command(async)]
pub fn feed_status(state: State<'_, AppState>) -> FeedStatus {
    state.feed_status()
}

#[tauri::command(async)]
pub fn write_feed_now(state: State<'_, AppState>) -> Result<FeedStatus> {
    state.write_feed_now()
}

#[tauri::command(async)]
pub fn export_calendar(
    state: State<'_, AppState>,
    request: ExportRequest,
    path: String,
) -> Result<ExportSummary> {
    state.with_ctx(|cx| {
        let settings = calendar::settings::load(cx)?;
        calendar::export::save(cx, &request, &settings, Path::new(&path))
    })
}

#[tauri::command(async)]
pub fn preview_calendar_import(
    state: State<'_, AppState>,
    path: String,
    options: ImportOptions,
) -> Result<ImportPreview> {
    let bytes = calendar::import::read_file(Path::new(&path))?;
    state.with_ctx(|cx| calendar::import::preview(cx, &bytes, &options))
}

#[tauri::command(async)]
pub fn import_calendar(
    state: State<'_, AppState>,
    path: String,
    options: ImportOptions,
) -> Result<ImportResult> {
    let bytes = calendar::import::read_file(Path::new(&path))?;
    state.with_ctx(|cx| calendar::import::apply(cx, &bytes, &options))
}

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
    state.with_session(|s| calendar::settings::load(s.conn()))
}

/// A new feed folder is written to at once, so Settings can show whether it worked.
#[tauri::command(async)]
pub fn update_calendar_settings(
    state: State<'_, AppState>,
    patch: CalendarSettingsPatch,
) -> Result<CalendarSettings> {
    let settings = state.with_session(|s| {
        let now = s.now();
        calendar::settings::update(s.conn_mut(), &patch, now)
    })?;
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
    state.with_session(|s| {
        let settings = calendar::settings::load(s.conn())?;
        calendar::export::save(
            s.conn(),
            &request,
            &settings,
            s.language()?,
            s.time_zone(),
            s.now(),
            Path::new(&path),
        )
    })
}

#[tauri::command(async)]
pub fn preview_calendar_import(
    state: State<'_, AppState>,
    path: String,
    options: ImportOptions,
) -> Result<ImportPreview> {
    let bytes = calendar::import::read_file(Path::new(&path))?;
    state.with_session(|s| {
        calendar::import::preview(s.conn(), &bytes, &options, s.time_zone(), s.now())
    })
}

#[tauri::command(async)]
pub fn import_calendar(
    state: State<'_, AppState>,
    path: String,
    options: ImportOptions,
) -> Result<ImportResult> {
    let bytes = calendar::import::read_file(Path::new(&path))?;
    state.with_session(|s| {
        let (tz, now) = (s.time_zone(), s.now());
        calendar::import::apply(s.conn_mut(), &bytes, &options, tz, now)
    })
}

use eyelevel_core::settings::{Settings, SettingsPatch};
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn get_settings(state: State<'_, AppState>) -> Result<Settings> {
    state.with_session(|open| open.settings())
}

#[tauri::command(async)]
pub fn update_settings(state: State<'_, AppState>, patch: SettingsPatch) -> Result<Settings> {
    state.with_session(|open| open.update_settings(&patch))
}

use eyelevel_core::session::{AppStatus, SetupRequest, SetupResult, UnlockRequest};
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn app_status(state: State<'_, AppState>) -> Result<AppStatus> {
    state.status()
}

#[tauri::command(async)]
pub fn setup_vault(state: State<'_, AppState>, request: SetupRequest) -> Result<SetupResult> {
    state.setup(&request)
}

#[tauri::command(async)]
pub fn unlock(state: State<'_, AppState>, request: UnlockRequest) -> Result<AppStatus> {
    state.unlock(&request)
}

use eyelevel_core::session::{ChangePassphraseRequest, SecurityInfo};
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn security_info(state: State<'_, AppState>) -> Result<SecurityInfo> {
    state.with_session(|open| open.security_info())
}

#[tauri::command(async)]
pub fn change_passphrase(
    state: State<'_, AppState>,
    request: ChangePassphraseRequest,
) -> Result<SecurityInfo> {
    state.with_session(|open| {
        open.change_passphrase(request.current.as_deref(), &request.new_passphrase)
    })
}

#[tauri::command(async)]
pub fn new_recovery_code(state: State<'_, AppState>) -> Result<String> {
    state.with_session(|open| {
        open.new_recovery_code()
            .map(|code| code.formatted().to_string())
    })
}

use eyelevel_core::meeting::{self, EditScope, Meeting, MeetingInput, SeriesInput};
use eyelevel_core::page::meeting::MeetingDetail;
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn list_meetings(
    state: State<'_, AppState>,
    tandem_id: i64,
    include_past: bool,
) -> Result<Vec<Meeting>> {
    state.with_ctx(|cx| meeting::list(cx, tandem_id, include_past))
}

#[tauri::command(async)]
pub fn plan_meeting(
    state: State<'_, AppState>,
    tandem_id: i64,
    input: MeetingInput,
) -> Result<Meeting> {
    state.with_ctx(|cx| meeting::plan(cx, tandem_id, &input))
}

#[tauri::command(async)]
pub fn plan_series(
    state: State<'_, AppState>,
    tandem_id: i64,
    input: SeriesInput,
) -> Result<Vec<Meeting>> {
    state.with_ctx(|cx| meeting::plan_series(cx, tandem_id, &input))
}

#[tauri::command(async)]
pub fn update_meeting(
    state: State<'_, AppState>,
    id: i64,
    input: MeetingInput,
    scope: EditScope,
) -> Result<Vec<Meeting>> {
    state.with_ctx(|cx| meeting::update(cx, id, &input, scope))
}

#[tauri::command(async)]
pub fn set_meeting_held(state: State<'_, AppState>, id: i64, held: bool) -> Result<Meeting> {
    state.with_ctx(|cx| meeting::set_held(cx, id, held))
}

#[tauri::command(async)]
pub fn cancel_meeting(
    state: State<'_, AppState>,
    id: i64,
    reason: Option<String>,
    scope: EditScope,
) -> Result<Vec<Meeting>> {
    state.with_ctx(|cx| meeting::cancel(cx, id, reason.as_deref(), scope))
}

#[tauri::command(async)]
pub fn delete_meeting(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_ctx(|cx| meeting::delete(cx, id))
}

#[tauri::command(async)]
pub fn get_meeting(state: State<'_, AppState>, id: i64) -> Result<MeetingDetail> {
    state.with_ctx(|cx| eyelevel_core::page::meeting::detail(cx, id))
}

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
    state.with_session(|s| meeting::list(s.conn(), tandem_id, include_past, s.now()))
}

#[tauri::command(async)]
pub fn plan_meeting(
    state: State<'_, AppState>,
    tandem_id: i64,
    input: MeetingInput,
) -> Result<Meeting> {
    state.with_session(|s| {
        let (tz, now) = (s.time_zone(), s.now());
        meeting::plan(s.conn_mut(), tandem_id, &input, tz, now)
    })
}

#[tauri::command(async)]
pub fn plan_series(
    state: State<'_, AppState>,
    tandem_id: i64,
    input: SeriesInput,
) -> Result<Vec<Meeting>> {
    state.with_session(|s| {
        let (tz, now) = (s.time_zone(), s.now());
        meeting::plan_series(s.conn_mut(), tandem_id, &input, tz, now)
    })
}

#[tauri::command(async)]
pub fn update_meeting(
    state: State<'_, AppState>,
    id: i64,
    input: MeetingInput,
    scope: EditScope,
) -> Result<Vec<Meeting>> {
    state.with_session(|s| {
        let (tz, now) = (s.time_zone(), s.now());
        meeting::update(s.conn_mut(), id, &input, scope, tz, now)
    })
}

#[tauri::command(async)]
pub fn set_meeting_held(state: State<'_, AppState>, id: i64, held: bool) -> Result<Meeting> {
    state.with_session(|s| meeting::set_held(s.conn(), id, held, s.now()))
}

#[tauri::command(async)]
pub fn cancel_meeting(
    state: State<'_, AppState>,
    id: i64,
    reason: Option<String>,
    scope: EditScope,
) -> Result<Vec<Meeting>> {
    state.with_session(|s| {
        let now = s.now();
        meeting::cancel(s.conn_mut(), id, reason.as_deref(), scope, now)
    })
}

#[tauri::command(async)]
pub fn delete_meeting(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_session(|s| meeting::delete(s.conn(), id))
}

#[tauri::command(async)]
pub fn get_meeting(state: State<'_, AppState>, id: i64) -> Result<MeetingDetail> {
    state.with_session(|s| eyelevel_core::page::meeting::detail(s.conn(), id))
}

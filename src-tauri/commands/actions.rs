use eyelevel_core::action::{self, ActionInput, ActionItem};
use eyelevel_core::page::today::{self, TodayView};
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn list_actions(
    state: State<'_, AppState>,
    tandem_id: i64,
    open_only: bool,
) -> Result<Vec<ActionItem>> {
    state.with_ctx(|cx| action::list(cx, tandem_id, open_only))
}

#[tauri::command(async)]
pub fn create_action(
    state: State<'_, AppState>,
    tandem_id: i64,
    meeting_id: Option<i64>,
    input: ActionInput,
) -> Result<ActionItem> {
    state.with_ctx(|cx| action::create(cx, tandem_id, meeting_id, &input))
}

#[tauri::command(async)]
pub fn update_action(
    state: State<'_, AppState>,
    id: i64,
    input: ActionInput,
) -> Result<ActionItem> {
    state.with_ctx(|cx| action::update(cx, id, &input))
}

#[tauri::command(async)]
pub fn set_action_done(state: State<'_, AppState>, id: i64, done: bool) -> Result<ActionItem> {
    state.with_ctx(|cx| action::set_done(cx, id, done))
}

#[tauri::command(async)]
pub fn delete_action(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_ctx(|cx| action::delete(cx, id))
}

/// Shares the action item with the paired partner, or keeps it private.
#[tauri::command(async)]
pub fn set_action_shared(state: State<'_, AppState>, id: i64, shared: bool) -> Result<ActionItem> {
    state.with_ctx(|cx| action::set_shared(cx, id, shared))
}

/// The Today page: next meetings, what to prepare, overdue and due-soon actions.
#[tauri::command(async)]
pub fn today(state: State<'_, AppState>) -> Result<TodayView> {
    state.with_ctx(today::view)
}

use eyelevel_core::goal::{self, Goal, GoalInput, GoalStatus};
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn create_goal(state: State<'_, AppState>, tandem_id: i64, input: GoalInput) -> Result<Goal> {
    state.with_ctx(|cx| goal::create(cx, tandem_id, &input))
}

#[tauri::command(async)]
pub fn update_goal(state: State<'_, AppState>, id: i64, input: GoalInput) -> Result<Goal> {
    state.with_ctx(|cx| goal::update(cx, id, &input))
}

#[tauri::command(async)]
pub fn set_goal_status(state: State<'_, AppState>, id: i64, status: GoalStatus) -> Result<Goal> {
    state.with_ctx(|cx| goal::set_status(cx, id, status))
}

#[tauri::command(async)]
pub fn add_goal_note(state: State<'_, AppState>, goal_id: i64, body: String) -> Result<Goal> {
    state.with_ctx(|cx| goal::add_note(cx, goal_id, &body))
}

#[tauri::command(async)]
pub fn reorder_goals(
    state: State<'_, AppState>,
    tandem_id: i64,
    ordered_ids: Vec<i64>,
) -> Result<Vec<Goal>> {
    state.with_ctx(|cx| goal::reorder(cx, tandem_id, &ordered_ids))
}

#[tauri::command(async)]
pub fn delete_goal(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_ctx(|cx| goal::delete(cx, id))
}

/// Shares the goal with the paired partner, or keeps it private again.
#[tauri::command(async)]
pub fn set_goal_shared(state: State<'_, AppState>, id: i64, shared: bool) -> Result<Goal> {
    state.with_ctx(|cx| goal::set_shared(cx, id, shared))
}

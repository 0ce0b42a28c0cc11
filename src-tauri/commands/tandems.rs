use eyelevel_core::page::tandems::TandemOverview;
use eyelevel_core::page::tandems::TandemSummary;
use eyelevel_core::tandem::{self, Tandem, TandemInput, TandemStatus};
use eyelevel_core::{sample, Result};
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn list_tandems(
    state: State<'_, AppState>,
    include_archived: bool,
) -> Result<Vec<TandemSummary>> {
    state.with_ctx(|cx| eyelevel_core::page::tandems::list(cx, include_archived))
}

#[tauri::command(async)]
pub fn get_tandem(state: State<'_, AppState>, id: i64) -> Result<TandemOverview> {
    state.with_ctx(|cx| eyelevel_core::page::tandems::overview(cx, id))
}

#[tauri::command(async)]
pub fn create_tandem(state: State<'_, AppState>, input: TandemInput) -> Result<Tandem> {
    state.with_ctx(|cx| tandem::create(cx, &input))
}

#[tauri::command(async)]
pub fn update_tandem(state: State<'_, AppState>, id: i64, input: TandemInput) -> Result<Tandem> {
    state.with_ctx(|cx| tandem::update(cx, id, &input))
}

#[tauri::command(async)]
pub fn set_tandem_status(
    state: State<'_, AppState>,
    id: i64,
    status: TandemStatus,
) -> Result<Tandem> {
    state.with_ctx(|cx| tandem::set_status(cx, id, status))
}

#[tauri::command(async)]
pub fn set_tandem_archived(state: State<'_, AppState>, id: i64, archived: bool) -> Result<Tandem> {
    state.with_ctx(|cx| tandem::set_archived(cx, id, archived))
}

#[tauri::command(async)]
pub fn delete_tandem(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_ctx(|cx| tandem::delete(cx, id))
}

#[tauri::command(async)]
pub fn create_sample(state: State<'_, AppState>) -> Result<i64> {
    state.with_ctx(sample::create)
}

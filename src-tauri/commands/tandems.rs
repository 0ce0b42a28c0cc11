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
    state.with_session(|s| {
        eyelevel_core::page::tandems::list(s.conn(), include_archived, s.today(), s.now())
    })
}

#[tauri::command(async)]
pub fn get_tandem(state: State<'_, AppState>, id: i64) -> Result<TandemOverview> {
    state.with_session(|s| {
        eyelevel_core::page::tandems::overview(s.conn(), id, s.language()?, s.today(), s.now())
    })
}

#[tauri::command(async)]
pub fn create_tandem(state: State<'_, AppState>, input: TandemInput) -> Result<Tandem> {
    state.with_session(|s| {
        let now = s.now();
        tandem::create(s.conn_mut(), &input, now)
    })
}

#[tauri::command(async)]
pub fn update_tandem(state: State<'_, AppState>, id: i64, input: TandemInput) -> Result<Tandem> {
    state.with_session(|s| {
        let now = s.now();
        tandem::update(s.conn_mut(), id, &input, now)
    })
}

#[tauri::command(async)]
pub fn set_tandem_status(
    state: State<'_, AppState>,
    id: i64,
    status: TandemStatus,
) -> Result<Tandem> {
    state.with_session(|s| tandem::set_status(s.conn(), id, status, s.now()))
}

#[tauri::command(async)]
pub fn set_tandem_archived(state: State<'_, AppState>, id: i64, archived: bool) -> Result<Tandem> {
    state.with_session(|s| tandem::set_archived(s.conn(), id, archived, s.now()))
}

#[tauri::command(async)]
pub fn delete_tandem(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_session(|s| tandem::delete(s.conn_mut(), id))
}

#[tauri::command(async)]
pub fn create_sample(state: State<'_, AppState>) -> Result<i64> {
    state.with_session(|s| {
        let (language, now, today) = (s.language()?, s.now(), s.today());
        sample::create(s.conn_mut(), language, now, today)
    })
}

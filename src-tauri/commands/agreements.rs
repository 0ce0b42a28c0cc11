use std::path::PathBuf;

use chrono::NaiveDate;
use eyelevel_core::agreement::{self, Agreement, AgreementInput};
use eyelevel_core::markdown::ExportFormat;
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn save_agreement(
    state: State<'_, AppState>,
    tandem_id: i64,
    input: AgreementInput,
) -> Result<Agreement> {
    state.with_ctx(|cx| agreement::save(cx, tandem_id, &input))
}

#[tauri::command(async)]
pub fn mark_agreement_agreed(
    state: State<'_, AppState>,
    tandem_id: i64,
    agreed_on: NaiveDate,
) -> Result<Agreement> {
    state.with_ctx(|cx| agreement::mark_agreed(cx, tandem_id, agreed_on))
}

#[tauri::command(async)]
pub fn list_agreement_versions(
    state: State<'_, AppState>,
    tandem_id: i64,
) -> Result<Vec<Agreement>> {
    state.with_ctx(|cx| agreement::versions(cx, tandem_id))
}

#[tauri::command(async)]
pub fn export_agreement(
    state: State<'_, AppState>,
    tandem_id: i64,
    version: Option<u32>,
    format: ExportFormat,
) -> Result<String> {
    state.with_ctx(|cx| agreement::export(cx, tandem_id, version, format))
}

/// Writes the export to the path the user picked in the save dialog.
#[tauri::command(async)]
pub fn save_agreement_export(
    state: State<'_, AppState>,
    tandem_id: i64,
    version: Option<u32>,
    format: ExportFormat,
    path: PathBuf,
) -> Result<()> {
    state.with_ctx(|cx| agreement::save_export(cx, tandem_id, version, format, &path))
}

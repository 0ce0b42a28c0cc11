use std::path::PathBuf;

use chrono::NaiveDate;
use eyelevel_core::agreement::{self, Agreement, AgreementInput, ExportFormat};
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn save_agreement(
    state: State<'_, AppState>,
    tandem_id: i64,
    input: AgreementInput,
) -> Result<Agreement> {
    state.with_session(|s| {
        let now = s.now();
        agreement::save(s.conn_mut(), tandem_id, &input, now)
    })
}

#[tauri::command(async)]
pub fn mark_agreement_agreed(
    state: State<'_, AppState>,
    tandem_id: i64,
    agreed_on: NaiveDate,
) -> Result<Agreement> {
    state.with_session(|s| {
        let (today, now) = (s.today(), s.now());
        agreement::mark_agreed(s.conn_mut(), tandem_id, agreed_on, today, now)
    })
}

#[tauri::command(async)]
pub fn list_agreement_versions(
    state: State<'_, AppState>,
    tandem_id: i64,
) -> Result<Vec<Agreement>> {
    state.with_session(|s| agreement::versions(s.conn(), tandem_id))
}

#[tauri::command(async)]
pub fn export_agreement(
    state: State<'_, AppState>,
    tandem_id: i64,
    version: Option<u32>,
    format: ExportFormat,
) -> Result<String> {
    state.with_session(|s| agreement::export(s.conn(), tandem_id, version, format, s.language()?))
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
    state.with_session(|s| {
        agreement::save_export(s.conn(), tandem_id, version, format, s.language()?, &path)
    })
}

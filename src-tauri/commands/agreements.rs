use chrono::NaiveDate;
use eyelevel_core::agreement::{self, Agreement, AgreementInput};
use eyelevel_core::i18n::words;
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

/// Asks where to save the agreement (the system dialog, opened here) and writes it there; the
/// written path, or `None` when the user cancelled. `file_name` is only a suggestion.
#[tauri::command(async)]
pub fn save_agreement_export(
    state: State<'_, AppState>,
    tandem_id: i64,
    version: Option<u32>,
    format: ExportFormat,
    file_name: String,
) -> Result<Option<String>> {
    let words = &words(state.language()).dialogs;
    let dialog = super::export_dialog(words, words.save_agreement, &file_name, format);
    let Some(path) = state.dialogs().save_file(dialog) else {
        return Ok(None);
    };
    state.with_ctx(|cx| agreement::save_export(cx, tandem_id, version, format, &path))?;
    Ok(Some(path.display().to_string()))
}

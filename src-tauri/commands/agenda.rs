use eyelevel_core::agenda::{self, AgendaItem, AgendaItemInput, AgendaTemplate};
use eyelevel_core::i18n::words;
use eyelevel_core::markdown::ExportFormat;
use eyelevel_core::meeting::Meeting;
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn add_agenda_item(
    state: State<'_, AppState>,
    meeting_id: i64,
    input: AgendaItemInput,
) -> Result<AgendaItem> {
    state.with_ctx(|cx| agenda::add(cx, meeting_id, &input))
}

#[tauri::command(async)]
pub fn update_agenda_item(
    state: State<'_, AppState>,
    id: i64,
    input: AgendaItemInput,
) -> Result<AgendaItem> {
    state.with_ctx(|cx| agenda::update(cx, id, &input))
}

#[tauri::command(async)]
pub fn delete_agenda_item(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_ctx(|cx| agenda::delete(cx, id))
}

#[tauri::command(async)]
pub fn reorder_agenda(
    state: State<'_, AppState>,
    meeting_id: i64,
    ordered_ids: Vec<i64>,
) -> Result<Vec<AgendaItem>> {
    state.with_ctx(|cx| agenda::reorder(cx, meeting_id, &ordered_ids))
}

#[tauri::command(async)]
pub fn set_item_discussed(
    state: State<'_, AppState>,
    id: i64,
    discussed: bool,
) -> Result<AgendaItem> {
    state.with_ctx(|cx| agenda::set_discussed(cx, id, discussed))
}

#[tauri::command(async)]
pub fn carry_over(state: State<'_, AppState>, meeting_id: i64) -> Result<Meeting> {
    state.with_ctx(|cx| agenda::carry_over(cx, meeting_id))
}

#[tauri::command(async)]
pub fn accept_suggestions(
    state: State<'_, AppState>,
    meeting_id: i64,
    item_ids: Vec<i64>,
) -> Result<Vec<AgendaItem>> {
    state.with_ctx(|cx| agenda::accept_suggestions(cx, meeting_id, &item_ids))
}

#[tauri::command(async)]
pub fn add_topic_to_agenda(
    state: State<'_, AppState>,
    meeting_id: i64,
    topic_id: i64,
) -> Result<AgendaItem> {
    state.with_ctx(|cx| agenda::add_topic(cx, meeting_id, topic_id))
}

#[tauri::command(async)]
pub fn list_templates(state: State<'_, AppState>) -> Result<Vec<AgendaTemplate>> {
    state.with_ctx(|cx| agenda::list_templates(cx))
}

#[tauri::command(async)]
pub fn save_template(
    state: State<'_, AppState>,
    meeting_id: i64,
    name: String,
) -> Result<AgendaTemplate> {
    state.with_ctx(|cx| agenda::save_template(cx, meeting_id, &name))
}

#[tauri::command(async)]
pub fn apply_template(
    state: State<'_, AppState>,
    meeting_id: i64,
    template_id: i64,
) -> Result<Vec<AgendaItem>> {
    state.with_ctx(|cx| agenda::apply_template(cx, meeting_id, template_id))
}

#[tauri::command(async)]
pub fn delete_template(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_ctx(|cx| agenda::delete_template(cx, id))
}

#[tauri::command(async)]
pub fn export_agenda(
    state: State<'_, AppState>,
    meeting_id: i64,
    format: ExportFormat,
) -> Result<String> {
    state.with_ctx(|cx| agenda::export(cx, meeting_id, format))
}

/// Asks where to save the shared agenda (the system dialog, opened here) and writes it there;
/// the written path, or `None` when the user cancelled. `file_name` is only a suggestion.
#[tauri::command(async)]
pub fn save_agenda_export(
    state: State<'_, AppState>,
    meeting_id: i64,
    format: ExportFormat,
    file_name: String,
) -> Result<Option<String>> {
    let words = &words(state.language()).dialogs;
    let dialog = super::export_dialog(words, words.save_agenda, &file_name, format);
    let Some(path) = state.dialogs().save_file(dialog) else {
        return Ok(None);
    };
    state.with_ctx(|cx| agenda::save_export(cx, meeting_id, format, &path))?;
    Ok(Some(path.display().to_string()))
}

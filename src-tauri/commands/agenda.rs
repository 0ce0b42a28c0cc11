use std::path::PathBuf;

use eyelevel_core::agenda::{self, AgendaItem, AgendaItemInput, AgendaTemplate};
use eyelevel_core::agreement::ExportFormat;
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
    state.with_session(|s| agenda::add(s.conn(), meeting_id, &input, s.now()))
}

#[tauri::command(async)]
pub fn update_agenda_item(
    state: State<'_, AppState>,
    id: i64,
    input: AgendaItemInput,
) -> Result<AgendaItem> {
    state.with_session(|s| agenda::update(s.conn(), id, &input, s.now()))
}

#[tauri::command(async)]
pub fn delete_agenda_item(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_session(|s| agenda::delete(s.conn(), id))
}

#[tauri::command(async)]
pub fn reorder_agenda(
    state: State<'_, AppState>,
    meeting_id: i64,
    ordered_ids: Vec<i64>,
) -> Result<Vec<AgendaItem>> {
    state.with_session(|s| agenda::reorder(s.conn_mut(), meeting_id, &ordered_ids))
}

#[tauri::command(async)]
pub fn set_item_discussed(
    state: State<'_, AppState>,
    id: i64,
    discussed: bool,
) -> Result<AgendaItem> {
    state.with_session(|s| agenda::set_discussed(s.conn(), id, discussed, s.now()))
}

#[tauri::command(async)]
pub fn carry_over(state: State<'_, AppState>, meeting_id: i64) -> Result<Meeting> {
    state.with_session(|s| {
        let now = s.now();
        agenda::carry_over(s.conn_mut(), meeting_id, now)
    })
}

#[tauri::command(async)]
pub fn accept_suggestions(
    state: State<'_, AppState>,
    meeting_id: i64,
    item_ids: Vec<i64>,
) -> Result<Vec<AgendaItem>> {
    state.with_session(|s| {
        let now = s.now();
        agenda::accept_suggestions(s.conn_mut(), meeting_id, &item_ids, now)
    })
}

#[tauri::command(async)]
pub fn add_topic_to_agenda(
    state: State<'_, AppState>,
    meeting_id: i64,
    topic_id: i64,
) -> Result<AgendaItem> {
    state
        .with_session(|s| agenda::add_topic(s.conn(), meeting_id, topic_id, s.language()?, s.now()))
}

#[tauri::command(async)]
pub fn list_templates(state: State<'_, AppState>) -> Result<Vec<AgendaTemplate>> {
    state.with_session(|s| agenda::list_templates(s.conn()))
}

#[tauri::command(async)]
pub fn save_template(
    state: State<'_, AppState>,
    meeting_id: i64,
    name: String,
) -> Result<AgendaTemplate> {
    state.with_session(|s| {
        let now = s.now();
        agenda::save_template(s.conn_mut(), meeting_id, &name, now)
    })
}

#[tauri::command(async)]
pub fn apply_template(
    state: State<'_, AppState>,
    meeting_id: i64,
    template_id: i64,
) -> Result<Vec<AgendaItem>> {
    state.with_session(|s| {
        let now = s.now();
        agenda::apply_template(s.conn_mut(), meeting_id, template_id, now)
    })
}

#[tauri::command(async)]
pub fn delete_template(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_session(|s| agenda::delete_template(s.conn(), id))
}

#[tauri::command(async)]
pub fn export_agenda(
    state: State<'_, AppState>,
    meeting_id: i64,
    format: ExportFormat,
) -> Result<String> {
    state.with_session(|s| agenda::export(s.conn(), meeting_id, format, s.language()?))
}

/// Writes the shared agenda to the path the user picked in the save dialog.
#[tauri::command(async)]
pub fn save_agenda_export(
    state: State<'_, AppState>,
    meeting_id: i64,
    format: ExportFormat,
    path: PathBuf,
) -> Result<()> {
    state.with_session(|s| agenda::save_export(s.conn(), meeting_id, format, s.language()?, &path))
}

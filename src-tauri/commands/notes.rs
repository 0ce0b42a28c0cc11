//! Meeting notes, reflections and their prompt sets, and the one Markdown renderer.

use eyelevel_core::markdown;
use eyelevel_core::note::{self, MeetingNote};
use eyelevel_core::reflection::{self, PromptDraft, PromptSet, Reflection, ReflectionInput};
use eyelevel_core::tandem::Role;
use eyelevel_core::text;
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn get_note(state: State<'_, AppState>, meeting_id: i64) -> Result<MeetingNote> {
    state.with_ctx(|cx| note::get(cx, meeting_id))
}

#[tauri::command(async)]
pub fn save_note(state: State<'_, AppState>, meeting_id: i64, body: String) -> Result<MeetingNote> {
    state.with_ctx(|cx| note::save(cx, meeting_id, &body))
}

/// Shares the meeting's notes with the paired partner, or makes them private again.
#[tauri::command(async)]
pub fn set_note_shared(
    state: State<'_, AppState>,
    meeting_id: i64,
    shared: bool,
) -> Result<MeetingNote> {
    state.with_ctx(|cx| note::set_shared(cx, meeting_id, shared))
}

/// Sanitised HTML for the UI's one Markdown view. Needs no unlocked session: it reads nothing.
#[tauri::command(async)]
pub fn render_markdown(text: String) -> Result<String> {
    text::check_markdown_length("text", &text)?;
    Ok(markdown::to_safe_html(&text))
}

#[tauri::command(async)]
pub fn get_prompt_set(state: State<'_, AppState>, role: Role) -> Result<PromptSet> {
    state.with_ctx(|cx| reflection::prompt_set(cx, role))
}

#[tauri::command(async)]
pub fn save_prompt_set(
    state: State<'_, AppState>,
    role: Role,
    prompts: Vec<PromptDraft>,
) -> Result<PromptSet> {
    state.with_ctx(|cx| reflection::save_prompt_set(cx, role, &prompts))
}

#[tauri::command(async)]
pub fn reset_prompt_set(state: State<'_, AppState>, role: Role) -> Result<PromptSet> {
    state.with_ctx(|cx| reflection::reset_prompt_set(cx, role))
}

#[tauri::command(async)]
pub fn get_reflection(state: State<'_, AppState>, meeting_id: i64) -> Result<Option<Reflection>> {
    state.with_ctx(|cx| reflection::get(cx, meeting_id))
}

#[tauri::command(async)]
pub fn save_reflection(
    state: State<'_, AppState>,
    meeting_id: i64,
    input: ReflectionInput,
) -> Result<Option<Reflection>> {
    state.with_ctx(|cx| reflection::save(cx, meeting_id, &input))
}

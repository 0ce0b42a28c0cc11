//! Journal entries, the timeline across notes, reflections and entries, and search.

use eyelevel_core::journal::{
    self, DailyPrompt, JournalEntry, JournalEntryInput, JournalFilter, JournalPage, TagCount,
};
use eyelevel_core::search::{self, SearchRequest, SearchResults};
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn create_journal_entry(
    state: State<'_, AppState>,
    input: JournalEntryInput,
) -> Result<JournalEntry> {
    state.with_ctx(|cx| journal::create(cx, &input))
}

#[tauri::command(async)]
pub fn update_journal_entry(
    state: State<'_, AppState>,
    id: i64,
    input: JournalEntryInput,
) -> Result<JournalEntry> {
    state.with_ctx(|cx| journal::update(cx, id, &input))
}

#[tauri::command(async)]
pub fn get_journal_entry(state: State<'_, AppState>, id: i64) -> Result<JournalEntry> {
    state.with_ctx(|cx| journal::get(cx, id))
}

#[tauri::command(async)]
pub fn delete_journal_entry(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_ctx(|cx| journal::delete(cx, id))
}

#[tauri::command(async)]
pub fn set_entry_pinned(state: State<'_, AppState>, id: i64, pinned: bool) -> Result<JournalEntry> {
    state.with_ctx(|cx| journal::set_pinned(cx, id, pinned))
}

#[tauri::command(async)]
pub fn list_journal(state: State<'_, AppState>, filter: JournalFilter) -> Result<JournalPage> {
    state.with_ctx(|cx| journal::list(cx, &filter))
}

#[tauri::command(async)]
pub fn list_tags(state: State<'_, AppState>) -> Result<Vec<TagCount>> {
    state.with_ctx(|cx| journal::tags(cx))
}

#[tauri::command(async)]
pub fn prompt_of_the_day(
    state: State<'_, AppState>,
    tandem_id: Option<i64>,
) -> Result<Option<DailyPrompt>> {
    state.with_ctx(|cx| journal::prompt_of_the_day(cx, tandem_id))
}

#[tauri::command(async)]
pub fn search(state: State<'_, AppState>, request: SearchRequest) -> Result<SearchResults> {
    state.with_ctx(|cx| search::search(cx, &request))
}

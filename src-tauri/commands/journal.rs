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
    state.with_session(|s| {
        let now = s.now();
        journal::create(s.conn_mut(), &input, now)
    })
}

#[tauri::command(async)]
pub fn update_journal_entry(
    state: State<'_, AppState>,
    id: i64,
    input: JournalEntryInput,
) -> Result<JournalEntry> {
    state.with_session(|s| {
        let now = s.now();
        journal::update(s.conn_mut(), id, &input, now)
    })
}

#[tauri::command(async)]
pub fn get_journal_entry(state: State<'_, AppState>, id: i64) -> Result<JournalEntry> {
    state.with_session(|s| journal::get(s.conn(), id))
}

#[tauri::command(async)]
pub fn delete_journal_entry(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_session(|s| journal::delete(s.conn(), id))
}

#[tauri::command(async)]
pub fn set_entry_pinned(state: State<'_, AppState>, id: i64, pinned: bool) -> Result<JournalEntry> {
    state.with_session(|s| journal::set_pinned(s.conn(), id, pinned, s.now()))
}

#[tauri::command(async)]
pub fn list_journal(state: State<'_, AppState>, filter: JournalFilter) -> Result<JournalPage> {
    state.with_session(|s| journal::list(s.conn(), &filter, s.time_zone()))
}

#[tauri::command(async)]
pub fn list_tags(state: State<'_, AppState>) -> Result<Vec<TagCount>> {
    state.with_session(|s| journal::tags(s.conn()))
}

#[tauri::command(async)]
pub fn prompt_of_the_day(
    state: State<'_, AppState>,
    tandem_id: Option<i64>,
) -> Result<Option<DailyPrompt>> {
    state
        .with_session(|s| journal::prompt_of_the_day(s.conn(), tandem_id, s.today(), s.language()?))
}

#[tauri::command(async)]
pub fn search(state: State<'_, AppState>, request: SearchRequest) -> Result<SearchResults> {
    state.with_session(|s| search::search(s.conn(), &request))
}

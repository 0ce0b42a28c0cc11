use eyelevel_core::topic::{self, Topic, TopicInput};
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn list_topics(state: State<'_, AppState>, include_hidden: bool) -> Result<Vec<Topic>> {
    state.with_ctx(|cx| topic::list(cx, include_hidden))
}

#[tauri::command(async)]
pub fn create_topic(state: State<'_, AppState>, input: TopicInput) -> Result<Topic> {
    state.with_ctx(|cx| topic::create(cx, &input))
}

#[tauri::command(async)]
pub fn update_topic(state: State<'_, AppState>, id: i64, input: TopicInput) -> Result<Topic> {
    state.with_ctx(|cx| topic::update(cx, id, &input))
}

#[tauri::command(async)]
pub fn set_topic_hidden(state: State<'_, AppState>, id: i64, hidden: bool) -> Result<Topic> {
    state.with_ctx(|cx| topic::set_hidden(cx, id, hidden))
}

#[tauri::command(async)]
pub fn delete_topic(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_ctx(|cx| topic::delete(cx, id))
}

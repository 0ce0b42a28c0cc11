use eyelevel_core::topic::{self, Topic, TopicInput};
use eyelevel_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn list_topics(state: State<'_, AppState>, include_hidden: bool) -> Result<Vec<Topic>> {
    state.with_session(|s| topic::list(s.conn(), include_hidden, s.language()?))
}

#[tauri::command(async)]
pub fn create_topic(state: State<'_, AppState>, input: TopicInput) -> Result<Topic> {
    state.with_session(|s| {
        let now = s.now();
        topic::create(s.conn_mut(), &input, now)
    })
}

#[tauri::command(async)]
pub fn update_topic(state: State<'_, AppState>, id: i64, input: TopicInput) -> Result<Topic> {
    state.with_session(|s| {
        let now = s.now();
        topic::update(s.conn_mut(), id, &input, now)
    })
}

#[tauri::command(async)]
pub fn set_topic_hidden(state: State<'_, AppState>, id: i64, hidden: bool) -> Result<Topic> {
    state.with_session(|s| topic::set_hidden(s.conn(), id, hidden, s.language()?, s.now()))
}

#[tauri::command(async)]
pub fn delete_topic(state: State<'_, AppState>, id: i64) -> Result<()> {
    state.with_session(|s| topic::delete(s.conn_mut(), id))
}

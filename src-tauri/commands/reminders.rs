//! Reminder settings and rules, the in-app inbox, delivery status and starting at login.

use eyelevel_core::reminder::{
    self, Inbox, ReminderRule, ReminderSettings, ReminderSettingsPatch, ReminderStatus,
};
use eyelevel_core::{Error, Result};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_autostart::ManagerExt;

use crate::state::AppState;

#[tauri::command(async)]
pub fn reminder_settings(state: State<'_, AppState>) -> Result<ReminderSettings> {
    state.with_ctx(|cx| reminder::settings::load_settings(cx))
}

#[tauri::command(async)]
pub fn update_reminder_settings(
    state: State<'_, AppState>,
    patch: ReminderSettingsPatch,
) -> Result<ReminderSettings> {
    state.with_ctx(|cx| reminder::settings::update_settings(cx, &patch))
}

#[tauri::command(async)]
pub fn reminder_rules(state: State<'_, AppState>, tandem_id: i64) -> Result<Vec<ReminderRule>> {
    state.with_ctx(|cx| reminder::rules::rules(cx, tandem_id))
}

#[tauri::command(async)]
pub fn update_reminder_rule(
    state: State<'_, AppState>,
    tandem_id: i64,
    rule: ReminderRule,
) -> Result<Vec<ReminderRule>> {
    state.with_ctx(|cx| reminder::rules::update_rule(cx, tandem_id, &rule))
}

#[tauri::command(async)]
pub fn reminder_inbox(state: State<'_, AppState>) -> Result<Inbox> {
    state.with_ctx(|cx| reminder::inbox(cx, reminder::INBOX_LIMIT))
}

/// `ids: null` marks every reminder read.
#[tauri::command(async)]
pub fn mark_reminders_read(state: State<'_, AppState>, ids: Option<Vec<i64>>) -> Result<Inbox> {
    state.with_ctx(|cx| reminder::mark_read(cx, ids.as_deref()))
}

#[tauri::command(async)]
pub fn dismiss_reminder(state: State<'_, AppState>, id: i64) -> Result<Inbox> {
    state.with_ctx(|cx| reminder::dismiss(cx, id))
}

#[tauri::command(async)]
pub fn reminder_status<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> ReminderStatus {
    state
        .reminders()
        .set_autostart(app.autolaunch().is_enabled().ok());
    state.reminders().status()
}

#[tauri::command(async)]
pub fn set_autostart<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    enabled: bool,
) -> Result<ReminderStatus> {
    let autostart = app.autolaunch();
    let changed = if enabled {
        autostart.enable()
    } else {
        autostart.disable()
    };
    changed.map_err(|error| Error::AutostartFailed {
        reason: error.to_string(),
    })?;
    state.reminders().set_autostart(autostart.is_enabled().ok());
    Ok(state.reminders().status())
}

#[tauri::command(async)]
pub fn send_test_notification(state: State<'_, AppState>) -> Result<ReminderStatus> {
    state.send_test_notification()
}

/// The route of a notification clicked while the window was closed, once.
#[tauri::command(async)]
pub fn take_open_route(state: State<'_, AppState>) -> Option<String> {
    state.reminders().take_open_route()
}

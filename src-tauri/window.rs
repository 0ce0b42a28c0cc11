//! The main window. It is built here rather than by Tauri at start, so WebKit's own storage
//! (caches, local storage) lives in the app's cache folder — never beside the database, which
//! holds nothing but Eyelevel's encrypted files.

use eyelevel_core::exchange;
use eyelevel_core::ErrorPayload;
use serde::Serialize;
use tauri::{
    AppHandle, DragDropEvent, Emitter, Manager, Runtime, WebviewWindow, WebviewWindowBuilder,
};

use crate::state::AppState;

/// The window's label in tauri.conf.json.
pub const MAIN: &str = "main";

/// Builds the main window from its configuration (`"create": false` there).
pub fn build_main<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<WebviewWindow<R>> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .cloned()
        .ok_or_else(|| tauri::Error::WindowNotFound)?;
    let mut builder = WebviewWindowBuilder::from_config(app, &config)?;
    if let Ok(cache) = app.path().app_cache_dir() {
        builder = builder.data_directory(cache.join("webview"));
    }
    let window = builder.build()?;
    let handle = app.clone();
    window.on_window_event(move |event| {
        if let tauri::WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event {
            receive_dropped(&handle, paths);
        }
    });
    Ok(window)
}

/// What a dropped file did, for the page to show.
#[derive(Serialize, Clone)]
#[serde(rename_all = "snake_case")]
enum Dropped {
    Report(exchange::ReceiveReport),
    Error(ErrorPayload),
}

/// Files dropped on the window are read as files from the partner. The paths come from the
/// system (the drop), never from the page.
fn receive_dropped<R: Runtime>(app: &AppHandle<R>, paths: &[std::path::PathBuf]) {
    let app = app.clone();
    let paths = paths.to_vec();
    // Off the event loop: reading and merging touches the disk and the database.
    std::thread::spawn(move || {
        let state = app.state::<AppState>();
        for path in paths {
            let outcome = match state.with_ctx(|cx| exchange::receive_file(cx, &path, false)) {
                Ok(report) => Dropped::Report(report),
                Err(error) => Dropped::Error(error.payload()),
            };
            let _ = app.emit("exchange-received", outcome);
        }
        state.exchange_soon();
    });
}

//! The main window. It is built here rather than by Tauri at start, so WebKit's own storage
//! (caches, local storage) lives in the app's cache folder — never beside the database, which
//! holds nothing but Eyelevel's encrypted files.

use tauri::{AppHandle, Manager, Runtime, WebviewWindow, WebviewWindowBuilder};

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
    builder.build()
}

//! The Eyelevel desktop shell: CLI dispatch, app builder, thin commands. Everything that can
//! be tested without a window lives in `eyelevel-core`.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod changes;
pub mod cli;
pub mod commands;
pub mod dialogs;
pub mod exchange;
pub mod feed;
pub mod navigation;
pub mod reminders;
pub mod state;
pub mod tray;
pub mod window;

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use eyelevel_core::clock::SystemClock;
use eyelevel_core::paths::DataDir;
use eyelevel_core::vault::keyring::OsKeyring;
use tauri::{AppHandle, Builder, Manager, RunEvent, Runtime};
use tauri_plugin_autostart::MacosLauncher;

use crate::cli::Cli;
use crate::dialogs::SystemDialogs;
use crate::reminders::DesktopSender;
use crate::state::AppState;

/// Parses the command line: a subcommand runs headless; none opens the window.
pub fn main_entry() -> ExitCode {
    let cli = Cli::parse();
    let dir = match cli.data_dir() {
        Ok(dir) => dir,
        Err(error) => return cli::fail(&error),
    };
    match cli.command {
        Some(command) => cli::run(command, &cli.unlock, &dir),
        None => run_app(dir, cli.background),
    }
}

fn run_app(dir: DataDir, background: bool) -> ExitCode {
    let state = AppState::new(dir, Arc::new(OsKeyring::new()), Arc::new(SystemClock));
    let app = app_builder(Builder::default(), state)
        .setup(move |app| {
            app.state::<AppState>()
                .dialogs()
                .set(Arc::new(SystemDialogs::new(app.handle().clone())));
            window::build_main(app.handle())?;
            start_background_work(app.handle(), background);
            Ok(())
        })
        .build(context());
    match app {
        Ok(app) => {
            app.run(|app, event| match event {
                // Closing the last window ends the app, unless it keeps running in the tray.
                RunEvent::ExitRequested {
                    code: None, api, ..
                } if tray::keep_running(app) => api.prevent_exit(),
                // A clean quit leaves a complete database file (the WAL checkpointed).
                RunEvent::Exit => app.state::<AppState>().close_session(),
                _ => {}
            });
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("Eyelevel could not start: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The argument autostart passes: start in the tray without opening the window.
const BACKGROUND_FLAG: &str = "--background";

/// The tray (where the desktop has one) and the reminder loop.
fn start_background_work<R: Runtime>(app: &AppHandle<R>, background: bool) {
    app.manage(tray::Quitting::default());
    let state = app.state::<AppState>();
    let tray_shown = match tray::create(app) {
        Ok(shown) => shown,
        Err(error) => {
            eprintln!("Eyelevel shows no tray icon: {error}");
            false
        }
    };
    state.reminders().set_tray(tray_shown);
    // Without a tray a hidden window could not be found again.
    if background && tray_shown {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.hide();
        }
    }
    state.start_reminders(Arc::new(DesktopSender), tray::events(app));
    state.start_exchange(tray::exchange_events(app));
}

/// Plugins, state and commands; shared by the real app and the MockRuntime IPC tests.
pub fn app_builder<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(navigation::guard())
        .plugin(tauri_plugin_autostart::init(
            MacosLauncher::LaunchAgent,
            Some(vec![BACKGROUND_FLAG]),
        ))
        .manage(state)
        .invoke_handler(commands::handler())
}

/// The compiled-in config, capabilities and UI assets (from ui/dist).
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

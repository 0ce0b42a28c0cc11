//! The Eyelevel desktop shell: CLI dispatch, app builder, thin commands. Everything that can
//! be tested without a window lives in `eyelevel-core`.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod changes;
pub mod cli;
pub mod commands;
pub mod feed;
pub mod navigation;
pub mod state;

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use eyelevel_core::clock::SystemClock;
use eyelevel_core::paths::DataDir;
use eyelevel_core::vault::keyring::OsKeyring;
use tauri::{Builder, Runtime};

use crate::cli::Cli;
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
        None => run_app(dir),
    }
}

fn run_app(dir: DataDir) -> ExitCode {
    let state = AppState::new(dir, Arc::new(OsKeyring::new()), Arc::new(SystemClock));
    match app_builder(Builder::default(), state).run(context()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Eyelevel could not start: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Plugins, state and commands; shared by the real app and the MockRuntime IPC tests.
pub fn app_builder<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(navigation::guard())
        .manage(state)
        .invoke_handler(commands::handler())
}

/// The compiled-in config, capabilities and UI assets (from ui/dist).
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

//! Builds the real app (real config, capabilities and commands) on Tauri's MockRuntime and
//! invokes commands through the IPC layer exactly as the web view would.
// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use eyelevel_core::clock::SystemClock;
use eyelevel_core::paths::DataDir;
use eyelevel_core::vault::keyring::MemoryKeyring;
use eyelevel_lib::dialogs::{FileDialogs, OpenFile, SaveFile};
use eyelevel_lib::state::AppState;
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

pub struct TestApp {
    app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    dialogs: Arc<ScriptedDialogs>,
}

/// Stand-in system dialogs: each kind answers with the path set for it (`None`: the user
/// cancelled) and records the titles it was opened with.
#[derive(Default)]
pub struct ScriptedDialogs {
    pub save: Mutex<Option<PathBuf>>,
    pub open: Mutex<Option<PathBuf>>,
    pub folder: Mutex<Option<PathBuf>>,
    pub titles: Mutex<Vec<String>>,
}

impl ScriptedDialogs {
    fn answer(&self, title: &str, slot: &Mutex<Option<PathBuf>>) -> Option<PathBuf> {
        self.titles.lock().unwrap().push(title.to_string());
        slot.lock().unwrap().clone()
    }
}

impl FileDialogs for ScriptedDialogs {
    fn save_file(&self, dialog: &SaveFile) -> Option<PathBuf> {
        self.answer(&dialog.title, &self.save)
    }
    fn open_file(&self, dialog: &OpenFile) -> Option<PathBuf> {
        self.answer(&dialog.title, &self.open)
    }
    fn pick_folder(&self, title: &str, _start: Option<&Path>) -> Option<PathBuf> {
        self.answer(title, &self.folder)
    }
}

impl TestApp {
    pub fn new(dir: &Path, keyring: Arc<MemoryKeyring>) -> Self {
        let state = AppState::new(
            DataDir::new(dir.to_path_buf()),
            keyring,
            Arc::new(SystemClock),
        );
        let app = eyelevel_lib::app_builder(mock_builder(), state)
            .build(eyelevel_lib::context())
            .expect("the app builds on the mock runtime");
        let window = match app.get_webview_window("main") {
            Some(window) => window,
            None => WebviewWindowBuilder::new(&app, "main", Default::default())
                .build()
                .expect("main window"),
        };
        let dialogs = Arc::new(ScriptedDialogs::default());
        app.state::<AppState>().dialogs().set(dialogs.clone());
        Self {
            app,
            window,
            dialogs,
        }
    }

    /// The dialogs the commands open; set what the "user" picks.
    pub fn dialogs(&self) -> &ScriptedDialogs {
        &self.dialogs
    }

    pub fn state(&self) -> tauri::State<'_, AppState> {
        self.app.state::<AppState>()
    }

    /// Invokes `cmd` from the app's own origin; Ok is the command's value, Err its error.
    pub fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.invoke_from(cmd, args, "tauri://localhost")
    }

    pub fn invoke_from(&self, cmd: &str, args: Value, origin: &str) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: origin.parse().expect("origin url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| {
            body.deserialize::<Value>()
                .expect("command responses are JSON")
        })
    }
}

/// The `code` of an error response.
pub fn code(error: &Value) -> &str {
    error["code"].as_str().unwrap_or("<no code>")
}

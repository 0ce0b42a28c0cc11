//! File dialogs the backend opens itself. The web side never names a path: a command that
//! saves or reads a user file opens the system dialog here, and only the path the user
//! picked is used. A file picked for a later step (an invitation previewed, then imported) is
//! kept here and referred to by a token the page cannot forge.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use eyelevel_core::{Error, Result};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

/// A save dialog: its title, the suggested file name and the one kind of file it offers.
#[derive(Debug, Clone)]
pub struct SaveFile {
    pub title: String,
    pub file_name: String,
    pub kind: String,
    pub extension: &'static str,
}

/// An open dialog for one file of a kind.
#[derive(Debug, Clone)]
pub struct OpenFile {
    pub title: String,
    pub kind: String,
    pub extension: &'static str,
}

/// The system dialogs. The app uses [`SystemDialogs`]; tests answer with scripted paths.
pub trait FileDialogs: Send + Sync {
    /// The path to save to, or `None` when the user cancelled.
    fn save_file(&self, dialog: &SaveFile) -> Option<PathBuf>;
    /// The file to open, or `None`.
    fn open_file(&self, dialog: &OpenFile) -> Option<PathBuf>;
    /// A folder, starting in `start`, or `None`.
    fn pick_folder(&self, title: &str, start: Option<&Path>) -> Option<PathBuf>;
}

/// The real dialogs (tauri-plugin-dialog), modal to the main window. Commands are `async`,
/// so the blocking calls never run on the main thread.
pub struct SystemDialogs<R: Runtime> {
    app: AppHandle<R>,
}

impl<R: Runtime> SystemDialogs<R> {
    pub fn new(app: AppHandle<R>) -> Self {
        Self { app }
    }

    fn builder(&self, title: &str) -> tauri_plugin_dialog::FileDialogBuilder<R> {
        let builder = self.app.dialog().file().set_title(title);
        match self.app.get_webview_window("main") {
            Some(window) => builder.set_parent(&window),
            None => builder,
        }
    }
}

impl<R: Runtime> FileDialogs for SystemDialogs<R> {
    fn save_file(&self, dialog: &SaveFile) -> Option<PathBuf> {
        self.builder(&dialog.title)
            .add_filter(&dialog.kind, &[dialog.extension])
            .set_file_name(&dialog.file_name)
            .blocking_save_file()
            .and_then(|path| path.into_path().ok())
    }

    fn open_file(&self, dialog: &OpenFile) -> Option<PathBuf> {
        self.builder(&dialog.title)
            .add_filter(&dialog.kind, &[dialog.extension])
            .blocking_pick_file()
            .and_then(|path| path.into_path().ok())
    }

    fn pick_folder(&self, title: &str, start: Option<&Path>) -> Option<PathBuf> {
        let builder = self.builder(title);
        // Without a folder yet, start at home rather than in "Recent", which lists files.
        let home = self.app.path().home_dir().ok();
        let builder = match start.filter(|f| f.is_dir()).or(home.as_deref()) {
            Some(folder) => builder.set_directory(folder),
            None => builder,
        };
        builder
            .blocking_pick_folder()
            .and_then(|path| path.into_path().ok())
    }
}

/// Until the app has set its dialogs (and in a test that never asks), no path can be chosen.
struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn save_file(&self, _: &SaveFile) -> Option<PathBuf> {
        None
    }
    fn open_file(&self, _: &OpenFile) -> Option<PathBuf> {
        None
    }
    fn pick_folder(&self, _: &str, _: Option<&Path>) -> Option<PathBuf> {
        None
    }
}

/// The dialogs in use and the files the user picked for a later step.
pub struct Dialogs {
    dialogs: Mutex<Arc<dyn FileDialogs>>,
    picked: Mutex<HashMap<String, PathBuf>>,
}

impl Default for Dialogs {
    fn default() -> Self {
        Self {
            dialogs: Mutex::new(Arc::new(NoDialogs)),
            picked: Mutex::new(HashMap::new()),
        }
    }
}

impl Dialogs {
    pub fn set(&self, dialogs: Arc<dyn FileDialogs>) {
        *lock(&self.dialogs) = dialogs;
    }

    fn current(&self) -> Arc<dyn FileDialogs> {
        lock(&self.dialogs).clone()
    }

    /// Asks where to save; the file name is the page's suggestion reduced to a bare name.
    pub fn save_file(&self, mut dialog: SaveFile) -> Option<PathBuf> {
        dialog.file_name = safe_file_name(&dialog.file_name, dialog.extension);
        self.current().save_file(&dialog)
    }

    pub fn pick_folder(&self, title: &str, start: Option<&Path>) -> Option<PathBuf> {
        self.current().pick_folder(title, start)
    }

    /// Asks for a file and keeps it under a new token (one picked file at a time).
    pub fn open_file(&self, dialog: &OpenFile) -> Option<(String, PathBuf)> {
        let path = self.current().open_file(dialog)?;
        let token = hex_token();
        let mut picked = lock(&self.picked);
        picked.clear();
        picked.insert(token.clone(), path.clone());
        Some((token, path))
    }

    /// The file the user picked under `token`.
    pub fn picked(&self, token: &str) -> Result<PathBuf> {
        lock(&self.picked).get(token).cloned().ok_or_else(|| {
            Error::InvalidInput("no file was chosen for this step; choose it again".into())
        })
    }

    /// Forgets the file picked under `token` (its step is done).
    pub fn forget(&self, token: &str) {
        lock(&self.picked).remove(token);
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// 128 random bits as hex: a page script cannot guess another file's token.
fn hex_token() -> String {
    use std::fmt::Write as _;
    rand::random::<[u8; 16]>()
        .iter()
        .fold(String::new(), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

/// A suggested file name as a bare name: no folders, no leading dots, the right extension.
pub fn safe_file_name(suggested: &str, extension: &str) -> String {
    let last = suggested
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .trim()
        .trim_start_matches('.');
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .take(120)
        .collect();
    let stem = cleaned
        .strip_suffix(&format!(".{extension}"))
        .unwrap_or(&cleaned)
        .trim();
    let stem = if stem.is_empty() { "eyelevel" } else { stem };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::safe_file_name;

    #[test]
    fn suggestions_become_bare_names() {
        assert_eq!(
            safe_file_name("agenda-2026-12-01.md", "md"),
            "agenda-2026-12-01.md"
        );
        assert_eq!(safe_file_name("../../.bashrc", "md"), "bashrc.md");
        assert_eq!(safe_file_name("/etc/passwd", "ics"), "passwd.ics");
        assert_eq!(safe_file_name("C:\\Users\\x\\a.ics", "ics"), "a.ics");
        assert_eq!(safe_file_name("", "html"), "eyelevel.html");
        assert_eq!(safe_file_name("a<b>:c", "md"), "abc.md");
    }
}

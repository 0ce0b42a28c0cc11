//! The tray icon: the next meeting, "Open Eyelevel" and "Quit". With it, closing the window
//! can keep the app (and its reminders) running.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use eyelevel_core::exchange::ReceivedChange;
use eyelevel_core::i18n::{words, Language};
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::exchange::ExchangeEvents;
use crate::reminders::ShellEvents;
use crate::state::AppState;

use crate::window::MAIN;

/// Set by "Quit", so closing the last window then really ends the app.
#[derive(Default)]
pub struct Quitting(AtomicBool);

impl Quitting {
    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// The menu line that shows the next meeting.
pub struct NextMeetingItem<R: Runtime>(MenuItem<R>);

/// Builds the tray icon and says whether the desktop shows it. `Err` leaves the app working
/// without one.
pub fn create<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<bool> {
    let w = &words(Language::from_os()).tray;
    let next = MenuItem::with_id(app, "next", w.locked, false, None::<&str>)?;
    let menu = Menu::with_items(
        app,
        &[
            &next,
            &PredefinedMenuItem::separator(app)?,
            &MenuItem::with_id(app, "open", w.open, true, None::<&str>)?,
            &MenuItem::with_id(app, "quit", w.quit, true, None::<&str>)?,
        ],
    )?;
    let mut builder = TrayIconBuilder::with_id("eyelevel")
        .tooltip("Eyelevel")
        .menu(&menu)
        .on_menu_event(|app, event| match event.id.as_ref() {
            "open" => show_main_window(app),
            "quit" => quit_app(app),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    app.manage(NextMeetingItem(next));
    Ok(host_present())
}

/// Linux desktops show tray icons only where a StatusNotifier host runs (GNOME needs an
/// extension); without one a hidden window could never be found again.
#[cfg(target_os = "linux")]
fn host_present() -> bool {
    zbus::block_on(async {
        let connection = zbus::Connection::session().await?;
        let bus = zbus::fdo::DBusProxy::new(&connection).await?;
        bus.name_has_owner("org.kde.StatusNotifierWatcher".try_into()?)
            .await
            .map_err(zbus::Error::from)
    })
    .unwrap_or(false)
}

#[cfg(not(target_os = "linux"))]
fn host_present() -> bool {
    true
}

/// Shows and focuses the main window, opening it again if it was closed.
pub fn show_main_window<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        return;
    }
    if let Err(error) = crate::window::build_main(app) {
        eprintln!("Eyelevel could not open its window: {error}");
    }
}

/// Closes the window the normal way (so unsaved notes are flushed), then ends the app.
fn quit_app<R: Runtime>(app: &AppHandle<R>) {
    app.state::<Quitting>().0.store(true, Ordering::SeqCst);
    match app.get_webview_window(MAIN) {
        Some(window) => {
            if window.close().is_err() {
                app.exit(0);
            }
        }
        None => app.exit(0),
    }
}

/// Whether closing the last window should leave the app running in the tray.
pub fn keep_running<R: Runtime>(app: &AppHandle<R>) -> bool {
    let state = app.state::<AppState>();
    !app.state::<Quitting>().is_set()
        && state.reminders().status().tray
        && state.keep_running_in_tray()
}

/// The reminder loop's view of the app: window events and the tray.
pub struct AppEvents<R: Runtime> {
    pub app: AppHandle<R>,
}

impl<R: Runtime> ShellEvents for AppEvents<R> {
    fn reminders_changed(&self) {
        let _ = self.app.emit("reminders-changed", ());
    }

    fn open_route(&self, route: &str) {
        let app = self.app.clone();
        let route = route.to_string();
        let _ = self.app.run_on_main_thread(move || {
            if app.get_webview_window(MAIN).is_some() {
                let _ = app.emit("open-route", route);
            } else {
                // The window opened only now asks for it once it has loaded.
                app.state::<AppState>()
                    .reminders()
                    .remember_open_route(&route);
            }
            show_main_window(&app);
        });
    }

    fn next_meeting(&self, label: Option<String>) {
        let Some(item) = self.app.try_state::<NextMeetingItem<R>>() else {
            return;
        };
        let text = label.unwrap_or_else(|| words(Language::from_os()).tray.locked.to_string());
        let _ = item.0.set_text(text);
    }
}

impl<R: Runtime> ExchangeEvents for AppEvents<R> {
    fn exchanged(&self, changes: &[ReceivedChange]) {
        let _ = self.app.emit("exchange-changed", changes);
    }

    fn status_changed(&self) {
        let _ = self.app.emit("exchange-status", ());
    }
}

/// The exchange thread's view of the app.
pub fn exchange_events<R: Runtime>(app: &AppHandle<R>) -> Arc<dyn ExchangeEvents> {
    Arc::new(AppEvents { app: app.clone() })
}

/// Shared handle type for the loop.
pub fn events<R: Runtime>(app: &AppHandle<R>) -> Arc<dyn ShellEvents> {
    Arc::new(AppEvents { app: app.clone() })
}

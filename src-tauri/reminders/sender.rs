//! Desktop notifications behind a trait, so the loop can be tested with a stand-in and keeps
//! working (through the in-app inbox) when no notification server answers.

use eyelevel_core::reminder::Notice;

/// Runs when the user clicks a notification, with the notice's route.
pub type OnClick = Box<dyn FnOnce(String) + Send + 'static>;

/// Shows notifications. `Err` carries the system's reason (English, technical) and means the
/// notice was not shown.
pub trait NotificationSender: Send + Sync {
    fn send(&self, notice: &Notice, open_label: &str, on_click: OnClick) -> Result<(), String>;

    /// Asks, without showing anything, whether notifications can be shown.
    fn probe(&self) -> Result<(), String>;
}

/// The real thing: notify-rust (D-Bus on Linux, the notification centre elsewhere).
#[derive(Debug, Default)]
pub struct DesktopSender;

impl NotificationSender for DesktopSender {
    fn send(&self, notice: &Notice, open_label: &str, on_click: OnClick) -> Result<(), String> {
        let mut notification = notify_rust::Notification::new();
        notification
            .appname("Eyelevel")
            .summary(&notice.summary)
            .body(&notice.body)
            .icon("eyelevel")
            .action("default", open_label);
        let handle = notification.show().map_err(|error| error.to_string())?;
        watch_click(handle, notice.route.clone(), on_click);
        Ok(())
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    fn probe(&self) -> Result<(), String> {
        notify_rust::get_server_information()
            .map(|_| ())
            .map_err(|error| error.to_string())
    }

    /// Other platforms have no server to ask; sending tells.
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    fn probe(&self) -> Result<(), String> {
        Ok(())
    }
}

/// Where the server reports actions (freedesktop), a small thread waits for the click; it
/// ends when the notification closes.
#[cfg(all(unix, not(target_os = "macos")))]
fn watch_click(handle: notify_rust::NotificationHandle, route: String, on_click: OnClick) {
    let spawned = std::thread::Builder::new()
        .name("notification-click".into())
        .spawn(move || {
            handle.wait_for_action(move |action| {
                if action == "default" {
                    on_click(route);
                }
            });
        });
    if let Err(error) = spawned {
        eprintln!("Eyelevel cannot follow notification clicks: {error}");
    }
}

/// macOS and Windows show the notice but report no clicks back through notify-rust.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn watch_click<H>(_handle: H, _route: String, _on_click: OnClick) {}

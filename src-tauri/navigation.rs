//! Keeps the app window on the app. A link to the web (a meeting's video link, say) opens in
//! the user's browser; nothing remote ever loads inside Eyelevel's window.

use tauri::plugin::{Builder, TauriPlugin};
use tauri::{Runtime, Url};

#[derive(Debug, PartialEq, Eq)]
pub enum Navigation {
    /// The app's own pages (and the Vite dev server under `tauri dev`).
    Stay,
    /// http(s) and mailto: handed to the OS.
    OpenExternally,
    /// Anything else (file:, javascript:, data:, custom schemes) goes nowhere.
    Refuse,
}

pub fn decide(url: &Url, dev: bool) -> Navigation {
    let host = url.host_str();
    let own = url.scheme() == "tauri"
        || (url.scheme() == "http" && host == Some("tauri.localhost"))
        || (dev && url.scheme() == "http" && host == Some("localhost"));
    if own {
        Navigation::Stay
    } else if matches!(url.scheme(), "http" | "https" | "mailto") {
        Navigation::OpenExternally
    } else {
        Navigation::Refuse
    }
}

pub fn guard<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("navigation-guard")
        .on_navigation(|_webview, url| match decide(url, tauri::is_dev()) {
            Navigation::Stay => true,
            Navigation::OpenExternally => {
                if let Err(error) = tauri_plugin_opener::open_url(url.as_str(), None::<&str>) {
                    eprintln!("eyelevel: could not open the link in a browser: {error}");
                }
                false
            }
            Navigation::Refuse => false,
        })
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("valid url")
    }

    #[test]
    fn the_app_stays_and_the_web_goes_to_the_browser() {
        assert_eq!(
            decide(&url("tauri://localhost/#/tandems"), false),
            Navigation::Stay
        );
        assert_eq!(
            decide(&url("http://tauri.localhost/index.html"), false),
            Navigation::Stay
        );
        assert_eq!(
            decide(&url("https://meet.example.org/tandem"), false),
            Navigation::OpenExternally
        );
        assert_eq!(
            decide(&url("mailto:lena@example.org"), false),
            Navigation::OpenExternally
        );
        assert_eq!(
            decide(&url("http://localhost:5173/"), false),
            Navigation::OpenExternally
        );
        assert_eq!(
            decide(&url("http://localhost:5173/"), true),
            Navigation::Stay
        );
    }

    #[test]
    fn other_schemes_are_refused() {
        for text in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "data:text/html,hi",
            "ftp://x.org/",
        ] {
            assert_eq!(decide(&url(text), false), Navigation::Refuse, "{text}");
        }
    }
}

//! The printable page around an exported document (agenda, agreement): one shell, one style
//! sheet, and the format the user picks.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::escape_html;
use crate::i18n::Language;
use crate::wire_enum::wire_enum;

/// The document format of an agreement export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// A one-page Markdown document.
    Markdown,
    /// A self-contained, printable HTML page.
    Html,
}
wire_enum!(ExportFormat { Markdown => "markdown", Html => "html" });

impl ExportFormat {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
        }
    }
}

/// The style of every exported page: A4, readable on screen, plain on paper.
const PRINT_CSS: &str = "\
@page { size: A4; margin: 16mm 18mm; }
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
       color: #1a1a1a; background: #fff; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h1 + p { color: #555; margin-top: 0; }
h2 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; padding-bottom: 0.15rem; border-bottom: 1px solid #ccc; }
ul { padding-left: 1.2rem; }
a { color: #1a4f9c; word-break: break-all; }
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: 0.2rem 0.4rem; }
pre, code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.95em; }
pre { white-space: pre-wrap; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  li, p { break-inside: avoid; }
}
";

/// A self-contained page around `body_html` (already safe HTML, e.g. from
/// [`super::to_safe_html`]): no scripts, no external resources (the CSP forbids both).
/// `title` is plain text; it is escaped here.
pub fn html_page(language: Language, title: &str, body_html: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>\n{PRINT_CSS}</style>\n</head>\n<body>\n<main>\n{body_html}</main>\n</body>\n</html>\n",
        lang = language.tag(),
        title = escape_html(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_forms_match_serde() {
        for f in ExportFormat::ALL {
            assert_eq!(serde_json::to_value(f).unwrap(), f.as_str());
        }
    }

    #[test]
    fn the_title_is_escaped_and_the_language_set() {
        let page = html_page(Language::De, "A <b> & \"c\"", "<p>x</p>\n");
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"de\">\n"));
        assert!(page.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"));
        assert!(page.contains("<main>\n<p>x</p>\n</main>"));
    }
}

//! The agreement as a one-page Markdown document or a self-contained printable HTML page.
//!
//! User text never becomes markup: one-line fields are Markdown-escaped, long texts keep
//! their Markdown but not raw HTML, and the HTML goes through [`crate::markdown::to_safe_html`].

use std::fmt::Write as _;

use super::labels::Labels;
use super::{Agreement, ExportFormat};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::i18n::Language;
use crate::markdown::{escape_block, escape_html, escape_inline, to_safe_html};
use crate::tandem::{self, Tandem};

/// The document for version `version` (the latest when `None`) of tandem `tandem_id`'s
/// agreement.
pub fn export(
    cx: &Ctx,
    tandem_id: i64,
    version: Option<u32>,
    format: ExportFormat,
) -> Result<String> {
    let tandem = tandem::get(cx, tandem_id)?;
    let agreement = super::get(cx, tandem_id, version)?;
    Ok(render(&tandem, &agreement, format, cx.language))
}

/// Renders an agreement of `tandem` (pure; no database).
pub fn render(
    tandem: &Tandem,
    agreement: &Agreement,
    format: ExportFormat,
    language: Language,
) -> String {
    let labels = Labels::get(language);
    let md = markdown(tandem, agreement, labels);
    match format {
        ExportFormat::Markdown => md,
        ExportFormat::Html => html_page(&tandem.title, &to_safe_html(&md), labels),
    }
}

fn markdown(t: &Tandem, a: &Agreement, l: &Labels) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}: {}\n", l.agreement, escape_inline(&t.title));
    let state = match a.agreed_on {
        Some(d) => format!("{} {}, {} {}", l.version, a.version, l.agreed_on, l.date(d)),
        None => format!("{} {} ({})", l.version, a.version, l.draft),
    };
    let _ = writeln!(md, "*{state}*\n");
    let _ = writeln!(md, "- **{}:** {}", l.tandem, escape_inline(&t.title));
    let _ = writeln!(md, "- **{}:** {}", l.my_role, l.role(t.my_role));
    let partner = match &t.partner_contact {
        Some(c) => format!("{} ({})", escape_inline(&t.partner_name), escape_inline(c)),
        None => escape_inline(&t.partner_name),
    };
    let _ = writeln!(md, "- **{}:** {partner}", l.partner);
    if let Some(p) = &t.program {
        let _ = writeln!(md, "- **{}:** {}", l.program, escape_inline(p));
    }
    let end = t
        .planned_end_date
        .map_or_else(|| l.open_end.to_string(), |d| l.date(d));
    let _ = writeln!(md, "- **{}:** {} – {end}", l.period, l.date(t.start_date));

    section(&mut md, l.my_expectations, &a.my_expectations, l);
    section(&mut md, l.partner_expectations, &a.partner_expectations, l);

    let _ = writeln!(md, "\n## {}\n", l.meetings);
    let _ = writeln!(md, "- {}", l.cadence(&a.cadence));
    if !a.place.is_empty() {
        let _ = writeln!(md, "- **{}:** {}", l.place, escape_inline(&a.place));
    }
    if let Some(link) = &a.video_link {
        let shown = if link.contains(['<', '>']) {
            escape_inline(link)
        } else {
            format!("<{link}>")
        };
        let _ = writeln!(md, "- **{}:** {shown}", l.video_link);
    }

    section(&mut md, l.confidentiality, &a.confidentiality, l);
    section(&mut md, l.hr_sharing, &a.hr_sharing, l);
    let voluntary = if a.voluntary {
        l.voluntary_yes
    } else {
        l.voluntary_no
    };
    section(&mut md, l.voluntary, voluntary, l);
    section(&mut md, l.feedback, &a.feedback, l);
    let review = match a.review_date {
        Some(d) => format!("{} {}.", l.review_on, l.date(d)),
        None => l.review_none.to_string(),
    };
    section(&mut md, l.review, &review, l);
    md
}

fn section(md: &mut String, heading: &str, body: &str, l: &Labels) {
    let _ = writeln!(md, "\n## {heading}\n");
    if body.trim().is_empty() {
        let _ = writeln!(md, "*{}*", l.empty);
    } else {
        let _ = writeln!(md, "{}", escape_block(body));
    }
}

pub(crate) const PRINT_CSS: &str = "\
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

/// A self-contained page: no scripts, no external resources (the CSP forbids both).
fn html_page(title: &str, body: &str, l: &Labels) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{agreement}: {title}</title>\n<style>\n{PRINT_CSS}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        lang = l.lang,
        agreement = l.agreement,
        title = escape_html(title),
    )
}

/// Writes the [`export`] document to `path` (chosen by the user in a save dialog).
pub fn save_export(
    cx: &Ctx,
    tandem_id: i64,
    version: Option<u32>,
    format: ExportFormat,
    path: &std::path::Path,
) -> Result<()> {
    let document = export(cx, tandem_id, version, format)?;
    std::fs::write(path, document).map_err(|e| crate::error::Error::io("save the export", e))
}

//! The agenda as Markdown or a printable HTML page, to send to the partner.
//!
//! Only SHARED items appear, with their title, planned minutes and links. Private items and
//! every item's prep notes never leave the app this way.

use std::fmt::Write as _;

use super::store;
use super::AgendaItem;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{words, Language, Words};
use crate::markdown::{escape_inline, html_page, to_safe_html, ExportFormat};
use crate::meeting::{self, Meeting, MeetingStatus};
use crate::tandem::store as tandems;

/// The agenda document of meeting `meeting_id`.
pub fn export(cx: &Ctx, meeting_id: i64, format: ExportFormat) -> Result<String> {
    let meeting = meeting::get(cx, meeting_id)?;
    let tandem = tandems::get(cx, meeting.tandem_id)?
        .ok_or_else(|| Error::not_found("tandem", meeting.tandem_id))?;
    let items = store::list(cx, meeting_id)?;
    Ok(render(&tandem.title, &meeting, &items, format, cx.language))
}

/// Renders the shared items of `items` (pure; no database).
pub fn render(
    tandem_title: &str,
    meeting: &Meeting,
    items: &[AgendaItem],
    format: ExportFormat,
    language: Language,
) -> String {
    let w = words(language);
    let shared: Vec<&AgendaItem> = items.iter().filter(|i| i.shared).collect();
    let md = markdown(tandem_title, meeting, &shared, w);
    match format {
        ExportFormat::Markdown => md,
        ExportFormat::Html => html_page(
            language,
            &format!("{}: {tandem_title}", w.common.agenda),
            &to_safe_html(&md),
        ),
    }
}

fn link(url: &str) -> String {
    if url.contains(['<', '>']) {
        escape_inline(url)
    } else {
        format!("<{url}>")
    }
}

fn markdown(title: &str, m: &Meeting, items: &[&AgendaItem], w: &Words) -> String {
    let (a, d, c) = (&w.agenda, &w.dates, &w.common);
    let mut md = String::new();
    let _ = writeln!(md, "# {}: {}\n", c.agenda, escape_inline(title));
    let when = format!(
        "{}, {} ({}, {} {})",
        (d.date_with_weekday)(m.local_date),
        (d.time)(&m.local_time),
        m.time_zone,
        m.duration_minutes,
        d.minutes
    );
    let _ = writeln!(md, "- **{}:** {when}", a.when);
    if m.status == MeetingStatus::Cancelled {
        let _ = writeln!(md, "- **{}**", a.cancelled);
    }
    if !m.place.is_empty() {
        let _ = writeln!(md, "- **{}:** {}", c.place, escape_inline(&m.place));
    }
    if let Some(v) = &m.video_link {
        let _ = writeln!(md, "- **{}:** {}", c.video_link, link(v));
    }
    let _ = writeln!(md, "\n## {}\n", a.items);
    if items.is_empty() {
        let _ = writeln!(md, "*{}*", a.none);
        return md;
    }
    for (n, item) in (1u32..).zip(items) {
        let minutes = if item.minutes > 0 {
            format!(" ({} {})", item.minutes, d.minutes)
        } else {
            String::new()
        };
        let _ = writeln!(md, "{n}. {}{minutes}", escape_inline(&item.title));
        for url in &item.links {
            let _ = writeln!(md, "   - {}", link(url));
        }
    }
    let total: u32 = items.iter().map(|i| i.minutes).sum();
    let _ = writeln!(md, "\n*{}: {total} {}*", a.total, d.minutes);
    md
}

/// Writes the [`export`] document to `path` (chosen by the user in a save dialog).
pub fn save_export(
    cx: &Ctx,
    meeting_id: i64,
    format: ExportFormat,
    path: &std::path::Path,
) -> Result<()> {
    let document = export(cx, meeting_id, format)?;
    crate::files::write_private(path, document.as_bytes(), "the agenda")
}

//! The agreement as a one-page Markdown document or a self-contained printable HTML page.
//!
//! User text never becomes markup: one-line fields are Markdown-escaped, long texts keep
//! their Markdown but not raw HTML, and the HTML goes through [`crate::markdown::to_safe_html`].

use std::fmt::Write as _;

use super::Agreement;
use crate::ctx::Ctx;
use crate::error::Result;
use crate::i18n::{words, AgreementWords, Language, Words};
use crate::markdown::{escape_block, escape_inline, html_page, to_safe_html, ExportFormat};
use crate::tandem::{self, Cadence, CadenceUnit, Role, Tandem};

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
    let w = words(language);
    let md = markdown(tandem, agreement, w);
    match format {
        ExportFormat::Markdown => md,
        ExportFormat::Html => html_page(
            language,
            &format!("{}: {}", w.agreement.title, tandem.title),
            &to_safe_html(&md),
        ),
    }
}

fn markdown(t: &Tandem, a: &Agreement, w: &Words) -> String {
    let (l, c) = (&w.agreement, &w.common);
    let date = w.dates.date;
    let mut md = String::new();
    let _ = writeln!(md, "# {}: {}\n", l.title, escape_inline(&t.title));
    let state = match a.agreed_on {
        Some(d) => (l.version_agreed)(a.version, &date(d)),
        None => (l.version_draft)(a.version),
    };
    let _ = writeln!(md, "*{state}*\n");
    let _ = writeln!(md, "- **{}:** {}", l.tandem, escape_inline(&t.title));
    let _ = writeln!(md, "- **{}:** {}", l.my_role, role(l, t.my_role));
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
        .map_or_else(|| l.open_end.to_string(), date);
    let _ = writeln!(md, "- **{}:** {} – {end}", l.period, date(t.start_date));

    section(&mut md, l.my_expectations, &a.my_expectations, l);
    section(&mut md, l.partner_expectations, &a.partner_expectations, l);

    let _ = writeln!(md, "\n## {}\n", l.meetings);
    let _ = writeln!(md, "- {}", cadence(l, &a.cadence));
    if !a.place.is_empty() {
        let _ = writeln!(md, "- **{}:** {}", c.place, escape_inline(&a.place));
    }
    if let Some(link) = &a.video_link {
        let shown = if link.contains(['<', '>']) {
            escape_inline(link)
        } else {
            format!("<{link}>")
        };
        let _ = writeln!(md, "- **{}:** {shown}", c.video_link);
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
        Some(d) => (l.review_on)(&date(d)),
        None => l.review_none.to_string(),
    };
    section(&mut md, l.review, &review, l);
    md
}

fn section(md: &mut String, heading: &str, body: &str, l: &AgreementWords) {
    let _ = writeln!(md, "\n## {heading}\n");
    if body.trim().is_empty() {
        let _ = writeln!(md, "*{}*", l.empty);
    } else {
        let _ = writeln!(md, "{}", escape_block(body));
    }
}

fn role(l: &AgreementWords, role: Role) -> &'static str {
    match role {
        Role::Mentor => l.mentor,
        Role::Mentee => l.mentee,
    }
}

/// "Every 2 weeks, 60 minutes each".
fn cadence(l: &AgreementWords, c: &Cadence) -> String {
    let phrase = match c.unit {
        CadenceUnit::Week => l.cadence_weeks,
        CadenceUnit::Month => l.cadence_months,
    };
    phrase(c.every, c.minutes)
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
    crate::files::write_private(path, document.as_bytes(), "the agreement")
}

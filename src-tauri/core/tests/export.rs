//! Agreement export: Markdown sections, self-contained HTML, no injection.

mod common;
mod fixtures;

use common::*;
use eyelevel_core::agreement;
use eyelevel_core::i18n::Language;
use eyelevel_core::markdown::ExportFormat;
use eyelevel_core::tandem;
use eyelevel_core::ErrorCode;
use fixtures::agreement_input;

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "<img src=x onerror=alert(1)>";

fn agreed_tandem(s: &mut eyelevel_core::session::Session, title: &str) -> i64 {
    let t = tandem::create(&cx(s.conn()), &tandem_input(title)).unwrap();
    agreement::save(&cx(s.conn()), t.id, &agreement_input()).unwrap();
    agreement::mark_agreed(&cx(s.conn()), t.id, date("2026-11-20")).unwrap();
    t.id
}

/// The inside of every tag (`a href="…"` for `<a href="…">`).
fn tags(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or_default())
        .collect()
}

#[test]
fn markdown_has_every_section() {
    let (_tmp, mut s) = session();
    let id = agreed_tandem(&mut s, "Tandem mit Lena");
    let md = agreement::export(
        &cx(s.conn()).in_language(Language::De),
        id,
        None,
        ExportFormat::Markdown,
    )
    .unwrap();
    for want in [
        "# Tandem-Vereinbarung: Tandem mit Lena",
        "Version 1, vereinbart am 20.11.2026",
        "**Meine Rolle:** Mentee",
        "**Tandempartner:in:** Lena Hoffmann (lena@example.com)",
        "**Programm:** Reverse Mentoring 2026",
        "01.10.2026 – 30.06.2027",
        "## Was ich erwarte",
        "## Was mein Gegenüber erwartet",
        "## Wie oft, wie lange und wo wir uns treffen",
        "Alle 2 Wochen, je 60 Minuten",
        "<https://meet.example.com/x>",
        "## Vertraulichkeit",
        "## Was wir mit HR teilen dürfen",
        "## Freiwilligkeit",
        "Wir nehmen beide freiwillig",
        "## Wie wir uns Feedback geben",
        "## Überprüfung",
        "am 01.02.2027",
        "Learn how my team uses AI.",
    ] {
        assert!(md.contains(want), "missing {want:?} in\n{md}");
    }
    let en = agreement::export(&cx(s.conn()), id, Some(1), ExportFormat::Markdown).unwrap();
    for want in [
        "# Tandem agreement: Tandem mit Lena",
        "agreed on 20 November 2026",
        "## What I expect",
        "## Confidentiality",
        "## Review",
        "Every 2 weeks, 60 minutes each",
    ] {
        assert!(en.contains(want), "missing {want:?} in\n{en}");
    }
}

#[test]
fn drafts_and_versions_export_too() {
    let (_tmp, mut s) = session();
    let id = agreed_tandem(&mut s, "Tandem");
    let mut v2 = agreement_input();
    v2.feedback = String::new();
    v2.review_date = None;
    agreement::save(&cx(s.conn()), id, &v2).unwrap();
    let md = agreement::export(&cx(s.conn()), id, None, ExportFormat::Markdown).unwrap();
    assert!(md.contains("Version 2 (Draft)"), "{md}");
    assert!(md.contains("Not filled in yet.") && md.contains("No review date set yet."));
    let v1 = agreement::export(&cx(s.conn()), id, Some(1), ExportFormat::Markdown).unwrap();
    assert!(v1.contains("Version 1, agreed on"));
    let err = agreement::export(&cx(s.conn()), id, Some(9), ExportFormat::Html).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    let t2 = tandem::create(&cx(s.conn()), &tandem_input("Empty")).unwrap();
    let err = agreement::export(&cx(s.conn()), t2.id, None, ExportFormat::Html).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn html_is_self_contained() {
    let (_tmp, mut s) = session();
    let id = agreed_tandem(&mut s, "Tandem");
    let html = agreement::export(
        &cx(s.conn()).in_language(Language::De),
        id,
        None,
        ExportFormat::Html,
    )
    .unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("<html lang=\"de\">"));
    assert!(html.contains("<style>") && html.contains("@media print"));
    assert!(html.contains("<h2>Vertraulichkeit: was unter uns bleibt</h2>"));
    assert!(html.contains("rel=\"noopener noreferrer\""));
    let lower = html.to_ascii_lowercase();
    for bad in [
        "<script", "<link", "<img", "<iframe", "src=", "@import", "url(",
    ] {
        assert!(!lower.contains(bad), "{bad} in\n{html}");
    }
}

#[test]
fn user_text_cannot_inject_html() {
    let (_tmp, s) = session();
    let mut input = tandem_input(&format!("Evil {SCRIPT}"));
    input.partner_name = format!("Mallory {IMG}");
    input.program = Some("<b onmouseover=alert(1)>Program</b>".into());
    let t = tandem::create(&cx(s.conn()), &input).unwrap();
    let mut a = agreement_input();
    a.my_expectations = format!("Line one {SCRIPT}\n\n{IMG}\n\n[click](javascript:alert(1))");
    a.partner_expectations = "<iframe src=\"https://evil.example\"></iframe>".into();
    a.place = format!("Room {IMG}");
    a.confidentiality = "<style>body{display:none}</style>".into();
    a.hr_sharing = "![pixel](https://evil.example/p.png)".into();
    a.feedback = "</main><script>alert(2)</script>".into();
    agreement::save(&cx(s.conn()), t.id, &a).unwrap();

    for language in [Language::De, Language::En] {
        let html = agreement::export(
            &cx(s.conn()).in_language(language),
            t.id,
            None,
            ExportFormat::Html,
        )
        .unwrap();
        let lower = html.to_ascii_lowercase();
        for bad in ["<script", "<img", "<iframe", "<b ", "javascript:"] {
            assert!(!lower.contains(bad), "{bad} in\n{html}");
        }
        for tag in tags(&lower) {
            let names: String = tag.split('"').step_by(2).collect();
            for attr in [" on", "src=", "style="] {
                assert!(!names.contains(attr), "{attr} in <{tag}>");
            }
        }
        assert_eq!(lower.matches("<style>").count(), 1, "only our own style");
        assert_eq!(lower.matches("</main>").count(), 1);
        // The text is there, escaped.
        assert!(
            html.contains("Evil &lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        assert!(html.contains("<title>"), "{html}");
        assert!(!html.contains("<title>Tandem-Vereinbarung: Evil <script>"));
    }
    let md = agreement::export(&cx(s.conn()), t.id, None, ExportFormat::Markdown).unwrap();
    assert!(
        md.contains("Evil \\<script\\>alert(1)\\</script\\>"),
        "{md}"
    );
    // Every `<` is escaped, except our own autolink of the (validated) video link.
    for (i, _) in md.match_indices('<') {
        let escaped = i > 0 && md.as_bytes()[i - 1] == b'\\';
        assert!(
            escaped || md[i..].starts_with("<https://"),
            "raw < at {i} in\n{md}"
        );
    }
}

#[test]
fn save_export_writes_the_document() {
    let (tmp, mut s) = session();
    let id = agreed_tandem(&mut s, "Tandem");
    let path = tmp.path().join("agreement.html");
    agreement::save_export(&cx(s.conn()), id, Some(1), ExportFormat::Html, &path).unwrap();
    let written = std::fs::read_to_string(&path).unwrap();
    let direct = agreement::export(&cx(s.conn()), id, Some(1), ExportFormat::Html).unwrap();
    assert_eq!(written, direct);
    let bad = tmp.path().join("no-such-dir").join("a.md");
    let err =
        agreement::save_export(&cx(s.conn()), id, None, ExportFormat::Markdown, &bad).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io);
    assert_eq!(ExportFormat::Html.extension(), "html");
}

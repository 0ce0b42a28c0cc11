//! Markdown → safe HTML: the one path by which user text becomes HTML (agreement export,
//! meeting notes, reflections, journal entries). Raw HTML in the Markdown is shown as text,
//! and the rendered HTML is sanitised by ammonia: no scripts, no event handlers, no
//! `javascript:` or other non-http(s)/mailto links, no relative links, no images at all;
//! links get `rel="noopener noreferrer"`. Task-list items (`- [x] done`) become disabled
//! checkboxes: the only `<input>` that survives is `type="checkbox" disabled`.
//!
//! [`to_plain_text`] strips Markdown for excerpts (the journal timeline); [`html_page`] wraps
//! an exported document (agenda, agreement) in its printable page.

use std::collections::HashSet;

use ammonia::{Builder, UrlRelative};
use pulldown_cmark::{html, Event, Options, Parser, TagEnd};

mod page;

pub use page::{html_page, ExportFormat};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// Renders `markdown` (CommonMark plus tables, strikethrough and task lists) to sanitised
/// HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let options = options();
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        // Raw HTML is not markup here: show it as typed.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        // A line break the user typed stays a line break (an agreement section, a prep note
        // or a reflection is written in a plain text box, not by Markdown rules).
        Event::SoftBreak => Event::HardBreak,
        other => other,
    });
    let mut rendered = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut rendered, events);
    canonical_checkboxes(&sanitizer().clean(&rendered).to_string())
}

/// ammonia writes the attributes it sets in hash order; give every checkbox one fixed form
/// so the same Markdown always renders to the same HTML. The scan reads ammonia's
/// serialisation: text has `<` escaped, so a `<` starts a tag, and attribute values are
/// always double-quoted, so a `>` inside quotes does not end one. Only generated task-list
/// markers reach this point as `<input>` elements (typed HTML is text).
fn canonical_checkboxes(html: &str) -> String {
    const CHECKED: &str = "<input type=\"checkbox\" disabled=\"\" checked=\"\">";
    const OPEN: &str = "<input type=\"checkbox\" disabled=\"\">";
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let start = i;
        let mut quoted = false;
        i += 1;
        while i < bytes.len() && (quoted || bytes[i] != b'>') {
            if bytes[i] == b'"' {
                quoted = !quoted;
            }
            i += 1;
        }
        // `start` and `i` sit on ASCII bytes (or the end), so both are char boundaries.
        let tag = &html[start..i];
        let is_input = tag
            .strip_prefix("<input")
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '/']));
        if is_input {
            let names: String = tag.split('"').step_by(2).collect();
            out.push_str(&html[copied..start]);
            out.push_str(if names.contains(" checked") {
                CHECKED
            } else {
                OPEN
            });
            copied = (i + 1).min(bytes.len());
        }
        i += 1;
    }
    if copied < html.len() {
        out.push_str(&html[copied..]);
    }
    out
}

fn sanitizer() -> Builder<'static> {
    let mut builder = Builder::default();
    builder
        .rm_tags(["img"])
        // Task-list markers: whatever an `<input>` carried, it leaves as a disabled checkbox.
        .add_tags(["input"])
        .add_tag_attributes("input", ["checked"])
        .set_tag_attribute_value("input", "type", "checkbox")
        .set_tag_attribute_value("input", "disabled", "")
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .url_relative(UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer"));
    builder
}

/// The plain text of `markdown` (formatting, link targets and task markers dropped, white
/// space collapsed), cut at a word boundary to at most `max_chars` characters with "…" when
/// it is longer. Raw HTML stays as typed text, as in [`to_safe_html`].
pub fn to_plain_text(markdown: &str, max_chars: usize) -> String {
    if max_chars == 0 {
        return String::new();
    }
    // Only the beginning can reach the excerpt; parsing it alone keeps long texts cheap.
    let head = prefix(markdown, max_chars.saturating_mul(8).max(512));
    let mut raw = String::with_capacity(head.len().min(max_chars * 4 + 16));
    for event in Parser::new_ext(head, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                raw.push_str(&t)
            }
            // Inline ends ("**sources**.") join their text; block ends separate words.
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) => {}
            Event::SoftBreak | Event::HardBreak | Event::Rule | Event::End(_) => raw.push(' '),
            _ => {}
        }
        // Enough collected (bytes ≥ chars; white space collapses later).
        if raw.len() > max_chars.saturating_mul(6) {
            break;
        }
    }
    let collapsed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    truncate_words(&collapsed, max_chars)
}

/// The longest prefix of `text` with at most `max_bytes` bytes, cut at a char boundary.
fn prefix(text: &str, max_bytes: usize) -> &str {
    if text.len() <= max_bytes {
        return text;
    }
    let mut end = max_bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// `text` cut to at most `max_chars` characters at a word boundary, with "…" when cut.
pub fn truncate_words(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let keep = max_chars.saturating_sub(1);
    let cut: String = text.chars().take(keep).collect();
    let next_is_space = text.chars().nth(keep).is_some_and(char::is_whitespace);
    let mut out = match cut.rfind(char::is_whitespace) {
        // Cut inside a word: drop the partial word (unless it is the only one).
        Some(space) if !next_is_space && space > 0 => cut[..space].to_string(),
        _ => cut,
    };
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

/// Escapes text for an inline Markdown position (a heading, a list item after a label) so
/// it renders exactly as typed: Markdown and HTML syntax characters get a backslash.
pub fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Keeps the user's Markdown in a long text but escapes `<`, so no raw HTML reaches a
/// Markdown viewer either.
pub fn escape_block(text: &str) -> String {
    text.replace('<', "\\<")
}

/// Escapes text for HTML element content or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;

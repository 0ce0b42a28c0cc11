//! Markdown → safe HTML: the one path by which user text becomes HTML (agreement export
//! now, notes later). Raw HTML in the Markdown is shown as text, and the rendered HTML is
//! sanitised by ammonia: no scripts, no event handlers, no `javascript:` or other
//! non-http(s)/mailto links, no relative links, no images at all; links get
//! `rel="noopener noreferrer"`.

use std::collections::HashSet;

use ammonia::{Builder, UrlRelative};
use pulldown_cmark::{html, Event, Options, Parser};

/// Renders `markdown` (CommonMark plus tables and strikethrough) to sanitised HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        // Raw HTML is not markup here: show it as typed.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut rendered = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut rendered, events);
    sanitizer().clean(&rendered).to_string()
}

fn sanitizer() -> Builder<'static> {
    let mut builder = Builder::default();
    builder
        .rm_tags(["img"])
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .url_relative(UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer"));
    builder
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

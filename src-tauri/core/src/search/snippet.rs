//! Highlighted snippets, built here from the stored text with the query's own matcher (so a
//! hit found through the German ASCII spelling is highlighted too). No HTML: the UI renders
//! the parts as text.

use super::query::{Query, Word};
use super::types::SnippetPart;

/// About this many characters per snippet.
pub const SNIPPET_CHARS: usize = 200;
/// Context shown before the first hit.
const LEAD_CHARS: usize = 60;
const ELLIPSIS: &str = "…";

/// A snippet and how many hits its field has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub parts: Vec<SnippetPart>,
    pub hits: usize,
}

/// The snippet of `text` (Markdown or plain) for `query`: ~200 characters around the first
/// hit, or the start of the text when nothing in it matches.
pub fn build(text: &str, query: &Query) -> Snippet {
    let text = plain_text(text);
    let hits = hit_ranges(&text, query);
    let first = hits.first().copied().unwrap_or((0, 0));
    let (start, end) = window(&text, first);
    let mut parts = Vec::new();
    if start > 0 {
        push(&mut parts, ELLIPSIS, false);
    }
    let mut pos = start;
    for &(s, e) in hits.iter().filter(|&&(s, e)| s >= start && e <= end) {
        push(&mut parts, &text[pos..s], false);
        push(&mut parts, &text[s..e], true);
        pos = e;
    }
    push(&mut parts, &text[pos..end], false);
    if end < text.len() {
        push(&mut parts, ELLIPSIS, false);
    }
    Snippet {
        parts,
        hits: hits.len(),
    }
}

fn push(parts: &mut Vec<SnippetPart>, text: &str, hit: bool) {
    if text.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(last) if last.hit == hit => last.text.push_str(text),
        _ => parts.push(SnippetPart {
            text: text.to_string(),
            hit,
        }),
    }
}

/// Byte ranges of the hits in `text`, in order, not overlapping.
fn hit_ranges(text: &str, query: &Query) -> Vec<(usize, usize)> {
    let words = Word::split(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match query.match_at(&words, i) {
            Some(n) if n > 0 => {
                let last = &words[(i + n - 1).min(words.len() - 1)];
                out.push((words[i].start, last.end));
                i += n;
            }
            _ => i += 1,
        }
    }
    out
}

/// The byte window of ~[`SNIPPET_CHARS`] around the hit `(s, e)`, cut at spaces.
fn window(text: &str, (s, e): (usize, usize)) -> (usize, usize) {
    let before: Vec<usize> = text[..s].char_indices().map(|(i, _)| i).collect();
    let mut start = before
        .len()
        .checked_sub(LEAD_CHARS)
        .map_or(0, |k| before[k]);
    if start > 0 {
        // Begin at a word: after the first space of the lead-in, if there is one.
        if let Some(sp) = text[start..s].find(' ') {
            start += sp + 1;
        }
    }
    let mut end = text[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(i, _)| start + i);
    if end < e {
        end = e;
    }
    if end < text.len() {
        if let Some(sp) = text[e..end].rfind(' ') {
            end = e + sp;
        }
    }
    (start, end.max(start))
}

/// `text` with Markdown markup removed and whitespace collapsed to single spaces.
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = strip_line_markers(line.trim());
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        strip_inline(line, &mut out);
    }
    let mut collapsed = String::with_capacity(out.len());
    for w in out.split_whitespace() {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(w);
    }
    collapsed
}

/// Headings, quotes, list bullets and task boxes at the start of a line.
fn strip_line_markers(mut line: &str) -> &str {
    loop {
        let before = line;
        line = line.trim_start_matches('>').trim_start();
        line = line.trim_start_matches('#').trim_start();
        for bullet in ["- ", "* ", "+ "] {
            if let Some(rest) = line.strip_prefix(bullet) {
                line = rest.trim_start();
            }
        }
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 {
            let rest = &line[digits..];
            if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
                line = r.trim_start();
            }
        }
        for task in ["[ ] ", "[x] ", "[X] "] {
            if let Some(rest) = line.strip_prefix(task) {
                line = rest.trim_start();
            }
        }
        if line == before {
            return line;
        }
    }
}

/// Emphasis and code markers dropped; `[text](url)` and `![alt](url)` → text.
fn strip_inline(line: &str, out: &mut String) {
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '[' || (c == '!' && rest[1..].starts_with('[')) {
            let open = if c == '!' { 2 } else { 1 };
            if let Some((label, after)) = link(&rest[open..]) {
                strip_inline(label, out);
                rest = after;
                continue;
            }
        }
        match c {
            '*' | '`' | '~' => {}
            '_' if rest.starts_with("__") => {
                rest = &rest[2..];
                continue;
            }
            _ => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// `label](url)rest` → (label, rest).
fn link(s: &str) -> Option<(&str, &str)> {
    let close = s.find("](")?;
    let label = &s[..close];
    if label.contains('[') || label.contains(']') {
        return None;
    }
    let after = &s[close + 2..];
    let end = after.find(')')?;
    Some((label, &after[end + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(parts: &[SnippetPart]) -> String {
        parts
            .iter()
            .map(|p| {
                if p.hit {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn highlights_both_spellings() {
        let q = Query::parse("Fuehrung strasse");
        let s = build("Gute **Führung** auf der Straße und Fuehrungskraft", &q);
        assert_eq!(
            render(&s.parts),
            "Gute [Führung] auf der [Straße] und [Fuehrungskraft]"
        );
        assert_eq!(s.hits, 3);
        let s = build("Führung", &Query::parse("Füh"));
        assert_eq!(render(&s.parts), "[Führung]");
    }

    #[test]
    fn markdown_is_stripped() {
        assert_eq!(
            plain_text(
                "# Titel\n\n- [x] erledigt mit `code`\n> Zitat [Link](https://x.y) __fett__"
            ),
            "Titel erledigt mit code Zitat Link fett"
        );
        assert_eq!(plain_text("snake_case ![Bild](a.png)"), "snake_case Bild");
    }

    #[test]
    fn window_is_cut_at_words_around_the_first_hit() {
        let text = format!("{} Ziel {}", "vorher ".repeat(40), "nachher ".repeat(40));
        let s = build(&text, &Query::parse("ziel"));
        let r = render(&s.parts);
        assert!(r.starts_with("…vorher"), "{r}");
        assert!(r.ends_with("nachher…"), "{r}");
        assert!(r.contains("[Ziel]"));
        assert!(
            r.chars().count() <= SNIPPET_CHARS + 4,
            "{}",
            r.chars().count()
        );
    }

    #[test]
    fn no_hit_shows_the_start() {
        let s = build("Erste Zeile\nzweite", &Query::parse("nichts"));
        assert_eq!(render(&s.parts), "Erste Zeile zweite");
        assert_eq!(s.hits, 0);
    }

    #[test]
    fn phrases_highlight_as_one() {
        let s = build("Wir üben new work heute", &Query::parse("\"new work\""));
        assert_eq!(render(&s.parts), "Wir üben [new work] heute");
    }
}

//! What the user typed → a safe FTS5 MATCH expression, and the same query as a matcher for
//! snippets.
//!
//! Every word becomes a quoted string (FTS5 never sees user syntax: `"`, `*`, `NEAR(`, `-`,
//! `AND`/`OR` are just text), prefix-matched; "quoted phrases" stay phrases (an unclosed one,
//! still being typed, is prefix-matched on its last word); all parts must match. A part with
//! an umlaut or ß also searches its German ASCII spelling ("Führung" OR "fuehrung"); the
//! other direction ("Fuehrung" finds "Führung") comes from the index's `folded` column.

use crate::store::fold;

/// At most this many parts (words or phrases) of a query are used.
const MAX_PARTS: usize = 16;
/// At most this many words of one phrase are used.
const MAX_PHRASE_WORDS: usize = 16;

/// One word or phrase of the query: its spellings, each a sequence of normalised words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub spellings: Vec<Vec<String>>,
    /// The last word matches as a prefix.
    pub prefix: bool,
}

/// A parsed query; empty when the text has no words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub parts: Vec<Part>,
}

impl Query {
    /// Parses user text. Never fails: what is not a word is ignored.
    pub fn parse(text: &str) -> Query {
        let mut parts = Vec::new();
        let mut rest = text;
        while parts.len() < MAX_PARTS {
            rest = rest.trim_start();
            if rest.is_empty() {
                break;
            }
            let (chunk, prefix, tail) = if let Some(after) = rest.strip_prefix('"') {
                match after.find('"') {
                    Some(end) => (&after[..end], false, &after[end + 1..]),
                    None => (after, true, ""),
                }
            } else {
                let end = rest
                    .find(|c: char| c.is_whitespace() || c == '"')
                    .unwrap_or(rest.len());
                (&rest[..end], true, &rest[end..])
            };
            rest = tail;
            if let Some(part) = Part::from_text(chunk, prefix) {
                if !parts.contains(&part) {
                    parts.push(part);
                }
            }
        }
        Query { parts }
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// The FTS5 expression for the text columns, or `None` for an empty query.
    pub fn to_fts(&self) -> Option<String> {
        if self.parts.is_empty() {
            return None;
        }
        let parts: Vec<String> = self.parts.iter().map(Part::to_fts).collect();
        Some(format!("{{title body folded}} : ({})", parts.join(" AND ")))
    }

    /// Whether some part matches the words starting at `at`; how many words it covers.
    pub fn match_at(&self, words: &[Word], at: usize) -> Option<usize> {
        self.parts
            .iter()
            .filter_map(|p| p.match_at(words, at))
            .max()
    }
}

/// A word of a text in both normalised spellings, for matching.
#[derive(Debug, Clone)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    plain: String,
    folded: String,
}

impl Word {
    /// The words of `text` with byte ranges.
    pub fn split(text: &str) -> Vec<Word> {
        fold::words(text)
            .map(|(start, w)| Word {
                start,
                end: start + w.len(),
                plain: fold::plain(w),
                folded: if fold::has_umlaut(w) {
                    fold::folded(w)
                } else {
                    String::new()
                },
            })
            .collect()
    }

    fn matches(&self, q: &str, prefix: bool) -> bool {
        if prefix {
            self.plain.starts_with(q) || (!self.folded.is_empty() && self.folded.starts_with(q))
        } else {
            self.plain == q || self.folded == q
        }
    }
}

impl Part {
    fn from_text(text: &str, prefix: bool) -> Option<Part> {
        let words: Vec<&str> = fold::words(text)
            .map(|(_, w)| w)
            .take(MAX_PHRASE_WORDS)
            .collect();
        if words.is_empty() {
            return None;
        }
        let plain: Vec<String> = words.iter().map(|w| fold::plain(w)).collect();
        let mut spellings = vec![plain];
        if words.iter().any(|w| fold::has_umlaut(w)) {
            let folded: Vec<String> = words.iter().map(|w| fold::folded(w)).collect();
            if !spellings.contains(&folded) {
                spellings.push(folded);
            }
        }
        Some(Part { spellings, prefix })
    }

    fn to_fts(&self) -> String {
        let star = if self.prefix { "*" } else { "" };
        let alts: Vec<String> = self
            .spellings
            .iter()
            .map(|words| format!("\"{}\"{star}", words.join(" ").replace('"', "\"\"")))
            .collect();
        if alts.len() == 1 {
            alts.concat()
        } else {
            format!("({})", alts.join(" OR "))
        }
    }

    fn match_at(&self, words: &[Word], at: usize) -> Option<usize> {
        self.spellings.iter().find_map(|spelling| {
            let n = spelling.len();
            let window = words.get(at..at + n)?;
            let all = window
                .iter()
                .zip(spelling)
                .enumerate()
                .all(|(i, (w, q))| w.matches(q, self.prefix && i + 1 == n));
            all.then_some(n)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fts(text: &str) -> Option<String> {
        Query::parse(text).to_fts()
    }

    #[test]
    fn words_are_quoted_prefixed_and_anded() {
        assert_eq!(
            fts("digital Mentoring").as_deref(),
            Some("{title body folded} : (\"digital\"* AND \"mentoring\"*)")
        );
    }

    #[test]
    fn phrases_are_kept_and_open_phrases_prefixed() {
        assert_eq!(
            fts("\"new work\" ki").as_deref(),
            Some("{title body folded} : (\"new work\" AND \"ki\"*)")
        );
        assert_eq!(
            fts("\"new wo").as_deref(),
            Some("{title body folded} : (\"new wo\"*)")
        );
    }

    #[test]
    fn umlauts_search_both_spellings() {
        assert_eq!(
            fts("Führung Straße").as_deref(),
            Some(
                "{title body folded} : ((\"fuhrung\"* OR \"fuehrung\"*) AND \
                 (\"straße\"* OR \"strasse\"*))"
            )
        );
    }

    #[test]
    fn hostile_input_is_only_text() {
        for q in ["\"", "*", "-", "(", ")", "^", ":", "{}", "🎉", "  ", ""] {
            assert_eq!(fts(q), None, "{q:?}");
        }
        assert_eq!(
            fts("NEAR(").as_deref(),
            Some("{title body folded} : (\"near\"*)")
        );
        assert_eq!(
            fts("AND OR NOT").as_deref(),
            Some("{title body folded} : (\"and\"* AND \"or\"* AND \"not\"*)")
        );
        assert_eq!(
            fts("NEAR(a b) co-op").as_deref(),
            Some("{title body folded} : (\"near a\"* AND \"b\"* AND \"co op\"*)")
        );
    }

    #[test]
    fn long_queries_are_bounded() {
        let q = Query::parse(&"wort ".repeat(100));
        assert_eq!(q.parts.len(), 1, "duplicates collapse");
        let many: String = (0..100).map(|i| format!("w{i} ")).collect();
        assert_eq!(Query::parse(&many).parts.len(), MAX_PARTS);
    }

    #[test]
    fn matcher_follows_both_spellings() {
        let words = Word::split("Die Führung der Strasse");
        let q = Query::parse("fuehr");
        assert_eq!(q.match_at(&words, 1), Some(1));
        assert_eq!(Query::parse("fuhrung").match_at(&words, 1), Some(1));
        assert_eq!(Query::parse("Straße").match_at(&words, 3), Some(1));
        assert_eq!(Query::parse("\"die führung\"").match_at(&words, 0), Some(2));
        assert_eq!(Query::parse("\"die fü\"").match_at(&words, 0), None);
    }
}

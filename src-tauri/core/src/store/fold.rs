//! Word splitting and folding shared by the index (the `eyelevel_fold` SQL function), the
//! query builder and the snippets, so all three agree on what a word is and how it is spelt.
//!
//! - [`plain`]: lowercase, diacritics removed (ä → a, é → e), ß kept — what FTS5's
//!   `unicode61 remove_diacritics 2` makes of a word.
//! - [`folded`]: lowercase, ä → ae, ö → oe, ü → ue, ß → ss, other diacritics removed — the
//!   German spelling without umlauts.

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;

/// The SQL function the triggers of migration 0005 call.
pub const SQL_FUNCTION: &str = "eyelevel_fold";

/// Combining diacritical marks (text typed in decomposed form, NFD).
fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The combining diaeresis of a decomposed ä, ö, ü.
const DIAERESIS: char = '\u{308}';

/// Whether `c` is part of a word (a token for FTS5's unicode61 tokenizer).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// The words of `text` with their byte ranges.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// Whether `word` contains a character that has a German ASCII spelling.
pub fn has_umlaut(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c, 'ä' | 'ö' | 'ü' | 'ß' | 'Ä' | 'Ö' | 'Ü' | 'ẞ' | DIAERESIS))
}

/// `word` lowercased with its diacritics removed; ß stays.
pub fn plain(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        if !is_mark(c) {
            out.push(strip_diacritic(c));
        }
    }
    out
}

/// `word` lowercased in German ASCII spelling: ä → ae, ö → oe, ü → ue, ß → ss.
pub fn folded(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        match c {
            'ä' | 'Ä' => out.push_str("ae"),
            'ö' | 'Ö' => out.push_str("oe"),
            'ü' | 'Ü' => out.push_str("ue"),
            'ß' | 'ẞ' => out.push_str("ss"),
            // A decomposed ä, ö, ü: the base letter is already out.
            DIAERESIS if out.ends_with(['a', 'o', 'u']) => out.push('e'),
            c if is_mark(c) => {}
            _ => out.extend(c.to_lowercase().map(strip_diacritic)),
        }
    }
    out
}

/// The folded variants of the words of `text` that contain an umlaut or ß, space-separated
/// ("Die Führung übt" → "fuehrung uebt").
pub fn fold_variants(text: &str) -> String {
    let mut out = String::new();
    for (_, w) in words(text).filter(|(_, w)| has_umlaut(w)) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&folded(w));
    }
    out
}

/// Registers `eyelevel_fold(text)` → [`fold_variants`] (NULL → NULL) on `conn`. Every
/// connection that writes searchable tables needs it: the index triggers call it.
pub fn register(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        SQL_FUNCTION,
        1,
        FunctionFlags::SQLITE_UTF8
            | FunctionFlags::SQLITE_DETERMINISTIC
            | FunctionFlags::SQLITE_INNOCUOUS,
        |ctx| {
            let text: Option<String> = ctx.get(0)?;
            Ok(text.map(|t| fold_variants(&t)))
        },
    )
}

/// The base letter of a lowercase Latin letter with a diacritic (ß, æ, œ, ø … stay).
fn strip_diacritic(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_only_words_with_umlauts() {
        assert_eq!(
            fold_variants("Die Führung übt auf der Straße, ÄRGER! Fuehrung"),
            "fuehrung uebt strasse aerger"
        );
        assert_eq!(fold_variants("no umlauts here"), "");
        assert_eq!(fold_variants("GROẞ"), "gross");
    }

    #[test]
    fn plain_and_folded_spellings() {
        assert_eq!(plain("Führung"), "fuhrung");
        assert_eq!(plain("Straße"), "straße");
        assert_eq!(plain("Café"), "cafe");
        assert_eq!(folded("Führung"), "fuehrung");
        assert_eq!(folded("Straße"), "strasse");
        assert_eq!(folded("Öl"), "oel");
        assert_eq!(folded("café"), "cafe");
        // Decomposed (NFD) input folds like composed input.
        let nfd = "Fu\u{308}hrung Stra\u{df}e cafe\u{301}";
        assert_eq!(fold_variants(nfd), "fuehrung strasse");
        assert_eq!(plain("Fu\u{308}hrung"), "fuhrung");
        assert_eq!(folded("cafe\u{301}"), "cafe");
    }

    #[test]
    fn words_have_byte_offsets() {
        let text = "Grüße, an-alle 🎉 x";
        let w: Vec<_> = words(text).collect();
        assert_eq!(w, vec![(0, "Grüße"), (9, "an"), (12, "alle"), (22, "x")]);
    }
}

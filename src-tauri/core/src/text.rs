//! Rules for user-typed text: trimming and length limits (counted in characters).
//!
//! `field` is always the machine key of the input field (the snake_case name of the input
//! struct's field, e.g. `"partner_name"`); it reaches the UI as `ErrorPayload::field`.

use crate::error::{Error, Result};

/// Titles, names and other one-line fields.
pub const SHORT_MAX: usize = 200;
/// Long texts (expectations, reasons, notes, descriptions).
pub const LONG_MAX: usize = 20_000;

/// Markdown documents (meeting notes, journal entries).
pub const MARKDOWN_MAX: usize = 100_000;

/// A one-line field: line breaks and tabs become spaces, then it is trimmed.
fn one_line(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

fn check_len(field: &'static str, value: &str, max: usize) -> Result<()> {
    if value.chars().count() > max {
        return Err(Error::TextTooLong { field, max });
    }
    Ok(())
}

/// A required one-line field (title, name): empty → [`Error::TitleRequired`].
pub fn required_short(field: &'static str, value: &str) -> Result<String> {
    let value = one_line(value);
    if value.is_empty() {
        return Err(Error::TitleRequired { field });
    }
    check_len(field, &value, SHORT_MAX)?;
    Ok(value)
}

/// A one-line field that may be left empty.
pub fn short(field: &'static str, value: &str) -> Result<String> {
    line(field, value, SHORT_MAX)
}

/// A one-line field with its own limit (may be empty).
pub fn line(field: &'static str, value: &str, max: usize) -> Result<String> {
    let value = one_line(value);
    check_len(field, &value, max)?;
    Ok(value)
}

/// An optional one-line field; empty becomes `None`.
pub fn optional_short(field: &'static str, value: Option<&str>) -> Result<Option<String>> {
    let value = short(field, value.unwrap_or_default())?;
    Ok(Some(value).filter(|v| !v.is_empty()))
}

/// A long text (may contain line breaks and Markdown); trimmed.
pub fn long(field: &'static str, value: &str) -> Result<String> {
    let value = value.trim().to_string();
    check_len(field, &value, LONG_MAX)?;
    Ok(value)
}

/// Checks the length of a Markdown document (at most [`MARKDOWN_MAX`] characters). The text
/// itself is kept exactly as typed: an editor that autosaves must get back what it sent.
pub fn check_markdown_length(field: &'static str, value: &str) -> Result<()> {
    check_len(field, value, MARKDOWN_MAX)
}

/// True when the text holds nothing but white space.
pub fn is_blank(value: &str) -> bool {
    value.trim().is_empty()
}

/// Case-insensitive (Unicode) equality of two titles.
pub fn same_title(a: &str, b: &str) -> bool {
    a == b || a.to_lowercase() == b.to_lowercase()
}

/// A sort key that orders titles case-insensitively, with common Latin accents and umlauts
/// sorting beside their base letter ("Ärger" next to "Arbeit", not after "Zoo").
pub fn sort_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    for c in title.to_lowercase().chars() {
        match c {
            'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' => key.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ø' => key.push('o'),
            'ü' | 'ù' | 'ú' | 'û' => key.push('u'),
            'é' | 'è' | 'ê' | 'ë' => key.push('e'),
            'í' | 'ì' | 'î' | 'ï' => key.push('i'),
            'ç' => key.push('c'),
            'ñ' => key.push('n'),
            'ß' => key.push_str("ss"),
            c => key.push(c),
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn short_fields_are_trimmed_to_one_line() {
        assert_eq!(required_short("title", "  a\nb\t c ").unwrap(), "a b  c");
        let err = required_short("partner_name", " \n ").unwrap_err();
        assert_eq!(err.code(), ErrorCode::TitleRequired);
        assert_eq!(err.field(), Some("partner_name"));
        assert!(err.to_string().contains("partner name"));
        assert_eq!(optional_short("program", Some("  ")).unwrap(), None);
        assert_eq!(optional_short("program", None).unwrap(), None);
    }

    #[test]
    fn limits_count_characters() {
        let ok = "ä".repeat(SHORT_MAX);
        assert_eq!(required_short("title", &ok).unwrap(), ok);
        let err = required_short("title", &format!("{ok}ä")).unwrap_err();
        assert_eq!(err.code(), ErrorCode::TextTooLong);
        assert_eq!(err.field(), Some("title"));
        assert!(long("why", &"x".repeat(LONG_MAX)).is_ok());
        let err = long("why", &"x".repeat(LONG_MAX + 1)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::TextTooLong);
        assert_eq!(err.field(), Some("why"));
        let err = line("questions", &"x".repeat(11), 10).unwrap_err();
        assert_eq!(err.field(), Some("questions"));
    }

    #[test]
    fn titles_compare_without_case() {
        assert!(same_title("Tandem mit Lena", "TANDEM MIT LENA"));
        assert!(same_title("Ärger", "ärger"));
        assert!(!same_title("Lena", "Lena 2"));
    }

    #[test]
    fn sort_key_folds_umlauts() {
        let mut titles = ["Zoo", "Ärger", "arbeit", "Öl", "Ober", "Straße"];
        titles.sort_by_key(|t| sort_key(t));
        assert_eq!(titles, ["arbeit", "Ärger", "Ober", "Öl", "Straße", "Zoo"]);
    }
}

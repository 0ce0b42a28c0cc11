//! Links the user types (video links, agenda links): http(s) only.

use crate::error::{Error, Result};

/// Longest accepted link.
pub const LINK_MAX: usize = 2000;

/// An http(s) link. `meet.example.org/abc` becomes `https://meet.example.org/abc`; any other
/// scheme (`javascript:`, `data:`, `file:` …) and whitespace inside → [`Error::InvalidLink`]
/// about `field`. Empty → `None`.
pub fn http(field: &'static str, link: &str) -> Result<Option<String>> {
    let link = link.trim();
    if link.is_empty() {
        return Ok(None);
    }
    if link.chars().count() > LINK_MAX {
        return Err(Error::TextTooLong {
            field,
            max: LINK_MAX,
        });
    }
    if link.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::invalid_link(field, "a link must not contain spaces"));
    }
    let lower = link.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        if link.len() <= lower.find("//").unwrap_or(0) + 2 {
            return Err(Error::invalid_link(field, "the link has no address"));
        }
        return Ok(Some(link.to_string()));
    }
    let has_scheme = link.split_once(':').is_some_and(|(head, _)| {
        head.starts_with(|c: char| c.is_ascii_alphabetic())
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-'))
    });
    if has_scheme || link.starts_with('/') || !link.contains('.') {
        return Err(Error::invalid_link(
            field,
            "a link must be an https:// or http:// address",
        ));
    }
    Ok(Some(format!("https://{link}")))
}

/// An optional link.
pub fn optional(field: &'static str, link: Option<&str>) -> Result<Option<String>> {
    http(field, link.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn links() {
        assert_eq!(http("links", " ").unwrap(), None);
        assert_eq!(
            http("links", "example.org/a").unwrap().as_deref(),
            Some("https://example.org/a")
        );
        assert_eq!(
            http("links", "HTTP://x.org").unwrap().as_deref(),
            Some("HTTP://x.org")
        );
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "file:///etc",
            "a b.org",
            "https://",
            "/etc/passwd",
            "nodot",
        ] {
            let e = http("links", bad).unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidLink, "{bad}");
            assert_eq!(e.field(), Some("links"));
        }
    }
}

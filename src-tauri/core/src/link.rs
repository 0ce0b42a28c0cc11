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
        let rest = &link[lower.find("//").unwrap_or(0) + 2..];
        if rest.is_empty() {
            return Err(Error::invalid_link(field, "the link has no address"));
        }
        check_host(field, rest)?;
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
    check_host(field, link)?;
    Ok(Some(format!("https://{link}")))
}

/// `https://meet.example.org@evil.example/` goes to evil.example: whatever stands before an
/// `@` in the address part only disguises the real host, so such links are refused.
fn check_host(field: &'static str, after_scheme: &str) -> Result<()> {
    let authority = after_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    if authority.contains('@') {
        return Err(Error::invalid_link(
            field,
            "a link must not carry a user name before its address (it hides where it leads)",
        ));
    }
    Ok(())
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
            http("links", "https://example.org/people/a@b")
                .unwrap()
                .as_deref(),
            Some("https://example.org/people/a@b"),
            "an @ in the path is fine"
        );
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
            "https://meet.example.org@evil.example/",
            "https://user:pw@evil.example",
            "meet.example.org@evil.example/x",
        ] {
            let e = http("links", bad).unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidLink, "{bad}");
            assert_eq!(e.field(), Some("links"));
        }
    }
}

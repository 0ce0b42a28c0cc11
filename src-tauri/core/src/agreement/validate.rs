//! Checks and cleans an [`AgreementInput`] before it is written.

use super::AgreementInput;
use crate::error::{Error, Result};
use crate::tandem::validate::cadence;
use crate::text;

/// Longest accepted video link.
pub const LINK_MAX: usize = 2000;

/// The cleaned input: trimmed texts, an empty video link as `None`.
pub fn input(input: &AgreementInput) -> Result<AgreementInput> {
    cadence(&input.cadence)?;
    Ok(AgreementInput {
        my_expectations: text::long("my_expectations", &input.my_expectations)?,
        partner_expectations: text::long("partner_expectations", &input.partner_expectations)?,
        cadence: input.cadence,
        place: text::short("place", &input.place)?,
        video_link: video_link(input.video_link.as_deref())?,
        confidentiality: text::long("confidentiality", &input.confidentiality)?,
        hr_sharing: text::long("hr_sharing", &input.hr_sharing)?,
        voluntary: input.voluntary,
        feedback: text::long("feedback", &input.feedback)?,
        review_date: input.review_date,
    })
}

/// An http(s) link. `meet.example.org/abc` becomes `https://meet.example.org/abc`; any other
/// scheme (`javascript:`, `data:`, `file:` …) is refused, and so is whitespace inside.
pub fn video_link(link: Option<&str>) -> Result<Option<String>> {
    let link = link.unwrap_or_default().trim();
    if link.is_empty() {
        return Ok(None);
    }
    if link.chars().count() > LINK_MAX {
        return Err(Error::TextTooLong {
            field: "video_link",
            max: LINK_MAX,
        });
    }
    if link.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::invalid_field(
            "video_link",
            "the video link must not contain spaces",
        ));
    }
    let lower = link.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Ok(Some(link.to_string()));
    }
    // `name:` before anything else (letters, digits, + and -, no dot) is a scheme.
    let has_scheme = link.split_once(':').is_some_and(|(head, _)| {
        head.starts_with(|c: char| c.is_ascii_alphabetic())
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-'))
    });
    if has_scheme {
        return Err(Error::invalid_field(
            "video_link",
            "the video link must be an https:// or http:// address",
        ));
    }
    Ok(Some(format!("https://{link}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn video_links() {
        assert_eq!(video_link(None).unwrap(), None);
        assert_eq!(video_link(Some("  ")).unwrap(), None);
        assert_eq!(
            video_link(Some(" https://meet.example.org/abc "))
                .unwrap()
                .as_deref(),
            Some("https://meet.example.org/abc")
        );
        assert_eq!(
            video_link(Some("meet.example.org/abc")).unwrap().as_deref(),
            Some("https://meet.example.org/abc")
        );
        assert_eq!(
            video_link(Some("meet.example.org:8443/x"))
                .unwrap()
                .as_deref(),
            Some("https://meet.example.org:8443/x")
        );
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
            "ftp://example.org",
            "vbscript:msgbox",
        ] {
            let err = video_link(Some(bad)).unwrap_err();
            assert_eq!(err.code(), ErrorCode::InvalidInput, "{bad}");
            assert_eq!(err.field(), Some("video_link"), "{bad}");
        }
        let err = video_link(Some("https://x.org/a b")).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert_eq!(err.field(), Some("video_link"));
        let err = video_link(Some(&"x".repeat(LINK_MAX + 1))).unwrap_err();
        assert_eq!(err.code(), ErrorCode::TextTooLong);
        assert_eq!(err.field(), Some("video_link"));
    }
}

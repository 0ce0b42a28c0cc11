//! RFC 5545 §3.1 line folding, done here instead of by the `ics` crate.
//!
//! Why: `ics` 0.5.8 cuts every chunk at 75 octets and then prefixes continuation lines with
//! the folding space, so each continuation line is 76 octets long — one more than the RFC
//! allows. It does keep UTF-8 characters whole. We unfold what it wrote and fold again with
//! the space counted: first line ≤ 75 octets, continuation lines ≤ 1 + 74 octets, cuts only
//! at character boundaries.

/// Longest physical line in octets, without the CRLF.
pub const LINE_OCTETS: usize = 75;

/// Re-folds an iCalendar text written by `ics`: joins its continuation lines back into
/// content lines and folds each one again. Every line ends with CRLF.
///
/// Joining is safe: `ics` writes values with CR/LF escaped (TEXT) or free of them (our URIs,
/// UIDs and times), so a CRLF followed by a space only ever comes from its folding.
pub fn refold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 64 * 3);
    let mut line = String::new();
    let mut started = false;
    for physical in text.split("\r\n") {
        if let Some(rest) = physical.strip_prefix([' ', '\t']) {
            line.push_str(rest);
            continue;
        }
        if started {
            fold_line(&line, &mut out);
        }
        line.clear();
        line.push_str(physical);
        started = true;
    }
    // `text` ends with CRLF, so the last piece is empty and was not a content line.
    if started && !line.is_empty() {
        fold_line(&line, &mut out);
    }
    out
}

/// Appends one content line, folded, with CRLF endings.
pub fn fold_line(line: &str, out: &mut String) {
    let mut rest = line;
    let mut limit = LINE_OCTETS;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        // A UTF-8 character is at most 4 octets, so a boundary exists within the last 4.
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = LINE_OCTETS - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    #[test]
    fn lines_stay_within_75_octets_and_keep_characters_whole() {
        for line in [
            "SUMMARY:".to_string() + &"ä".repeat(120),
            "DESCRIPTION:".to_string() + &"👩‍👩‍👧‍👦🇩🇪".repeat(30),
            "X:".to_string() + &"a".repeat(73),
            "X:".to_string() + &"a".repeat(500),
            "X:a€".repeat(40),
        ] {
            let mut out = String::new();
            fold_line(&line, &mut out);
            assert!(out.ends_with("\r\n"));
            for physical in out.trim_end_matches("\r\n").split("\r\n") {
                assert!(physical.len() <= LINE_OCTETS, "{} octets", physical.len());
            }
            assert_eq!(unfold(out.trim_end_matches("\r\n")), line);
        }
    }

    #[test]
    fn refold_repairs_the_76_octet_continuations_of_ics() {
        let long = format!("SUMMARY:{}", "x".repeat(200));
        let mut ics_style = String::new();
        ics_style.push_str("BEGIN:VCALENDAR\r\n");
        ics_style.push_str(&long[..75]);
        ics_style.push_str("\r\n ");
        ics_style.push_str(&long[75..150]);
        ics_style.push_str("\r\n ");
        ics_style.push_str(&long[150..]);
        ics_style.push_str("\r\nEND:VCALENDAR\r\n");
        let out = refold(&ics_style);
        assert!(out.lines().all(|l| l.trim_end_matches('\r').len() <= 75));
        assert_eq!(
            unfold(&out),
            format!("BEGIN:VCALENDAR\r\n{long}\r\nEND:VCALENDAR\r\n")
        );
    }
}

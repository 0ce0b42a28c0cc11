//! Recovery code format and parsing (see `vault::recovery`).

use std::collections::HashSet;

use eyelevel_core::vault::recovery::{RecoveryCode, ALPHABET, BITS, GROUP, SYMBOLS};
use eyelevel_core::ErrorCode;

#[test]
fn format_is_seven_groups_of_four() {
    assert_eq!(ALPHABET.len(), 32);
    assert_eq!(&ALPHABET[..], b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
    assert_eq!((SYMBOLS, GROUP), (28, 4));
    const { assert!(BITS >= 128) };
    let code = RecoveryCode::generate();
    let text = code.formatted();
    let groups: Vec<&str> = text.split('-').collect();
    assert_eq!(groups.len(), 7, "{}", text.len());
    for g in groups {
        assert_eq!(g.len(), 4);
        assert!(g.bytes().all(|b| ALPHABET.contains(&b)));
    }
    for banned in ['0', '1', 'I', 'O'] {
        assert!(!text.contains(banned));
    }
}

#[test]
fn codes_are_random_and_use_the_whole_alphabet() {
    let mut seen_codes = HashSet::new();
    let mut seen_symbols = HashSet::new();
    for _ in 0..500 {
        let c = RecoveryCode::generate().formatted().to_string();
        seen_symbols.extend(c.bytes().filter(|b| *b != b'-'));
        assert!(seen_codes.insert(c));
    }
    assert_eq!(seen_symbols.len(), 32);
}

#[test]
fn parsing_ignores_case_spaces_and_dashes() {
    let code = RecoveryCode::generate();
    let canonical = code.formatted().to_string();
    let plain = canonical.replace('-', "");
    let variants = [
        canonical.clone(),
        canonical.to_lowercase(),
        plain.clone(),
        plain.to_lowercase(),
        canonical.replace('-', " "),
        format!("  {}  ", canonical.replace('-', " - ")),
        plain.chars().flat_map(|c| [c, '-']).collect::<String>(),
        format!("{}\n{}", &plain[..14], &plain[14..]),
    ];
    for v in variants {
        let parsed = RecoveryCode::parse(&v).unwrap();
        assert_eq!(*parsed.formatted(), canonical, "{v:?}");
        assert_eq!(parsed, code);
    }
}

#[test]
fn malformed_codes_are_rejected() {
    let plain = RecoveryCode::generate().formatted().replace('-', "");
    let bad = [
        String::new(),
        plain[..27].to_string(),
        format!("{plain}A"),
        format!("0{}", &plain[1..]),
        format!("1{}", &plain[1..]),
        format!("I{}", &plain[1..]),
        format!("o{}", &plain[1..]),
        format!("Ü{}", &plain[1..]),
        format!("_{}", &plain[1..]),
    ];
    for b in bad {
        let err = RecoveryCode::parse(&b).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidRecoveryCode, "{b:?}");
    }
}

#[test]
fn never_prints() {
    let c = RecoveryCode::generate();
    assert_eq!(format!("{c:?}"), "RecoveryCode(***)");
}

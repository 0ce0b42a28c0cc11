//! The opaque timeline cursor: the sort key of the last item of a page.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::error::{Error, Result};

use super::JournalKind;

/// Where an item sits in the timeline: newest `at` first, then by kind rank, then id (all
/// descending). `id` is the entry id for entries and the meeting id for notes and
/// reflections.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortKey {
    pub at: String,
    pub rank: u8,
    pub id: i64,
}

/// Items at the same instant: entries, then notes, then reflections.
pub fn rank(kind: JournalKind) -> u8 {
    match kind {
        JournalKind::Entry => 2,
        JournalKind::Note => 1,
        JournalKind::Reflection => 0,
    }
}

pub fn kind_of(rank: u8) -> Option<JournalKind> {
    match rank {
        2 => Some(JournalKind::Entry),
        1 => Some(JournalKind::Note),
        0 => Some(JournalKind::Reflection),
        _ => None,
    }
}

const VERSION: &str = "j1";

pub fn encode(key: &SortKey) -> String {
    URL_SAFE_NO_PAD.encode(format!("{VERSION}|{}|{}|{}", key.at, key.rank, key.id))
}

pub fn decode(cursor: &str) -> Result<SortKey> {
    let bad = || Error::invalid_field("cursor", "this is not a journal page cursor");
    let bytes = URL_SAFE_NO_PAD.decode(cursor.trim()).map_err(|_| bad())?;
    let text = String::from_utf8(bytes).map_err(|_| bad())?;
    let mut parts = text.split('|');
    if parts.next() != Some(VERSION) {
        return Err(bad());
    }
    let at = parts.next().filter(|a| !a.is_empty()).ok_or_else(bad)?;
    let rank: u8 = parts.next().and_then(|r| r.parse().ok()).ok_or_else(bad)?;
    let id: i64 = parts.next().and_then(|i| i.parse().ok()).ok_or_else(bad)?;
    if parts.next().is_some() || kind_of(rank).is_none() {
        return Err(bad());
    }
    Ok(SortKey {
        at: at.to_string(),
        rank,
        id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_garbage() {
        let key = SortKey {
            at: "2026-11-24T09:00:00.000Z".into(),
            rank: 1,
            id: 42,
        };
        assert_eq!(decode(&encode(&key)).unwrap(), key);
        for bad in [
            "",
            "x",
            "!!",
            &URL_SAFE_NO_PAD.encode("j1|a|9|1"),
            &URL_SAFE_NO_PAD.encode("j0|a|1|1"),
        ] {
            let err = decode(bad).unwrap_err();
            assert_eq!(err.field(), Some("cursor"), "{bad}");
        }
    }
}

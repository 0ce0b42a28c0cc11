//! One VEVENT → an [`Event`]: its identity, its times resolved to instants, and the parts a
//! meeting keeps (place, video link), read by the import rules in this module.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::parse::{Comp, Prop};
use super::rule::{self, Rule};
use super::value::{duration, stamp, stamps, Stamp};
use super::zone::{Zone, Zones};
use crate::error::{Error, Result};
use crate::link;

/// Longest place kept; longer ones are shortened (the `meetings.place` limit).
pub(crate) const PLACE_MAX: usize = 200;
/// The `meeting_sources.source_uid` limit.
const UID_MAX: usize = 1000;
/// Meetings without an end last an hour.
const DEFAULT_MINUTES: i64 = 60;

/// Where an event starts.
#[derive(Debug, Clone)]
pub(crate) enum Start {
    /// An all-day event on this date.
    Day(NaiveDate),
    /// Local wall time in `zone`.
    At {
        local: chrono::NaiveDateTime,
        zone: Zone,
    },
}

/// What a meeting keeps of an event, the same for every occurrence of a series.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Details {
    pub summary: String,
    pub place: String,
    pub place_shortened: bool,
    pub video_link: Option<String>,
    pub attendees: u32,
}

#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub uid: String,
    pub sequence: u32,
    pub cancelled: bool,
    pub start: Start,
    /// Length in minutes as written (timed events only).
    pub minutes: i64,
    pub rule: Option<Rule>,
    pub exdates: Vec<Stamp>,
    pub rdates: Vec<Stamp>,
    /// For an override: the original start it replaces (its `recurrence_id`).
    pub recurrence_id: Option<String>,
    pub details: Details,
}

fn invalid(reason: &str) -> Error {
    Error::IcsInvalid {
        reason: reason.to_string(),
    }
}

/// A one-line text (control characters become spaces), at most `max` characters; true when
/// it was shortened.
pub(crate) fn one_line(text: &str, max: usize) -> (String, bool) {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return (line, false);
    }
    let mut short: String = line.chars().take(max - 1).collect();
    short = short.trim_end().to_string();
    short.push('…');
    (short, true)
}

fn is_url(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !text.trim().contains(char::is_whitespace)
}

/// The first https:// link in a description (Teams and Zoom put theirs there, often in
/// angle brackets).
fn link_in(description: &str) -> Option<String> {
    let lower = description.to_ascii_lowercase();
    let at = lower.find("https://")?;
    let end = description[at..]
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '|'))
        .map_or(description.len(), |n| at + n);
    Some(
        description[at..end]
            .trim_end_matches(['.', ',', ';', ')', ']'])
            .to_string(),
    )
}

fn details(ev: &Comp) -> Details {
    let location = ev.value("LOCATION").unwrap_or_default();
    let location_link = is_url(location).then(|| location.trim().to_string());
    let (place, place_shortened) = if location_link.is_some() {
        (String::new(), false)
    } else {
        one_line(location, PLACE_MAX)
    };
    let candidates = [
        ev.value("URL").map(str::to_string),
        ev.value("X-GOOGLE-CONFERENCE").map(str::to_string),
        ev.value("X-MICROSOFT-SKYPETEAMSMEETINGURL")
            .map(str::to_string),
        location_link,
        ev.value("DESCRIPTION").and_then(link_in),
    ];
    let video_link = candidates
        .into_iter()
        .flatten()
        .find_map(|c| link::http("video_link", &c).ok().flatten());
    Details {
        summary: one_line(ev.value("SUMMARY").unwrap_or_default(), 200).0,
        place,
        place_shortened,
        video_link,
        attendees: u32::try_from(ev.all("ATTENDEE").count()).unwrap_or(u32::MAX),
    }
}

/// A stamp property with its zone: (stamp, zone).
fn timed(zones: &Zones, p: &Prop) -> Result<(Stamp, Zone)> {
    let s = stamp(&p.value).ok_or_else(|| invalid("an event has a date that cannot be read"))?;
    Ok((s, zones.of(s, p.param("TZID"))))
}

/// The instant of a stamp (dates at local midnight).
pub(crate) fn instant(s: Stamp, zone: &Zone) -> DateTime<Utc> {
    zone.to_utc(s.naive())
}

/// The `recurrence_id` key of an original start: a date for all-day, else UTC.
pub(crate) fn rid_key(s: Stamp, zone: &Zone) -> String {
    match s {
        Stamp::Date(d) => d.format("%Y%m%d").to_string(),
        _ => instant(s, zone).format("%Y%m%dT%H%M%SZ").to_string(),
    }
}

/// A stable stand-in for a missing UID (RFC 5545 requires one; some generators forget).
fn made_up_uid(ev: &Comp) -> String {
    let seed = format!(
        "{}\u{1f}{}",
        ev.value("DTSTART").unwrap_or_default(),
        ev.value("SUMMARY").unwrap_or_default()
    );
    // FNV-1a: stable across runs and platforms, unlike the std hasher.
    let hash = seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("no-uid-{hash:016x}")
}

/// Reads one VEVENT.
pub(crate) fn read(ev: &Comp, zones: &Zones) -> Result<Event> {
    let uid = match ev.value("UID").filter(|u| !u.is_empty()) {
        Some(u) if u.chars().count() > UID_MAX => {
            return Err(invalid("an event's UID is too long"))
        }
        Some(u) => u.to_string(),
        None => made_up_uid(ev),
    };
    let dtstart = ev
        .prop("DTSTART")
        .ok_or_else(|| invalid("an event has no start"))?;
    let (s, zone) = timed(zones, dtstart)?;
    let start = match s {
        Stamp::Date(d) => Start::Day(d),
        _ => Start::At {
            local: s.naive(),
            zone: zone.clone(),
        },
    };
    let begin = instant(s, &zone);
    let minutes = if let Some(end) = ev.prop("DTEND") {
        let (e, ez) = timed(zones, end)?;
        (instant(e, &ez) - begin).num_minutes()
    } else if let Some(d) = ev.value("DURATION") {
        duration(d).ok_or_else(|| invalid("an event has a duration that cannot be read"))? / 60
    } else {
        DEFAULT_MINUTES
    };
    let rule = match ev.value("RRULE") {
        Some(r) => Some(
            rule::read(r)
                .ok_or_else(|| invalid("an event repeats by a rule that is not supported"))?,
        ),
        None => None,
    };
    let list = |name: &str| -> Vec<Stamp> { ev.all(name).flat_map(|p| stamps(&p.value)).collect() };
    // The key is the original start as written: a date for an all-day series, else UTC.
    let recurrence_id = match ev.prop("RECURRENCE-ID") {
        Some(p) => {
            let (r, rz) = timed(zones, p)?;
            Some(rid_key(r, &rz))
        }
        None => None,
    };
    // Absurdly large numbers count as the largest (a newer invitation), junk as 0.
    let sequence = ev.value("SEQUENCE").map_or(0, |s| match s.parse::<u32>() {
        Ok(n) => n,
        Err(_) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => u32::MAX,
        Err(_) => 0,
    });
    let cancelled = ev
        .value("STATUS")
        .is_some_and(|s| s.eq_ignore_ascii_case("CANCELLED"));
    Ok(Event {
        uid,
        sequence,
        cancelled,
        start,
        minutes: minutes.clamp(
            -Duration::days(400).num_minutes(),
            Duration::days(400).num_minutes(),
        ),
        rule,
        exdates: list("EXDATE"),
        rdates: list("RDATE"),
        recurrence_id,
        details: details(ev),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_lines() {
        assert_eq!(
            link_in("Join: <https://teams.microsoft.com/l/meetup-join/19%3a>.\nMore").as_deref(),
            Some("https://teams.microsoft.com/l/meetup-join/19%3a")
        );
        assert_eq!(link_in("no link here http://x.org"), None);
        assert_eq!(one_line("a\n b\tc", 200), ("a b c".to_string(), false));
        let (short, cut) = one_line(&"ä".repeat(250), 200);
        assert!(cut);
        assert_eq!(short.chars().count(), 200);
        assert!(is_url("https://meet.example.org/abc"));
        assert!(!is_url("Room 4, https://x.org"));
    }
}

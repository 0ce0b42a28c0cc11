//! DATE, DATE-TIME, UTC-OFFSET and DURATION values. Every number is range-checked, so
//! absurd values (year 99999, a duration of 10^30 weeks) are rejected instead of overflowing.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// Years an event may fall in; anything else is junk, not a meeting.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;
/// Longest DURATION read (a year); longer values are junk.
const MAX_DURATION_SECONDS: i64 = 366 * 24 * 3600;

/// A DATE or DATE-TIME value as written: its zone is resolved elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stamp {
    /// VALUE=DATE (all-day).
    Date(NaiveDate),
    /// Local time: in the TZID's zone, or floating.
    Local(NaiveDateTime),
    /// Ends in `Z`.
    Utc(NaiveDateTime),
}

impl Stamp {
    /// The wall-clock time (midnight for a date).
    pub fn naive(self) -> NaiveDateTime {
        match self {
            Stamp::Date(d) => d.and_time(NaiveTime::MIN),
            Stamp::Local(t) | Stamp::Utc(t) => t,
        }
    }
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn date(s: &str, years: &std::ops::RangeInclusive<i32>) -> Option<NaiveDate> {
    if s.len() != 8 || !s.is_ascii() {
        return None;
    }
    let year = digits(&s[0..4])? as i32;
    if !years.contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, digits(&s[4..6])?, digits(&s[6..8])?)
}

/// "20261201", "20261201T090000" or "20261201T090000Z". Seconds of 60 (leap) are refused.
pub(crate) fn stamp(value: &str) -> Option<Stamp> {
    stamp_in(value, &YEARS)
}

/// A VTIMEZONE observance's DTSTART: Outlook writes 1601-01-01, so any year is fine.
pub(crate) fn zone_stamp(value: &str) -> Option<Stamp> {
    stamp_in(value, &(1..=9999))
}

fn stamp_in(value: &str, years: &std::ops::RangeInclusive<i32>) -> Option<Stamp> {
    let value = value.trim();
    if !value.is_ascii() {
        return None;
    }
    match value.len() {
        8 => date(value, years).map(Stamp::Date),
        15 | 16 => {
            let day = date(&value[0..8], years)?;
            if &value[8..9] != "T" {
                return None;
            }
            let time = NaiveTime::from_hms_opt(
                digits(&value[9..11])?,
                digits(&value[11..13])?,
                digits(&value[13..15])?,
            )?;
            match &value[15..] {
                "" => Some(Stamp::Local(day.and_time(time))),
                "Z" | "z" => Some(Stamp::Utc(day.and_time(time))),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A comma-separated list of stamps (EXDATE, RDATE); unreadable items are dropped, since a
/// missed exception is better than refusing the whole file.
pub(crate) fn stamps(value: &str) -> Vec<Stamp> {
    value.split(',').filter_map(stamp).collect()
}

/// "+0100", "-0500", "+053000" → seconds east of UTC (at most ±18 hours).
pub(crate) fn utc_offset(value: &str) -> Option<i32> {
    let value = value.trim();
    let sign = match value.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let rest = &value[1..];
    if !rest.is_ascii() || !(rest.len() == 4 || rest.len() == 6) {
        return None;
    }
    let h = digits(&rest[0..2])? as i32;
    let m = digits(&rest[2..4])? as i32;
    let s = if rest.len() == 6 {
        digits(&rest[4..6])? as i32
    } else {
        0
    };
    if h > 18 || m > 59 || s > 59 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60 + s))
}

/// "PT1H30M", "P1D", "-PT15M", "P2W" → seconds; None when malformed or longer than a year.
pub(crate) fn duration(value: &str) -> Option<i64> {
    let value = value.trim();
    let (sign, rest) = match value.as_bytes().first()? {
        b'-' => (-1, &value[1..]),
        b'+' => (1, &value[1..]),
        _ => (1, value),
    };
    let rest = rest.strip_prefix('P').or_else(|| rest.strip_prefix('p'))?;
    let mut total: i64 = 0;
    let mut number = String::new();
    let mut in_time = false;
    let mut any = false;
    for c in rest.chars() {
        match c.to_ascii_uppercase() {
            '0'..='9' => {
                if number.len() >= 9 {
                    return None;
                }
                number.push(c);
            }
            'T' if number.is_empty() && !in_time => in_time = true,
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                let factor = match (unit, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return None,
                };
                total = total.checked_add(n.checked_mul(factor)?)?;
                if total > MAX_DURATION_SECONDS {
                    return None;
                }
                any = true;
            }
        }
    }
    if !number.is_empty() || !any {
        return None;
    }
    Some(sign * total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_and_durations() {
        assert!(matches!(stamp("20261201"), Some(Stamp::Date(_))));
        assert!(matches!(stamp("20261201T090000"), Some(Stamp::Local(_))));
        assert!(matches!(stamp("20261201T090000Z"), Some(Stamp::Utc(_))));
        for bad in [
            "99999999",
            "2026120",
            "20261301",
            "20261201T250000",
            "20261201X090000",
            "20261201T090000+01",
            "18001201",
            "2026120\u{e9}",
        ] {
            assert_eq!(stamp(bad), None, "{bad}");
        }
        assert_eq!(duration("PT1H30M"), Some(5400));
        assert_eq!(duration("-PT15M"), Some(-900));
        assert_eq!(duration("P1W"), Some(604_800));
        assert_eq!(duration("P1DT2H"), Some(93_600));
        for bad in [
            "P",
            "PT",
            "1H",
            "PT1X",
            "P99999999999W",
            "P9999999W",
            "PT5",
            "P1H",
        ] {
            assert_eq!(duration(bad), None, "{bad}");
        }
        assert_eq!(utc_offset("+0100"), Some(3600));
        assert_eq!(utc_offset("-053000"), Some(-19_800));
        assert_eq!(utc_offset("+2500"), None);
        assert_eq!(utc_offset("0100"), None);
    }
}

//! Wall-clock time in the user's IANA zone: parsing "HH:MM", resolving zones, and turning a
//! local date + time into a UTC instant.
//!
//! Rules: a nonexistent local time (the spring-forward gap) moves forward to the first valid
//! instant after the gap; an ambiguous one (the autumn repeat) takes the earlier instant.

use chrono::{
    DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, TimeZone,
    Utc,
};
use chrono_tz::Tz;

use crate::error::{Error, Result};

/// The canonical text form of an instant as stored: RFC 3339, milliseconds, `Z`.
pub fn utc_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// An IANA zone name → the zone; `field` is `"time_zone"`.
pub fn parse_zone(name: &str) -> Result<Tz> {
    name.trim()
        .parse::<Tz>()
        .map_err(|_| Error::invalid_time("time_zone", format!("unknown time zone {name:?}")))
}

/// The OS zone (UTC when it cannot be read or is unknown).
pub fn os_zone() -> Tz {
    iana_time_zone::get_timezone()
        .ok()
        .and_then(|name| name.parse::<Tz>().ok())
        .unwrap_or(Tz::UTC)
}

/// "HH:MM" (24 hours; "9:05" is accepted) → the time; `field` names the input.
pub fn parse_hhmm(field: &'static str, text: &str) -> Result<NaiveTime> {
    let text = text.trim();
    let bad = || Error::invalid_time(field, format!("{text:?} is not a time like 09:30"));
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || m.len() != 2 || !digits(m) {
        return Err(bad());
    }
    let (h, m) = (
        h.parse::<u32>().map_err(|_| bad())?,
        m.parse::<u32>().map_err(|_| bad())?,
    );
    NaiveTime::from_hms_opt(h, m, 0).ok_or_else(bad)
}

/// The canonical "HH:MM" form.
pub fn hhmm(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// The UTC instant of local `date` `time` in `tz` (gap → forward, ambiguous → earlier).
pub fn to_utc(tz: Tz, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let local = NaiveDateTime::new(date, time);
    let mut probe = local;
    // Gaps are at most a few hours (a whole day at the most exotic transitions).
    for _ in 0..(26 * 60) {
        match tz.from_local_datetime(&probe) {
            LocalResult::Single(t) => return t.with_timezone(&Utc),
            LocalResult::Ambiguous(earlier, _) => return earlier.with_timezone(&Utc),
            LocalResult::None => probe += Duration::minutes(1),
        }
    }
    // Unreachable with real zone data; fall back to reading the wall time as UTC.
    local.and_utc()
}

/// The local date and time of `instant` in `tz`.
pub fn to_local(tz: Tz, instant: DateTime<Utc>) -> (NaiveDate, NaiveTime) {
    let local = instant.with_timezone(&tz).naive_local();
    (local.date(), local.time())
}

/// Today in `tz`.
pub fn today_in(tz: Tz, now: DateTime<Utc>) -> NaiveDate {
    to_local(tz, now).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn times_parse() {
        assert_eq!(hhmm(parse_hhmm("time", "09:30").unwrap()), "09:30");
        assert_eq!(hhmm(parse_hhmm("time", " 9:05 ").unwrap()), "09:05");
        for bad in [
            "24:00", "12:60", "1230", "12:3", "ab:cd", "", "-1:00", "12:30:00",
        ] {
            let e = parse_hhmm("time", bad).unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidTime, "{bad}");
            assert_eq!(e.field(), Some("time"));
        }
        let e = parse_zone("Mars/Olympus").unwrap_err();
        assert_eq!(e.field(), Some("time_zone"));
        assert_eq!(
            parse_zone("Europe/Berlin").unwrap(),
            chrono_tz::Europe::Berlin
        );
    }

    #[test]
    fn gap_moves_forward_and_ambiguous_takes_earlier() {
        let berlin = chrono_tz::Europe::Berlin;
        let t = |s| parse_hhmm("time", s).unwrap();
        // 2027-03-28 02:30 does not exist in Berlin → 03:00 CEST = 01:00 UTC.
        let gap = to_utc(berlin, d("2027-03-28"), t("02:30"));
        assert_eq!(gap.to_rfc3339(), "2027-03-28T01:00:00+00:00");
        // 2026-10-25 02:30 happens twice → the first (CEST) = 00:30 UTC.
        let amb = to_utc(berlin, d("2026-10-25"), t("02:30"));
        assert_eq!(amb.to_rfc3339(), "2026-10-25T00:30:00+00:00");
        let ny = chrono_tz::America::New_York;
        let gap = to_utc(ny, d("2027-03-14"), t("02:15"));
        assert_eq!(gap.to_rfc3339(), "2027-03-14T07:00:00+00:00");
        let amb = to_utc(ny, d("2026-11-01"), t("01:30"));
        assert_eq!(amb.to_rfc3339(), "2026-11-01T05:30:00+00:00");
    }
}

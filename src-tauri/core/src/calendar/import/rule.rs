//! RRULE expansion with the `rrule` crate, always bounded.
//!
//! Rules are expanded on the wall clock of their zone: the local start is handed to `rrule`
//! as if it were UTC, and each local result is turned into an instant by the caller. That is
//! what RFC 5545 means (a weekly 10:00 meeting stays at 10:00 across DST) and it works for
//! zones `rrule` does not know (a file's own VTIMEZONE). UNTIL is taken out of the rule and
//! applied here, after the caller converted it to the same wall clock.

use std::time::{Duration, Instant};

use chrono::{NaiveDateTime, TimeZone};
use rrule::{RRule, RRuleSet, Tz as RTz, Unvalidated};

use super::value::{stamp, Stamp};

/// How long all expansions of one file may take. `rrule` gives up on a rule that never
/// matches only after 100 000 periods, which takes a while; a file of such rules must not
/// keep the app busy for minutes.
pub(crate) const TIME_BUDGET: Duration = Duration::from_secs(4);

/// The deadline for one file's expansions.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Budget(Instant);

impl Budget {
    pub fn new() -> Budget {
        Budget(Instant::now() + TIME_BUDGET)
    }

    pub fn spent(self) -> bool {
        Instant::now() > self.0
    }
}

/// A rule that can be expanded: the text without UNTIL, and UNTIL as written.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    text: String,
    pub until: Option<Stamp>,
}

/// Reads an RRULE value. Rules that repeat more often than daily or pick hours, minutes or
/// seconds are refused: no calendar sends them for meetings, and they are the way to make
/// an expansion enormous.
pub(crate) fn read(value: &str) -> Option<Rule> {
    let mut parts = Vec::new();
    let mut until = None;
    let mut freq = None;
    for part in value.trim().split(';').filter(|p| !p.is_empty()) {
        let (key, val) = part.split_once('=')?;
        let key = key.trim().to_ascii_uppercase();
        match key.as_str() {
            "UNTIL" => until = Some(stamp(val)?),
            "BYHOUR" | "BYMINUTE" | "BYSECOND" => return None,
            "INTERVAL" if !val.trim().parse::<u16>().is_ok_and(|n| n > 0) => return None,
            "FREQ" => {
                let f = val.trim().to_ascii_uppercase();
                if !matches!(f.as_str(), "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY") {
                    return None;
                }
                freq = Some(f.clone());
                parts.push(format!("FREQ={f}"));
            }
            _ => parts.push(format!("{key}={}", val.trim())),
        }
    }
    freq?;
    Some(Rule {
        text: parts.join(";"),
        until,
    })
}

fn as_utc(t: NaiveDateTime) -> chrono::DateTime<RTz> {
    RTz::UTC.from_utc_datetime(&t)
}

/// The local starts of `rule` from `start`, those in `after ..= before` (and ≤ `until`),
/// at most `limit`. `None` when `rrule` refuses the rule. Every loop inside `rrule` is capped
/// (it gives up after 100 000 fruitless iterations), so this always ends.
pub(crate) fn expand(
    rule: &Rule,
    start: NaiveDateTime,
    until: Option<NaiveDateTime>,
    after: NaiveDateTime,
    before: NaiveDateTime,
    limit: u16,
) -> Option<Vec<NaiveDateTime>> {
    let before = until.map_or(before, |u| u.min(before));
    if before < start || before < after {
        return Some(Vec::new());
    }
    let parsed: RRule<Unvalidated> = rule.text.parse().ok()?;
    let validated = parsed.validate(as_utc(start)).ok()?;
    let set = RRuleSet::new(as_utc(start))
        .rrule(validated)
        .after(as_utc(after))
        .before(as_utc(before));
    Some(
        set.all(limit)
            .dates
            .into_iter()
            .map(|d| d.naive_utc())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn weekly_bounded_and_hostile_rules_refused() {
        let rule = read("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270101T000000Z").unwrap();
        assert!(matches!(rule.until, Some(Stamp::Utc(_))));
        let got = expand(
            &rule,
            t("2026-12-01 10:00"),
            Some(t("2026-12-20 00:00")),
            t("2026-01-01 00:00"),
            t("2030-01-01 00:00"),
            100,
        )
        .unwrap();
        assert_eq!(
            got,
            [
                t("2026-12-01 10:00"),
                t("2026-12-08 10:00"),
                t("2026-12-15 10:00")
            ]
        );
        for bad in [
            "FREQ=SECONDLY",
            "FREQ=HOURLY",
            "FREQ=DAILY;BYHOUR=1,2,3",
            "BYDAY=MO",
            "FREQ=WEEKLY;UNTIL=99999999",
            "FREQ=WEEKLY;JUNK",
            "FREQ=WEEKLY;INTERVAL=0",
        ] {
            assert!(read(bad).is_none(), "{bad}");
        }
        // A rule that never matches ends (rrule's own loop cap) with nothing.
        let never = read("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30").unwrap();
        let got = expand(
            &never,
            t("2026-12-01 10:00"),
            None,
            t("2026-01-01 00:00"),
            t("2028-12-01 00:00"),
            100,
        );
        assert!(got.is_none_or(|v| v.is_empty()));
    }
}

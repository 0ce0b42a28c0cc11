//! TZID → the offset of a local time.
//!
//! An IANA name (also the old Mozilla form "/mozilla.org/…/Europe/Berlin") is used as is. Any
//! other name (Outlook's "W. Europe Standard Time", custom names) is looked up among the
//! file's VTIMEZONEs, whose STANDARD/DAYLIGHT observances are evaluated: each onset (DTSTART,
//! RRULE, RDATE, written in the offset in force before it, TZOFFSETFROM) switches to its
//! TZOFFSETTO. Unknown names and floating times fall back to the user's zone.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use super::parse::Comp;
use super::rule::{self, Budget};
use super::value::{stamps, utc_offset, zone_stamp, Stamp};
use crate::time;

/// Years around `now` for which a VTIMEZONE's transitions are computed; imports only reach
/// two years ahead, and before that only whether an event is past matters.
const YEARS_BACK: i32 = 3;
const YEARS_AHEAD: i32 = 4;
/// Most VTIMEZONEs evaluated per file (an invitation names one or two).
const MAX_DEFINED: usize = 16;
/// Most observances read per VTIMEZONE (real ones have two, historic ones a few dozen).
const MAX_OBSERVANCES: usize = 64;

/// A zone defined by the file: transitions (instant, offset after it) in order.
#[derive(Debug)]
pub(crate) struct Defined {
    initial: i32,
    transitions: Vec<(NaiveDateTime, i32)>,
}

impl Defined {
    /// Seconds east of UTC at the UTC instant `utc`.
    fn offset_at(&self, utc: NaiveDateTime) -> i32 {
        let i = self.transitions.partition_point(|(t, _)| *t <= utc);
        if i == 0 {
            self.initial
        } else {
            self.transitions[i - 1].1
        }
    }

    /// Local → UTC: ambiguous takes the earlier instant, a gap moves forward (like
    /// [`time::to_utc`]).
    fn to_utc(&self, local: NaiveDateTime) -> NaiveDateTime {
        let mut offsets: Vec<i32> = self.transitions.iter().map(|(_, o)| *o).collect();
        offsets.push(self.initial);
        offsets.sort_unstable();
        offsets.dedup();
        let valid = |probe: NaiveDateTime| {
            offsets
                .iter()
                .map(|o| probe - Duration::seconds(i64::from(*o)))
                .filter(|u| self.offset_at(*u) == ((probe - *u).num_seconds() as i32))
                .min()
        };
        let mut probe = local;
        for _ in 0..(26 * 60) {
            if let Some(u) = valid(probe) {
                return u;
            }
            probe += Duration::minutes(1);
        }
        local - Duration::seconds(i64::from(self.initial))
    }
}

/// How the local times of one TZID become instants.
#[derive(Debug, Clone)]
pub(crate) enum Zone {
    Utc,
    Named(Tz),
    Defined(Rc<Defined>),
    /// Floating or unknown: the user's zone, with a note.
    Assumed(Tz),
}

impl Zone {
    pub fn assumed(&self) -> bool {
        matches!(self, Zone::Assumed(_))
    }

    pub fn to_utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        match self {
            Zone::Utc => local.and_utc(),
            Zone::Named(tz) | Zone::Assumed(tz) => time::to_utc(*tz, local.date(), local.time()),
            Zone::Defined(d) => d.to_utc(local).and_utc(),
        }
    }

    pub fn to_local(&self, utc: DateTime<Utc>) -> NaiveDateTime {
        match self {
            Zone::Utc => utc.naive_utc(),
            Zone::Named(tz) | Zone::Assumed(tz) => utc.with_timezone(tz).naive_local(),
            Zone::Defined(d) => {
                utc.naive_utc() + Duration::seconds(i64::from(d.offset_at(utc.naive_utc())))
            }
        }
    }
}

/// The zones a file can name.
pub(crate) struct Zones {
    user: Tz,
    defined: HashMap<String, Rc<Defined>>,
}

fn iana(name: &str) -> Option<Tz> {
    if let Ok(tz) = name.parse::<Tz>() {
        return Some(tz);
    }
    // "/mozilla.org/20050126_1/Europe/Berlin", "/citadel.org/…/Europe/Berlin" …
    let parts: Vec<&str> = name.trim_end_matches('/').rsplit('/').take(3).collect();
    (2..=parts.len()).find_map(|n| {
        let candidate: Vec<&str> = parts[..n].iter().rev().copied().collect();
        candidate.join("/").parse::<Tz>().ok()
    })
}

fn first_of_year(year: i32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .unwrap_or(NaiveDate::MIN)
        .and_time(NaiveTime::MIN)
}

/// Evaluates one VTIMEZONE; None when it has no usable observance.
fn define(tz: &Comp, now: DateTime<Utc>) -> Option<Defined> {
    let from = first_of_year(now.year() - YEARS_BACK);
    let to = first_of_year(now.year() + YEARS_AHEAD);
    let mut onsets: Vec<(NaiveDateTime, i32, i32)> = Vec::new();
    for obs in tz
        .comps
        .iter()
        .filter(|c| c.name == "STANDARD" || c.name == "DAYLIGHT")
        .take(MAX_OBSERVANCES)
    {
        let (Some(off_from), Some(off_to)) = (
            obs.value("TZOFFSETFROM").and_then(utc_offset),
            obs.value("TZOFFSETTO").and_then(utc_offset),
        ) else {
            continue;
        };
        let Some(start) = obs.value("DTSTART").and_then(zone_stamp).map(|s| s.naive()) else {
            continue;
        };
        let mut locals = vec![start];
        if let Some(r) = obs.value("RRULE").and_then(rule::read) {
            let until = r.until.map(|u| match u {
                Stamp::Utc(t) => t + Duration::seconds(i64::from(off_from)),
                other => other.naive(),
            });
            if let Some(more) = rule::expand(&r, start, until, from, to, 64) {
                locals.extend(more);
            }
        }
        for p in obs.all("RDATE") {
            locals.extend(stamps(&p.value).into_iter().map(|s| s.naive()));
        }
        for local in locals {
            onsets.push((
                local - Duration::seconds(i64::from(off_from)),
                off_from,
                off_to,
            ));
        }
    }
    onsets.sort_by_key(|(t, _, _)| *t);
    onsets.dedup_by_key(|(t, _, _)| *t);
    let initial = onsets.first().map(|(_, f, _)| *f)?;
    Some(Defined {
        initial,
        transitions: onsets.into_iter().map(|(t, _, o)| (t, o)).collect(),
    })
}

impl Zones {
    /// Evaluates the VTIMEZONEs the events name (`used`), at most [`MAX_DEFINED`] of them,
    /// while `budget` lasts (the caller checks it afterwards).
    pub fn new(
        vtimezones: &[Comp],
        used: &HashSet<String>,
        user: Tz,
        now: DateTime<Utc>,
        budget: Budget,
    ) -> Zones {
        let mut defined = HashMap::new();
        for tz in vtimezones {
            let Some(id) = tz.value("TZID") else { continue };
            if !used.contains(id) || iana(id).is_some() || defined.contains_key(id) {
                continue;
            }
            if defined.len() >= MAX_DEFINED || budget.spent() {
                break;
            }
            if let Some(d) = define(tz, now) {
                defined.insert(id.to_string(), Rc::new(d));
            }
        }
        Zones { user, defined }
    }

    /// The zone for a TZID parameter (None: floating).
    pub fn resolve(&self, tzid: Option<&str>) -> Zone {
        let Some(id) = tzid.map(|t| t.trim().trim_matches('"')) else {
            return Zone::Assumed(self.user);
        };
        if let Some(tz) = iana(id) {
            return Zone::Named(tz);
        }
        match self.defined.get(id) {
            Some(d) => Zone::Defined(d.clone()),
            None => Zone::Assumed(self.user),
        }
    }

    /// The zone of a DATE-TIME property: `Z` → UTC, else its TZID.
    pub fn of(&self, stamp: Stamp, tzid: Option<&str>) -> Zone {
        match stamp {
            Stamp::Utc(_) => Zone::Utc,
            _ => self.resolve(tzid),
        }
    }
}

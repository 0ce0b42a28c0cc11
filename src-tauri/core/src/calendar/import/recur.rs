//! Events → occurrences: series expanded (RRULE, RDATE, EXDATE), overrides (same UID with a
//! RECURRENCE-ID) put in place of the occurrence they replace, duplicates (the same UID sent
//! twice) reduced to the highest SEQUENCE.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use super::event::{rid_key, Details, Event, Start};
use super::rule::{self, Budget};
use super::value::Stamp;
use super::zone::Zone;
use super::MAX_EVENTS;
use crate::error::{Error, Result};
use crate::time;

/// How long a series is followed into the future.
pub(crate) const HORIZON_MONTHS: u32 = 24;

/// What all-day events become.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AllDay {
    pub time: NaiveTime,
    pub minutes: u32,
}

/// One meeting-to-be.
#[derive(Debug, Clone)]
pub(crate) struct Occurrence {
    pub uid: String,
    /// '' for a single event.
    pub rid: String,
    pub sequence: u32,
    pub cancelled: bool,
    pub starts_at: DateTime<Utc>,
    /// As written (all-day: the chosen length).
    pub minutes: i64,
    pub all_day: bool,
    pub zone_assumed: bool,
    pub recurring: bool,
    pub details: Details,
}

pub(crate) fn too_slow() -> Error {
    Error::IcsInvalid {
        reason: "the repeating events in the file take too long to work out".into(),
    }
}

fn too_many() -> Error {
    Error::IcsTooManyEvents { max: MAX_EVENTS }
}

/// The instant and note flags of an event starting at local `local` (or on a day).
fn place_in_time(
    ev: &Event,
    local: NaiveDateTime,
    tz: Tz,
    all_day: AllDay,
) -> (DateTime<Utc>, i64) {
    match &ev.start {
        Start::Day(_) => (
            time::to_utc(tz, local.date(), all_day.time),
            i64::from(all_day.minutes),
        ),
        Start::At { zone, .. } => (zone.to_utc(local), ev.minutes),
    }
}

fn occurrence(
    ev: &Event,
    rid: String,
    local: NaiveDateTime,
    tz: Tz,
    ad: AllDay,
    recurring: bool,
) -> Occurrence {
    let (starts_at, minutes) = place_in_time(ev, local, tz, ad);
    let (all_day, zone_assumed) = match &ev.start {
        Start::Day(_) => (true, false),
        Start::At { zone, .. } => (false, zone.assumed()),
    };
    Occurrence {
        uid: ev.uid.clone(),
        rid,
        sequence: ev.sequence,
        cancelled: ev.cancelled,
        starts_at,
        minutes,
        all_day,
        zone_assumed,
        recurring,
        details: ev.details.clone(),
    }
}

/// The start's wall clock and zone (all-day: midnight, in the user's zone).
fn local_start(ev: &Event, tz: Tz) -> (NaiveDateTime, Zone) {
    match &ev.start {
        Start::Day(d) => (d.and_time(NaiveTime::MIN), Zone::Named(tz)),
        Start::At { local, zone } => (*local, zone.clone()),
    }
}

/// A stamp of EXDATE/RDATE/UNTIL on the series' wall clock.
fn on_clock(s: Stamp, zone: &Zone) -> NaiveDateTime {
    match s {
        Stamp::Utc(t) => zone.to_local(t.and_utc()),
        other => other.naive(),
    }
}

/// A series' occurrences that end after `now` (or, when none does, its first one so the
/// preview can say it is past), keyed by recurrence id.
fn expand(
    ev: &Event,
    tz: Tz,
    ad: AllDay,
    now: DateTime<Utc>,
    room: usize,
) -> Result<BTreeMap<String, Occurrence>> {
    let (start, zone) = local_start(ev, tz);
    let day = matches!(ev.start, Start::Day(_));
    let key = |local: NaiveDateTime| {
        if day {
            rid_key(Stamp::Date(local.date()), &zone)
        } else {
            rid_key(Stamp::Local(local), &zone)
        }
    };
    let horizon = now
        .checked_add_months(Months::new(HORIZON_MONTHS))
        .unwrap_or(now);
    // Occurrences starting more than two days before now have ended (meetings last at most
    // 8 hours; longer durations are clamped): they are not listed, or a series running for
    // years would fill the preview with skipped rows and hit the occurrence cap.
    let after = zone.to_local(now - Duration::days(2));
    let before = zone.to_local(horizon);
    let mut locals = match &ev.rule {
        Some(r) => {
            let until = r.until.map(|u| match u {
                Stamp::Date(d) => {
                    d.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN))
                }
                other => on_clock(other, &zone),
            });
            let limit = u16::try_from(room + 1).unwrap_or(u16::MAX);
            rule::expand(r, start, until, after, before, limit).ok_or_else(|| {
                Error::IcsInvalid {
                    reason: "an event repeats by a rule that cannot be read".into(),
                }
            })?
        }
        None => Vec::new(),
    };
    locals.extend(
        ev.rdates
            .iter()
            .map(|s| match s {
                // An RDATE given as a date on a timed series means that day at the usual time.
                Stamp::Date(d) if !day => d.and_time(start.time()),
                other => on_clock(*other, &zone),
            })
            .filter(|l| *l >= after && *l <= before),
    );
    if start >= after && start <= before {
        locals.push(start);
    }
    // Sets: a file may list tens of thousands of exceptions.
    let excluded: HashSet<NaiveDateTime> = ev.exdates.iter().map(|s| on_clock(*s, &zone)).collect();
    let excluded_days: HashSet<NaiveDate> = excluded.iter().map(|x| x.date()).collect();
    let skipped =
        |l: &NaiveDateTime| excluded.contains(l) || (day && excluded_days.contains(&l.date()));
    locals.retain(|l| !skipped(l));
    locals.sort();
    locals.dedup();
    if locals.len() > room {
        return Err(too_many());
    }
    if locals.is_empty() && start < after {
        locals.push(start);
    }
    Ok(locals
        .into_iter()
        .map(|l| (key(l), occurrence(ev, key(l), l, tz, ad, true)))
        .collect())
}

/// Every occurrence of the file's events, at most [`MAX_EVENTS`].
pub(crate) fn occurrences(
    budget: Budget,
    events: Vec<Event>,
    tz: Tz,
    ad: AllDay,
    now: DateTime<Utc>,
) -> Result<Vec<Occurrence>> {
    // Same UID and RECURRENCE-ID more than once: the highest SEQUENCE wins (later on ties).
    let mut latest: BTreeMap<(String, Option<String>), Event> = BTreeMap::new();
    for ev in events {
        let k = (ev.uid.clone(), ev.recurrence_id.clone());
        if latest.get(&k).is_none_or(|old| old.sequence <= ev.sequence) {
            latest.insert(k, ev);
        }
    }
    let mut series: BTreeMap<String, BTreeMap<String, Occurrence>> = BTreeMap::new();
    let mut total = 0usize;
    for ((uid, _), ev) in latest.iter().filter(|((_, rid), _)| rid.is_none()) {
        let found = if ev.rule.is_some() || !ev.rdates.is_empty() {
            {
                if budget.spent() {
                    return Err(too_slow());
                }
                expand(ev, tz, ad, now, MAX_EVENTS - total)?
            }
        } else {
            let (local, _) = local_start(ev, tz);
            BTreeMap::from([(
                String::new(),
                occurrence(ev, String::new(), local, tz, ad, false),
            )])
        };
        total += found.len();
        series.insert(uid.clone(), found);
    }
    let old = now - Duration::days(2);
    for ((uid, rid), ev) in latest.iter() {
        let Some(rid) = rid else { continue };
        let (local, _) = local_start(ev, tz);
        let occ = occurrence(ev, rid.clone(), local, tz, ad, true);
        // Past exceptions of a series in the file are as uninteresting as its past dates.
        if series.contains_key(uid) && occ.starts_at < old {
            continue;
        }
        let slots = series.entry(uid.clone()).or_default();
        if slots.insert(rid.clone(), occ).is_none() {
            total += 1;
        }
    }
    if total > MAX_EVENTS {
        return Err(too_many());
    }
    Ok(series
        .into_values()
        .flat_map(BTreeMap::into_values)
        .collect())
}

//! Planning: validating a [`MeetingInput`], turning local time into a [`Slot`], and
//! generating single meetings and series.

use chrono::{DateTime, Duration, Months, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

use super::store;
use super::{Meeting, MeetingInput, SeriesInput};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::meeting::store::series as meeting_series;
use crate::tandem::store as tandems;
use crate::tandem::CadenceUnit;
use crate::{link, text, time};

/// Shortest and longest meeting, in minutes.
pub const DURATION_RANGE: std::ops::RangeInclusive<u32> = 15..=480;
/// How far back a NEW meeting may start (a meeting entered just after it happened is fine).
pub const PAST_GRACE_HOURS: i64 = 24;
/// Longest series, in months.
pub const SERIES_MAX_MONTHS: u32 = 24;

/// Where and when a meeting takes place, resolved to UTC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: String,
    pub local_date: NaiveDate,
    pub local_time: String,
    pub duration_minutes: u32,
    pub place: String,
    pub video_link: Option<String>,
}

/// The checked parts of a meeting input.
#[derive(Debug, Clone)]
pub(crate) struct Clean {
    pub time: NaiveTime,
    pub duration_minutes: u32,
    pub place: String,
    pub video_link: Option<String>,
}

pub(crate) fn clean(time: &str, duration: u32, place: &str, link: Option<&str>) -> Result<Clean> {
    let time = time::parse_hhmm("time", time)?;
    if !DURATION_RANGE.contains(&duration) {
        return Err(Error::InvalidDuration {
            field: "duration_minutes",
            reason: "a meeting lasts between 15 and 480 minutes".into(),
        });
    }
    Ok(Clean {
        time,
        duration_minutes: duration,
        place: text::short("place", place)?,
        video_link: link::optional("video_link", link)?,
    })
}

pub(crate) fn clean_input(input: &MeetingInput) -> Result<Clean> {
    clean(
        &input.time,
        input.duration_minutes,
        &input.place,
        input.video_link.as_deref(),
    )
}

/// The slot on local `date` at `c.time` in `tz` (gap → forward, ambiguous → earlier).
pub(crate) fn slot(tz: Tz, date: NaiveDate, c: &Clean) -> Slot {
    let starts_at = time::to_utc(tz, date, c.time);
    let (local_date, local_time) = time::to_local(tz, starts_at);
    Slot {
        starts_at,
        ends_at: starts_at + Duration::minutes(i64::from(c.duration_minutes)),
        time_zone: tz.name().to_string(),
        local_date,
        local_time: time::hhmm(local_time),
        duration_minutes: c.duration_minutes,
        place: c.place.clone(),
        video_link: c.video_link.clone(),
    }
}

/// A new stable calendar uid.
pub(crate) fn new_uid() -> String {
    format!("{}@eyelevel.local", hex::encode(rand::random::<[u8; 16]>()))
}

fn ensure_tandem(conn: &Connection, tandem_id: i64) -> Result<()> {
    match tandems::get(conn, tandem_id)? {
        Some(_) => Ok(()),
        None => Err(Error::not_found("tandem", tandem_id)),
    }
}

fn not_in_past(field: &'static str, slot: &Slot, now: DateTime<Utc>) -> Result<()> {
    if slot.starts_at < now - Duration::hours(PAST_GRACE_HOURS) {
        return Err(Error::MeetingInPast { field });
    }
    Ok(())
}

/// Plans one meeting of tandem `tandem_id` in the user's zone.
pub fn plan(cx: &Ctx, tandem_id: i64, input: &MeetingInput) -> Result<Meeting> {
    let now = cx.now;
    let c = clean_input(input)?;
    let slot = slot(cx.zone, input.date, &c);
    not_in_past("date", &slot, now)?;
    let tx = cx.begin()?;
    ensure_tandem(&tx, tandem_id)?;
    let id = store::insert(&tx, tandem_id, None, &new_uid(), &slot, now)?;
    let meeting = super::get(&tx, id)?;
    tx.commit()?;
    Ok(meeting)
}

/// The local dates of a series: `first`, then every `every` `unit`s while ≤ `until`. Month
/// steps count from `first` and clamp to the month's end (31 Jan → 28 Feb → 31 Mar).
pub fn series_dates(
    first: NaiveDate,
    every: u32,
    unit: CadenceUnit,
    until: NaiveDate,
) -> Vec<NaiveDate> {
    let mut dates = Vec::new();
    for k in 0u32.. {
        let step = every.saturating_mul(k);
        let date = match unit {
            CadenceUnit::Week => first.checked_add_signed(Duration::weeks(i64::from(step))),
            CadenceUnit::Month => first.checked_add_months(Months::new(step)),
        };
        match date {
            Some(d) if d <= until => dates.push(d),
            _ => break,
        }
    }
    dates
}

/// Checks a series input; returns the cleaned parts.
fn check_series(input: &SeriesInput) -> Result<Clean> {
    let c = clean(
        &input.time,
        input.duration_minutes,
        &input.place,
        input.video_link.as_deref(),
    )?;
    if !(1..=52).contains(&input.every) {
        return Err(Error::InvalidCadence {
            field: "every",
            reason: "a series repeats every 1 to 52 weeks or months".into(),
        });
    }
    if input.until < input.first_date {
        return Err(Error::invalid_time(
            "until",
            "the series ends before its first meeting",
        ));
    }
    let limit = input
        .first_date
        .checked_add_months(Months::new(SERIES_MAX_MONTHS))
        .ok_or_else(|| Error::invalid_time("first_date", "the date is out of range"))?;
    if input.until > limit {
        return Err(Error::SeriesTooLong);
    }
    Ok(c)
}

/// Plans a series in the user's zone: the local time is kept across DST changes.
pub fn plan_series(cx: &Ctx, tandem_id: i64, input: &SeriesInput) -> Result<Vec<Meeting>> {
    let now = cx.now;
    let c = check_series(input)?;
    let slots: Vec<Slot> = series_dates(input.first_date, input.every, input.unit, input.until)
        .into_iter()
        .map(|d| slot(cx.zone, d, &c))
        .collect();
    if let Some(first) = slots.first() {
        not_in_past("first_date", first, now)?;
    }
    let tx = cx.begin()?;
    ensure_tandem(&tx, tandem_id)?;
    let mut series = input.clone();
    series.time = time::hhmm(c.time);
    let series_id = meeting_series::insert(&tx, tandem_id, &series, cx.zone.name(), now)?;
    let mut planned = Vec::with_capacity(slots.len());
    for s in &slots {
        let id = store::insert(&tx, tandem_id, Some(series_id), &new_uid(), s, now)?;
        planned.push(super::get(&tx, id)?);
    }
    tx.commit()?;
    Ok(planned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn month_steps_clamp_to_month_end() {
        let dates = series_dates(d("2027-01-31"), 1, CadenceUnit::Month, d("2027-05-31"));
        let expected = [
            "2027-01-31",
            "2027-02-28",
            "2027-03-31",
            "2027-04-30",
            "2027-05-31",
        ];
        assert_eq!(dates, expected.map(d));
        let weeks = series_dates(d("2027-01-01"), 2, CadenceUnit::Week, d("2027-01-29"));
        assert_eq!(weeks, ["2027-01-01", "2027-01-15", "2027-01-29"].map(d));
    }
}

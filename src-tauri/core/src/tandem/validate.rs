//! Checks and cleans a [`TandemInput`] before it is written.

use rusqlite::Connection;

use super::store;
use super::{Cadence, TandemInput};
use crate::error::{Error, Result};
use crate::text;
use crate::topic::store as topics;

/// Smallest and largest `every` of a cadence.
pub const EVERY_RANGE: std::ops::RangeInclusive<u32> = 1..=52;
/// Shortest and longest meeting, in minutes.
pub const MINUTES_RANGE: std::ops::RangeInclusive<u32> = 15..=480;

/// A cadence meets every 1–52 weeks or months, for 15–480 minutes.
pub fn cadence(c: &Cadence) -> Result<()> {
    if !EVERY_RANGE.contains(&c.every) {
        return Err(Error::InvalidCadence {
            field: "cadence.every",
            reason: format!(
                "the interval must be between {} and {}",
                EVERY_RANGE.start(),
                EVERY_RANGE.end()
            ),
        });
    }
    if !MINUTES_RANGE.contains(&c.minutes) {
        return Err(Error::InvalidCadence {
            field: "cadence.minutes",
            reason: format!(
                "a meeting must last between {} and {} minutes",
                MINUTES_RANGE.start(),
                MINUTES_RANGE.end()
            ),
        });
    }
    Ok(())
}

/// The cleaned input: trimmed fields, empty optionals as `None`, focus topics without
/// duplicates. `except` is the tandem being edited (its own title is not a duplicate).
pub fn input(conn: &Connection, input: &TandemInput, except: Option<i64>) -> Result<TandemInput> {
    let title = text::required_short("title", &input.title)?;
    let partner_name = text::required_short("partner_name", &input.partner_name)?;
    let partner_contact =
        text::optional_short("partner_contact", input.partner_contact.as_deref())?;
    let program = text::optional_short("program", input.program.as_deref())?;
    if let Some(end) = input.planned_end_date {
        if end < input.start_date {
            return Err(Error::EndBeforeStart {
                start: input.start_date.to_string(),
                end: end.to_string(),
            });
        }
    }
    cadence(&input.cadence)?;
    let taken = store::titles(conn)?
        .into_iter()
        .any(|(id, t)| Some(id) != except && text::same_title(&t, &title));
    if taken {
        return Err(Error::DuplicateTitle {
            what: "tandem".into(),
        });
    }
    let mut focus_topic_ids: Vec<i64> = Vec::with_capacity(input.focus_topic_ids.len());
    for &id in &input.focus_topic_ids {
        if focus_topic_ids.contains(&id) {
            continue;
        }
        if !topics::exists(conn, id)? {
            return Err(Error::not_found("topic", id));
        }
        focus_topic_ids.push(id);
    }
    Ok(TandemInput {
        title,
        my_role: input.my_role,
        partner_name,
        partner_contact,
        program,
        start_date: input.start_date,
        planned_end_date: input.planned_end_date,
        cadence: input.cadence,
        focus_topic_ids,
    })
}

//! Importing invitations (.ics from Outlook, Google, Apple, Thunderbird …) as meetings.
//!
//! `parse` (bytes → components, hostile input checked first) → `event` (VEVENT → times,
//! place, link; `zone` resolves TZIDs and VTIMEZONEs, `value` reads values) → `recur`
//! (series expanded with `rule`, overrides, duplicates) → `plan` (matching, actions) →
//! `apply` (one transaction). The preview and the import run the same steps, so what the
//! preview shows is what the import does; the import recomputes the plan inside its
//! transaction, so a change in between cannot make it act on stale rows.

mod apply;
mod event;
mod parse;
mod plan;
mod recur;
mod rule;
pub mod sources;
mod types;
mod value;
mod zone;

use std::collections::HashSet;
use std::path::Path;

pub use types::{ImportAction, ImportNote, ImportOptions, ImportPreview, ImportResult, ImportRow};

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::meeting::DURATION_RANGE;
use crate::tandem::store as tandems;
use crate::time;

/// The largest file read (the "2 MB" in the UI text).
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// VEVENTs in a file, and expanded occurrences in total.
pub const MAX_EVENTS: usize = 500;

/// Reads an invitation file: a regular file of at most [`MAX_FILE_BYTES`].
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    crate::files::read_regular(path, MAX_FILE_BYTES, || Error::IcsTooLarge {
        max_bytes: MAX_FILE_BYTES,
    })
}

fn all_day(opts: &ImportOptions) -> Result<recur::AllDay> {
    let time = time::parse_hhmm("all_day_time", &opts.all_day_time)?;
    if !DURATION_RANGE.contains(&opts.all_day_minutes) {
        return Err(Error::InvalidDuration {
            field: "all_day_minutes",
            reason: "a meeting lasts between 15 and 480 minutes".into(),
        });
    }
    Ok(recur::AllDay {
        time,
        minutes: opts.all_day_minutes,
    })
}

/// Everything up to the plan: checks, parsing, expansion, matching.
fn plan_for(cx: &Ctx, bytes: &[u8], opts: &ImportOptions) -> Result<Vec<plan::Planned>> {
    let now = cx.now;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::IcsTooLarge {
            max_bytes: MAX_FILE_BYTES,
        });
    }
    let ad = all_day(opts)?;
    if tandems::get(cx, opts.tandem_id)?.is_none() {
        return Err(Error::not_found("tandem", opts.tandem_id));
    }
    let doc = parse::document(bytes)?;
    if doc.events.is_empty() {
        return Err(Error::IcsNoEvents);
    }
    if doc.events.len() > MAX_EVENTS {
        return Err(Error::IcsTooManyEvents { max: MAX_EVENTS });
    }
    let budget = rule::Budget::new();
    let used: HashSet<String> = doc
        .events
        .iter()
        .flat_map(|e| e.props.iter())
        .filter_map(|p| p.param("TZID"))
        .map(|id| id.trim().trim_matches('"').to_string())
        .collect();
    let zones = zone::Zones::new(&doc.zones, &used, cx.zone, now, budget);
    if budget.spent() {
        return Err(recur::too_slow());
    }
    let events = doc
        .events
        .iter()
        .map(|e| event::read(e, &zones))
        .collect::<Result<Vec<_>>>()?;
    let occurrences = recur::occurrences(budget, events, cx.zone, ad, now)?;
    if occurrences.is_empty() {
        return Err(Error::IcsNoEvents);
    }
    plan::plan(cx, opts.tandem_id, occurrences)
}

/// What importing `bytes` into `opts.tandem_id` would do; writes nothing.
pub fn preview(cx: &Ctx, bytes: &[u8], opts: &ImportOptions) -> Result<ImportPreview> {
    let rows: Vec<ImportRow> = plan_for(cx, bytes, opts)?
        .into_iter()
        .map(|p| p.row)
        .collect();
    let count = |a: ImportAction| rows.iter().filter(|r| r.action == a).count() as u32;
    Ok(ImportPreview {
        create: count(ImportAction::Create),
        update: count(ImportAction::Update),
        unchanged: count(ImportAction::Unchanged),
        cancel: count(ImportAction::Cancel),
        skip: count(ImportAction::Skip),
        rows,
    })
}

/// Imports `bytes` into `opts.tandem_id`. One transaction; recomputes the plan inside it;
/// all or nothing.
pub fn apply(cx: &Ctx, bytes: &[u8], opts: &ImportOptions) -> Result<ImportResult> {
    let tx = cx.begin()?;
    let planned = plan_for(&tx, bytes, opts)?;
    let result = apply::write(&tx, opts.tandem_id, &planned)?;
    tx.commit()?;
    Ok(result)
}

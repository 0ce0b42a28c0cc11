//! Exporting meetings as an iCalendar file (RFC 5545) with the `ics` crate.
//!
//! Each meeting is one VEVENT in UTC with its stable UID and its SEQUENCE, so a calendar
//! that imports the file again updates the event instead of adding a second one.

mod description;
mod event;
mod fold;
mod select;
mod types;

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::path::Path;

use ics::components::Property;
use ics::properties::{CalScale, Method};
use ics::ICalendar;

pub use description::description;
pub use event::ics_utc;
pub use fold::LINE_OCTETS;
pub use types::{ExportRequest, ExportScope, ExportSummary};

pub(crate) use select::feed as feed_meetings;

use super::settings::CalendarSettings;
use crate::agenda::store as agenda_items;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::meeting::{Meeting, MeetingStatus};
use crate::tandem::store as tandems;

/// The calendar's PRODID.
pub const PRODID: &str = "-//Eyelevel//Eyelevel//EN";

/// A rendered iCalendar text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// CRLF line endings, folded at 75 octets.
    pub text: String,
    /// VEVENTs in `text`.
    pub events: u32,
    /// Of those, cancelled meetings.
    pub cancelled: u32,
}

/// The iCalendar text of `req`'s meetings. Err(NothingToExport) when the selection is
/// empty; Err(NotFound) for an unknown meeting or tandem.
pub fn render(cx: &Ctx, req: &ExportRequest, settings: &CalendarSettings) -> Result<Rendered> {
    let meetings = select::select(cx, req)?;
    if meetings.is_empty() {
        return Err(Error::NothingToExport);
    }
    render_meetings(cx, &meetings, settings)
}

/// [`render`] and an atomic write to `path` (temp file in the same folder, fsync, rename).
/// Nothing is written when rendering fails.
#[allow(clippy::too_many_arguments)]
pub fn save(
    cx: &Ctx,
    req: &ExportRequest,
    settings: &CalendarSettings,
    path: &Path,
) -> Result<ExportSummary> {
    let r = render(cx, req, settings)?;
    crate::files::write_private(path, r.text.as_bytes(), "the calendar file")?;
    Ok(ExportSummary {
        events: r.events,
        cancelled: r.cancelled,
        path: path.to_string_lossy().into_owned(),
    })
}

/// The calendar of `meetings` (may be empty: the feed).
pub(crate) fn render_meetings(
    cx: &Ctx,
    meetings: &[Meeting],
    settings: &CalendarSettings,
) -> Result<Rendered> {
    let now = cx.now;
    let mut cal = ICalendar::new("2.0", PRODID);
    cal.push(CalScale::new("GREGORIAN"));
    cal.push(Method::new("PUBLISH"));
    cal.push(Property::new("X-WR-CALNAME", "Eyelevel"));
    let mut titles: HashMap<i64, String> = HashMap::new();
    let mut cancelled = 0u32;
    for m in meetings {
        if let Entry::Vacant(slot) = titles.entry(m.tandem_id) {
            let t = tandems::get(cx, m.tandem_id)?
                .ok_or_else(|| Error::not_found("tandem", m.tandem_id))?;
            slot.insert(t.title);
        }
        let items = agenda_items::list(cx, m.id)?;
        let text = description(
            &items,
            m.video_link.as_deref(),
            settings.agenda_detail,
            cx.language,
        );
        if m.status == MeetingStatus::Cancelled {
            cancelled += 1;
        }
        cal.add_event(event::event(event::EventParts {
            meeting: m,
            tandem_title: &titles[&m.tandem_id],
            description: text,
            alarm_minutes: settings.alarm_minutes,
            now,
        })?);
    }
    Ok(Rendered {
        text: fold::refold(&cal.to_string()),
        events: u32::try_from(meetings.len()).unwrap_or(u32::MAX),
        cancelled,
    })
}

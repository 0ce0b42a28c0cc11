//! One meeting as a VEVENT.

use chrono::{DateTime, Utc};
use ics::properties::{
    Class, Created, Description, DtEnd, DtStart, LastModified, Location, Sequence, Status, Summary,
    Transp, Trigger, URL,
};
use ics::{escape_text, Alarm, Event};

use crate::error::{Error, Result};
use crate::meeting::{Meeting, MeetingStatus};

/// What a VEVENT is made of besides the meeting row.
pub struct EventParts<'a> {
    pub meeting: &'a Meeting,
    pub tandem_title: &'a str,
    /// From [`super::description`]; `None` = no DESCRIPTION.
    pub description: Option<String>,
    /// Minutes before the start; `None` = no VALARM.
    pub alarm_minutes: Option<u32>,
    pub now: DateTime<Utc>,
}

/// The RFC 5545 UTC form "YYYYMMDDTHHMMSSZ".
pub fn ics_utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A stored RFC 3339 time in the RFC 5545 UTC form.
fn stored_utc(field: &str, text: &str) -> Result<String> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| ics_utc(t.with_timezone(&Utc)))
        .map_err(|_| Error::Internal(format!("meeting {field} is not an RFC 3339 time")))
}

/// A URI or identifier written without TEXT escaping may not break the content line.
fn no_breaks(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).collect()
}

/// The VEVENT of `p.meeting`.
pub fn event(p: EventParts<'_>) -> Result<Event<'static>> {
    let m = p.meeting;
    let mut e = Event::new(no_breaks(&m.uid), ics_utc(p.now));
    e.push(Sequence::new(m.sequence.to_string()));
    e.push(DtStart::new(stored_utc("start", &m.starts_at)?));
    e.push(DtEnd::new(stored_utc("end", &m.ends_at)?));
    e.push(Created::new(stored_utc("created_at", &m.created_at)?));
    e.push(LastModified::new(stored_utc("updated_at", &m.updated_at)?));
    let cancelled = m.status == MeetingStatus::Cancelled;
    e.push(if cancelled {
        Status::cancelled()
    } else {
        Status::confirmed()
    });
    let title = escape_text(p.tandem_title.to_string()).into_owned();
    e.push(Summary::new(title.clone()));
    if !m.place.trim().is_empty() {
        e.push(Location::new(escape_text(m.place.clone()).into_owned()));
    }
    if let Some(link) = m.video_link.as_deref().filter(|l| !l.trim().is_empty()) {
        e.push(URL::new(no_breaks(link.trim())));
    }
    if let Some(text) = p.description {
        e.push(Description::new(escape_text(text).into_owned()));
    }
    // Private: the event is about a confidential mentoring relationship.
    e.push(Class::private());
    e.push(Transp::opaque());
    if let (Some(minutes), false) = (p.alarm_minutes, cancelled) {
        let trigger = Trigger::new(format!("-PT{minutes}M"));
        e.add_alarm(Alarm::display(trigger, Description::new(title)));
    }
    Ok(e)
}

//! Meetings: the planner's time, place and link; the status either partner sets (held,
//! cancelled). A cancel reason stays private. Meetings travel by their calendar uid, which
//! both sides share, so an exported calendar entry stays one entry.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{parse, value, Local, Parties};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::exchange::item::{Item, Kind};
use crate::meeting::store as meetings;
use crate::meeting::{Meeting, MeetingStatus, Slot, DURATION_RANGE};
use crate::{link, text, time};

/// The calendar uid of each meeting of the tandem, by local id.
pub type MeetingUids = HashMap<i64, String>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Content {
    starts_at: DateTime<Utc>,
    duration_minutes: u32,
    place: String,
    video_link: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct State {
    status: MeetingStatus,
}

fn content(m: &Meeting) -> Result<Content> {
    let starts_at = DateTime::parse_from_rfc3339(&m.starts_at)
        .map_err(|_| Error::Internal(format!("meeting {} has an unreadable start", m.id)))?;
    Ok(Content {
        starts_at: starts_at.with_timezone(&Utc),
        duration_minutes: m.duration_minutes,
        place: m.place.clone(),
        video_link: m.video_link.clone(),
    })
}

pub fn project(cx: &Ctx, p: &Parties, out: &mut Vec<Local>) -> Result<MeetingUids> {
    let mut uids = MeetingUids::new();
    for m in meetings::list(cx, p.tandem_id, true, cx.now)? {
        out.push(Local {
            uid: format!("meeting:{}", m.uid),
            kind: Kind::Meeting,
            author: p.author(m.from_partner).to_string(),
            content: value(&content(&m)?)?,
            state: value(&State { status: m.status })?,
            local_id: Some(m.id),
        });
        uids.insert(m.id, m.uid);
    }
    Ok(uids)
}

/// The local id of the meeting with calendar uid `uid`.
pub fn local_id(cx: &Ctx, p: &Parties, uid: &str) -> Result<Option<i64>> {
    meetings::id_by_uid(cx, p.tandem_id, uid)
}

pub fn apply(cx: &Ctx, p: &Parties, item: &Item) -> Result<Option<i64>> {
    let calendar_uid = item.uid.trim_start_matches("meeting:");
    let existing = match local_id(cx, p, calendar_uid)? {
        Some(id) => meetings::get(cx, id)?,
        None => None,
    };
    if item.deleted.is_some() {
        if let Some(m) = existing {
            meetings::delete(cx, m.id)?;
        }
        return Ok(None);
    }
    let c: Content = parse("meeting", &item.content)?;
    let s: State = parse("meeting", &item.state)?;
    if !DURATION_RANGE.contains(&c.duration_minutes) {
        return Err(Error::InvalidDuration {
            field: "duration_minutes",
            reason: "a shared meeting lasts 15 to 480 minutes".into(),
        });
    }
    let (local_date, local_time) = time::to_local(cx.zone, c.starts_at);
    let slot = Slot {
        starts_at: c.starts_at,
        ends_at: c.starts_at + Duration::minutes(i64::from(c.duration_minutes)),
        time_zone: cx.zone.name().to_string(),
        local_date,
        local_time: time::hhmm(local_time),
        duration_minutes: c.duration_minutes,
        place: text::short("place", &c.place)?,
        video_link: match &c.video_link {
            Some(l) => link::http("video_link", l)?,
            None => None,
        },
    };
    let id = match existing {
        Some(m) => {
            let reason = m
                .cancel_reason
                .as_deref()
                .filter(|_| s.status == MeetingStatus::Cancelled);
            if content(&m)? != c {
                meetings::reschedule(cx, m.id, &slot, s.status, cx.now)?;
            } else if m.status != s.status {
                meetings::set_status(cx, m.id, s.status, reason, cx.now)?;
            }
            m.id
        }
        None => {
            let id = meetings::insert(cx, p.tandem_id, None, calendar_uid, &slot, cx.now)?;
            if s.status != MeetingStatus::Planned {
                meetings::set_status(cx, id, s.status, None, cx.now)?;
            }
            if item.author != p.me {
                meetings::mark_from_partner(cx, id)?;
            }
            id
        }
    };
    Ok(Some(id))
}

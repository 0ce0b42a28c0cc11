//! Occurrences → rows: the meeting each would become, the meeting it matches, and the
//! action (the matching rules are in [`decide`]).

use chrono::{DateTime, Duration, Months, Utc};
use chrono_tz::Tz;

use super::event::PLACE_MAX;
use super::recur::{Occurrence, HORIZON_MONTHS};
use super::{ImportAction, ImportNote, ImportRow};
use crate::calendar::import::sources as meeting_sources;
use crate::calendar::import::sources::MeetingSource;
use crate::ctx::Ctx;
use crate::error::Result;
use crate::meeting::store as meetings;
use crate::meeting::{Meeting, MeetingStatus, Slot, DURATION_RANGE};
use crate::time;

/// One row with what applying it needs.
#[derive(Debug, Clone)]
pub(crate) struct Planned {
    pub row: ImportRow,
    pub slot: Slot,
    pub uid: String,
    pub rid: String,
    pub sequence: u32,
    /// The matched meeting's source row (None: new, or an Eyelevel export matched by uid).
    pub source: Option<MeetingSource>,
    pub meeting: Option<Meeting>,
}

/// The meeting an occurrence becomes in the user's zone, with the notes of what was
/// adjusted.
fn slot(o: &Occurrence, tz: Tz) -> (Slot, Vec<ImportNote>) {
    let mut notes = Vec::new();
    if o.all_day {
        notes.push(ImportNote::AllDay);
    }
    if o.zone_assumed {
        notes.push(ImportNote::ZoneAssumed);
    }
    let (lo, hi) = (*DURATION_RANGE.start(), *DURATION_RANGE.end());
    let minutes = u32::try_from(o.minutes.clamp(i64::from(lo), i64::from(hi))).unwrap_or(lo);
    if i64::from(minutes) != o.minutes {
        notes.push(ImportNote::DurationAdjusted);
    }
    if o.details.place_shortened {
        notes.push(ImportNote::PlaceShortened);
    }
    // Whole minutes, like every meeting Eyelevel plans.
    let starts_at = o.starts_at - Duration::seconds(o.starts_at.timestamp().rem_euclid(60));
    let (local_date, local_time) = time::to_local(tz, starts_at);
    debug_assert!(o.details.place.chars().count() <= PLACE_MAX);
    let slot = Slot {
        starts_at,
        ends_at: starts_at + Duration::minutes(i64::from(minutes)),
        time_zone: tz.name().to_string(),
        local_date,
        local_time: time::hhmm(local_time),
        duration_minutes: minutes,
        place: o.details.place.clone(),
        video_link: o.details.video_link.clone(),
    };
    (slot, notes)
}

fn same(m: &Meeting, s: &Slot) -> bool {
    m.starts_at == crate::time::utc_text(s.starts_at)
        && m.duration_minutes == s.duration_minutes
        && m.place == s.place
        && m.video_link == s.video_link
}

/// The action for one occurrence and its skip note, if any.
fn decide(
    o: &Occurrence,
    s: &Slot,
    found: Option<(&Meeting, u32)>,
    now: DateTime<Utc>,
) -> (ImportAction, Option<ImportNote>) {
    match found {
        Some((m, _)) if m.status == MeetingStatus::Held => {
            (ImportAction::Skip, Some(ImportNote::AlreadyHeld))
        }
        Some((m, _)) if o.cancelled => match m.status {
            MeetingStatus::Cancelled => (ImportAction::Unchanged, None),
            _ => (ImportAction::Cancel, None),
        },
        // A lower SEQUENCE is a stale file. A meeting cancelled here comes back only with a
        // newer invitation, so re-importing the old one does not undo the cancellation.
        Some((_, stored)) if o.sequence < stored => (ImportAction::Unchanged, None),
        Some((m, stored)) if m.status == MeetingStatus::Cancelled => match o.sequence > stored {
            true => (ImportAction::Update, None),
            false => (ImportAction::Unchanged, None),
        },
        Some((m, _)) if same(m, s) => (ImportAction::Unchanged, None),
        Some(_) => (ImportAction::Update, None),
        None if o.cancelled => (ImportAction::Skip, Some(ImportNote::CancelledUnknown)),
        None if s.ends_at <= now => (ImportAction::Skip, Some(ImportNote::InPast)),
        None if s.starts_at
            > now
                .checked_add_months(Months::new(HORIZON_MONTHS))
                .unwrap_or(now) =>
        {
            (ImportAction::Skip, Some(ImportNote::BeyondTwoYears))
        }
        None => (ImportAction::Create, None),
    }
}

/// Plans every occurrence for `tandem_id`; rows by start.
pub(crate) fn plan(cx: &Ctx, tandem_id: i64, occurrences: Vec<Occurrence>) -> Result<Vec<Planned>> {
    let now = cx.now;
    let mut out = Vec::with_capacity(occurrences.len());
    for o in occurrences {
        let source = meeting_sources::find(cx, tandem_id, &o.uid, &o.rid)?;
        let meeting_id = match &source {
            Some(src) => Some(src.meeting_id),
            None if o.rid.is_empty() => meetings::id_by_uid(cx, tandem_id, &o.uid)?,
            None => None,
        };
        let meeting = match meeting_id {
            Some(id) => meetings::get(cx, id)?,
            None => None,
        };
        let stored = match (&source, &meeting) {
            (Some(src), _) => src.source_sequence,
            (None, Some(m)) => m.sequence,
            (None, None) => 0,
        };
        let (slot, mut notes) = slot(&o, cx.zone);
        let (action, skip) = decide(&o, &slot, meeting.as_ref().map(|m| (m, stored)), now);
        notes.extend(skip);
        out.push(Planned {
            row: ImportRow {
                summary: o.details.summary.clone(),
                action,
                notes,
                local_date: slot.local_date,
                local_time: slot.local_time.clone(),
                duration_minutes: slot.duration_minutes,
                place: slot.place.clone(),
                video_link: slot.video_link.clone(),
                recurring: o.recurring,
                attendees: o.details.attendees,
                meeting_id: meeting.as_ref().map(|m| m.id),
            },
            slot,
            uid: o.uid,
            rid: o.rid,
            sequence: o.sequence,
            source,
            meeting,
        });
    }
    out.sort_by(|a, b| (a.slot.starts_at, &a.uid, &a.rid).cmp(&(b.slot.starts_at, &b.uid, &b.rid)));
    Ok(out)
}

//! Agenda points marked shared: the author's title, topic, minutes and links (prep notes stay
//! private); whether it was discussed, which either partner ticks.

use serde::{Deserialize, Serialize};

use super::meeting::{self, MeetingUids};
use super::{parse, topic_id, topic_key, uid, value, Local, Parties, Registry};
use crate::agenda::store as items;
use crate::agenda::{self as agenda_domain, AgendaItemInput};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::exchange::item::{Item, Kind};
use crate::meeting::store as meetings;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Content {
    /// The meeting's calendar uid.
    meeting: String,
    title: String,
    topic: Option<String>,
    minutes: u32,
    links: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct State {
    discussed: bool,
}

pub fn project(
    cx: &Ctx,
    p: &Parties,
    registry: &Registry,
    meetings: &MeetingUids,
    out: &mut Vec<Local>,
) -> Result<()> {
    for (meeting_id, meeting_uid) in meetings {
        for a in items::list(cx, *meeting_id)? {
            if !a.shared {
                continue;
            }
            let author = p.author(a.from_partner);
            out.push(Local {
                uid: uid(registry, Kind::AgendaItem, "agenda", author, a.id),
                kind: Kind::AgendaItem,
                author: author.to_string(),
                content: value(&Content {
                    meeting: meeting_uid.clone(),
                    title: a.title,
                    topic: topic_key(cx, a.topic_id)?,
                    minutes: a.minutes,
                    links: a.links,
                })?,
                state: value(&State {
                    discussed: a.discussed,
                })?,
                local_id: Some(a.id),
            });
        }
    }
    Ok(())
}

pub fn apply(cx: &Ctx, p: &Parties, item: &Item, local_id: Option<i64>) -> Result<Option<i64>> {
    let existing = match local_id {
        Some(id) => items::get(cx, id)?,
        None => None,
    };
    let existing = match existing {
        Some(a) if in_tandem(cx, p, a.meeting_id)? => Some(a),
        _ => None,
    };
    if item.deleted.is_some() {
        if let Some(a) = existing {
            items::delete(cx, a.id)?;
        }
        return Ok(None);
    }
    let c: Content = parse("agenda point", &item.content)?;
    let s: State = parse("agenda point", &item.state)?;
    let Some(meeting_id) = meeting::local_id(cx, p, &c.meeting)? else {
        // Its meeting is not here (deleted on this side): nothing to attach it to.
        return Ok(None);
    };
    let input = agenda_domain::clean(
        cx,
        &AgendaItemInput {
            title: c.title,
            topic_id: topic_id(cx, c.topic.as_deref())?,
            minutes: c.minutes,
            prep_notes: String::new(),
            links: c.links,
            shared: true,
        },
    )?;
    let id = match existing {
        Some(a) => {
            let changed = a.title != input.title
                || a.topic_id != input.topic_id
                || a.minutes != input.minutes
                || a.links != input.links;
            if changed {
                let keep_notes = AgendaItemInput {
                    prep_notes: a.prep_notes.clone(),
                    ..input
                };
                items::update(cx, a.id, &keep_notes, cx.now)?;
            }
            if a.meeting_id != meeting_id {
                items::set_meeting(cx, a.id, meeting_id)?;
            }
            if a.discussed != s.discussed {
                items::set_discussed(cx, a.id, s.discussed, cx.now)?;
            }
            a.id
        }
        None => {
            let id = items::insert(cx, meeting_id, &input, None, cx.now)?;
            if s.discussed {
                items::set_discussed(cx, id, true, cx.now)?;
            }
            if item.author != p.me {
                items::mark_from_partner(cx, id)?;
            }
            id
        }
    };
    Ok(Some(id))
}

fn in_tandem(cx: &Ctx, p: &Parties, meeting_id: i64) -> Result<bool> {
    Ok(meetings::get(cx, meeting_id)?.is_some_and(|m| m.tandem_id == p.tandem_id))
}

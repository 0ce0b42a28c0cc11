//! Action items marked shared: the author's title, due date, assignee and meeting; whether it
//! is done, which either partner ticks (usually the assignee).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::meeting::{self, MeetingUids};
use super::{parse, uid, value, Local, Parties, Registry};
use crate::action::store as actions;
use crate::action::{ActionInput, Owner};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::exchange::item::{Item, Kind};
use crate::text;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Content {
    title: String,
    due_date: Option<NaiveDate>,
    /// The participant id of who does it.
    assignee: String,
    /// The calendar uid of the meeting it was agreed in.
    meeting: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct State {
    done: bool,
}

pub fn project(
    cx: &Ctx,
    p: &Parties,
    registry: &Registry,
    meetings: &MeetingUids,
    out: &mut Vec<Local>,
) -> Result<()> {
    for a in actions::list(cx, p.tandem_id, false)? {
        if !a.shared {
            continue;
        }
        let author = p.author(a.from_partner);
        let assignee = match a.owner {
            Owner::Me => &p.me,
            Owner::Partner => &p.partner,
        };
        out.push(Local {
            uid: uid(registry, Kind::Action, "action", author, a.id),
            kind: Kind::Action,
            author: author.to_string(),
            content: value(&Content {
                title: a.title,
                due_date: a.due_date,
                assignee: assignee.clone(),
                meeting: a.meeting_id.and_then(|id| meetings.get(&id).cloned()),
            })?,
            state: value(&State { done: a.done })?,
            local_id: Some(a.id),
        });
    }
    Ok(())
}

pub fn apply(cx: &Ctx, p: &Parties, item: &Item, local_id: Option<i64>) -> Result<Option<i64>> {
    let existing = match local_id {
        Some(id) => actions::get(cx, id)?.filter(|a| a.tandem_id == p.tandem_id),
        None => None,
    };
    if item.deleted.is_some() {
        if let Some(a) = existing {
            actions::delete(cx, a.id)?;
        }
        return Ok(None);
    }
    let c: Content = parse("action item", &item.content)?;
    let s: State = parse("action item", &item.state)?;
    let input = ActionInput {
        title: text::required_short("title", &c.title)?,
        owner: if c.assignee == p.me {
            Owner::Me
        } else {
            Owner::Partner
        },
        due_date: c.due_date,
    };
    let meeting_id = match &c.meeting {
        Some(uid) => meeting::local_id(cx, p, uid)?,
        None => None,
    };
    let id = match existing {
        Some(a) => {
            if a.title != input.title || a.owner != input.owner || a.due_date != input.due_date {
                actions::update(cx, a.id, &input, cx.now)?;
            }
            if a.meeting_id != meeting_id {
                actions::set_meeting(cx, a.id, meeting_id)?;
            }
            if a.done != s.done {
                actions::set_done(cx, a.id, s.done, cx.now)?;
            }
            a.id
        }
        None => {
            let id = actions::insert(cx, p.tandem_id, meeting_id, &input, cx.now)?;
            if s.done {
                actions::set_done(cx, id, true, cx.now)?;
            }
            if item.author == p.me {
                actions::set_shared(cx, id, true, cx.now)?;
            } else {
                actions::mark_from_partner(cx, id)?;
            }
            id
        }
    };
    Ok(Some(id))
}

//! Goals marked shared: the author's title, reason, topic and target date; the status either
//! partner sets.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{parse, topic_id, topic_key, uid, value, Local, Parties, Registry};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::exchange::item::{Item, Kind};
use crate::goal::store as goals;
use crate::goal::store::status_changes;
use crate::goal::{GoalInput, GoalStatus};
use crate::text;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Content {
    title: String,
    why: String,
    topic: Option<String>,
    target_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct State {
    status: GoalStatus,
}

pub fn project(cx: &Ctx, p: &Parties, registry: &Registry, out: &mut Vec<Local>) -> Result<()> {
    for g in goals::list(cx, p.tandem_id)? {
        if !g.shared {
            continue;
        }
        let author = p.author(g.from_partner);
        out.push(Local {
            uid: uid(registry, Kind::Goal, "goal", author, g.id),
            kind: Kind::Goal,
            author: author.to_string(),
            content: value(&Content {
                title: g.title,
                why: g.why,
                topic: topic_key(cx, g.topic_id)?,
                target_date: g.target_date,
            })?,
            state: value(&State { status: g.status })?,
            local_id: Some(g.id),
        });
    }
    Ok(())
}

pub fn apply(cx: &Ctx, p: &Parties, item: &Item, local_id: Option<i64>) -> Result<Option<i64>> {
    let existing = match local_id {
        Some(id) => goals::get(cx, id)?.filter(|g| g.tandem_id == p.tandem_id),
        None => None,
    };
    if item.deleted.is_some() {
        if let Some(g) = existing {
            goals::delete(cx, g.id)?;
        }
        return Ok(None);
    }
    let c: Content = parse("goal", &item.content)?;
    let s: State = parse("goal", &item.state)?;
    let input = GoalInput {
        title: text::required_short("title", &c.title)?,
        why: text::long("why", &c.why)?,
        topic_id: topic_id(cx, c.topic.as_deref())?,
        target_date: c.target_date,
    };
    let id = match existing {
        Some(g) => {
            let current = GoalInput {
                title: g.title.clone(),
                why: g.why.clone(),
                topic_id: g.topic_id,
                target_date: g.target_date,
            };
            if current != input {
                goals::update(cx, g.id, &input, cx.now)?;
            }
            if g.status != s.status {
                goals::set_status(cx, g.id, s.status, cx.now)?;
                status_changes::insert(cx, g.id, s.status, cx.now)?;
            }
            g.id
        }
        None => {
            let position = goals::next_position(cx, p.tandem_id)?;
            let id = goals::insert(cx, p.tandem_id, &input, position, cx.now)?;
            status_changes::insert(cx, id, GoalStatus::Open, cx.now)?;
            if s.status != GoalStatus::Open {
                goals::set_status(cx, id, s.status, cx.now)?;
                status_changes::insert(cx, id, s.status, cx.now)?;
            }
            if item.author == p.me {
                goals::set_shared(cx, id, true, cx.now)?;
            } else {
                goals::mark_from_partner(cx, id)?;
            }
            id
        }
    };
    Ok(Some(id))
}

//! The tandem's basics: title, dates, cadence and who is the mentor (both edit them; the later
//! change wins), and its status (active, paused, finished).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{parse, value, Local, Parties};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::exchange::item::{Item, Kind};
use crate::tandem::store as tandems;
use crate::tandem::{self, Cadence, Role, TandemInput, TandemStatus};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Content {
    title: String,
    start_date: NaiveDate,
    planned_end_date: Option<NaiveDate>,
    cadence: Cadence,
    /// The participant id of the mentor.
    mentor: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct State {
    status: TandemStatus,
}

pub fn project(cx: &Ctx, p: &Parties, out: &mut Vec<Local>) -> Result<()> {
    let t = tandem::get(cx, p.tandem_id)?;
    let mentor = match t.my_role {
        Role::Mentor => &p.me,
        Role::Mentee => &p.partner,
    };
    out.push(Local {
        uid: "basics".into(),
        kind: Kind::Basics,
        author: p.both().to_string(),
        content: value(&Content {
            title: t.title,
            start_date: t.start_date,
            planned_end_date: t.planned_end_date,
            cadence: t.cadence,
            mentor: mentor.clone(),
        })?,
        state: value(&State { status: t.status })?,
        local_id: Some(p.tandem_id),
    });
    Ok(())
}

pub fn apply(cx: &Ctx, p: &Parties, item: &Item) -> Result<()> {
    let c: Content = parse("tandem", &item.content)?;
    let s: State = parse("tandem", &item.state)?;
    let t = tandem::get(cx, p.tandem_id)?;
    let input = TandemInput {
        title: c.title,
        my_role: if c.mentor == p.me {
            Role::Mentor
        } else {
            Role::Mentee
        },
        partner_name: t.partner_name.clone(),
        partner_contact: t.partner_contact.clone(),
        program: t.program.clone(),
        start_date: c.start_date,
        planned_end_date: c.planned_end_date,
        cadence: c.cadence,
        focus_topic_ids: t.focus_topic_ids.clone(),
    };
    let input = match tandem::validate::input(cx, &input, Some(p.tandem_id)) {
        Ok(input) => input,
        // Another tandem here has that title: keep ours (the next exchange sends it back).
        Err(Error::DuplicateTitle { .. }) => tandem::validate::input(
            cx,
            &TandemInput {
                title: t.title.clone(),
                ..input
            },
            Some(p.tandem_id),
        )?,
        Err(e) => return Err(e),
    };
    let current = TandemInput {
        title: t.title.clone(),
        my_role: t.my_role,
        partner_name: t.partner_name.clone(),
        partner_contact: t.partner_contact.clone(),
        program: t.program.clone(),
        start_date: t.start_date,
        planned_end_date: t.planned_end_date,
        cadence: t.cadence,
        focus_topic_ids: t.focus_topic_ids.clone(),
    };
    if input != current {
        tandems::update(cx, p.tandem_id, &input, cx.now)?;
    }
    if s.status != t.status {
        tandems::set_status(cx, p.tandem_id, s.status, cx.now)?;
    }
    Ok(())
}

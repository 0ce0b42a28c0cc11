//! The bridge between the local tables and the shared items: each kind projects its rows into
//! items (what would be sent now) and applies a merged item back onto its rows.
//!
//! Only what is shared is projected: private agenda points, private action items, private
//! goals, private notes, prep notes, cancel reasons, reflections, the journal, reminders and
//! settings never become items.

mod action;
mod agenda;
mod agreement;
mod basics;
mod goal;
mod meeting;
mod note;

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::item::{Item, Kind};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::topic::store as topics;

/// The two participants of a paired tandem.
#[derive(Debug, Clone)]
pub struct Parties {
    pub tandem_id: i64,
    pub me: String,
    pub partner: String,
}

impl Parties {
    /// The author of a row: the partner for rows that came from them, else me.
    pub fn author(&self, from_partner: bool) -> &str {
        if from_partner {
            &self.partner
        } else {
            &self.me
        }
    }

    /// The nominal author of items both partners edit (the smaller id, the same on both
    /// sides).
    pub fn both(&self) -> &str {
        (&self.me).min(&self.partner)
    }
}

/// A shared record as the local tables hold it now.
#[derive(Debug, Clone, PartialEq)]
pub struct Local {
    pub uid: String,
    pub kind: Kind,
    pub author: String,
    pub content: Value,
    pub state: Value,
    pub local_id: Option<i64>,
}

/// The uids of rows that came from the partner, by kind and local id (their uids carry the
/// partner's ids, which this side cannot derive).
pub type Registry = HashMap<(Kind, i64), String>;

/// Every shared record of the tandem, as it is now.
pub fn project(cx: &Ctx, p: &Parties, registry: &Registry) -> Result<Vec<Local>> {
    let mut out = Vec::new();
    basics::project(cx, p, &mut out)?;
    agreement::project(cx, p, &mut out)?;
    goal::project(cx, p, registry, &mut out)?;
    let meetings = meeting::project(cx, p, &mut out)?;
    agenda::project(cx, p, registry, &meetings, &mut out)?;
    action::project(cx, p, registry, &meetings, &mut out)?;
    note::project(cx, p, &meetings, &mut out)?;
    Ok(out)
}

/// Makes the local rows match `item` (created, changed or deleted). `local_id` is the row the
/// item was applied to before. Returns the row it lives in now (`None`: deleted, or it cannot
/// live here, e.g. its meeting is gone).
///
/// Content that does not parse or breaks a limit is refused with an error; the caller skips
/// the item and nothing of it is applied.
pub fn apply(cx: &Ctx, p: &Parties, item: &Item, local_id: Option<i64>) -> Result<Option<i64>> {
    match item.kind {
        Kind::Basics => basics::apply(cx, p, item).map(|()| None),
        Kind::Agreement | Kind::Expectations | Kind::Agreed => {
            agreement::apply(cx, p, item).map(|()| None)
        }
        Kind::Goal => goal::apply(cx, p, item, local_id),
        Kind::Meeting => meeting::apply(cx, p, item),
        Kind::AgendaItem => agenda::apply(cx, p, item, local_id),
        Kind::Action => action::apply(cx, p, item, local_id),
        Kind::Note => note::apply(cx, p, item),
    }
}

/// Checks that an item's uid fits its kind and author (the partner cannot make an item look
/// like another one).
pub fn uid_fits(item: &Item, p: &Parties) -> bool {
    let author_ok = item.author == p.me || item.author == p.partner;
    let prefixed = |prefix: &str| {
        item.uid
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix(':'))
            .and_then(|rest| rest.strip_prefix(item.author.as_str()))
            .is_some_and(|rest| rest.starts_with(':') && rest.len() > 1)
    };
    author_ok
        && match item.kind {
            Kind::Basics => item.uid == "basics" && item.author == p.both(),
            Kind::Agreement => item.uid == "agreement" && item.author == p.both(),
            Kind::Expectations => item.uid == format!("expectations:{}", item.author),
            Kind::Agreed => item.uid == format!("agreed:{}", item.author),
            Kind::Goal => prefixed("goal"),
            Kind::AgendaItem => prefixed("agenda"),
            Kind::Action => prefixed("action"),
            Kind::Note => prefixed("note"),
            Kind::Meeting => item.uid.starts_with("meeting:") && item.uid.len() <= 300,
        }
}

/// The uid of a row: the registered one for the partner's rows, else derived from the author
/// and the local id.
fn uid(registry: &Registry, kind: Kind, prefix: &str, author: &str, id: i64) -> String {
    registry
        .get(&(kind, id))
        .cloned()
        .unwrap_or_else(|| format!("{prefix}:{author}:{id}"))
}

fn value<T: Serialize>(v: &T) -> Result<Value> {
    Ok(serde_json::to_value(v)?)
}

/// An item's content or state as the kind's type; anything else is refused.
fn parse<T: DeserializeOwned>(what: &str, v: &Value) -> Result<T> {
    serde_json::from_value(v.clone()).map_err(|e| Error::ExchangeFileInvalid {
        reason: format!("a shared {what} is not readable ({e})"),
    })
}

/// Built-in topics travel by key (ids differ between databases); own topics stay private.
fn topic_key(cx: &Ctx, id: Option<i64>) -> Result<Option<String>> {
    match id {
        Some(id) => Ok(topics::get(cx, id)?.and_then(|t| t.builtin_key)),
        None => Ok(None),
    }
}

fn topic_id(cx: &Ctx, key: Option<&str>) -> Result<Option<i64>> {
    match key {
        Some(key) => topics::builtin_id(cx, key),
        None => Ok(None),
    }
}

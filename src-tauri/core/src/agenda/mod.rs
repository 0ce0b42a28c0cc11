//! The agenda of a meeting: items (shared or private), order, discussed, carry-over of
//! undiscussed items, templates, topics as items, and the export of the shared items.

mod carry;
mod export;
pub mod store;
mod template;
mod types;

use rusqlite::Connection;

pub use carry::{accept_suggestions, carry_over, suggestions};
pub use export::{export, render, save_export};
pub use template::{apply_template, delete_template, list_templates, save_template};
pub use types::*;

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::meeting::store as meetings;
use crate::topic::store as topics;
use crate::{link, text, topic};

/// Most minutes one item may plan.
pub const MINUTES_MAX: u32 = 480;
/// Most links per item.
pub const LINKS_MAX: usize = 20;

/// The cleaned input: trimmed texts, checked minutes, normalised links (empty ones dropped).
pub fn clean(conn: &Connection, input: &AgendaItemInput) -> Result<AgendaItemInput> {
    let title = text::required_short("title", &input.title)?;
    if input.minutes > MINUTES_MAX {
        return Err(Error::InvalidDuration {
            field: "minutes",
            reason: format!("an agenda item plans 0 to {MINUTES_MAX} minutes"),
        });
    }
    let mut links = Vec::with_capacity(input.links.len());
    for l in &input.links {
        if let Some(l) = link::http("links", l)? {
            links.push(l);
        }
    }
    if links.len() > LINKS_MAX {
        return Err(Error::invalid_link(
            "links",
            format!("an agenda item holds at most {LINKS_MAX} links"),
        ));
    }
    if let Some(topic_id) = input.topic_id {
        if !topics::exists(conn, topic_id)? {
            return Err(Error::not_found("topic", topic_id));
        }
    }
    Ok(AgendaItemInput {
        title,
        topic_id: input.topic_id,
        minutes: input.minutes,
        prep_notes: text::long("prep_notes", &input.prep_notes)?,
        links,
        shared: input.shared,
    })
}

fn ensure_meeting(conn: &Connection, meeting_id: i64) -> Result<()> {
    match meetings::get(conn, meeting_id)? {
        Some(_) => Ok(()),
        None => Err(Error::not_found("meeting", meeting_id)),
    }
}

/// One item.
pub fn get(conn: &Connection, id: i64) -> Result<AgendaItem> {
    store::get(conn, id)?.ok_or_else(|| Error::not_found("agenda item", id))
}

/// The meeting's items by position.
pub fn list(conn: &Connection, meeting_id: i64) -> Result<Vec<AgendaItem>> {
    ensure_meeting(conn, meeting_id)?;
    store::list(conn, meeting_id)
}

/// Appends an item to the meeting's agenda.
pub fn add(cx: &Ctx, meeting_id: i64, input: &AgendaItemInput) -> Result<AgendaItem> {
    ensure_meeting(cx, meeting_id)?;
    let input = clean(cx, input)?;
    let id = store::insert(cx, meeting_id, &input, None, cx.now)?;
    get(cx, id)
}

/// Refuses changing the text of (or deleting) a point the partner put on the agenda.
fn ensure_mine(conn: &Connection, id: i64) -> Result<()> {
    match store::get(conn, id)? {
        Some(item) if item.from_partner => Err(Error::partner_item("agenda item")),
        Some(_) => Ok(()),
        None => Err(Error::not_found("agenda item", id)),
    }
}

pub fn update(cx: &Ctx, id: i64, input: &AgendaItemInput) -> Result<AgendaItem> {
    ensure_mine(cx, id)?;
    let input = clean(cx, input)?;
    if !store::update(cx, id, &input, cx.now)? {
        return Err(Error::not_found("agenda item", id));
    }
    get(cx, id)
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    ensure_mine(conn, id)?;
    if !store::delete(conn, id)? {
        return Err(Error::not_found("agenda item", id));
    }
    Ok(())
}

/// Puts the meeting's items in the order of `ordered_ids` (exactly its item ids).
pub fn reorder(cx: &Ctx, meeting_id: i64, ordered_ids: &[i64]) -> Result<Vec<AgendaItem>> {
    let tx = cx.begin()?;
    ensure_meeting(&tx, meeting_id)?;
    let mut current: Vec<i64> = store::list(&tx, meeting_id)?.iter().map(|i| i.id).collect();
    let mut wanted = ordered_ids.to_vec();
    current.sort_unstable();
    wanted.sort_unstable();
    if current != wanted {
        return Err(Error::InvalidInput(
            "the new order must list each item of the agenda exactly once".into(),
        ));
    }
    for (position, &id) in (0u32..).zip(ordered_ids) {
        store::set_position(&tx, id, position)?;
    }
    let items = store::list(&tx, meeting_id)?;
    tx.commit()?;
    Ok(items)
}

/// Marks an item as discussed (or not).
pub fn set_discussed(cx: &Ctx, id: i64, discussed: bool) -> Result<AgendaItem> {
    if !store::set_discussed(cx, id, discussed, cx.now)? {
        return Err(Error::not_found("agenda item", id));
    }
    get(cx, id)
}

/// Appends topic `topic_id` as a shared item: its title (in the user's language), its questions as a
/// Markdown list in the prep notes, 15 minutes.
pub fn add_topic(cx: &Ctx, meeting_id: i64, topic_id: i64) -> Result<AgendaItem> {
    let topic = topic::get(cx, topic_id)?;
    let prep_notes: String = topic.questions.iter().map(|q| format!("- {q}\n")).collect();
    let input = AgendaItemInput {
        title: topic.title,
        topic_id: Some(topic_id),
        minutes: 15,
        prep_notes,
        links: Vec::new(),
        shared: true,
    };
    add(cx, meeting_id, &input)
}

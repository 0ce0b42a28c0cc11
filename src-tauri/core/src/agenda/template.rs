//! Agenda templates: save a meeting's agenda under a name, apply it to another meeting.

use rusqlite::Connection;

use super::store;
use super::{AgendaItem, AgendaItemInput, AgendaTemplate, TemplateItem};
use crate::agenda::store::templates as agenda_templates;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::meeting::store as meetings;
use crate::text;
use crate::topic::store as topics;

pub fn list_templates(conn: &Connection) -> Result<Vec<AgendaTemplate>> {
    agenda_templates::list(conn)
}

/// Saves meeting `meeting_id`'s agenda (titles, topics, minutes, prep notes, shared; no
/// links, nothing about discussion) as template `name` (unique, case-insensitive).
pub fn save_template(cx: &Ctx, meeting_id: i64, name: &str) -> Result<AgendaTemplate> {
    let name = text::required_short("name", name)?;
    let tx = cx.begin()?;
    if meetings::get(&tx, meeting_id)?.is_none() {
        return Err(Error::not_found("meeting", meeting_id));
    }
    if agenda_templates::list(&tx)?
        .iter()
        .any(|t| text::same_title(&t.name, &name))
    {
        return Err(Error::DuplicateTitle {
            what: "template".into(),
        });
    }
    let items: Vec<TemplateItem> = store::list(&tx, meeting_id)?
        .into_iter()
        .map(|i| TemplateItem {
            title: i.title,
            topic_id: i.topic_id,
            minutes: i.minutes,
            prep_notes: i.prep_notes,
            shared: i.shared,
        })
        .collect();
    let id = agenda_templates::insert(&tx, &name, &items, cx.now)?;
    let saved = agenda_templates::get(&tx, id)?
        .ok_or_else(|| Error::Internal("the saved template is gone".into()))?;
    tx.commit()?;
    Ok(saved)
}

/// Appends the template's items to meeting `meeting_id`; returns the new items. A topic
/// deleted since the template was saved is left out of the item.
pub fn apply_template(cx: &Ctx, meeting_id: i64, template_id: i64) -> Result<Vec<AgendaItem>> {
    let tx = cx.begin()?;
    if meetings::get(&tx, meeting_id)?.is_none() {
        return Err(Error::not_found("meeting", meeting_id));
    }
    let template = agenda_templates::get(&tx, template_id)?
        .ok_or_else(|| Error::not_found("template", template_id))?;
    let mut added = Vec::with_capacity(template.items.len());
    for t in template.items {
        let topic_id = match t.topic_id {
            Some(id) if topics::exists(&tx, id)? => Some(id),
            _ => None,
        };
        let input = AgendaItemInput {
            title: t.title,
            topic_id,
            minutes: t.minutes,
            prep_notes: t.prep_notes,
            links: Vec::new(),
            shared: t.shared,
        };
        let input = super::clean(&tx, &input)?;
        let id = store::insert(&tx, meeting_id, &input, None, cx.now)?;
        added.push(super::get(&tx, id)?);
    }
    tx.commit()?;
    Ok(added)
}

pub fn delete_template(conn: &Connection, id: i64) -> Result<()> {
    if !agenda_templates::delete(conn, id)? {
        return Err(Error::not_found("template", id));
    }
    Ok(())
}

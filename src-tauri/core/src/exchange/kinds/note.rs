//! Meeting notes, only where their writer marked them shared. The partner's notes are kept
//! apart from mine (each side reads the other's, never edits it).

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::meeting::{self, MeetingUids};
use super::{parse, value, Local, Parties};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::exchange::item::{Item, Kind};
use crate::note::{partner, store as notes};
use crate::text;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Content {
    body: String,
}

pub fn project(cx: &Ctx, p: &Parties, meetings: &MeetingUids, out: &mut Vec<Local>) -> Result<()> {
    for (meeting_id, meeting_uid) in meetings {
        if let Some(note) = notes::get(cx, *meeting_id)?.filter(|n| n.shared) {
            out.push(note_item(&p.me, meeting_uid, note.body, *meeting_id)?);
        }
        if let Some(note) = partner::get(cx, *meeting_id)? {
            out.push(note_item(&p.partner, meeting_uid, note.body, *meeting_id)?);
        }
    }
    Ok(())
}

fn note_item(author: &str, meeting_uid: &str, body: String, meeting_id: i64) -> Result<Local> {
    Ok(Local {
        uid: format!("note:{author}:{meeting_uid}"),
        kind: Kind::Note,
        author: author.to_string(),
        content: value(&Content { body })?,
        state: json!({}),
        local_id: Some(meeting_id),
    })
}

pub fn apply(cx: &Ctx, p: &Parties, item: &Item) -> Result<Option<i64>> {
    let meeting_uid = item.uid.splitn(3, ':').nth(2).unwrap_or_default();
    let Some(meeting_id) = meeting::local_id(cx, p, meeting_uid)? else {
        return Ok(None);
    };
    let mine = item.author == p.me;
    if item.deleted.is_some() {
        // My own note that I stopped sharing stays here, private.
        if !mine {
            partner::delete(cx, meeting_id)?;
        }
        return Ok(Some(meeting_id));
    }
    let c: Content = parse("note", &item.content)?;
    text::check_markdown_length("body", &c.body)?;
    if mine {
        // My note, back from the partner (this side lost it).
        if notes::get(cx, meeting_id)?.is_none() && !text::is_blank(&c.body) {
            notes::upsert(cx, meeting_id, &c.body, cx.now)?;
            notes::set_shared(cx, meeting_id, true)?;
        }
    } else {
        partner::put(cx, meeting_id, &c.body, cx.now)?;
    }
    Ok(Some(meeting_id))
}

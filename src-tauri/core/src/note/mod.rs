//! Meeting notes: one Markdown document per meeting, autosaved by the UI. Saving a blank
//! note deletes it, so a stored row always means "this meeting has notes".

pub mod partner;
pub mod store;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::meeting::store as meetings;
use crate::text;

/// The notes of one meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingNote {
    #[ts(type = "number")]
    pub meeting_id: i64,
    /// Markdown, at most 100 000 characters, exactly as typed; "" when there are none.
    pub body: String,
    /// UTC, RFC 3339; `None` when the meeting has no notes (never saved, or saved empty).
    pub updated_at: Option<String>,
    /// The paired partner sees these notes too (notes are private unless marked).
    pub shared: bool,
}

fn empty(meeting_id: i64) -> MeetingNote {
    MeetingNote {
        meeting_id,
        body: String::new(),
        updated_at: None,
        shared: false,
    }
}

fn meeting_exists(conn: &Connection, meeting_id: i64) -> Result<()> {
    match meetings::get(conn, meeting_id)? {
        Some(_) => Ok(()),
        None => Err(Error::not_found("meeting", meeting_id)),
    }
}

/// The meeting's notes (empty when it has none); unknown meeting → not found.
pub fn get(conn: &Connection, meeting_id: i64) -> Result<MeetingNote> {
    if let Some(note) = store::get(conn, meeting_id)? {
        return Ok(note);
    }
    meeting_exists(conn, meeting_id)?;
    Ok(empty(meeting_id))
}

/// Saves the notes as typed (at most 100 000 characters, field `body`); a blank body deletes
/// them and returns an empty note with `updated_at: None`.
pub fn save(cx: &Ctx, meeting_id: i64, body: &str) -> Result<MeetingNote> {
    text::check_markdown_length("body", body)?;
    let tx = cx.begin()?;
    meeting_exists(&tx, meeting_id)?;
    let note = if text::is_blank(body) {
        store::delete(&tx, meeting_id)?;
        empty(meeting_id)
    } else {
        store::upsert(&tx, meeting_id, body, cx.now)?;
        store::get(&tx, meeting_id)?.ok_or_else(|| Error::not_found("note", meeting_id))?
    };
    tx.commit()?;
    Ok(note)
}

/// Shares the meeting's notes with the paired partner, or makes them private again. Only
/// notes that exist can be shared (a blank note is no note).
pub fn set_shared(cx: &Ctx, meeting_id: i64, shared: bool) -> Result<MeetingNote> {
    if !store::set_shared(cx, meeting_id, shared)? {
        meeting_exists(cx, meeting_id)?;
        return Err(Error::NotFound {
            what: format!("notes of meeting {meeting_id}"),
        });
    }
    get(cx, meeting_id)
}

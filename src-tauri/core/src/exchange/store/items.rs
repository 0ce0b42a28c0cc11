//! `exchange_items`: every shared item as last stamped here or received — the other side of
//! every merge, and how local changes are noticed.

use rusqlite::{params, Connection, Row};

use crate::error::{Error, Result};
use crate::exchange::hlc::Hlc;
use crate::exchange::item::{Item, Kind};
use crate::store::ConnExt;

/// An item as stored, with the local row it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub item: Item,
    pub local_id: Option<i64>,
}

fn kind_text(kind: Kind) -> Result<String> {
    match serde_json::to_value(kind)? {
        serde_json::Value::String(text) => Ok(text),
        _ => Err(Error::Internal("kind".into())),
    }
}

fn item_row(r: &Row<'_>) -> rusqlite::Result<Stored> {
    let kind: String = r.get(1)?;
    let content: String = r.get(4)?;
    let state: String = r.get(6)?;
    Ok(Stored {
        item: Item {
            uid: r.get(0)?,
            kind: serde_json::from_value(serde_json::Value::String(kind)).unwrap_or(Kind::Basics),
            author: r.get(3)?,
            content: serde_json::from_str(&content).unwrap_or_default(),
            content_hlc: Hlc::parse(&r.get::<_, String>(5)?).unwrap_or_else(Hlc::zero),
            state: serde_json::from_str(&state).unwrap_or_default(),
            state_hlc: Hlc::parse(&r.get::<_, String>(7)?).unwrap_or_else(Hlc::zero),
            deleted: r.get::<_, Option<String>>(8)?.and_then(|t| Hlc::parse(&t)),
        },
        local_id: r.get(2)?,
    })
}

/// Every stored item of the tandem, by uid.
pub fn items(conn: &Connection, tandem_id: i64) -> Result<Vec<Stored>> {
    conn.query_rows(
        "SELECT uid, kind, local_id, author, content, content_hlc, state, state_hlc,
             deleted_hlc
         FROM exchange_items WHERE tandem_id = ?1 ORDER BY uid",
        params![tandem_id],
        item_row,
    )
}

/// Inserts or replaces one item.
pub fn put_item(conn: &Connection, tandem_id: i64, stored: &Stored) -> Result<()> {
    let item = &stored.item;
    conn.execute(
        "INSERT OR REPLACE INTO exchange_items (tandem_id, uid, kind, local_id, author, content,
             content_hlc, state, state_hlc, deleted_hlc)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            tandem_id,
            item.uid,
            kind_text(item.kind)?,
            stored.local_id,
            item.author,
            item.content.to_string(),
            item.content_hlc.text(),
            item.state.to_string(),
            item.state_hlc.text(),
            item.deleted.as_ref().map(Hlc::text),
        ],
    )?;
    Ok(())
}

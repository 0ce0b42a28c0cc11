//! The `reflection_prompts` table: the user's own prompt set per role (no rows = built-in).

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::reflection::PromptDraft;
use crate::store::ConnExt;
use crate::tandem::Role;

/// The role's stored prompts in order (empty: the user never customised the set).
pub fn list(conn: &Connection, role: Role) -> Result<Vec<PromptDraft>> {
    conn.query_rows(
        "SELECT kind, text FROM reflection_prompts WHERE role = ?1 ORDER BY position",
        params![role],
        |r| {
            Ok(PromptDraft {
                kind: r.get(0)?,
                text: r.get(1)?,
            })
        },
    )
}

/// Replaces the role's prompts with `prompts` (in this order).
pub fn replace(conn: &Connection, role: Role, prompts: &[PromptDraft]) -> Result<()> {
    clear(conn, role)?;
    let mut stmt = conn.prepare(
        "INSERT INTO reflection_prompts (role, position, kind, text) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, p) in (0i64..).zip(prompts) {
        stmt.execute(params![role, position, p.kind, p.text])?;
    }
    Ok(())
}

/// Forgets the role's own prompts (back to the built-in set).
pub fn clear(conn: &Connection, role: Role) -> Result<()> {
    conn.execute(
        "DELETE FROM reflection_prompts WHERE role = ?1",
        params![role],
    )?;
    Ok(())
}

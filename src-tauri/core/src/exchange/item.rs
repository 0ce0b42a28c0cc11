//! The shared item and its merge: a last-writer-wins pair of registers per item (the author's
//! content, and the state either partner may change), ordered by hybrid logical clock stamps,
//! plus a tombstone. Merging is commutative, associative and idempotent, so both sides
//! converge whatever arrives in whatever order.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::hlc::Hlc;

/// What kind of record an item is; the order is the order items are applied in (a meeting
/// before its agenda items).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Basics,
    Agreement,
    Expectations,
    /// Who agreed which version of the agreement (one per participant).
    Agreed,
    Goal,
    Meeting,
    AgendaItem,
    Action,
    Note,
}

impl Kind {
    /// Kinds whose content both partners edit (the tandem's basics, the agreement's terms);
    /// every other item's content belongs to its author alone.
    pub fn shared_content(self) -> bool {
        matches!(self, Kind::Basics | Kind::Agreement)
    }
}

/// One shared record as it travels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub uid: String,
    pub kind: Kind,
    /// The participant who created it.
    pub author: String,
    pub content: Value,
    pub content_hlc: Hlc,
    pub state: Value,
    pub state_hlc: Hlc,
    /// When the author deleted it (or stopped sharing it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Hlc>,
}

impl Item {
    /// The latest stamp of the live registers.
    pub fn latest(&self) -> &Hlc {
        (&self.content_hlc).max(&self.state_hlc)
    }
}

/// A value that a merge replaced.
#[derive(Debug, Clone, PartialEq)]
pub struct Replaced {
    /// "content" or "state".
    pub part: &'static str,
    pub value: Value,
    pub hlc: Hlc,
}

/// What merging a remote item changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub item: Item,
    /// The item is new here (or comes back from a tombstone).
    pub created: bool,
    pub content: bool,
    pub state: bool,
    pub deleted: bool,
    /// Values written here that the merge replaced (kept in the item's history).
    pub replaced: Vec<Replaced>,
}

/// Merges `remote`, sent by participant `sender`, into `local`. `None`: nothing changes.
///
/// Each register (content, state) takes the later stamp; the tombstone takes the later one
/// too, and an item is deleted while its tombstone is later than both registers — an edit
/// made after a deletion brings the item back. Ownership: the content of an item (and its
/// deletion) only changes when the sender is its author, or for [`Kind::shared_content`]
/// kinds; the state changes from either side. An item whose author differs from the local
/// one is not the same item and is ignored.
pub fn merge(local: Option<&Item>, remote: &Item, sender: &str, me: &str) -> Option<Merged> {
    let owns = remote.author == sender || remote.kind.shared_content();
    let Some(local) = local else {
        // New here (or this side lost it): take it as it is, tombstone included — an item of
        // mine that the partner still holds comes back to me this way.
        let item = remote.clone();
        return Some(Merged {
            created: item.deleted.is_none(),
            content: false,
            state: false,
            deleted: item.deleted.is_some(),
            item,
            replaced: Vec::new(),
        });
    };
    if local.author != remote.author || local.kind != remote.kind {
        return None;
    }
    let mut item = local.clone();
    let mut replaced = Vec::new();
    let (mut content, mut state) = (false, false);
    if owns && remote.content_hlc > local.content_hlc {
        if remote.content != local.content {
            content = true;
            replaced.extend(mine("content", &local.content, &local.content_hlc, me));
        }
        item.content = remote.content.clone();
        item.content_hlc = remote.content_hlc.clone();
    }
    if remote.state_hlc > local.state_hlc {
        if remote.state != local.state {
            state = true;
            replaced.extend(mine("state", &local.state, &local.state_hlc, me));
        }
        item.state = remote.state.clone();
        item.state_hlc = remote.state_hlc.clone();
    }
    if let Some(d) = remote.deleted.as_ref().filter(|_| owns) {
        if item.deleted.as_ref().is_none_or(|mine| d > mine) {
            item.deleted = Some(d.clone());
        }
    }
    // A tombstone older than the latest edit is void (the edit brought the item back). Stamps
    // only grow, so forgetting it cannot change a later merge.
    if item.deleted.as_ref().is_some_and(|d| d < item.latest()) {
        item.deleted = None;
    }
    let (was_alive, alive) = (local.deleted.is_none(), item.deleted.is_none());
    if was_alive && !alive {
        replaced = mine("content", &local.content, &local.content_hlc, me)
            .into_iter()
            .chain(mine("state", &local.state, &local.state_hlc, me))
            .collect();
    }
    if !was_alive {
        replaced.clear();
    }
    (item != *local).then_some(Merged {
        created: !was_alive && alive,
        content: content && was_alive && alive,
        state: state && was_alive && alive,
        deleted: was_alive && !alive,
        item,
        replaced,
    })
}

/// A replaced value worth keeping: one written on this side.
fn mine(part: &'static str, value: &Value, hlc: &Hlc, me: &str) -> Option<Replaced> {
    (hlc.device == me).then(|| Replaced {
        part,
        value: value.clone(),
        hlc: hlc.clone(),
    })
}

#[cfg(test)]
mod tests;

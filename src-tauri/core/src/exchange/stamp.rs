//! Noticing local changes: the shared records as they are now are compared with the items as
//! last stamped or received; what differs gets a new clock stamp. Runs before every send and
//! before every merge, so a local edit competes with the partner's by when it was made.

use std::collections::{HashMap, HashSet};

use super::hlc::Hlc;
use super::item::Item;
use super::kinds::{self, Local, Parties, Registry};
use super::store::{self, Peer, Stored};
use crate::ctx::Ctx;
use crate::error::Result;

/// Issues clock stamps: each later than every stamp issued or seen before.
pub struct Clock {
    pub last: Hlc,
    device: String,
    now_ms: i64,
}

impl Clock {
    pub fn new(cx: &Ctx, peer: &Peer) -> Clock {
        Clock {
            last: peer.hlc.clone(),
            device: peer.my_id.clone(),
            now_ms: cx.now.timestamp_millis(),
        }
    }

    pub fn tick(&mut self) -> Hlc {
        self.last = Hlc::tick(&self.last, self.now_ms, &self.device);
        self.last.clone()
    }

    /// A stamp from the partner: later local stamps come after it.
    pub fn see(&mut self, seen: &Hlc) {
        if *seen > self.last {
            self.last = Hlc {
                device: self.device.clone(),
                ..seen.clone()
            };
        }
    }
}

/// The stored items by uid, and the uids given to local rows.
pub fn stored(cx: &Ctx, tandem_id: i64) -> Result<(HashMap<String, Stored>, Registry)> {
    let mut by_uid = HashMap::new();
    let mut registry = Registry::new();
    for s in store::items(cx, tandem_id)? {
        if let Some(id) = s.local_id {
            registry.insert((s.item.kind, id), s.item.uid.clone());
        }
        by_uid.insert(s.item.uid.clone(), s);
    }
    Ok((by_uid, registry))
}

/// Stamps every local change of the tandem; returns the records as they are now (by uid) and
/// how many stamps were issued. The caller holds the transaction.
pub fn stamp(cx: &Ctx, p: &Parties, clock: &mut Clock) -> Result<(HashMap<String, Local>, usize)> {
    let (stored, registry) = stored(cx, p.tandem_id)?;
    let locals: HashMap<String, Local> = kinds::project(cx, p, &registry)?
        .into_iter()
        .map(|l| (l.uid.clone(), l))
        .collect();
    let mut stamps = 0;
    for local in locals.values() {
        let owns = local.author == p.me || local.kind.shared_content();
        let updated = match stored.get(&local.uid) {
            None if owns => {
                let t = clock.tick();
                stamps += 1;
                Some(Item {
                    uid: local.uid.clone(),
                    kind: local.kind,
                    author: local.author.clone(),
                    content: local.content.clone(),
                    content_hlc: t.clone(),
                    state: local.state.clone(),
                    state_hlc: t,
                    deleted: None,
                })
            }
            None => None,
            Some(s) if s.item.author != local.author || s.item.kind != local.kind => None,
            Some(s) => {
                let mut item = s.item.clone();
                let revived = item.deleted.is_some() && owns;
                if revived {
                    item.deleted = None;
                }
                if owns && (revived || item.content != local.content) {
                    item.content = local.content.clone();
                    item.content_hlc = clock.tick();
                    stamps += 1;
                }
                if item.deleted.is_none() && item.state != local.state {
                    item.state = local.state.clone();
                    item.state_hlc = clock.tick();
                    stamps += 1;
                }
                (item != s.item || s.local_id != local.local_id).then_some(item)
            }
        };
        if let Some(item) = updated {
            let row = Stored {
                item,
                local_id: local.local_id,
            };
            store::put_item(cx, p.tandem_id, &row)?;
        }
    }
    let present: HashSet<&String> = locals.keys().collect();
    for s in stored.values().filter(|s| !present.contains(&s.item.uid)) {
        let mut row = s.clone();
        row.local_id = None;
        let mine = s.item.author == p.me && !s.item.kind.shared_content();
        if mine && s.item.deleted.is_none() {
            // Deleted here, or no longer shared: the partner removes it too.
            row.item.deleted = Some(clock.tick());
            stamps += 1;
        }
        if row != *s {
            store::put_item(cx, p.tandem_id, &row)?;
        }
    }
    if stamps > 0 {
        store::set_hlc(cx, p.tandem_id, &clock.last)?;
        store::set_unsent(cx, p.tandem_id, true)?;
    }
    Ok((locals, stamps))
}

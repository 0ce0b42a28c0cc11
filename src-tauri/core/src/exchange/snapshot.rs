//! The body of an exchange file: a full snapshot of the tandem's shared items, who sent it,
//! and how far the sender has read the recipient's files.

use serde::{Deserialize, Serialize};

use super::item::Item;
use crate::error::{Error, Result};

/// The body format this Eyelevel writes and reads.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub format: u32,
    /// The sender's name, as they gave it when pairing.
    pub name: String,
    /// The highest of the recipient's sequence numbers the sender has applied.
    pub seen: u64,
    pub items: Vec<Item>,
}

impl Snapshot {
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        Ok(serde_json::to_vec(self)?)
    }

    /// Reads an authenticated body; returns it with the number of items this Eyelevel does
    /// not understand (a kind added by a newer minor version), which are left out. A body
    /// that does not parse at all is refused whole, never applied in part.
    pub fn from_bytes(bytes: &[u8]) -> Result<(Snapshot, usize)> {
        #[derive(Deserialize)]
        struct Incoming {
            format: u32,
            name: String,
            seen: u64,
            items: Vec<serde_json::Value>,
        }
        let incoming: Incoming =
            serde_json::from_slice(bytes).map_err(|e| Error::ExchangeFileInvalid {
                reason: format!("its contents are not readable ({e})"),
            })?;
        if incoming.format != FORMAT {
            return Err(Error::ExchangeFileInvalid {
                reason: format!("its contents have format {}", incoming.format),
            });
        }
        let total = incoming.items.len();
        let items: Vec<Item> = incoming
            .items
            .into_iter()
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect();
        let unknown = total - items.len();
        Ok((
            Snapshot {
                format: incoming.format,
                name: incoming.name,
                seen: incoming.seen,
                items,
            },
            unknown,
        ))
    }
}

//! Partial updates ("patches") over the IPC boundary.

use serde::{Deserialize, Deserializer};

/// Deserializes a patch field that may be cleared: a key given as `null` becomes
/// `Some(None)` ("clear it"), a value `Some(Some(v))` ("set it"), and an absent key stays
/// `None` ("leave it") through `#[serde(default)]`. Plain `Option<Option<T>>` cannot tell
/// `null` from absent: serde reads both as `None`.
///
/// Use it as `#[serde(default, deserialize_with = "crate::patch::present")]`.
pub fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

//! Key material types that wipe themselves and never print.

use rand::rngs::OsRng;
use rand::RngCore;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// Length of the data key and of every key-encryption key, in bytes.
pub const KEY_LEN: usize = 32;

/// The random 256-bit key that encrypts the database. Wiped on drop; prints as `DataKey(***)`.
#[derive(Clone, Zeroize, ZeroizeOnDrop, PartialEq, Eq)]
pub struct DataKey([u8; KEY_LEN]);

impl DataKey {
    /// A fresh key from the OS random source.
    pub fn generate() -> Self {
        let mut bytes = [0u8; KEY_LEN];
        OsRng.fill_bytes(&mut bytes);
        DataKey(bytes)
    }

    pub(crate) fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        DataKey(bytes)
    }

    /// The raw key. Handle with care: never log, never write unwrapped.
    pub fn expose(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// Lower-case hex of the key in a wiping string (for `PRAGMA key`).
    pub(crate) fn to_hex(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(KEY_LEN * 2));
        const HEX: &[u8; 16] = b"0123456789abcdef";
        for b in self.0.iter() {
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
        out
    }
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(***)")
    }
}

/// A value that never prints (`Debug`/`Display` show `***`) and is wiped on drop.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Sensitive<T: Zeroize>(T);

impl<T: Zeroize> Sensitive<T> {
    pub fn new(value: T) -> Self {
        Sensitive(value)
    }

    /// The wrapped value. Do not log it.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T: Zeroize> From<T> for Sensitive<T> {
    fn from(value: T) -> Self {
        Sensitive(value)
    }
}

impl<T: Zeroize> Drop for Sensitive<T> {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl<T: Zeroize> std::fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sensitive(***)")
    }
}

impl<T: Zeroize> std::fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_random_and_never_print() {
        let a = DataKey::generate();
        let b = DataKey::generate();
        assert_ne!(a, b);
        assert_eq!(format!("{a:?}"), "DataKey(***)");
        assert_eq!(a.to_hex().len(), 64);
        assert_eq!(*a.to_hex(), hex::encode(a.expose()));
        let s = Sensitive::new(String::from("hunter22"));
        assert_eq!(format!("{s:?} {s}"), "Sensitive(***) ***");
        assert_eq!(s.expose(), "hunter22");
    }
}

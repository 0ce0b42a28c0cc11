//! XChaCha20-Poly1305 wrapping of the data key under a 256-bit key-encryption key (KEK).
//!
//! The associated data binds the wrap to its vault and holder, so a wrapped key cannot be
//! moved to another vault or another holder slot without failing authentication.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand::rngs::OsRng;
use rand::RngCore;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::key::{DataKey, KEY_LEN};
use crate::error::{Error, Result};

const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
/// nonce ‖ ciphertext ‖ tag.
pub const WRAPPED_LEN: usize = NONCE_LEN + KEY_LEN + TAG_LEN;

/// A key-encryption key. Wiped on drop; never prints.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Kek([u8; KEY_LEN]);

impl Kek {
    pub fn generate() -> Self {
        let mut bytes = [0u8; KEY_LEN];
        OsRng.fill_bytes(&mut bytes);
        Kek(bytes)
    }

    pub(crate) fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        Kek(bytes)
    }

    /// Parses the hex form kept in the OS keyring.
    pub(crate) fn from_hex(text: &[u8]) -> Option<Self> {
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        hex::decode_to_slice(text, bytes.as_mut_slice()).ok()?;
        Some(Kek(*bytes))
    }

    /// The hex form kept in the OS keyring (text, so every store can hold it).
    pub(crate) fn to_hex(&self) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(hex::encode(self.0).into_bytes())
    }

    pub(crate) fn bytes_mut(&mut self) -> &mut [u8; KEY_LEN] {
        &mut self.0
    }
}

impl std::fmt::Debug for Kek {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Kek(***)")
    }
}

/// The associated data of a wrap: format, vault id and holder kind.
pub fn associated_data(vault_id: &str, holder: &str) -> Vec<u8> {
    format!("eyelevel-vault/v1/{vault_id}/{holder}").into_bytes()
}

/// Encrypts `key` under `kek`; returns nonce ‖ ciphertext ‖ tag.
pub fn wrap(kek: &Kek, key: &DataKey, aad: &[u8]) -> Result<Vec<u8>> {
    let cipher = XChaCha20Poly1305::new(Key::from_slice(&kek.0));
    let mut nonce = [0u8; NONCE_LEN];
    OsRng.fill_bytes(&mut nonce);
    let sealed = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.expose(),
                aad,
            },
        )
        .map_err(|_| Error::Internal("key wrapping failed".into()))?;
    let mut out = Vec::with_capacity(WRAPPED_LEN);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Decrypts a wrap. `None` when the KEK or the associated data do not match
/// (or the bytes were tampered with); the caller decides which error that is.
pub fn unwrap(kek: &Kek, wrapped: &[u8], aad: &[u8]) -> Option<DataKey> {
    if wrapped.len() != WRAPPED_LEN {
        return None;
    }
    let (nonce, sealed) = wrapped.split_at(NONCE_LEN);
    let cipher = XChaCha20Poly1305::new(Key::from_slice(&kek.0));
    let plain = Zeroizing::new(
        cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad })
            .ok()?,
    );
    let bytes: [u8; KEY_LEN] = plain.as_slice().try_into().ok()?;
    Some(DataKey::from_bytes(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_binding() {
        let key = DataKey::generate();
        let kek = Kek::generate();
        let aad = associated_data("abc", "passphrase");
        let w = wrap(&kek, &key, &aad).unwrap();
        assert_eq!(w.len(), WRAPPED_LEN);
        assert_eq!(unwrap(&kek, &w, &aad), Some(key.clone()));
        // wrong KEK, other vault, other holder, tampered bytes
        assert!(unwrap(&Kek::generate(), &w, &aad).is_none());
        assert!(unwrap(&kek, &w, &associated_data("abd", "passphrase")).is_none());
        assert!(unwrap(&kek, &w, &associated_data("abc", "keyring")).is_none());
        let mut t = w.clone();
        t[30] ^= 1;
        assert!(unwrap(&kek, &t, &aad).is_none());
        assert!(unwrap(&kek, &w[..40], &aad).is_none());
    }

    #[test]
    fn hex_form() {
        let kek = Kek::generate();
        let back = Kek::from_hex(&kek.to_hex()).unwrap();
        assert_eq!(back.0, kek.0);
        assert!(Kek::from_hex(b"zz").is_none());
        assert_eq!(format!("{kek:?}"), "Kek(***)");
    }
}

//! The keys of a pairing: each side's static X25519 key pair, the per-direction file keys
//! derived from the two (X25519, then HKDF-SHA256 bound to the exchange id and to who sends
//! to whom), and the short check code the partners compare by voice.

use hkdf::Hkdf;
use sha2::{Digest, Sha256};
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The length of ids and keys on the wire.
pub const ID_LEN: usize = 16;
pub const KEY_LEN: usize = 32;

/// A fresh key pair: the secret (kept only inside the encrypted database) and the public key.
pub fn generate() -> (Zeroizing<[u8; KEY_LEN]>, [u8; KEY_LEN]) {
    let secret = StaticSecret::random_from_rng(rand::rngs::OsRng);
    let public = PublicKey::from(&secret).to_bytes();
    (Zeroizing::new(secret.to_bytes()), public)
}

/// 16 random bytes as 32 lowercase hex characters (exchange ids, participant ids).
pub fn new_id() -> String {
    hex::encode(rand::random::<[u8; ID_LEN]>())
}

/// The key that encrypts files from `sender_public` to `recipient_public`. Both sides derive
/// it: the sender from its secret and the recipient's public key, the recipient the other
/// way round. A different key per direction, so a file can never be sent back as if it came
/// from the other side.
pub fn file_key(
    my_secret: &[u8; KEY_LEN],
    their_public: &[u8; KEY_LEN],
    exchange_id: &[u8; ID_LEN],
    sender_public: &[u8; KEY_LEN],
    recipient_public: &[u8; KEY_LEN],
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    let secret = StaticSecret::from(*my_secret);
    let shared = secret.diffie_hellman(&PublicKey::from(*their_public));
    if !shared.was_contributory() {
        return Err(Error::InvalidInput(
            "the partner's public key is not a usable key".into(),
        ));
    }
    let hkdf = Hkdf::<Sha256>::new(Some(exchange_id), shared.as_bytes());
    let mut info = Vec::with_capacity(24 + 2 * KEY_LEN);
    info.extend_from_slice(b"eyelevel exchange v1 ");
    info.extend_from_slice(sender_public);
    info.extend_from_slice(recipient_public);
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    hkdf.expand(&info, key.as_mut())
        .map_err(|_| Error::Internal("key derivation length".into()))?;
    Ok(key)
}

/// The code both apps show once paired: six digits from SHA-256 over the exchange id and both
/// public keys (sorted, so both sides compute the same), as "123 456".
pub fn check_code(exchange_id: &[u8; ID_LEN], a: &[u8; KEY_LEN], b: &[u8; KEY_LEN]) -> String {
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    let mut hash = Sha256::new();
    hash.update(b"eyelevel check code v1");
    hash.update(exchange_id);
    hash.update(first);
    hash.update(second);
    let digest = hash.finalize();
    let n = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]) % 1_000_000;
    format!("{:03} {:03}", n / 1000, n % 1000)
}

/// Public keys, secrets and ids in their text form (hex) back to bytes.
pub fn from_hex<const N: usize>(what: &str, text: &str) -> Result<[u8; N]> {
    let bytes = hex::decode(text.trim())
        .map_err(|_| Error::InvalidInput(format!("the {what} is not valid")))?;
    bytes
        .try_into()
        .map_err(|_| Error::InvalidInput(format!("the {what} has the wrong length")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sides_derive_the_same_key_per_direction_and_different_ones_across() {
        let (a_secret, a_public) = generate();
        let (b_secret, b_public) = generate();
        let id = [7u8; ID_LEN];
        let a_to_b = file_key(&a_secret, &b_public, &id, &a_public, &b_public).unwrap();
        let b_reads = file_key(&b_secret, &a_public, &id, &a_public, &b_public).unwrap();
        assert_eq!(*a_to_b, *b_reads);
        let b_to_a = file_key(&b_secret, &a_public, &id, &b_public, &a_public).unwrap();
        assert_ne!(*a_to_b, *b_to_a);
        let other = file_key(&a_secret, &b_public, &[8u8; ID_LEN], &a_public, &b_public).unwrap();
        assert_ne!(*a_to_b, *other, "bound to the exchange");
    }

    #[test]
    fn the_check_code_is_symmetric_and_six_digits() {
        let (_, a) = generate();
        let (_, b) = generate();
        let id = [1u8; ID_LEN];
        let code = check_code(&id, &a, &b);
        assert_eq!(code, check_code(&id, &b, &a));
        assert_eq!(code.len(), 7);
        assert!(code.chars().filter(char::is_ascii_digit).count() == 6);
        let (_, c) = generate();
        assert_ne!(
            code,
            check_code(&id, &a, &c),
            "a swapped key shows another code"
        );
    }

    #[test]
    fn a_low_order_public_key_is_refused() {
        let (secret, public) = generate();
        let zero = [0u8; KEY_LEN];
        assert!(file_key(&secret, &zero, &[0; ID_LEN], &public, &zero).is_err());
    }
}

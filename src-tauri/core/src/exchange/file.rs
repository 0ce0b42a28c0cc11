//! The exchange file, format version 1.
//!
//! ```text
//! magic        10 bytes  "EYELEVEL-X"
//! major, minor  2 + 2    u16 big-endian (1, 0)
//! exchange id  16        the pairing
//! sender       16        participant ids
//! recipient    16
//! sequence      8        u64, strictly rising per sender
//! created       8        i64 Unix milliseconds (informational)
//! nonce        24        XChaCha20-Poly1305
//! body length   4        u32: the ciphertext that follows, tag included
//! body         …         XChaCha20-Poly1305(file key, nonce, snapshot JSON, aad = the header)
//! ```
//!
//! The whole header is the associated data, so changing any byte of it (who sent it, to whom,
//! which sequence) makes the file fail to open, like changing the body does.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use super::keys::{ID_LEN, KEY_LEN};

pub const MAGIC: &[u8; 10] = b"EYELEVEL-X";
pub const MAJOR: u16 = 1;
pub const MINOR: u16 = 0;
pub const HEADER_LEN: usize = 10 + 2 + 2 + 3 * ID_LEN + 8 + 8 + 24 + 4;
/// The largest body accepted: far above a real tandem's snapshot (tens of kilobytes).
pub const MAX_BODY: u32 = 8 * 1024 * 1024;
/// The file name extension.
pub const EXTENSION: &str = "eyx";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub major: u16,
    pub minor: u16,
    pub exchange_id: [u8; ID_LEN],
    pub sender: [u8; ID_LEN],
    pub recipient: [u8; ID_LEN],
    pub sequence: u64,
    pub created_ms: i64,
    pub nonce: [u8; 24],
    pub body_len: u32,
}

/// What the first bytes of a file say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Peek {
    /// Not an exchange file (another program's file, junk): ignored.
    NotOurs,
    /// Could be one, but not even the header is there yet (still syncing, a placeholder).
    TooShort,
    /// A newer major version than this Eyelevel reads.
    Newer {
        major: u16,
    },
    Header(Header),
}

/// Why a body did not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    /// Fewer bytes than the header announces: not fully synced yet.
    Incomplete,
    /// More bytes than announced, or the body fails authentication: damaged, or not written
    /// by the partner with this key.
    Damaged,
    /// The header announces a body larger than any Eyelevel writes.
    TooLarge,
}

impl Header {
    pub fn bytes(&self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        let mut at = 0;
        let mut put = |part: &[u8]| {
            out[at..at + part.len()].copy_from_slice(part);
            at += part.len();
        };
        put(MAGIC);
        put(&self.major.to_be_bytes());
        put(&self.minor.to_be_bytes());
        put(&self.exchange_id);
        put(&self.sender);
        put(&self.recipient);
        put(&self.sequence.to_be_bytes());
        put(&self.created_ms.to_be_bytes());
        put(&self.nonce);
        put(&self.body_len.to_be_bytes());
        out
    }
}

/// Reads the header at the start of `bytes`.
pub fn peek(bytes: &[u8]) -> Peek {
    let probe = &bytes[..bytes.len().min(MAGIC.len())];
    if probe != &MAGIC[..probe.len()] {
        return Peek::NotOurs;
    }
    if bytes.len() < HEADER_LEN {
        return Peek::TooShort;
    }
    let mut at = MAGIC.len();
    let mut take = |n: usize| {
        let part = &bytes[at..at + n];
        at += n;
        part
    };
    let major = u16::from_be_bytes([take(1)[0], take(1)[0]]);
    let minor = u16::from_be_bytes([take(1)[0], take(1)[0]]);
    if major > MAJOR {
        return Peek::Newer { major };
    }
    if major != MAJOR {
        return Peek::NotOurs;
    }
    let id = |part: &[u8]| -> [u8; ID_LEN] { part.try_into().unwrap_or([0; ID_LEN]) };
    let exchange_id = id(take(ID_LEN));
    let sender = id(take(ID_LEN));
    let recipient = id(take(ID_LEN));
    let sequence = u64::from_be_bytes(take(8).try_into().unwrap_or([0; 8]));
    let created_ms = i64::from_be_bytes(take(8).try_into().unwrap_or([0; 8]));
    let nonce: [u8; 24] = take(24).try_into().unwrap_or([0; 24]);
    let body_len = u32::from_be_bytes(take(4).try_into().unwrap_or([0; 4]));
    Peek::Header(Header {
        major,
        minor,
        exchange_id,
        sender,
        recipient,
        sequence,
        created_ms,
        nonce,
        body_len,
    })
}

/// Encrypts `plaintext` under `key` and returns the whole file.
#[allow(clippy::too_many_arguments)]
pub fn seal(
    key: &[u8; KEY_LEN],
    exchange_id: [u8; ID_LEN],
    sender: [u8; ID_LEN],
    recipient: [u8; ID_LEN],
    sequence: u64,
    created_ms: i64,
    plaintext: &[u8],
) -> crate::error::Result<Vec<u8>> {
    seal_with_nonce(
        key,
        Header {
            major: MAJOR,
            minor: MINOR,
            exchange_id,
            sender,
            recipient,
            sequence,
            created_ms,
            nonce: rand::random(),
            body_len: 0,
        },
        plaintext,
    )
}

/// [`seal`] with the nonce (and the other fields) of `header` given: the golden test vectors
/// of format version 1 are built this way.
pub fn seal_with_nonce(
    key: &[u8; KEY_LEN],
    mut header: Header,
    plaintext: &[u8],
) -> crate::error::Result<Vec<u8>> {
    let cipher = XChaCha20Poly1305::new(key.into());
    header.body_len = u32::try_from(plaintext.len() + 16)
        .ok()
        .filter(|n| *n <= MAX_BODY)
        .ok_or_else(|| crate::error::Error::Internal("the snapshot is too large".into()))?;
    let aad = header.bytes();
    let body = cipher
        .encrypt(
            XNonce::from_slice(&header.nonce),
            Payload {
                msg: plaintext,
                aad: &aad,
            },
        )
        .map_err(|_| crate::error::Error::Internal("encryption failed".into()))?;
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&aad);
    out.extend_from_slice(&body);
    Ok(out)
}

/// Checks the length and opens the body of a file whose header is `header`.
pub fn open(header: &Header, bytes: &[u8], key: &[u8; KEY_LEN]) -> Result<Vec<u8>, OpenError> {
    if header.body_len > MAX_BODY || header.body_len < 16 {
        return Err(OpenError::TooLarge);
    }
    let expected = HEADER_LEN + header.body_len as usize;
    if bytes.len() < expected {
        return Err(OpenError::Incomplete);
    }
    if bytes.len() > expected {
        return Err(OpenError::Damaged);
    }
    let cipher = XChaCha20Poly1305::new(key.into());
    cipher
        .decrypt(
            XNonce::from_slice(&header.nonce),
            Payload {
                msg: &bytes[HEADER_LEN..],
                aad: &bytes[..HEADER_LEN],
            },
        )
        .map_err(|_| OpenError::Damaged)
}

/// `eyelevel_<exchange8>_<sender8>_<sequence>_<random>.eyx`: a new name for every file, so a
/// file is never rewritten and sync clients never see two versions of one.
pub fn file_name(exchange_id: &str, sender: &str, sequence: u64) -> String {
    let random = hex::encode(rand::random::<[u8; 3]>());
    format!(
        "eyelevel_{}_{}_{sequence:08}_{random}.{EXTENSION}",
        &exchange_id[..8.min(exchange_id.len())],
        &sender[..8.min(sender.len())]
    )
}

#[cfg(test)]
mod tests;

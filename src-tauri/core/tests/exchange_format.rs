//! Golden test vectors that freeze exchange format version 1: the same keys, ids and nonce
//! must give byte for byte the same file, the same file key and the same check code — and a
//! file written by version 1 must always open. A change here breaks every paired Eyelevel
//! that has not updated yet: make a version 2 instead.
//!
//! `UPDATE_GOLDEN=1 cargo test -p eyelevel-core --test exchange_format` writes the fixture
//! (only ever for a new format).

use std::path::PathBuf;

use eyelevel_core::exchange::file::{self, Header, Peek};
use eyelevel_core::exchange::keys;
use eyelevel_core::exchange::snapshot::Snapshot;
use serde_json::{json, Value};
use x25519_dalek::{PublicKey, StaticSecret};

fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exchange_v1.json")
}

const ALICE_SECRET: [u8; 32] = [0x11; 32];
const BOB_SECRET: [u8; 32] = [0x22; 32];
const EXCHANGE: [u8; 16] = [0xe1; 16];
const ALICE: [u8; 16] = [0xa1; 16];
const BOB: [u8; 16] = [0xb2; 16];
const NONCE: [u8; 24] = [0x4e; 24];

fn public(secret: [u8; 32]) -> [u8; 32] {
    PublicKey::from(&StaticSecret::from(secret)).to_bytes()
}

fn snapshot_json() -> Value {
    json!({
        "format": 1,
        "name": "Alice",
        "seen": 3,
        "items": [{
            "uid": "agenda:a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1:7",
            "kind": "agenda_item",
            "author": "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
            "content": {"meeting": "m1@eyelevel.local", "title": "Podcasts für Führungskräfte",
                        "topic": null, "minutes": 10, "links": []},
            "content_hlc": "1764576000000-00000-a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
            "state": {"discussed": false},
            "state_hlc": "1764576000000-00001-a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1"
        }]
    })
}

fn sealed() -> (Vec<u8>, [u8; 32]) {
    let key = keys::file_key(
        &ALICE_SECRET,
        &public(BOB_SECRET),
        &EXCHANGE,
        &public(ALICE_SECRET),
        &public(BOB_SECRET),
    )
    .unwrap();
    let header = Header {
        major: 1,
        minor: 0,
        exchange_id: EXCHANGE,
        sender: ALICE,
        recipient: BOB,
        sequence: 42,
        created_ms: 1_764_576_000_000,
        nonce: NONCE,
        body_len: 0,
    };
    let body = serde_json::to_vec(&snapshot_json()).unwrap();
    (file::seal_with_nonce(&key, header, &body).unwrap(), *key)
}

#[test]
fn format_version_1_is_frozen() {
    let (bytes, key) = sealed();
    let code = keys::check_code(&EXCHANGE, &public(ALICE_SECRET), &public(BOB_SECRET));
    let current = json!({
        "file": hex::encode(&bytes),
        "file_key": hex::encode(key),
        "check_code": code,
    });
    let path = fixture_path();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, serde_json::to_string_pretty(&current).unwrap()).unwrap();
    }
    let golden: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(current["check_code"], golden["check_code"], "check code");
    assert_eq!(
        current["file_key"], golden["file_key"],
        "file key derivation"
    );
    assert_eq!(current["file"], golden["file"], "file bytes");
}

#[test]
fn a_version_1_file_opens_and_reads() {
    let golden: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture_path()).unwrap()).unwrap();
    let bytes = hex::decode(golden["file"].as_str().unwrap()).unwrap();
    assert_eq!(&bytes[..10], b"EYELEVEL-X");
    let Peek::Header(header) = file::peek(&bytes) else {
        panic!("no header")
    };
    assert_eq!((header.major, header.minor, header.sequence), (1, 0, 42));
    assert_eq!((header.sender, header.recipient), (ALICE, BOB));
    // Bob opens it with his own secret.
    let key = keys::file_key(
        &BOB_SECRET,
        &public(ALICE_SECRET),
        &EXCHANGE,
        &public(ALICE_SECRET),
        &public(BOB_SECRET),
    )
    .unwrap();
    let plain = file::open(&header, &bytes, &key).unwrap();
    let (snapshot, unknown) = Snapshot::from_bytes(&plain).unwrap();
    assert_eq!(unknown, 0);
    assert_eq!(snapshot.seen, 3);
    assert_eq!(
        snapshot.items[0].content["title"],
        "Podcasts für Führungskräfte"
    );
}

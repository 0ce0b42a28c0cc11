//! Passphrases are NFC-normalised before the KDF; vaults wrapped before that still open.

use chrono::Utc;

use super::*;

const COMPOSED: &str = "München Ärger 2026";
const DECOMPOSED: &str = "Mu\u{308}nchen A\u{308}rger 2026";

fn vault_with(passphrase: &str) -> (tempfile::TempDir, Vault, DataKey) {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate();
    let (vault, _) = Vault::create(
        &dir.path().join("vault.json"),
        &key,
        Protection::Passphrase,
        Some(passphrase),
        &MemoryKeyring::new(),
        Utc::now(),
    )
    .unwrap();
    (dir, vault, key)
}

#[test]
fn a_new_vault_opens_whichever_way_the_passphrase_is_typed() {
    let (_dir, vault, key) = vault_with(DECOMPOSED);
    assert!(vault.unlock_passphrase(COMPOSED).unwrap() == key);
    assert!(vault.unlock_passphrase(DECOMPOSED).unwrap() == key);
    assert!(matches!(
        vault.unlock_passphrase("Munchen Arger 2026"),
        Err(Error::WrongPassphrase)
    ));
}

#[test]
fn a_vault_wrapped_before_normalisation_still_opens() {
    let (_dir, mut vault, key) = vault_with(COMPOSED);
    // What an older Eyelevel wrote for a passphrase typed decomposed: the raw bytes.
    let legacy = kdf_holder(vault.id(), HOLDER_PASSPHRASE, DECOMPOSED.as_bytes(), &key).unwrap();
    vault.file.holders.passphrase = Some(legacy);
    assert!(
        vault.unlock_passphrase(DECOMPOSED).unwrap() == key,
        "typed as then"
    );
    assert!(
        vault.unlock_passphrase(COMPOSED).unwrap() == key,
        "typed composed now"
    );
    assert!(matches!(
        vault.unlock_passphrase("wrong passphrase"),
        Err(Error::WrongPassphrase)
    ));
}

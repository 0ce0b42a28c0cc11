//! `eyelevel init`: a new vault without the window.

use std::process::ExitCode;
use std::sync::Arc;

use eyelevel_core::clock::SystemClock;
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, SetupRequest};
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::vault::Protection;
use eyelevel_core::Result;

use super::unlock::{secret_from, SecretKind};
use super::UnlockArgs;

pub fn run(dir: &DataDir, keyring: &dyn SecretStore, unlock: &UnlockArgs) -> Result<ExitCode> {
    let passphrase = secret_from(unlock, SecretKind::Passphrase)?;
    let request = SetupRequest {
        protection: if passphrase.is_some() {
            Protection::Passphrase
        } else {
            Protection::Keyring
        },
        passphrase: passphrase.map(|secret| secret.to_string()),
    };
    let (_session, code) = session::setup(dir, keyring, &request, Arc::new(SystemClock))?;
    let held_by = match request.protection {
        Protection::Keyring => "the OS keyring",
        Protection::Passphrase => "your passphrase",
    };
    println!(
        "Created an encrypted Eyelevel vault in {}",
        dir.root().display()
    );
    println!("The key is held by {held_by}.");
    println!();
    println!("Recovery code (shown once — store it somewhere safe):");
    println!();
    println!("    {code}");
    println!();
    Ok(ExitCode::SUCCESS)
}

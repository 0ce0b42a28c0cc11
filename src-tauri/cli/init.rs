//! `eyelevel init`: a new vault without the window — or, when an earlier `init` or first run
//! stopped before its recovery code was shown, that setup finished with a new code.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use eyelevel_core::clock::SystemClock;
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, Session, SetupRequest};
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::vault::{Protection, RecoveryCode};
use eyelevel_core::{Error, Result};

use super::unlock::{open, secret_from, SecretKind};
use super::UnlockArgs;

pub fn run(dir: &DataDir, keyring: &dyn SecretStore, unlock: &UnlockArgs) -> Result<ExitCode> {
    if dir.setup_unfinished() && dir.vault_path().exists() {
        let mut session = open(dir, keyring, unlock)?;
        let code = session.new_recovery_code()?;
        println!(
            "Setup in {} had not been finished: here is a new recovery code (the first one was \
             never shown, so it no longer opens anything).",
            dir.root().display()
        );
        return show_code(&session, &code);
    }
    let passphrase = secret_from(unlock, SecretKind::Passphrase)?;
    let request = SetupRequest {
        protection: if passphrase.is_some() {
            Protection::Passphrase
        } else {
            Protection::Keyring
        },
        passphrase: passphrase.map(|secret| secret.to_string()),
    };
    let (session, code) = session::setup(dir, keyring, &request, Arc::new(SystemClock))?;
    let held_by = match request.protection {
        Protection::Keyring => "the OS keyring",
        Protection::Passphrase => "your passphrase",
    };
    println!(
        "Created an encrypted Eyelevel vault in {}",
        dir.root().display()
    );
    println!("The key is held by {held_by}.");
    show_code(&session, &code)
}

/// Prints the code; only once it reached standard output does setup count as finished.
fn show_code(session: &Session, code: &RecoveryCode) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "\nRecovery code (shown once — store it somewhere safe):\n\n    {code}\n"
    )
    .and_then(|()| out.flush())
    .map_err(|e| Error::io("print the recovery code", e))?;
    session.finish_setup()?;
    Ok(ExitCode::SUCCESS)
}

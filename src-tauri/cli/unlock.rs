//! Non-interactive unlocking for every subcommand.

use std::io::{BufRead, IsTerminal};
use std::sync::Arc;

use eyelevel_core::clock::SystemClock;
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, Session, UnlockRequest};
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::vault::Protection;
use eyelevel_core::{Error, Result};
use zeroize::Zeroizing;

use super::UnlockArgs;

/// Non-interactive unlock: stdin flags, then EYELEVEL_PASSPHRASE, then the keyring.
pub fn open(dir: &DataDir, keyring: &dyn SecretStore, unlock: &UnlockArgs) -> Result<Session> {
    let request = if unlock.recovery_code_stdin {
        let code = read_stdin_line(SecretKind::RecoveryCode)?;
        UnlockRequest::RecoveryCode {
            secret: code.to_string(),
        }
    } else if let Some(passphrase) = secret_from(unlock, SecretKind::Passphrase)? {
        UnlockRequest::Passphrase {
            secret: passphrase.to_string(),
        }
    } else {
        let status = session::status(dir, keyring, false)?;
        match status.protection {
            Some(Protection::Keyring) => UnlockRequest::Keyring,
            Some(Protection::Passphrase) => {
                return Err(Error::InvalidInput(
                    "this vault is protected by a passphrase: pass --passphrase-stdin, set \
                     EYELEVEL_PASSPHRASE, or use --recovery-code-stdin"
                        .into(),
                ))
            }
            None => {
                return Err(Error::VaultMissing(format!(
                    "no Eyelevel data in {} — run `eyelevel init` or open the app to set it up",
                    dir.root().display()
                )))
            }
        }
    };
    session::unlock(dir, keyring, &request, Arc::new(SystemClock))
}

#[derive(Clone, Copy)]
pub enum SecretKind {
    Passphrase,
    RecoveryCode,
}

pub fn secret_from(unlock: &UnlockArgs, kind: SecretKind) -> Result<Option<Zeroizing<String>>> {
    if unlock.passphrase_stdin {
        return read_stdin_line(kind).map(Some);
    }
    Ok(std::env::var("EYELEVEL_PASSPHRASE")
        .ok()
        .filter(|value| !value.is_empty())
        .map(Zeroizing::new))
}

fn read_stdin_line(kind: SecretKind) -> Result<Zeroizing<String>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        let what = match kind {
            SecretKind::Passphrase => "passphrase",
            SecretKind::RecoveryCode => "recovery code",
        };
        eprint!("Enter the {what} and press Enter: ");
    }
    let mut line = Zeroizing::new(String::new());
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|error| match error.kind() {
            std::io::ErrorKind::InvalidData => {
                Error::InvalidInput("standard input is not valid UTF-8 text".into())
            }
            _ => Error::io("read standard input", error),
        })?;
    let trimmed = line.trim_end_matches(['\r', '\n']);
    if trimmed.is_empty() {
        return Err(Error::InvalidInput("standard input was empty".into()));
    }
    Ok(Zeroizing::new(trimmed.to_string()))
}

//! The headless command line in the same binary. Subcommands never need a display.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};
use eyelevel_core::clock::SystemClock;
use eyelevel_core::doctor::DoctorReport;
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, Protection, Session, SetupRequest, UnlockRequest};
use eyelevel_core::vault::keyring::{OsKeyring, SecretStore};
use eyelevel_core::{Error, Result};
use zeroize::Zeroizing;

const AFTER_HELP: &str = "\
Unlocking (every subcommand):
  --passphrase-stdin      read the passphrase from the first line of standard input
  --recovery-code-stdin   read the recovery code from standard input
  EYELEVEL_PASSPHRASE     the passphrase, if neither flag is given
  otherwise               the key is fetched from the OS keyring

Environment:
  EYELEVEL_DATA_DIR       data directory (same as --data-dir)
  EYELEVEL_PASSPHRASE     passphrase for unlocking or for `init`

Exit status: 0 ok, 1 a check found a problem, 2 the command could not run.
With no subcommand the Eyelevel window opens.";

/// Eyelevel — a private companion for reverse-mentoring tandems.
#[derive(Debug, Parser)]
#[command(name = "eyelevel", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// Data directory holding eyelevel.db and vault.json [default: the OS data directory]
    #[arg(long, global = true, value_name = "DIR", env = "EYELEVEL_DATA_DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(flatten)]
    pub unlock: UnlockArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct UnlockArgs {
    /// Read the passphrase from the first line of standard input
    #[arg(long, global = true)]
    pub passphrase_stdin: bool,

    /// Read the recovery code from standard input instead
    #[arg(long, global = true, conflicts_with = "passphrase_stdin")]
    pub recovery_code_stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the data: cipher, schema version, how the key is held, integrity
    Doctor {
        /// Print the report as JSON
        #[arg(long)]
        json: bool,
    },
    /// Set up a new encrypted vault without the window and print its recovery code.
    /// Protects the key with a passphrase (--passphrase-stdin or EYELEVEL_PASSPHRASE),
    /// otherwise with the OS keyring
    Init,
}

impl Cli {
    pub fn data_dir(&self) -> Result<DataDir> {
        match &self.data_dir {
            Some(path) => Ok(DataDir::new(path.clone())),
            None => DataDir::default_dir(),
        }
    }
}

pub fn run(command: Command, unlock: &UnlockArgs, dir: &DataDir) -> ExitCode {
    let keyring = OsKeyring::new();
    let outcome = match command {
        Command::Doctor { json } => doctor(dir, &keyring, unlock, json),
        Command::Init => init(dir, &keyring, unlock),
    };
    outcome.unwrap_or_else(|error| fail(&error))
}

pub fn fail(error: &Error) -> ExitCode {
    eprintln!("eyelevel: {error} [{}]", error.code().as_str());
    ExitCode::from(2)
}

fn init(dir: &DataDir, keyring: &dyn SecretStore, unlock: &UnlockArgs) -> Result<ExitCode> {
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

fn doctor(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    json: bool,
) -> Result<ExitCode> {
    let opened = open(dir, keyring, unlock)?;
    let report = opened.doctor()?;
    if json {
        let text = serde_json::to_string_pretty(&report)
            .map_err(|error| Error::Internal(error.to_string()))?;
        println!("{text}");
    } else {
        print_report(dir, &report);
    }
    Ok(if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn print_report(dir: &DataDir, report: &DoctorReport) {
    let verdict = |rows: &[String]| match rows {
        [] => "ok".to_string(),
        [only] if only == "ok" => "ok".to_string(),
        many => many.join("; "),
    };
    println!("Eyelevel doctor");
    println!("  data directory          {}", dir.root().display());
    println!("  cipher                  {}", report.cipher);
    println!(
        "  schema version          {} (this build knows {})",
        report.schema_version, report.binary_schema_version
    );
    println!(
        "  key held by             {}, recovery code",
        report.protection
    );
    println!("  unlocked with           {}", report.key_source);
    println!(
        "  integrity_check         {}",
        verdict(&report.integrity_check)
    );
    println!(
        "  cipher_integrity_check  {}",
        verdict(&report.cipher_integrity_check)
    );
    println!();
    println!(
        "{}",
        if report.ok {
            "All checks passed."
        } else {
            "Problems found."
        }
    );
}

/// Non-interactive unlock: stdin flags, then EYELEVEL_PASSPHRASE, then the keyring.
fn open(dir: &DataDir, keyring: &dyn SecretStore, unlock: &UnlockArgs) -> Result<Session> {
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
enum SecretKind {
    Passphrase,
    RecoveryCode,
}

fn secret_from(unlock: &UnlockArgs, kind: SecretKind) -> Result<Option<Zeroizing<String>>> {
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
        .map_err(|error| Error::io("read standard input", error))?;
    let trimmed = line.trim_end_matches(['\r', '\n']);
    if trimmed.is_empty() {
        return Err(Error::InvalidInput("standard input was empty".into()));
    }
    Ok(Zeroizing::new(trimmed.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn no_subcommand_means_window() {
        let cli = Cli::try_parse_from(["eyelevel", "--data-dir", "/tmp/x"]).expect("parses");
        assert!(cli.command.is_none());
        assert_eq!(cli.data_dir, Some(PathBuf::from("/tmp/x")));
    }

    #[test]
    fn stdin_flags_conflict() {
        let parsed = Cli::try_parse_from([
            "eyelevel",
            "--passphrase-stdin",
            "--recovery-code-stdin",
            "doctor",
        ]);
        assert!(parsed.is_err());
    }
}

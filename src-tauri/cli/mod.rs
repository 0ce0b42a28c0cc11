//! The headless command line in the same binary. Subcommands never need a display.

mod calendar;
mod capture;
mod doctor;
mod init;
mod partner;
mod reminders;
mod search;
mod tandems;
mod unlock;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use eyelevel_core::paths::DataDir;
use eyelevel_core::vault::keyring::OsKeyring;
use eyelevel_core::{Error, ErrorCode, Result};

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

    /// Start in the tray without opening the window (how "Start at login" launches it)
    #[arg(long)]
    pub background: bool,

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
    /// List tandems: id, my role, status, partner, title (archived ones too)
    Tandems {
        /// Print a JSON array of {id, title, role, partner, status, archived, sample,
        /// agreement, goals_open, goals_total}
        #[arg(long)]
        json: bool,
    },
    /// Search everything you wrote: goals, agreements, agendas, notes, actions,
    /// reflections and journal entries (umlauts match with or without: "Fuehrung" finds
    /// "Führung"; every word is a prefix)
    Search {
        /// Words to find; "quoted words" must appear together
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// Only this tandem (its id, see `eyelevel tandems`)
        #[arg(long, value_name = "ID")]
        tandem: Option<i64>,
        /// At most this many results (1–100)
        #[arg(long, value_name = "N", default_value_t = 20,
              value_parser = clap::value_parser!(u32).range(1..=100))]
        limit: u32,
        /// Print a JSON array of {kind, record_id, tandem_id, tandem, meeting_id, title,
        /// snippet, matches, at}
        #[arg(long)]
        json: bool,
    },
    /// Export meetings to a calendar file
    #[command(subcommand)]
    Export(calendar::ExportCommand),
    /// Import meetings from a calendar invitation
    #[command(subcommand)]
    Import(calendar::ImportCommand),
    /// Show which reminders are due now and when the next one falls due (read-only;
    /// the running app delivers them)
    Reminders {
        /// Print {due: [{key, kind, tandem_id, tandem_title, meeting_id, action_id,
        /// subject_at, due_at, nudge}], next_at}
        #[arg(long)]
        json: bool,
    },
    /// Create the sample tandem (agreement, goals, topics) and print its id
    Demo,
    /// Pair a tandem with your partner's Eyelevel (invitation, answer, check code)
    #[command(subcommand)]
    Pair(partner::PairCommand),
    /// Exchange the shared items with your partner (a file, or a shared folder)
    #[command(subcommand)]
    Exchange(partner::ExchangeCommand),
    /// List a tandem's meetings: id, date, time, status, agenda size
    Meetings {
        #[arg(long, value_name = "ID")]
        tandem: i64,
        /// Print a JSON array of {id, uid, starts_at, ends_at, local_date, local_time,
        /// status, place, agenda_items, from_partner}
        #[arg(long)]
        json: bool,
    },
    /// Meeting agendas from the terminal
    #[command(subcommand)]
    Agenda(capture::AgendaCommand),
    /// The journal from the terminal
    #[command(subcommand)]
    Journal(capture::JournalCommand),
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
    if dir.setup_unfinished() && !matches!(command, Command::Init) {
        eprintln!(
            "eyelevel: setup was not finished — run `eyelevel init` (with the same unlock \
             options) to get a recovery code"
        );
    }
    let outcome = match command {
        Command::Doctor { json } => doctor::run(dir, &keyring, unlock, json),
        Command::Init => init::run(dir, &keyring, unlock),
        Command::Tandems { json } => tandems::list(dir, &keyring, unlock, json),
        Command::Demo => tandems::demo(dir, &keyring, unlock),
        Command::Pair(what) => partner::pair(dir, &keyring, unlock, what),
        Command::Exchange(what) => partner::exchange(dir, &keyring, unlock, what),
        Command::Meetings { tandem, json } => {
            capture::meetings(dir, &keyring, unlock, tandem, json)
        }
        Command::Agenda(what) => capture::agenda(dir, &keyring, unlock, what),
        Command::Journal(what) => capture::journal(dir, &keyring, unlock, what),
        Command::Reminders { json } => reminders::run(dir, &keyring, unlock, json),
        Command::Export(what) => calendar::export(dir, &keyring, unlock, &what),
        Command::Import(what) => calendar::import(dir, &keyring, unlock, &what),
        Command::Search {
            query,
            tandem,
            limit,
            json,
        } => {
            let args = search::SearchArgs {
                query: query.join(" "),
                tandem,
                limit,
                json,
            };
            search::run(dir, &keyring, unlock, &args)
        }
    };
    outcome.unwrap_or_else(|error| fail(&error))
}

/// Prints `value` as pretty JSON on standard output (the `--json` forms).
fn print_json(value: &impl serde::Serialize) -> Result<()> {
    let text =
        serde_json::to_string_pretty(value).map_err(|error| Error::Internal(error.to_string()))?;
    println!("{text}");
    Ok(())
}

pub fn fail(error: &Error) -> ExitCode {
    eprintln!("eyelevel: {error} [{}]", error.code().as_str());
    if let Some(hint) = hint(error.code()) {
        eprintln!("eyelevel: {hint}");
    }
    ExitCode::from(2)
}

/// What to do next, for the failures a user can work around.
fn hint(code: ErrorCode) -> Option<&'static str> {
    match code {
        ErrorCode::KeyringUnavailable | ErrorCode::KeyringEntryMissing => Some(
            "unlock without the keyring: --recovery-code-stdin (or --passphrase-stdin / \
             EYELEVEL_PASSPHRASE when the vault has a passphrase)",
        ),
        ErrorCode::DatabaseCorrupt => {
            Some("the file was left exactly as it was; keep it, and restore your latest backup")
        }
        ErrorCode::VaultTampered => Some("restore vault.json from a backup"),
        _ => None,
    }
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

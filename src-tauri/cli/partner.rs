//! `eyelevel pair …` and `eyelevel exchange …`: pairing with the partner and exchanging files,
//! for scripts and tests.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use eyelevel_core::exchange::{self, PairState, PairingStatus, ReceiveReport};
use eyelevel_core::paths::DataDir;
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::{files, Error, Result};
use serde_json::json;

use super::unlock::open;
use super::{print_json, UnlockArgs};

#[derive(Debug, Subcommand)]
pub enum PairCommand {
    /// Make an invitation for a tandem and write it to FILE (pairing again revokes the old
    /// keys at once)
    Invite {
        #[arg(long, value_name = "ID")]
        tandem: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Your name as your partner sees it [default: the name of the last pairing, or
        /// your user name]
        #[arg(long)]
        name: Option<String>,
        /// Print {tandem_id, file}
        #[arg(long)]
        json: bool,
    },
    /// Accept the invitation in FILE (creating the tandem, or linking --tandem) and write
    /// the answer for the inviter to ANSWER
    Accept {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(long, value_name = "ANSWER")]
        out: PathBuf,
        /// Link to this existing tandem instead of creating one
        #[arg(long, value_name = "ID")]
        tandem: Option<i64>,
        #[arg(long)]
        name: Option<String>,
        /// Print {tandem_id, created, check_code, file}
        #[arg(long)]
        json: bool,
    },
    /// Import the partner's answer: the tandem is paired
    Finish {
        #[arg(value_name = "ANSWER")]
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Show the pairing: state, check code, folder, last sent and received
    Status {
        #[arg(long, value_name = "ID")]
        tandem: i64,
        /// Print the full status as JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExchangeCommand {
    /// Write a file with the tandem's shared items for the partner
    Send {
        #[arg(long, value_name = "ID")]
        tandem: i64,
        /// Write to this file (to send by mail or chat)
        #[arg(
            long,
            value_name = "FILE",
            conflicts_with = "folder",
            required_unless_present = "folder"
        )]
        out: Option<PathBuf>,
        /// Write a new file into this shared folder
        #[arg(long, value_name = "DIR")]
        folder: Option<PathBuf>,
        /// Print {tandem_id, file_name, path, sequence}
        #[arg(long)]
        json: bool,
    },
    /// Read a file from the partner, or every partner file in a shared folder
    Receive {
        #[arg(
            value_name = "FILE",
            conflicts_with = "folder",
            required_unless_present = "folder"
        )]
        file: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        folder: Option<PathBuf>,
        /// Only this tandem's files (with --folder)
        #[arg(long, value_name = "ID", requires = "folder")]
        tandem: Option<i64>,
        /// Show what would change; change nothing
        #[arg(long)]
        dry_run: bool,
        /// Print {applied, changes: [{tandem_id, kind, change, label}], skipped, waiting,
        /// partner_newer, dry_run}
        #[arg(long)]
        json: bool,
    },
}

/// Pairing codes are short texts; a larger file is not one.
const PAIRING_FILE_MAX: usize = 64 * 1024;

fn read_code(path: &Path) -> Result<String> {
    let bytes = files::read_regular(path, PAIRING_FILE_MAX, || Error::InvitationInvalid {
        reason: "the file is far too large to be a pairing code".into(),
    })?;
    String::from_utf8(bytes).map_err(|_| Error::InvitationInvalid {
        reason: "the file is not a text file".into(),
    })
}

fn write_code(path: &Path, text: &str) -> Result<()> {
    files::write_private(path, format!("{text}\n").as_bytes(), "the pairing code")
}

/// The name to pair under: given, else the last pairing's, else the user's login name.
fn name_or_default(name: Option<String>, previous: Option<String>) -> String {
    name.or(previous)
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .unwrap_or_else(|| "Eyelevel".into())
}

pub fn pair(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    command: PairCommand,
) -> Result<ExitCode> {
    let session = open(dir, keyring, unlock)?;
    let cx = session.ctx()?;
    match command {
        PairCommand::Invite {
            tandem,
            out,
            name,
            json,
        } => {
            let previous = exchange::status(&cx, tandem)?.my_name;
            let invitation = exchange::invite(&cx, tandem, &name_or_default(name, previous))?;
            write_code(&out, &invitation.text)?;
            if json {
                print_json(&json!({ "tandem_id": tandem, "file": out }))?;
            } else {
                println!("Invitation written to {}.", out.display());
                println!("Send it to your partner; then run `eyelevel pair finish ANSWER`.");
            }
        }
        PairCommand::Accept {
            file,
            out,
            tandem,
            name,
            json,
        } => {
            let text = read_code(&file)?;
            let accepted = exchange::accept(&cx, &text, tandem, &name_or_default(name, None))?;
            write_code(&out, &accepted.answer)?;
            if json {
                print_json(&json!({
                    "tandem_id": accepted.tandem_id,
                    "created": accepted.created,
                    "check_code": accepted.check_code,
                    "file": out,
                }))?;
            } else {
                let what = if accepted.created {
                    "created"
                } else {
                    "linked"
                };
                println!(
                    "Tandem {} {what}. Answer written to {}.",
                    accepted.tandem_id,
                    out.display()
                );
                println!(
                    "Check code: {} (compare it with your partner)",
                    accepted.check_code
                );
            }
        }
        PairCommand::Finish { file, json } => {
            let tandem_id = exchange::finish(&cx, &read_code(&file)?)?;
            let status = exchange::status(&cx, tandem_id)?;
            if json {
                print_json(&status)?;
            } else {
                println!("Tandem {tandem_id} is paired.");
                print_status(&status);
            }
        }
        PairCommand::Status { tandem, json } => {
            let status = exchange::status(&cx, tandem)?;
            if json {
                print_json(&status)?;
            } else {
                print_status(&status);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_status(s: &PairingStatus) {
    let state = match s.state {
        PairState::Unpaired => "not paired",
        PairState::Invited => "invited (waiting for the answer)",
        PairState::Paired => "paired",
    };
    println!("state              {state}");
    if let Some(code) = &s.check_code {
        let verified = if s.verified { " (confirmed)" } else { "" };
        println!("check code         {code}{verified}");
    }
    let lines = [
        ("partner", &s.partner_name),
        ("folder", &s.folder),
        ("last sent", &s.last_sent_at),
        ("last received", &s.last_received_at),
        ("partner has seen", &s.partner_seen_at),
    ];
    for (label, value) in lines {
        if let Some(value) = value {
            println!("{label:<18} {value}");
        }
    }
    if let Some(problem) = s.problem {
        let file = s.problem_file.as_deref().unwrap_or_default();
        println!("problem            {} {file}", problem.as_str());
    }
}

pub fn exchange(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    command: ExchangeCommand,
) -> Result<ExitCode> {
    let session = open(dir, keyring, unlock)?;
    let cx = session.ctx()?;
    match command {
        ExchangeCommand::Send {
            tandem,
            out,
            folder,
            json,
        } => {
            let sent = match (out, folder) {
                (Some(out), _) => exchange::send_to_file(&cx, tandem, &out)?,
                (None, folder) => exchange::send_to_folder(&cx, tandem, folder.as_deref())?,
            };
            if json {
                print_json(&sent)?;
            } else {
                println!("Written: {} (number {})", sent.path, sent.sequence);
            }
        }
        ExchangeCommand::Receive {
            file,
            folder,
            tandem,
            dry_run,
            json,
        } => {
            let report = match (file, folder) {
                (Some(file), _) => exchange::receive_file(&cx, &file, dry_run)?,
                (None, Some(folder)) => {
                    exchange::receive_folder(&cx, tandem, Some(&folder), dry_run)?
                }
                (None, None) => return Err(Error::InvalidInput("give a FILE or --folder".into())),
            };
            if json {
                print_json(&report)?;
            } else {
                print_report(&report);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_report(r: &ReceiveReport) {
    let verb = if r.dry_run { "would change" } else { "changed" };
    println!(
        "{} file(s) from your partner; {} item(s) {verb}.",
        r.applied,
        r.changes.len()
    );
    for c in &r.changes {
        let change = serde_json::to_value(c.change).ok();
        let kind = serde_json::to_value(c.kind).ok();
        let text = |v: Option<serde_json::Value>| {
            v.and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        };
        println!("  {:<8} {:<12} {}", text(change), text(kind), c.label);
    }
    if r.skipped > 0 {
        println!(
            "{} item(s) left out (not understood or not valid here).",
            r.skipped
        );
    }
    if r.waiting > 0 {
        println!(
            "{} file(s) not complete or readable yet; try again later.",
            r.waiting
        );
    }
    if r.partner_newer {
        println!("Your partner uses a newer Eyelevel — update to see their changes.");
    }
}

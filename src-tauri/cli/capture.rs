//! Quick capture from the terminal: `eyelevel meetings`, `eyelevel agenda add`,
//! `eyelevel journal add`. The same validation, limits and ownership as the window.

use std::process::ExitCode;

use clap::Subcommand;
use eyelevel_core::agenda::{self, AgendaItemInput};
use eyelevel_core::journal::{self, JournalEntryInput};
use eyelevel_core::meeting;
use eyelevel_core::paths::DataDir;
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::Result;
use serde_json::json;

use super::unlock::open;
use super::{print_json, UnlockArgs};

#[derive(Debug, Subcommand)]
pub enum AgendaCommand {
    /// Add a point to a meeting's agenda (shared with the partner unless --private)
    Add {
        #[arg(long, value_name = "ID")]
        meeting: i64,
        /// Keep the point to yourself
        #[arg(long)]
        private: bool,
        /// Minutes planned for it (0–480)
        #[arg(long, value_name = "N", default_value_t = 10)]
        minutes: u32,
        #[arg(required = true, value_name = "TEXT")]
        text: Vec<String>,
        /// Print the new item as JSON
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// Write a journal entry (private; never shared)
    Add {
        #[arg(long, value_name = "ID")]
        tandem: Option<i64>,
        /// A tag (repeat for more)
        #[arg(long = "tag", value_name = "T")]
        tags: Vec<String>,
        #[arg(required = true, value_name = "TEXT")]
        text: Vec<String>,
        /// Print the new entry as JSON
        #[arg(long)]
        json: bool,
    },
}

/// `eyelevel meetings --tandem ID [--json]`: every meeting of the tandem, by start.
pub fn meetings(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    tandem: i64,
    json: bool,
) -> Result<ExitCode> {
    let session = open(dir, keyring, unlock)?;
    let list = meeting::list(&session.ctx()?, tandem, true)?;
    if json {
        let records: Vec<_> = list
            .iter()
            .map(|m| {
                json!({
                    "id": m.id,
                    "uid": m.uid,
                    "starts_at": m.starts_at,
                    "ends_at": m.ends_at,
                    "local_date": m.local_date,
                    "local_time": m.local_time,
                    "status": m.status.as_str(),
                    "place": m.place,
                    "agenda_items": m.agenda_items,
                    "from_partner": m.from_partner,
                })
            })
            .collect();
        print_json(&records)?;
        return Ok(ExitCode::SUCCESS);
    }
    if list.is_empty() {
        println!("No meetings in this tandem yet.");
    }
    for m in &list {
        let partner = if m.from_partner { "  [partner]" } else { "" };
        println!(
            "{:>5}  {} {}  {:<9}  {} agenda item(s){partner}",
            m.id,
            m.local_date,
            m.local_time,
            m.status.as_str(),
            m.agenda_items
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn agenda(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    command: AgendaCommand,
) -> Result<ExitCode> {
    let AgendaCommand::Add {
        meeting,
        private,
        minutes,
        text,
        json,
    } = command;
    let session = open(dir, keyring, unlock)?;
    let input = AgendaItemInput {
        title: text.join(" "),
        topic_id: None,
        minutes,
        prep_notes: String::new(),
        links: Vec::new(),
        shared: !private,
    };
    let item = agenda::add(&session.ctx()?, meeting, &input)?;
    if json {
        print_json(&item)?;
    } else {
        println!("{}", item.id);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn journal(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    command: JournalCommand,
) -> Result<ExitCode> {
    let JournalCommand::Add {
        tandem,
        tags,
        text,
        json,
    } = command;
    let session = open(dir, keyring, unlock)?;
    let input = JournalEntryInput {
        tandem_id: tandem,
        title: String::new(),
        body: text.join(" "),
        prompt: None,
        topic_id: None,
        tags,
        goal_ids: Vec::new(),
        pinned: false,
    };
    let entry = journal::create(&session.ctx()?, &input)?;
    if json {
        print_json(&entry)?;
    } else {
        println!("{}", entry.id);
    }
    Ok(ExitCode::SUCCESS)
}

//! `eyelevel export ics …` and `eyelevel import ics FILE --tandem ID`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use eyelevel_core::calendar::{
    self, ExportRequest, ExportScope, ImportAction, ImportNote, ImportOptions, ImportRow,
};
use eyelevel_core::paths::DataDir;
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::{Error, Result};

use super::unlock::open;
use super::UnlockArgs;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Write meetings to an iCalendar (.ics) file any calendar can import: the upcoming
    /// meetings of every tandem, or of one; cancelled ones included so calendars drop them
    Ics(ExportIcsArgs),
}

#[derive(Debug, Args)]
pub struct ExportIcsArgs {
    /// Only this tandem (its id, see `eyelevel tandems`)
    #[arg(long, value_name = "ID")]
    pub tandem: Option<i64>,
    /// From this day on (YYYY-MM-DD, your time zone) [default: now]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Up to and including this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// The file to write (replaced atomically if it exists)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Turn an invitation (.ics from Outlook, Google, Apple, Thunderbird …) into meetings of
    /// a tandem. Importing the same invitation again updates those meetings
    Ics(ImportIcsArgs),
}

#[derive(Debug, Args)]
pub struct ImportIcsArgs {
    /// The .ics file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The tandem the meetings belong to (its id, see `eyelevel tandems`)
    #[arg(long, value_name = "ID")]
    pub tandem: i64,
    /// Only show what would happen; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// When all-day events start (HH:MM)
    #[arg(long, value_name = "HH:MM", default_value = "09:00")]
    pub all_day_time: String,
    /// How long all-day events last as meetings (15–480 minutes)
    #[arg(long, value_name = "MIN", default_value_t = 60)]
    pub all_day_minutes: u32,
}

fn parse_date(text: &str) -> std::result::Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("“{text}” is not a date; use YYYY-MM-DD, e.g. 2027-03-01"))
}

pub fn export(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    command: &ExportCommand,
) -> Result<ExitCode> {
    let ExportCommand::Ics(args) = command;
    if let (Some(from), Some(to)) = (args.from, args.to) {
        if to < from {
            return Err(Error::EndBeforeStart {
                start: from.to_string(),
                end: to.to_string(),
            });
        }
    }
    let session = open(dir, keyring, unlock)?;
    let scope = match args.tandem {
        Some(tandem_id) => ExportScope::Tandem { tandem_id },
        None => ExportScope::All,
    };
    let request = ExportRequest {
        scope,
        from: args.from,
        to: args.to,
    };
    let settings = calendar::settings::load(session.conn())?;
    let summary = calendar::export::save(&session.ctx()?, &request, &settings, &args.out)?;
    let cancelled = match summary.cancelled {
        0 => String::new(),
        n => format!(" ({n} cancelled)"),
    };
    println!(
        "Wrote {} event(s){cancelled} to {}",
        summary.events, summary.path
    );
    Ok(ExitCode::SUCCESS)
}

pub fn import(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    command: &ImportCommand,
) -> Result<ExitCode> {
    let ImportCommand::Ics(args) = command;
    let bytes = calendar::import::read_file(Path::new(&args.file))?;
    let session = open(dir, keyring, unlock)?;
    let cx = session.ctx()?;
    let options = ImportOptions {
        tandem_id: args.tandem,
        all_day_time: args.all_day_time.clone(),
        all_day_minutes: args.all_day_minutes,
    };
    let preview = calendar::import::preview(&cx, &bytes, &options)?;
    for row in &preview.rows {
        println!("{}", row_line(row));
    }
    if args.dry_run {
        println!(
            "Dry run: {} new, {} updated, {} unchanged, {} cancelled, {} skipped. Nothing changed.",
            preview.create, preview.update, preview.unchanged, preview.cancel, preview.skip
        );
        return Ok(ExitCode::SUCCESS);
    }
    let done = calendar::import::apply(&cx, &bytes, &options)?;
    println!(
        "Imported: {} new, {} updated, {} unchanged, {} cancelled, {} skipped.",
        done.created, done.updated, done.unchanged, done.cancelled, done.skipped
    );
    Ok(ExitCode::SUCCESS)
}

fn row_line(row: &ImportRow) -> String {
    let action = match row.action {
        ImportAction::Create => "new",
        ImportAction::Update => "update",
        ImportAction::Unchanged => "unchanged",
        ImportAction::Cancel => "cancel",
        ImportAction::Skip => "skip",
    };
    let notes: Vec<&str> = row.notes.iter().map(|n| note_text(*n)).collect();
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!("  ({})", notes.join("; "))
    };
    let place = match (row.place.trim(), &row.video_link) {
        ("", Some(link)) => link.clone(),
        (place, _) => place.replace(['\n', '\r', '\t'], " "),
    };
    format!(
        "{action:<10} {} {} {:>3} min  {place}{notes}",
        row.local_date, row.local_time, row.duration_minutes
    )
}

fn note_text(note: ImportNote) -> &'static str {
    match note {
        ImportNote::InPast => "already over",
        ImportNote::CancelledUnknown => "cancelled, never imported",
        ImportNote::AlreadyHeld => "already held",
        ImportNote::BeyondTwoYears => "more than two years ahead",
        ImportNote::AllDay => "all-day event",
        ImportNote::DurationAdjusted => "duration adjusted to 15–480 min",
        ImportNote::PlaceShortened => "place shortened",
        ImportNote::ZoneAssumed => "time zone unknown, read in yours",
    }
}

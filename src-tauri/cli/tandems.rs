//! `eyelevel tandems [--json]` and `eyelevel demo`.

use std::process::ExitCode;

use eyelevel_core::page::tandems::TandemSummary;
use eyelevel_core::paths::DataDir;
use eyelevel_core::sample;
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::Result;
use serde::Serialize;

use super::unlock::open;
use super::UnlockArgs;

/// One element of `eyelevel tandems --json` — a documented, stable shape for scripts.
#[derive(Serialize)]
struct TandemRecord<'a> {
    id: i64,
    title: &'a str,
    role: &'a str,
    partner: &'a str,
    status: &'a str,
    archived: bool,
    sample: bool,
    agreement: &'a str,
    goals_open: u32,
    goals_total: u32,
}

fn record(summary: &TandemSummary) -> TandemRecord<'_> {
    TandemRecord {
        id: summary.id,
        title: &summary.title,
        role: summary.my_role.as_str(),
        partner: &summary.partner_name,
        status: summary.status.as_str(),
        archived: summary.archived,
        sample: summary.is_sample,
        agreement: summary.agreement_state.as_str(),
        goals_open: summary.goals_open,
        goals_total: summary.goals_total,
    }
}

pub fn list(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    json: bool,
) -> Result<ExitCode> {
    let session = open(dir, keyring, unlock)?;
    let tandems = eyelevel_core::page::tandems::list(&session.ctx()?, true)?;
    let records: Vec<TandemRecord> = tandems.iter().map(record).collect();
    if json {
        super::print_json(&records)?;
        return Ok(ExitCode::SUCCESS);
    }
    if records.is_empty() {
        println!("No tandems yet. Open Eyelevel to start one, or try `eyelevel demo`.");
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:>4}  {:<6}  {:<8}  {:<24}  TITLE",
        "ID", "ROLE", "STATUS", "PARTNER"
    );
    for r in &records {
        let status = if r.archived { "archived" } else { r.status };
        let sample = if r.sample { "  [sample]" } else { "" };
        println!(
            "{:>4}  {:<6}  {:<8}  {:<24}  {}{sample}",
            r.id, r.role, status, r.partner, r.title
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn demo(dir: &DataDir, keyring: &dyn SecretStore, unlock: &UnlockArgs) -> Result<ExitCode> {
    let session = open(dir, keyring, unlock)?;
    let id = sample::create(&session.ctx()?)?;
    println!("{id}");
    Ok(ExitCode::SUCCESS)
}

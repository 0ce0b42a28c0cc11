//! `eyelevel reminders [--json]`: what is due now and when the next reminder falls due, as
//! the app's reminder loop sees it. Read-only: nothing is marked as delivered.

use std::process::ExitCode;

use chrono::DateTime;
use chrono_tz::Tz;
use eyelevel_core::paths::DataDir;
use eyelevel_core::reminder::{self, ReminderPlan};
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::Result;

use super::unlock::open;
use super::UnlockArgs;

pub fn run(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    json: bool,
) -> Result<ExitCode> {
    let session = open(dir, keyring, unlock)?;
    let cx = session.ctx()?;
    let plan = reminder::plan_now(&cx)?;
    if json {
        super::print_json(&plan)?;
    } else {
        print!("{}", lines(&plan, cx.zone));
    }
    Ok(ExitCode::SUCCESS)
}

/// `due  2026-11-24 10:30  meeting_soon  Tandem title` per due reminder, then the next time.
fn lines(plan: &ReminderPlan, zone: Tz) -> String {
    let mut out = String::new();
    for due in &plan.due {
        out.push_str(&format!(
            "due   {}  {:<18}  {}\n",
            local(&due.due_at, zone),
            due.kind.as_str(),
            due.tandem_title
        ));
    }
    match &plan.next_at {
        Some(next_at) => out.push_str(&format!("next  {}\n", local(next_at, zone))),
        None if plan.due.is_empty() => out.push_str("no reminder ahead\n"),
        None => {}
    }
    out
}

fn local(at: &str, zone: Tz) -> String {
    DateTime::parse_from_rfc3339(at)
        .map(|at| at.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|_| at.to_string())
}

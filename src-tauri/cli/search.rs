//! `eyelevel search QUERY [--tandem ID] [--limit N] [--json]`.

use std::io::IsTerminal;
use std::process::ExitCode;

use eyelevel_core::paths::DataDir;
use eyelevel_core::search::{self, SearchHit, SearchRequest, SnippetPart};
use eyelevel_core::vault::keyring::SecretStore;
use eyelevel_core::Result;
use serde::Serialize;

use super::unlock::open;
use super::UnlockArgs;

pub struct SearchArgs {
    pub query: String,
    pub tandem: Option<i64>,
    pub limit: u32,
    pub json: bool,
}

/// One element of `eyelevel search --json` — a documented, stable shape for scripts.
#[derive(Serialize)]
struct HitRecord<'a> {
    kind: &'a str,
    record_id: i64,
    tandem_id: Option<i64>,
    tandem: Option<&'a str>,
    meeting_id: Option<i64>,
    title: &'a str,
    /// The snippet as plain text.
    snippet: String,
    /// The matched words as they appear in the snippet.
    matches: Vec<&'a str>,
    at: &'a str,
}

fn record(hit: &SearchHit) -> HitRecord<'_> {
    HitRecord {
        kind: hit.kind.as_str(),
        record_id: hit.record_id,
        tandem_id: hit.tandem_id,
        tandem: hit.tandem_title.as_deref(),
        meeting_id: hit.meeting_id,
        title: &hit.title,
        snippet: hit.snippet.iter().map(|part| part.text.as_str()).collect(),
        matches: hit
            .snippet
            .iter()
            .filter(|part| part.hit)
            .map(|part| part.text.as_str())
            .collect(),
        at: &hit.at,
    }
}

/// Hits in bold on a terminal, in `**…**` when piped (still readable, still greppable).
fn highlighted(parts: &[SnippetPart], terminal: bool) -> String {
    let (open, close) = if terminal {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("**", "**")
    };
    parts
        .iter()
        .map(|part| {
            if part.hit {
                format!("{open}{}{close}", part.text)
            } else {
                part.text.clone()
            }
        })
        .collect::<String>()
        .replace(['\n', '\r', '\t'], " ")
}

pub fn run(
    dir: &DataDir,
    keyring: &dyn SecretStore,
    unlock: &UnlockArgs,
    args: &SearchArgs,
) -> Result<ExitCode> {
    let session = open(dir, keyring, unlock)?;
    let request = SearchRequest {
        query: args.query.clone(),
        tandem_id: args.tandem,
        kinds: Vec::new(),
        limit: args.limit,
    };
    let results = search::search(session.conn(), &request)?;
    if args.json {
        let records: Vec<HitRecord> = results.hits.iter().map(record).collect();
        super::print_json(&records)?;
        return Ok(ExitCode::SUCCESS);
    }
    if results.hits.is_empty() {
        println!("Nothing found for “{}”.", args.query.trim());
        return Ok(ExitCode::SUCCESS);
    }
    let terminal = std::io::stdout().is_terminal();
    for hit in &results.hits {
        let date = hit.at.get(..10).unwrap_or(&hit.at);
        let tandem = hit.tandem_title.as_deref().unwrap_or("—");
        let title = if hit.title.is_empty() {
            String::new()
        } else {
            format!("  {}", hit.title)
        };
        println!("{:<11} {date}  {tandem}{title}", hit.kind.as_str());
        println!("            {}", highlighted(&hit.snippet, terminal));
    }
    let shown = results.hits.len();
    if (results.total as usize) > shown {
        println!(
            "{shown} of {} matches shown; use --limit for more.",
            results.total
        );
    }
    Ok(ExitCode::SUCCESS)
}

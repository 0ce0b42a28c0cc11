//! `eyelevel doctor`: cipher, schema, key holders and integrity of the data directory.

use std::process::ExitCode;

use eyelevel_core::doctor::DoctorReport;
use eyelevel_core::paths::DataDir;
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
    let opened = open(dir, keyring, unlock)?;
    let report = eyelevel_core::doctor::run(&opened)?;
    if json {
        super::print_json(&report)?;
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

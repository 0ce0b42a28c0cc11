use std::path::PathBuf;

use tauri_build::{AppManifest, Attributes};

/// The permission set the main window's capability grants: every command of names.rs.
const COMMAND_SET: &str = "app-commands";

fn main() {
    // Listing the app's commands makes Tauri generate `allow-<command>` permissions; the set
    // written here bundles them, so the capability grants each command by name without
    // repeating the list (a test compares the set with the handler).
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    let permissions = out_dir.join("permissions");
    if let Err(error) = write_command_set(&permissions) {
        panic!("cannot write the command permission set: {error}");
    }
    let pattern: &'static str =
        Box::leak(format!("{}/*.toml", permissions.display()).into_boxed_str());
    let manifest = AppManifest::new()
        .commands(eyelevel_commands::ALL)
        .permissions_path_pattern(pattern);
    if let Err(error) = tauri_build::try_build(Attributes::new().app_manifest(manifest)) {
        panic!("tauri build script failed: {error:#}");
    }
}

fn write_command_set(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let allowed: Vec<String> = eyelevel_commands::ALL
        .iter()
        .map(|name| format!("  \"allow-{}\",", name.replace('_', "-")))
        .collect();
    let toml = format!(
        "[[set]]\nidentifier = \"{COMMAND_SET}\"\n\
         description = \"Every command of Eyelevel's own UI (src-tauri/commands/names.rs).\"\n\
         permissions = [\n{}\n]\n",
        allowed.join("\n")
    );
    let path = dir.join("app-commands.toml");
    // Rewriting an unchanged file would make Cargo rerun the build script every time.
    if std::fs::read_to_string(&path).ok().as_deref() != Some(toml.as_str()) {
        std::fs::write(path, toml)?;
    }
    Ok(())
}

#[path = "commands/names.rs"]
mod eyelevel_commands;

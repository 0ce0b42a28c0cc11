use tauri_build::{AppManifest, Attributes};

fn main() {
    // Listing the app's commands makes Tauri generate `allow-<command>` permissions, so the
    // capability in tauri.conf.json grants each command explicitly instead of all by default.
    let manifest = AppManifest::new().commands(eyelevel_commands::ALL);
    if let Err(error) = tauri_build::try_build(Attributes::new().app_manifest(manifest)) {
        panic!("tauri build script failed: {error:#}");
    }
}

#[path = "commands/names.rs"]
mod eyelevel_commands;

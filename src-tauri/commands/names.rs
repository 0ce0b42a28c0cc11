//! Every command the UI may invoke. Shared by build.rs (which turns each name into an
//! `allow-…` permission) and lib.rs; a test checks it against the capability.

pub const ALL: &[&str] = &[
    "app_status",
    "setup_vault",
    "unlock",
    "get_settings",
    "update_settings",
    "security_info",
    "change_passphrase",
    "new_recovery_code",
];

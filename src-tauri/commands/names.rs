//! Every command the UI may invoke. Shared by build.rs (which turns each name into an
//! `allow-…` permission) and a test that checks the capability against it.

pub const ALL: &[&str] = &[
    // vault and settings
    "app_status",
    "setup_vault",
    "unlock",
    "get_settings",
    "update_settings",
    "security_info",
    "change_passphrase",
    "new_recovery_code",
    // tandems
    "list_tandems",
    "get_tandem",
    "create_tandem",
    "update_tandem",
    "set_tandem_status",
    "set_tandem_archived",
    "delete_tandem",
    "create_sample",
    // agreement
    "save_agreement",
    "mark_agreement_agreed",
    "list_agreement_versions",
    "export_agreement",
    "save_agreement_export",
    // goals
    "create_goal",
    "update_goal",
    "set_goal_status",
    "add_goal_note",
    "reorder_goals",
    "delete_goal",
    // topic library
    "list_topics",
    "create_topic",
    "update_topic",
    "set_topic_hidden",
    "delete_topic",
];

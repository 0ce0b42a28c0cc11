//! Every command the UI may invoke, written once. `app_commands!(m)` hands the list to
//! macro `m`: the invoke handler (commands/mod.rs), build.rs (which turns each name into an
//! `allow-…` permission and the `app-commands` permission set the capability grants) and the
//! tests all read this one list.

/// Calls `$then! { module::command, … }` with every command.
#[macro_export]
macro_rules! app_commands {
    ($then:ident) => {
        $then! {
            // vault and settings
            session::app_status,
            session::setup_vault,
            session::unlock,
            settings::get_settings,
            settings::update_settings,
            security::security_info,
            security::change_passphrase,
            security::new_recovery_code,
            // tandems
            tandems::list_tandems,
            tandems::get_tandem,
            tandems::create_tandem,
            tandems::update_tandem,
            tandems::set_tandem_status,
            tandems::set_tandem_archived,
            tandems::delete_tandem,
            tandems::create_sample,
            // agreement
            agreements::save_agreement,
            agreements::mark_agreement_agreed,
            agreements::list_agreement_versions,
            agreements::export_agreement,
            agreements::save_agreement_export,
            // goals
            goals::create_goal,
            goals::update_goal,
            goals::set_goal_status,
            goals::add_goal_note,
            goals::reorder_goals,
            goals::delete_goal,
            goals::set_goal_shared,
            // topic library
            topics::list_topics,
            topics::create_topic,
            topics::update_topic,
            topics::set_topic_hidden,
            topics::delete_topic,
            // meetings
            meetings::list_meetings,
            meetings::plan_meeting,
            meetings::plan_series,
            meetings::update_meeting,
            meetings::set_meeting_held,
            meetings::cancel_meeting,
            meetings::delete_meeting,
            meetings::get_meeting,
            // agenda and templates
            agenda::add_agenda_item,
            agenda::update_agenda_item,
            agenda::delete_agenda_item,
            agenda::reorder_agenda,
            agenda::set_item_discussed,
            agenda::carry_over,
            agenda::accept_suggestions,
            agenda::add_topic_to_agenda,
            agenda::list_templates,
            agenda::save_template,
            agenda::apply_template,
            agenda::delete_template,
            agenda::export_agenda,
            agenda::save_agenda_export,
            // action items and Today
            actions::list_actions,
            actions::create_action,
            actions::update_action,
            actions::set_action_done,
            actions::delete_action,
            actions::set_action_shared,
            actions::today,
            // notes, reflections and prompt sets
            notes::get_note,
            notes::save_note,
            notes::set_note_shared,
            notes::render_markdown,
            notes::get_prompt_set,
            notes::save_prompt_set,
            notes::reset_prompt_set,
            notes::get_reflection,
            notes::save_reflection,
            // journal and search
            journal::create_journal_entry,
            journal::update_journal_entry,
            journal::get_journal_entry,
            journal::delete_journal_entry,
            journal::set_entry_pinned,
            journal::list_journal,
            journal::list_tags,
            journal::prompt_of_the_day,
            journal::search,
            // calendar
            calendar::calendar_settings,
            calendar::update_calendar_settings,
            calendar::feed_status,
            calendar::write_feed_now,
            calendar::choose_feed_folder,
            calendar::export_calendar,
            calendar::choose_calendar_import,
            calendar::preview_calendar_import,
            calendar::import_calendar,
            // reminders
            reminders::reminder_settings,
            reminders::update_reminder_settings,
            reminders::reminder_rules,
            reminders::update_reminder_rule,
            reminders::reminder_inbox,
            reminders::mark_reminders_read,
            reminders::dismiss_reminder,
            reminders::reminder_status,
            reminders::set_autostart,
            reminders::send_test_notification,
            reminders::take_open_route,
            // partner pairing and exchange
            partner::pairing_status,
            partner::create_invitation,
            partner::accept_invitation,
            partner::finish_pairing,
            partner::set_pairing_verified,
            partner::unpair,
            partner::save_pairing_file,
            partner::open_pairing_file,
            partner::choose_exchange_folder,
            partner::clear_exchange_folder,
            partner::exchange_now,
            partner::send_exchange_file,
            partner::import_exchange_file,
        }
    };
}

/// The command names as strings: `app_commands!(command_names)`.
#[macro_export]
macro_rules! command_names {
    ($($module:ident :: $command:ident),* $(,)?) => {
        &[$(stringify!($command)),*]
    };
}

/// Every command name.
pub const ALL: &[&str] = app_commands!(command_names);

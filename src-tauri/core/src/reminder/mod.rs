//! Reminders: per-tandem rules, the pure planner (now, data, settings → what is due and when
//! the next thing is), the delivery record that keeps anything from firing twice, and the
//! in-app inbox. The shell's loop (src-tauri/reminders) delivers what the planner finds.

pub mod deliveries;
pub mod inbox;
pub mod load;
pub mod plan;
pub mod rules;
pub mod settings;
pub mod store;
pub mod text;
mod types;

pub use deliveries::{claim, set_channel};
pub use inbox::{dismiss, inbox, mark_read, route, INBOX_LIMIT};
pub use load::{load_input, plan_now};
pub use plan::{
    plan, PlanAction, PlanInput, PlanMeeting, PlanReview, PlanTandem, CATCH_UP, MAX_KEY_LEN,
};
pub use rules::{rules, update_rule};
pub use settings::{load_settings, update_settings};
pub use text::{notice, summary_notice, test_notice};
pub use types::*;

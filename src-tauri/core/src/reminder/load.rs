//! Reads the planner's input from the database: only the rows that can matter around `now`.

use chrono::Duration;

use super::plan::{plan, PlanInput, CATCH_UP};
use super::settings::load_settings;
use super::{ReminderPlan, MAX_LEAD_MINUTES};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::reminder::store::deliveries as reminder_deliveries;
use crate::reminder::store::input as reminder_input;
use crate::reminder::store::rules as reminder_rules;

/// How far back rows can still yield a reminder: the longest lead after a meeting's end
/// (Reflect), the second nudge a day later, the catch-up window and a day of quiet hours.
pub fn lookback() -> Duration {
    Duration::minutes(i64::from(MAX_LEAD_MINUTES)) + Duration::days(2) + CATCH_UP
}

/// How far ahead meetings and due dates are read; beyond it `next_at` may be `None`
/// (the loop re-plans long before then).
pub const LOOKAHEAD: Duration = Duration::days(60);

/// The planner's input at the context's now.
pub fn load_input(cx: &Ctx) -> Result<PlanInput> {
    let back = cx.now - lookback();
    let ahead = cx.now + LOOKAHEAD;
    let rules = reminder_rules::list_all(cx)?;
    let mut input = PlanInput {
        tandems: reminder_input::tandems(cx)?,
        // A key delivered before `back` belongs to a reminder the catch-up window drops anyway.
        delivered: reminder_deliveries::keys_since(cx, back)?,
        ..PlanInput::default()
    };
    // Due dates are local dates; a day either side covers every zone's offset from UTC.
    let first_date = (back - Duration::days(1)).date_naive();
    let last_date = (ahead + Duration::days(1)).date_naive();
    for tandem in &mut input.tandems {
        tandem.rules = rules
            .iter()
            .filter(|(id, _)| *id == tandem.id)
            .map(|(_, rule)| *rule)
            .collect();
        tandem.review = reminder_input::review(cx, tandem.id)?;
        let mut meetings = reminder_input::meetings_between(cx, tandem.id, back, ahead)?;
        // The cadence check needs the last meeting and whether any is planned, however far.
        let extra = [
            reminder_input::last_meeting(cx, tandem.id)?,
            reminder_input::next_meeting(cx, tandem.id, cx.now)?,
        ];
        for m in extra.into_iter().flatten() {
            if !meetings.iter().any(|x| x.id == m.id) {
                meetings.push(m);
            }
        }
        input.meetings.extend(meetings);
        input.actions.extend(reminder_input::my_open_actions(
            cx, tandem.id, first_date, last_date,
        )?);
    }
    Ok(input)
}

/// Loads settings and input and plans at the context's now, in the user's zone.
pub fn plan_now(cx: &Ctx) -> Result<ReminderPlan> {
    let zone = cx.zone;
    let settings = load_settings(cx)?;
    let input = load_input(cx)?;
    Ok(plan(cx.now, &input, &settings, zone))
}

//! The delivery record: claiming a reminder before it is shown is what keeps it from ever
//! firing twice (two loops, a crash between showing and recording, a restart).

use chrono::Duration;

use super::{DeliveryChannel, DueReminder};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::reminder::store::deliveries as reminder_deliveries;

/// How long a delivery stays on record (and in the inbox). Far longer than the planner looks
/// back ([`super::load::lookback`]), so a forgotten key can never fire again.
pub const KEEP: Duration = Duration::days(180);

/// Records `due` as pending in one transaction; returns only those not claimed before.
/// Deliveries older than [`KEEP`] are forgotten in the same transaction.
pub fn claim(cx: &Ctx, due: &[DueReminder]) -> Result<Vec<DueReminder>> {
    let tx = cx.begin()?;
    reminder_deliveries::delete_before(&tx, cx.now - KEEP)?;
    let mut claimed = Vec::new();
    for d in due {
        if reminder_deliveries::insert_pending(&tx, d, cx.now)? {
            claimed.push(d.clone());
        }
    }
    tx.commit()?;
    Ok(claimed)
}

/// Records how the claimed reminders with `keys` reached the user (unknown keys are skipped).
pub fn set_channel(cx: &Ctx, keys: &[String], channel: DeliveryChannel) -> Result<()> {
    let tx = cx.begin()?;
    for key in keys {
        reminder_deliveries::set_channel(&tx, key, channel)?;
    }
    tx.commit()?;
    Ok(())
}

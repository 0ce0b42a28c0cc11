//! Per-tandem reminder rules: each kind on/off with its own lead time. A kind the user never
//! changed is enabled with [`ReminderKind::default_lead_minutes`].

use rusqlite::Connection;

use super::{ReminderKind, ReminderRule, MAX_LEAD_MINUTES};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::reminder::store::rules as reminder_rules;
use crate::tandem::store as tandems;

/// The stored rules completed with defaults: all kinds, in [`ReminderKind::ALL`] order.
pub fn effective(stored: &[ReminderRule]) -> Vec<ReminderRule> {
    ReminderKind::ALL
        .iter()
        .map(|&kind| {
            stored
                .iter()
                .copied()
                .find(|r| r.kind == kind)
                .unwrap_or(ReminderRule {
                    kind,
                    enabled: true,
                    lead_minutes: kind.default_lead_minutes(),
                })
        })
        .collect()
}

/// The tandem's rules, one per kind; NotFound for an unknown tandem.
pub fn rules(conn: &Connection, tandem_id: i64) -> Result<Vec<ReminderRule>> {
    if tandems::get(conn, tandem_id)?.is_none() {
        return Err(Error::not_found("tandem", tandem_id));
    }
    Ok(effective(&reminder_rules::list(conn, tandem_id)?))
}

/// Stores one kind's rule and returns all of the tandem's rules.
pub fn update_rule(cx: &Ctx, tandem_id: i64, rule: &ReminderRule) -> Result<Vec<ReminderRule>> {
    if rule.lead_minutes > MAX_LEAD_MINUTES {
        return Err(Error::invalid_field(
            "lead_minutes",
            format!("a lead time can be at most {MAX_LEAD_MINUTES} minutes (30 days)"),
        ));
    }
    if tandems::get(cx, tandem_id)?.is_none() {
        return Err(Error::not_found("tandem", tandem_id));
    }
    reminder_rules::upsert(cx, tandem_id, rule, cx.now)?;
    rules(cx, tandem_id)
}

//! The reminder tables: deliveries (and the inbox built on them), per-tandem rules, and the
//! read-only queries that gather what the planner needs from the other tables.

pub mod deliveries;
pub mod input;
pub mod rules;

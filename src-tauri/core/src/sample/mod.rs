//! The sample program: a realistic tandem (agreement, goals, focus topics) marked as sample,
//! for exploring the app. Remove it with [`crate::tandem::delete`].

mod content;

use chrono::{DateTime, Days, Months, NaiveDate, NaiveTime, Utc};
use rusqlite::Connection;

use crate::agreement::store as agreements;
use crate::agreement::{self, AgreementInput};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::goal::store::notes as goal_notes;
use crate::goal::{self, GoalInput, GoalStatus};
use crate::i18n::Language;
use crate::tandem::store as tandems;
use crate::tandem::{self, Cadence, CadenceUnit, Role, TandemInput};
use crate::text;
use crate::topic;

use content::SampleContent;

/// Focus topics of the sample, by built-in key.
const FOCUS: [&str; 3] = ["ai_at_work", "social_media", "new_work"];

/// Creates the sample tandem in the user's language and returns its id; when a sample
/// already exists, returns that one's id. Dates are set relative to today (started six weeks
/// ago), each record at its own moment of that history; all in one transaction.
pub fn create(cx: &Ctx) -> Result<i64> {
    let tx = cx.begin()?;
    if let Some(id) = tandems::sample_id(&tx)? {
        return Ok(id);
    }
    let (now, today) = (tx.now, tx.today());
    let c = match tx.language {
        Language::De => &content::DE,
        Language::En => &content::EN,
    };
    topic::ensure_builtins(&tx, now)?;
    let start = days_before(today, 42);
    let at = |days: u64, hour: u32| tx.at(instant(start, days, hour).min(now));
    let cadence = Cadence {
        every: 2,
        unit: CadenceUnit::Week,
        minutes: 60,
    };
    let focus_topic_ids = FOCUS
        .iter()
        .map(|key| topic::builtin_id(&tx, key))
        .collect::<Result<Vec<_>>>()?;
    let input = TandemInput {
        title: free_title(&tx, c.title)?,
        my_role: Role::Mentee,
        partner_name: c.partner_name.into(),
        partner_contact: Some(c.partner_contact.into()),
        program: Some(c.program.into()),
        start_date: start,
        planned_end_date: start.checked_add_months(Months::new(9)),
        cadence,
        focus_topic_ids,
    };
    let id = tandem::insert(&at(0, 9), &input, true)?;

    let agreement = agreement_input(c, cadence, start);
    let agreement = agreement::validate::input(&agreement)?;
    let version = agreements::insert(&tx, id, 1, &agreement, at(3, 17).now)?;
    agreements::set_agreed_on(
        &tx,
        version,
        start.checked_add_days(Days::new(7)).unwrap_or(start),
        at(7, 11).now,
    )?;

    let statuses = [
        Some((GoalStatus::InProgress, 14)),
        Some((GoalStatus::Achieved, 35)),
        None,
    ];
    for (g, status) in c.goals.iter().zip(statuses) {
        let input = GoalInput {
            title: g.title.into(),
            why: g.why.into(),
            topic_id: Some(topic::builtin_id(&tx, g.topic_key)?),
            target_date: start.checked_add_months(Months::new(4)),
        };
        let goal = goal::create(&at(7, 11), id, &input)?;
        if let Some(note) = g.note {
            goal_notes::insert(&tx, goal.id, note, at(28, 10).now)?;
        }
        if let Some((status, day)) = status {
            if status == GoalStatus::Achieved {
                goal::set_status(&at(14, 10), goal.id, GoalStatus::InProgress)?;
            }
            goal::set_status(&at(day, 10), goal.id, status)?;
        }
    }
    tx.commit()?;
    Ok(id)
}

fn agreement_input(c: &SampleContent, cadence: Cadence, start: NaiveDate) -> AgreementInput {
    AgreementInput {
        my_expectations: c.my_expectations.into(),
        partner_expectations: c.partner_expectations.into(),
        cadence,
        place: c.place.into(),
        video_link: Some("https://meet.example.com/tandem-lena".into()),
        confidentiality: c.confidentiality.into(),
        hr_sharing: c.hr_sharing.into(),
        voluntary: true,
        feedback: c.feedback.into(),
        review_date: start.checked_add_months(Months::new(3)),
    }
}

/// `base`, or `base (2)`, `base (3)` … if the user already has a tandem with that title.
fn free_title(conn: &Connection, base: &str) -> Result<String> {
    let taken: Vec<String> = tandems::titles(conn)?.into_iter().map(|(_, t)| t).collect();
    let free = |t: &str| !taken.iter().any(|x| text::same_title(x, t));
    if free(base) {
        return Ok(base.to_string());
    }
    Ok((2..)
        .map(|n| format!("{base} ({n})"))
        .find(|t| free(t))
        .unwrap_or_else(|| base.to_string()))
}

fn days_before(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days)).unwrap_or(date)
}

/// `days` after `start` at `hour`:00 UTC.
fn instant(start: NaiveDate, days: u64, hour: u32) -> DateTime<Utc> {
    let date = start.checked_add_days(Days::new(days)).unwrap_or(start);
    let time = NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN);
    date.and_time(time).and_utc()
}

//! The prompt of the day: one question from the topic library, the same all day.

use chrono::{Datelike, NaiveDate};

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::tandem::store as tandems;
use crate::tandem::store::focus_topics;
use crate::topic::{self, Topic};

use super::DailyPrompt;

/// A question for today (the user's local date): from the tandem's focus topics when they
/// have questions, else from all visible topics; text in the user's language. The same date and
/// tandem always give the same question (while the library is unchanged). `None` when no
/// topic has a question. Unknown tandem → not found.
pub fn prompt_of_the_day(cx: &Ctx, tandem_id: Option<i64>) -> Result<Option<DailyPrompt>> {
    let mut candidates: Vec<DailyPrompt> = Vec::new();
    if let Some(t) = tandem_id {
        if tandems::get(cx, t)?.is_none() {
            return Err(Error::not_found("tandem", t));
        }
        for topic_id in focus_topics::list(cx, t)? {
            if let Ok(topic) = topic::get(cx, topic_id) {
                push_questions(&mut candidates, &topic);
            }
        }
    }
    if candidates.is_empty() {
        for topic in topic::list(cx, false)? {
            push_questions(&mut candidates, &topic);
        }
    }
    if candidates.is_empty() {
        return Ok(None);
    }
    let len = u64::try_from(candidates.len()).unwrap_or(u64::MAX);
    let index = usize::try_from(mix(cx.today(), tandem_id) % len).unwrap_or(0);
    Ok(candidates.into_iter().nth(index))
}

fn push_questions(out: &mut Vec<DailyPrompt>, topic: &Topic) {
    for q in topic.questions.iter().filter(|q| !q.trim().is_empty()) {
        out.push(DailyPrompt {
            topic_id: topic.id,
            topic_title: topic.title.clone(),
            question: q.clone(),
        });
    }
}

/// A well-spread deterministic number for (date, tandem): splitmix64 of both.
fn mix(date: NaiveDate, tandem_id: Option<i64>) -> u64 {
    let day = u64::from(date.num_days_from_ce().unsigned_abs());
    let tandem = tandem_id.map_or(0, |t| t.unsigned_abs().wrapping_add(1));
    let mut z = day
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(tandem.wrapping_mul(0xD1B5_4A32_D192_ED03));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

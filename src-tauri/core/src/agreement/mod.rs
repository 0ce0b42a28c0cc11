//! A tandem's agreement: drafts edited in place, agreed versions kept unchanged, revisions
//! as new versions, and the export as Markdown or printable HTML.

mod export;
pub mod store;
mod types;
pub mod validate;

use chrono::NaiveDate;
use rusqlite::Connection;

pub use export::{export, render, save_export};
pub use types::*;

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::tandem::store as tandems;

fn ensure_tandem(conn: &Connection, tandem_id: i64) -> Result<()> {
    match tandems::get(conn, tandem_id)? {
        Some(_) => Ok(()),
        None => Err(Error::not_found("tandem", tandem_id)),
    }
}

/// Saves the agreement text: edits the latest version in place while it is a draft; when the
/// latest is agreed (or there is none) a new draft version n+1 is created, so agreed versions
/// never change.
pub fn save(cx: &Ctx, tandem_id: i64, input: &AgreementInput) -> Result<Agreement> {
    let input = validate::input(input)?;
    let tx = cx.begin()?;
    let now = tx.now;
    ensure_tandem(&tx, tandem_id)?;
    let id = match store::latest(&tx, tandem_id)? {
        Some(draft) if draft.agreed_on.is_none() => {
            // Saving the same text again must not withdraw the partner's agreement to it.
            if input_of(&draft) != input {
                store::update(&tx, draft.id, &input, now)?;
            }
            draft.id
        }
        Some(agreed) => store::insert(&tx, tandem_id, agreed.version + 1, &input, now)?,
        None => store::insert(&tx, tandem_id, 1, &input, now)?,
    };
    let saved = store::latest(&tx, tandem_id)?
        .filter(|a| a.id == id)
        .ok_or_else(|| Error::Internal("the saved agreement version is gone".into()))?;
    tx.commit()?;
    Ok(saved)
}

/// The text of a version, as the input that would write it.
pub fn input_of(a: &Agreement) -> AgreementInput {
    AgreementInput {
        my_expectations: a.my_expectations.clone(),
        partner_expectations: a.partner_expectations.clone(),
        cadence: a.cadence,
        place: a.place.clone(),
        video_link: a.video_link.clone(),
        confidentiality: a.confidentiality.clone(),
        hr_sharing: a.hr_sharing.clone(),
        voluntary: a.voluntary,
        feedback: a.feedback.clone(),
        review_date: a.review_date,
    }
}

/// Marks the latest version as agreed on `agreed_on`, which must not be after today.
/// Marking an agreed version again corrects its date.
pub fn mark_agreed(cx: &Ctx, tandem_id: i64, agreed_on: NaiveDate) -> Result<Agreement> {
    if agreed_on > cx.today() {
        return Err(Error::invalid_field(
            "agreed_on",
            "the agreement date cannot be in the future",
        ));
    }
    let tx = cx.begin()?;
    ensure_tandem(&tx, tandem_id)?;
    let latest = store::latest(&tx, tandem_id)?.ok_or_else(|| Error::NotFound {
        what: format!("agreement of tandem {tandem_id}"),
    })?;
    store::set_agreed_on(&tx, latest.id, agreed_on, tx.now)?;
    let agreed = store::latest(&tx, tandem_id)?
        .ok_or_else(|| Error::Internal("the agreed version is gone".into()))?;
    tx.commit()?;
    Ok(agreed)
}

/// Every version, newest first (empty when there is none yet).
pub fn versions(conn: &Connection, tandem_id: i64) -> Result<Vec<Agreement>> {
    ensure_tandem(conn, tandem_id)?;
    store::list(conn, tandem_id)
}

/// The latest version, if any.
pub fn latest(conn: &Connection, tandem_id: i64) -> Result<Option<Agreement>> {
    store::latest(conn, tandem_id)
}

/// One version, or the latest when `version` is `None`.
pub fn get(conn: &Connection, tandem_id: i64, version: Option<u32>) -> Result<Agreement> {
    ensure_tandem(conn, tandem_id)?;
    let found = match version {
        Some(v) => store::get_version(conn, tandem_id, v)?,
        None => store::latest(conn, tandem_id)?,
    };
    found.ok_or_else(|| Error::NotFound {
        what: match version {
            Some(v) => format!("agreement version {v} of tandem {tandem_id}"),
            None => format!("agreement of tandem {tandem_id}"),
        },
    })
}

/// The state of an agreement whose latest version is `latest`, as of `today`.
pub fn state(latest: Option<&Agreement>, today: NaiveDate) -> AgreementState {
    match latest {
        None => AgreementState::Missing,
        Some(a) if a.agreed_on.is_none() => AgreementState::Draft,
        Some(a) if a.review_date.is_some_and(|r| r <= today) => AgreementState::ReviewDue,
        Some(_) => AgreementState::Agreed,
    }
}

/// The state of tandem `tandem_id`'s agreement as of today.
pub fn state_of(cx: &Ctx, tandem_id: i64) -> Result<AgreementState> {
    Ok(state(store::latest(cx, tandem_id)?.as_ref(), cx.today()))
}

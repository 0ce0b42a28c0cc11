//! The `agreement_versions` table: every version of every tandem's agreement.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, Row};

use crate::agreement::{Agreement, AgreementInput};
use crate::error::Result;
use crate::store::ConnExt;
use crate::tandem::Cadence;
use crate::time::utc_text;

const COLUMNS: &str = "id, tandem_id, version, my_expectations, partner_expectations, \
     cadence_every, cadence_unit, cadence_minutes, place, video_link, confidentiality, \
     hr_sharing, voluntary, feedback, review_date, agreed_on, created_at, updated_at, partner_agreed_on";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Agreement> {
    Ok(Agreement {
        id: r.get(0)?,
        tandem_id: r.get(1)?,
        version: r.get(2)?,
        my_expectations: r.get(3)?,
        partner_expectations: r.get(4)?,
        cadence: Cadence {
            every: r.get(5)?,
            unit: r.get(6)?,
            minutes: r.get(7)?,
        },
        place: r.get(8)?,
        video_link: r.get(9)?,
        confidentiality: r.get(10)?,
        hr_sharing: r.get(11)?,
        voluntary: r.get(12)?,
        feedback: r.get(13)?,
        review_date: r.get(14)?,
        agreed_on: r.get(15)?,
        created_at: r.get(16)?,
        updated_at: r.get(17)?,
        partner_agreed_on: r.get(18)?,
    })
}

/// The newest version of the tandem's agreement.
pub fn latest(conn: &Connection, tandem_id: i64) -> Result<Option<Agreement>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM agreement_versions WHERE tandem_id = ?1
         ORDER BY version DESC LIMIT 1"
    );
    conn.query_opt(&sql, params![tandem_id], from_row)
}

/// One version of the tandem's agreement.
pub fn get_version(conn: &Connection, tandem_id: i64, version: u32) -> Result<Option<Agreement>> {
    let sql =
        format!("SELECT {COLUMNS} FROM agreement_versions WHERE tandem_id = ?1 AND version = ?2");
    conn.query_opt(&sql, params![tandem_id, version], from_row)
}

/// Every version of the tandem's agreement, newest first.
pub fn list(conn: &Connection, tandem_id: i64) -> Result<Vec<Agreement>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM agreement_versions WHERE tandem_id = ?1 ORDER BY version DESC"
    );
    conn.query_rows(&sql, params![tandem_id], from_row)
}

/// Inserts version `version` as a draft and returns its id.
pub fn insert(
    conn: &Connection,
    tandem_id: i64,
    version: u32,
    input: &AgreementInput,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO agreement_versions (tandem_id, version, my_expectations,
             partner_expectations, cadence_every, cadence_unit, cadence_minutes, place,
             video_link, confidentiality, hr_sharing, voluntary, feedback, review_date,
             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
        params![
            tandem_id,
            version,
            input.my_expectations,
            input.partner_expectations,
            input.cadence.every,
            input.cadence.unit,
            input.cadence.minutes,
            input.place,
            input.video_link,
            input.confidentiality,
            input.hr_sharing,
            input.voluntary,
            input.feedback,
            input.review_date,
            utc_text(now),
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Overwrites the text of the version with this id. The partner agreed to the old text, not
/// this one: their agreement is cleared.
pub fn update(
    conn: &Connection,
    id: i64,
    input: &AgreementInput,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE agreement_versions SET my_expectations = ?2, partner_expectations = ?3,
             cadence_every = ?4, cadence_unit = ?5, cadence_minutes = ?6, place = ?7,
             video_link = ?8, confidentiality = ?9, hr_sharing = ?10, voluntary = ?11,
             feedback = ?12, review_date = ?13, updated_at = ?14, partner_agreed_on = NULL
         WHERE id = ?1",
        params![
            id,
            input.my_expectations,
            input.partner_expectations,
            input.cadence.every,
            input.cadence.unit,
            input.cadence.minutes,
            input.place,
            input.video_link,
            input.confidentiality,
            input.hr_sharing,
            input.voluntary,
            input.feedback,
            input.review_date,
            utc_text(now),
        ],
    )?;
    Ok(n == 1)
}

/// Sets the date on which the version with this id was agreed.
pub fn set_agreed_on(
    conn: &Connection,
    id: i64,
    agreed_on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE agreement_versions SET agreed_on = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, agreed_on, utc_text(now)],
    )?;
    Ok(n == 1)
}

/// Records the date the paired partner agreed to the version with this id.
pub fn set_partner_agreed_on(conn: &Connection, id: i64, on: Option<NaiveDate>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE agreement_versions SET partner_agreed_on = ?2 WHERE id = ?1",
        params![id, on],
    )?;
    Ok(n == 1)
}

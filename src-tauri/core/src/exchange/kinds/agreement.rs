//! The agreement: its common terms (both edit them), each partner's expectations (each writes
//! their own) and who agreed which text. Agreed versions never change here either: a change
//! that arrives for an agreed version becomes a new draft version, as a local edit would.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{parse, value, Local, Parties};
use crate::agreement::store as versions;
use crate::agreement::{input_of, Agreement, AgreementInput};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::exchange::item::{Item, Kind};
use crate::tandem;
use crate::tandem::Cadence;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Terms {
    cadence: Cadence,
    place: String,
    video_link: Option<String>,
    confidentiality: String,
    hr_sharing: String,
    voluntary: bool,
    feedback: String,
    review_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Expectations {
    text: String,
}

/// "I agree to the text whose fingerprint is `version`, since `on`."
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Agreed {
    version: String,
    on: NaiveDate,
}

fn terms(a: &AgreementInput) -> Terms {
    Terms {
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

/// A fingerprint of a version's whole text (terms and both expectations, keyed by
/// participant), the same on both sides: what "agreed to this version" refers to.
fn fingerprint(a: &Agreement, p: &Parties) -> Result<String> {
    let expectations: BTreeMap<&str, &str> = [
        (p.me.as_str(), a.my_expectations.trim()),
        (p.partner.as_str(), a.partner_expectations.trim()),
    ]
    .into_iter()
    .collect();
    let text = serde_json::to_string(&json!({
        "terms": terms(&input_of(a)),
        "expectations": expectations,
    }))?;
    Ok(hex::encode(&Sha256::digest(text.as_bytes())[..16]))
}

fn local(uid: String, kind: Kind, author: &str, content: serde_json::Value, id: i64) -> Local {
    Local {
        uid,
        kind,
        author: author.to_string(),
        content,
        state: json!({}),
        local_id: Some(id),
    }
}

pub fn project(cx: &Ctx, p: &Parties, out: &mut Vec<Local>) -> Result<()> {
    let all = versions::list(cx, p.tandem_id)?;
    let Some(latest) = all.first() else {
        return Ok(());
    };
    let terms = value(&terms(&input_of(latest)))?;
    out.push(local(
        "agreement".into(),
        Kind::Agreement,
        p.both(),
        terms,
        latest.id,
    ));
    for (author, text) in [
        (&p.me, &latest.my_expectations),
        (&p.partner, &latest.partner_expectations),
    ] {
        if !text.trim().is_empty() {
            let content = value(&Expectations {
                text: text.trim().to_string(),
            })?;
            let uid = format!("expectations:{author}");
            out.push(local(uid, Kind::Expectations, author, content, latest.id));
        }
    }
    let mine = all.iter().find_map(|v| v.agreed_on.map(|on| (v, on)));
    let theirs = all
        .iter()
        .find_map(|v| v.partner_agreed_on.map(|on| (v, on)));
    for (author, agreed) in [(&p.me, mine), (&p.partner, theirs)] {
        if let Some((version, on)) = agreed {
            let content = value(&Agreed {
                version: fingerprint(version, p)?,
                on,
            })?;
            let uid = format!("agreed:{author}");
            out.push(local(uid, Kind::Agreed, author, content, version.id));
        }
    }
    Ok(())
}

pub fn apply(cx: &Ctx, p: &Parties, item: &Item) -> Result<()> {
    match item.kind {
        Kind::Agreement => {
            let t: Terms = parse("agreement", &item.content)?;
            revise(cx, p, |input| {
                input.cadence = t.cadence;
                input.place = t.place;
                input.video_link = t.video_link;
                input.confidentiality = t.confidentiality;
                input.hr_sharing = t.hr_sharing;
                input.voluntary = t.voluntary;
                input.feedback = t.feedback;
                input.review_date = t.review_date;
            })
        }
        Kind::Expectations => {
            let text = if item.deleted.is_some() {
                String::new()
            } else {
                parse::<Expectations>("expectation", &item.content)?.text
            };
            let mine = item.author == p.me;
            revise(cx, p, |input| {
                if mine {
                    input.my_expectations = text;
                } else {
                    input.partner_expectations = text;
                }
            })
        }
        _ => {
            if item.deleted.is_some() {
                return Ok(());
            }
            let agreed: Agreed = parse("agreement", &item.content)?;
            for version in versions::list(cx, p.tandem_id)? {
                if fingerprint(&version, p)? != agreed.version {
                    continue;
                }
                if item.author == p.me {
                    versions::set_agreed_on(cx, version.id, agreed.on, cx.now)?;
                } else {
                    versions::set_partner_agreed_on(cx, version.id, Some(agreed.on))?;
                }
                break;
            }
            Ok(())
        }
    }
}

/// Changes the latest version's text with `change`, checked like a local save: in place while
/// it is a draft, as a new draft version when it is agreed (and the text really changes).
fn revise(cx: &Ctx, p: &Parties, change: impl FnOnce(&mut AgreementInput)) -> Result<()> {
    let latest = versions::latest(cx, p.tandem_id)?;
    let before = match &latest {
        Some(a) => input_of(a),
        None => AgreementInput {
            my_expectations: String::new(),
            partner_expectations: String::new(),
            cadence: tandem::get(cx, p.tandem_id)?.cadence,
            place: String::new(),
            video_link: None,
            confidentiality: String::new(),
            hr_sharing: String::new(),
            voluntary: true,
            feedback: String::new(),
            review_date: None,
        },
    };
    let mut after = before.clone();
    change(&mut after);
    let after = crate::agreement::validate::input(&after)?;
    match latest {
        None => {
            versions::insert(cx, p.tandem_id, 1, &after, cx.now)?;
        }
        Some(_) if after == before => {}
        Some(draft) if draft.agreed_on.is_none() => {
            versions::update(cx, draft.id, &after, cx.now)?;
        }
        Some(agreed) => {
            versions::insert(cx, p.tandem_id, agreed.version + 1, &after, cx.now)?;
        }
    }
    Ok(())
}

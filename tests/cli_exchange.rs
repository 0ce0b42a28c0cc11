//! Two data directories paired and exchanging through the real binary's CLI: `pair …`,
//! `exchange …`, `meetings`, `agenda add`, `journal add`.

mod cli_support;

use std::path::Path;
use std::process::Output;

use chrono::{Days, Local};
use cli_support::{eyelevel, text, PASSPHRASE};
use serde_json::Value;

fn run(dir: &Path, args: &[&str]) -> Output {
    let mut all = args.to_vec();
    all.push("--passphrase-stdin");
    let out = eyelevel(dir, &all, PASSPHRASE);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        text(&out.stderr)
    );
    out
}

fn json(dir: &Path, args: &[&str]) -> Value {
    serde_json::from_slice(&run(dir, args).stdout).expect("JSON")
}

fn init(dir: &Path) {
    let out = eyelevel(dir, &["init", "--passphrase-stdin"], PASSPHRASE);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn two_data_directories_pair_and_exchange_through_a_folder() {
    let temp = tempfile::tempdir().unwrap();
    let alice = temp.path().join("alice");
    let bob = temp.path().join("bob");
    let shared = temp.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    init(&alice);
    init(&bob);
    let tandem = text(&run(&alice, &["demo"]).stdout).trim().to_string();

    // A meeting for Alice's tandem, from a calendar invitation.
    let day = Local::now().date_naive() + Days::new(10);
    let ics = temp.path().join("meeting.ics");
    std::fs::write(
        &ics,
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n\
             UID:cli-exchange@example.org\r\nDTSTAMP:20261101T080000Z\r\n\
             DTSTART:{d}T090000Z\r\nDTEND:{d}T100000Z\r\nSUMMARY:Mentoring\r\n\
             END:VEVENT\r\nEND:VCALENDAR\r\n",
            d = day.format("%Y%m%d")
        ),
    )
    .unwrap();
    run(
        &alice,
        &["import", "ics", ics.to_str().unwrap(), "--tandem", &tandem],
    );
    let meetings = json(&alice, &["meetings", "--tandem", &tandem, "--json"]);
    let meeting = meetings[0]["id"].as_i64().unwrap().to_string();

    // Quick capture: a shared point, a private one, a journal entry (never shared).
    run(
        &alice,
        &[
            "agenda",
            "add",
            "--meeting",
            &meeting,
            "Podcasts",
            "for",
            "leaders",
        ],
    );
    run(
        &alice,
        &[
            "agenda",
            "add",
            "--meeting",
            &meeting,
            "--private",
            "Salary",
            "question",
        ],
    );
    run(
        &alice,
        &[
            "journal", "add", "--tandem", &tandem, "--tag", "ai", "Learned", "a", "lot",
        ],
    );
    let bad = eyelevel(
        &alice,
        &[
            "agenda",
            "add",
            "--meeting",
            "9999",
            "x",
            "--passphrase-stdin",
        ],
        PASSPHRASE,
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("[not_found]"),
        "{}",
        text(&bad.stderr)
    );

    // Pairing through two small files.
    let invitation = temp.path().join("invitation.txt");
    let answer = temp.path().join("answer.txt");
    let inv = invitation.to_str().unwrap();
    run(
        &alice,
        &[
            "pair", "invite", "--tandem", &tandem, "--out", inv, "--name", "Alice",
        ],
    );
    let accepted = json(
        &bob,
        &[
            "pair",
            "accept",
            inv,
            "--out",
            answer.to_str().unwrap(),
            "--name",
            "Bob",
            "--json",
        ],
    );
    assert_eq!(accepted["created"], true);
    let bobs_tandem = accepted["tandem_id"].as_i64().unwrap().to_string();
    let finished = json(
        &alice,
        &["pair", "finish", answer.to_str().unwrap(), "--json"],
    );
    assert_eq!(finished["state"], "paired");
    assert_eq!(finished["check_code"], accepted["check_code"]);
    let status = text(&run(&bob, &["pair", "status", "--tandem", &bobs_tandem]).stdout);
    assert!(
        status.contains(accepted["check_code"].as_str().unwrap()),
        "{status}"
    );

    // Alice writes into the shared folder; Bob looks first, then reads.
    let folder = shared.to_str().unwrap();
    run(
        &alice,
        &["exchange", "send", "--tandem", &tandem, "--folder", folder],
    );
    let dry = json(
        &bob,
        &[
            "exchange",
            "receive",
            "--folder",
            folder,
            "--dry-run",
            "--json",
        ],
    );
    assert_eq!(dry["dry_run"], true);
    let labels: Vec<&str> = dry["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["label"].as_str())
        .collect();
    assert!(labels.contains(&"Podcasts for leaders"), "{labels:?}");
    assert!(!labels.iter().any(|l| l.contains("Salary")), "{labels:?}");
    let nothing_yet = json(&bob, &["meetings", "--tandem", &bobs_tandem, "--json"]);
    assert_eq!(
        nothing_yet.as_array().unwrap().len(),
        0,
        "a dry run changes nothing"
    );
    let report = json(&bob, &["exchange", "receive", "--folder", folder, "--json"]);
    assert_eq!(report["applied"], 1);
    let bobs_meetings = json(&bob, &["meetings", "--tandem", &bobs_tandem, "--json"]);
    assert_eq!(bobs_meetings[0]["from_partner"], true);
    assert_eq!(bobs_meetings[0]["agenda_items"], 1, "only the shared point");

    // Bob answers with a file by hand; Alice imports it.
    let bobs_meeting = bobs_meetings[0]["id"].as_i64().unwrap().to_string();
    run(
        &bob,
        &[
            "agenda",
            "add",
            "--meeting",
            &bobs_meeting,
            "Feedback",
            "culture",
        ],
    );
    let file = temp.path().join("for-alice.eyx");
    run(
        &bob,
        &[
            "exchange",
            "send",
            "--tandem",
            &bobs_tandem,
            "--out",
            file.to_str().unwrap(),
        ],
    );
    let report = json(
        &alice,
        &["exchange", "receive", file.to_str().unwrap(), "--json"],
    );
    assert_eq!(report["applied"], 1);
    let after = json(&alice, &["meetings", "--tandem", &tandem, "--json"]);
    assert_eq!(after[0]["agenda_items"], 3);
    let status = json(&alice, &["pair", "status", "--tandem", &tandem, "--json"]);
    assert!(status["partner_seen_at"].is_string(), "{status}");

    // Garbage is refused with a clear message and the code.
    let junk = temp.path().join("junk.eyx");
    std::fs::write(&junk, b"not an exchange file").unwrap();
    let refused = eyelevel(
        &alice,
        &[
            "exchange",
            "receive",
            junk.to_str().unwrap(),
            "--passphrase-stdin",
        ],
        PASSPHRASE,
    );
    assert_eq!(refused.status.code(), Some(2));
    let err = text(&refused.stderr);
    assert!(err.contains("[exchange_file_invalid]"), "{err}");
    assert!(err.contains("not an Eyelevel exchange file"), "{err}");
}

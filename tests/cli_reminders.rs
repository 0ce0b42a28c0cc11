//! `eyelevel reminders` on the real binary: what is due now and when the next one is.

mod cli_support;

use std::sync::Arc;

use chrono::{Duration, Utc};
use cli_support::{eyelevel, text, PASSPHRASE};
use eyelevel_core::clock::SystemClock;
use eyelevel_core::meeting::{self, MeetingInput};
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, UnlockRequest};
use eyelevel_core::settings::SettingsPatch;
use eyelevel_core::tandem::{self, Cadence, CadenceUnit, Role, TandemInput};
use eyelevel_core::vault::keyring::MemoryKeyring;
use serde_json::Value;

#[test]
fn shows_the_due_reminder_and_the_next_one_without_delivering() {
    let temp = tempfile::tempdir().expect("tempdir");
    let dir = temp.path().join("data");
    assert!(eyelevel(&dir, &["init", "--passphrase-stdin"], PASSPHRASE)
        .status
        .success());
    // A real tandem with a meeting starting in 20 minutes (UTC, so the test runs in any zone).
    {
        let open = session::unlock(
            &DataDir::new(dir.clone()),
            &MemoryKeyring::new(),
            &UnlockRequest::Passphrase {
                secret: PASSPHRASE.into(),
            },
            Arc::new(SystemClock),
        )
        .expect("unlock");
        open.update_settings(&SettingsPatch {
            time_zone: Some(Some("UTC".into())),
            ..Default::default()
        })
        .unwrap();
        let cx = open.ctx().unwrap();
        let now = cx.now;
        let tandem = tandem::create(
            &cx,
            &TandemInput {
                title: "Digitale Führung".into(),
                my_role: Role::Mentee,
                partner_name: "Jürgen Weber".into(),
                partner_contact: None,
                program: None,
                start_date: now.date_naive(),
                planned_end_date: None,
                cadence: Cadence {
                    every: 2,
                    unit: CadenceUnit::Week,
                    minutes: 60,
                },
                focus_topic_ids: vec![],
            },
        )
        .unwrap();
        let start = now + Duration::minutes(20);
        meeting::plan(
            &cx,
            tandem.id,
            &MeetingInput {
                date: start.date_naive(),
                time: start.format("%H:%M").to_string(),
                duration_minutes: 60,
                place: String::new(),
                video_link: None,
            },
        )
        .unwrap();
        open.close().unwrap();
    }

    for _ in 0..2 {
        let out = eyelevel(
            &dir,
            &["reminders", "--json", "--passphrase-stdin"],
            PASSPHRASE,
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let plan: Value = serde_json::from_str(&text(&out.stdout)).expect("JSON");
        let kinds: Vec<&str> = plan["due"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["kind"].as_str().unwrap())
            .collect();
        // Read-only: the second run sees the same due reminder.
        assert_eq!(kinds, ["meeting_soon"], "{plan}");
        assert_eq!(plan["due"][0]["tandem_title"], "Digitale Führung");
        let next = plan["next_at"].as_str().expect("the reflection is ahead");
        assert!(next > Utc::now().to_rfc3339().as_str(), "{next}");
    }

    let out = eyelevel(&dir, &["reminders", "--passphrase-stdin"], PASSPHRASE);
    let lines = text(&out.stdout);
    assert!(lines.starts_with("due   "), "{lines}");
    assert!(
        lines.contains("meeting_soon") && lines.contains("next  "),
        "{lines}"
    );

    let wrong = eyelevel(&dir, &["reminders", "--passphrase-stdin"], "not it");
    assert_eq!(wrong.status.code(), Some(2));
    assert!(text(&wrong.stderr).contains("wrong_passphrase"));
}

//! `eyelevel import ics` and `eyelevel export ics` on the real binary.

mod cli_support;

use std::process::Command;

use chrono::{Days, Local};
use cli_support::{eyelevel, text, PASSPHRASE};

#[test]
fn import_preview_import_reimport_then_export() {
    let temp = tempfile::tempdir().expect("tempdir");
    let dir = temp.path().join("data");
    assert!(eyelevel(&dir, &["init", "--passphrase-stdin"], PASSPHRASE)
        .status
        .success());
    let demo = Command::new(env!("CARGO_BIN_EXE_eyelevel"))
        .args(["demo"])
        .env("EYELEVEL_DATA_DIR", &dir)
        .env("EYELEVEL_PASSPHRASE", PASSPHRASE)
        .output()
        .expect("runs");
    assert_eq!(demo.status.code(), Some(0), "{}", text(&demo.stderr));
    let tandem = text(&demo.stdout).trim().to_string();

    let day = Local::now().date_naive() + Days::new(12);
    let invite = temp.path().join("invite.ics");
    std::fs::write(
        &invite,
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Invite//EN\r\nMETHOD:REQUEST\r\n\
             BEGIN:VEVENT\r\nUID:cli-invite@example.org\r\nSEQUENCE:1\r\nDTSTAMP:20261101T080000Z\r\n\
             DTSTART:{d}T090000Z\r\nDTEND:{d}T100000Z\r\nSUMMARY:Mentoring\r\n\
             LOCATION:Raum Süd\\, 3. OG\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            d = day.format("%Y%m%d")
        ),
    )
    .unwrap();
    let file = invite.to_str().unwrap();
    let import = |extra: &[&str]| {
        let mut args = vec![
            "import",
            "ics",
            file,
            "--tandem",
            &tandem,
            "--passphrase-stdin",
        ];
        args.extend_from_slice(extra);
        eyelevel(&dir, &args, PASSPHRASE)
    };

    let dry = import(&["--dry-run"]);
    assert_eq!(dry.status.code(), Some(0), "{}", text(&dry.stderr));
    let out = text(&dry.stdout);
    assert!(
        out.contains("new") && out.contains("Raum Süd, 3. OG"),
        "{out}"
    );
    assert!(out.contains("Nothing changed"), "{out}");

    let first = import(&[]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).contains("Imported: 1 new"),
        "{}",
        text(&first.stdout)
    );
    let again = import(&[]);
    assert!(
        text(&again.stdout).contains("Imported: 0 new, 0 updated, 1 unchanged"),
        "{}",
        text(&again.stdout)
    );

    let ics = temp.path().join("out.ics");
    let export = eyelevel(
        &dir,
        &[
            "export",
            "ics",
            "--tandem",
            &tandem,
            "--out",
            ics.to_str().unwrap(),
            "--passphrase-stdin",
        ],
        PASSPHRASE,
    );
    assert_eq!(export.status.code(), Some(0), "{}", text(&export.stderr));
    assert!(
        text(&export.stdout).contains("Wrote 1 event(s)"),
        "{}",
        text(&export.stdout)
    );
    let written = std::fs::read_to_string(&ics).expect("file");
    assert!(written.contains("BEGIN:VEVENT\r\n"));
    assert!(written
        .replace("\r\n ", "")
        .contains("LOCATION:Raum Süd\\, 3. OG"));
    assert!(written.contains(&format!("DTSTART:{}T090000Z", day.format("%Y%m%d"))));
}

#[test]
fn bad_arguments_and_files_exit_2_with_a_reason() {
    let temp = tempfile::tempdir().expect("tempdir");
    let dir = temp.path().join("data");
    assert!(eyelevel(&dir, &["init", "--passphrase-stdin"], PASSPHRASE)
        .status
        .success());
    let out = temp.path().join("x.ics");
    let out = out.to_str().unwrap();

    let reversed = eyelevel(
        &dir,
        &[
            "export",
            "ics",
            "--from",
            "2027-02-01",
            "--to",
            "2027-01-01",
            "--out",
            out,
            "--passphrase-stdin",
        ],
        PASSPHRASE,
    );
    assert_eq!(reversed.status.code(), Some(2));
    assert!(text(&reversed.stderr).contains("[end_before_start]"));

    let impossible = eyelevel(
        &dir,
        &[
            "export",
            "ics",
            "--from",
            "2027-02-30",
            "--out",
            out,
            "--passphrase-stdin",
        ],
        PASSPHRASE,
    );
    assert_eq!(impossible.status.code(), Some(2));
    assert!(text(&impossible.stderr).contains("is not a date"));

    let empty = eyelevel(
        &dir,
        &["export", "ics", "--out", out, "--passphrase-stdin"],
        PASSPHRASE,
    );
    assert_eq!(empty.status.code(), Some(2));
    assert!(text(&empty.stderr).contains("[nothing_to_export]"));
    assert!(!std::path::Path::new(out).exists());

    let demo = eyelevel(&dir, &["demo", "--passphrase-stdin"], PASSPHRASE);
    let tandem = text(&demo.stdout).trim().to_string();
    let junk = temp.path().join("junk.ics");
    std::fs::write(&junk, "BEGIN:VCALENDAR\r\nthis is not iCalendar\r\n").unwrap();
    let bad = eyelevel(
        &dir,
        &[
            "import",
            "ics",
            junk.to_str().unwrap(),
            "--tandem",
            &tandem,
            "--passphrase-stdin",
        ],
        PASSPHRASE,
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("[ics_invalid]"),
        "{}",
        text(&bad.stderr)
    );
}

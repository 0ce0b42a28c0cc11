//! Opening never writes: every read-only command leaves every byte of the data directory as
//! it was, and works where the data directory cannot be written at all (a read-only folder or
//! mount). As root, "cannot be written" is tried as the unprivileged user `nobody`, since
//! root ignores permission bits.

mod cli_support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use cli_support::{eyelevel, text, PASSPHRASE};

/// Every file of `dir` (name → bytes).
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// An invitation to one meeting a month ahead.
fn invitation(path: &Path, uid: &str) {
    let day = (chrono::Utc::now() + chrono::Duration::days(30)).format("%Y%m%d");
    std::fs::write(
        path,
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n\
             UID:{uid}\r\nDTSTAMP:20261101T080000Z\r\nDTSTART:{day}T090000Z\r\n\
             DTEND:{day}T100000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    )
    .unwrap();
}

/// A finished setup with the sample tandem and a meeting, everything closed.
fn data(dir: &Path) {
    let init = eyelevel(dir, &["init", "--passphrase-stdin"], PASSPHRASE);
    assert!(init.status.success(), "{}", text(&init.stderr));
    let demo = eyelevel(dir, &["demo", "--passphrase-stdin"], PASSPHRASE);
    assert!(demo.status.success(), "{}", text(&demo.stderr));
    let invite = dir.with_file_name("first.ics");
    invitation(&invite, "ro-0@example.org");
    let invite = invite.to_string_lossy().into_owned();
    let args = [
        "import",
        "ics",
        &invite,
        "--tandem",
        "1",
        "--passphrase-stdin",
    ];
    let import = eyelevel(dir, &args, PASSPHRASE);
    assert!(import.status.success(), "{}", text(&import.stderr));
}

/// The read-only commands, each with what its output must contain.
fn read_only_commands(out: &Path) -> Vec<(Vec<String>, &'static str)> {
    let out = out.to_string_lossy().into_owned();
    [
        (vec!["doctor"], "ok"),
        (vec!["tandems", "--json"], "\"sample\": true"),
        (vec!["search", "Lena"], "Lena"),
        (vec!["reminders", "--json"], "next_at"),
        (vec!["export", "ics", "--out", &out], "Wrote"),
    ]
    .into_iter()
    .map(|(args, expected)| {
        let mut args: Vec<String> = args.into_iter().map(String::from).collect();
        args.push("--passphrase-stdin".into());
        (args, expected)
    })
    .collect()
}

#[test]
fn read_only_commands_change_no_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    data(&dir);
    let before = snapshot(&dir);
    for (args, expected) in read_only_commands(&tmp.path().join("out.ics")) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = eyelevel(&dir, &args, PASSPHRASE);
        let stdout = text(&run.stdout);
        assert!(run.status.success(), "{args:?}: {}", text(&run.stderr));
        assert!(stdout.contains(expected), "{args:?}: {stdout}");
        assert_eq!(
            snapshot(&dir),
            before,
            "{args:?} changed the data directory"
        );
    }
}

/// Runs the binary as a user who cannot write `dir` (nobody, when we are root).
fn as_reader(dir: &Path, args: &[&str]) -> Output {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    let bin = env!("CARGO_BIN_EXE_eyelevel");
    let mut command = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(bin);
        c
    } else {
        Command::new(bin)
    };
    let mut child = command
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("EYELEVEL_PASSPHRASE")
        .env("HOME", dir.parent().unwrap())
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(PASSPHRASE.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Makes `path` and everything below it readable (and folders enterable) by everyone, and
/// writable by no one but root.
#[cfg(unix)]
fn make_read_only(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = if path.is_dir() { 0o555 } else { 0o444 };
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            make_read_only(&entry.unwrap().path());
        }
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
fn make_writable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = if path.is_dir() { 0o755 } else { 0o644 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            make_writable(&entry.unwrap().path());
        }
    }
}

#[cfg(unix)]
#[test]
fn read_only_commands_work_on_a_read_only_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    data(&dir);
    // The reader's own folder for --out and HOME; the data itself read-only.
    let outdir: PathBuf = tmp.path().join("out");
    std::fs::create_dir(&outdir).unwrap();
    make_read_only(&dir);
    make_read_only(tmp.path());
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&outdir, std::fs::Permissions::from_mode(0o777)).unwrap();
    }
    let before = snapshot(&dir);
    for (args, expected) in read_only_commands(&outdir.join("out.ics")) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = as_reader(&dir, &args);
        let stdout = text(&run.stdout);
        assert!(run.status.success(), "{args:?}: {}", text(&run.stderr));
        assert!(stdout.contains(expected), "{args:?}: {stdout}");
        assert_eq!(snapshot(&dir), before, "{args:?}");
    }
    // A writing command says clearly that it cannot write, and writes nothing.
    let invite = outdir.join("invite.ics");
    invitation(&invite, "ro-1@example.org");
    let invite = invite.to_string_lossy().into_owned();
    let import = as_reader(
        &dir,
        &[
            "import",
            "ics",
            &invite,
            "--tandem",
            "1",
            "--passphrase-stdin",
        ],
    );
    assert_eq!(import.status.code(), Some(2), "{}", text(&import.stdout));
    assert!(
        text(&import.stderr).contains("[read_only]"),
        "{}",
        text(&import.stderr)
    );
    assert_eq!(snapshot(&dir), before);
    make_writable(tmp.path());
}

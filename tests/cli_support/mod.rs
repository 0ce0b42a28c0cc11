//! Running the real binary's CLI from the tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

pub const PASSPHRASE: &str = "a long cli passphrase";

/// Runs `eyelevel --data-dir DIR ARGS…` with `stdin`, with no keyring reachable.
pub fn eyelevel(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eyelevel"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("EYELEVEL_PASSPHRASE")
        .env_remove("EYELEVEL_DATA_DIR")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/eyelevel-test-bus",
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("the binary finishes")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

//! The headless CLI of the real binary: `init`, `doctor`, unlock options and exit codes.

mod cli_support;

use std::process::Command;

use cli_support::{eyelevel, text, PASSPHRASE};

fn recovery_code_in(stdout: &str) -> String {
    stdout
        .lines()
        .map(str::trim)
        .find(|line| line.len() == 34 && line.split('-').count() == 7)
        .expect("init prints the recovery code")
        .to_string()
}

#[test]
fn init_then_doctor_with_each_unlock_option() {
    let temp = tempfile::tempdir().expect("tempdir");
    let dir = temp.path().join("data");

    let init = eyelevel(
        &dir,
        &["init", "--passphrase-stdin"],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(init.status.success(), "{}", text(&init.stderr));
    let stdout = text(&init.stdout);
    assert!(stdout.contains("held by your passphrase"), "{stdout}");
    let code = recovery_code_in(&stdout);

    let doctor = eyelevel(
        &dir,
        &["doctor", "--passphrase-stdin"],
        &format!("{PASSPHRASE}\r\n"),
    );
    assert_eq!(doctor.status.code(), Some(0), "{}", text(&doctor.stderr));
    let report = text(&doctor.stdout);
    let schema = format!(
        "schema version          {}",
        eyelevel_core::store::binary_schema_version()
    );
    for expected in [
        "SQLCipher",
        schema.as_str(),
        "integrity_check         ok",
        "All checks passed.",
    ] {
        assert!(
            report.contains(expected),
            "missing {expected:?} in\n{report}"
        );
    }

    let json = eyelevel(&dir, &["doctor", "--json", "--recovery-code-stdin"], &code);
    assert_eq!(json.status.code(), Some(0), "{}", text(&json.stderr));
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON report");
    assert_eq!(report["ok"], true);
    assert_eq!(report["key_source"], "recovery_code");
    assert_eq!(report["protection"], "passphrase");

    let by_env = Command::new(env!("CARGO_BIN_EXE_eyelevel"))
        .args(["doctor", "--json"])
        .env("EYELEVEL_DATA_DIR", &dir)
        .env("EYELEVEL_PASSPHRASE", PASSPHRASE)
        .output()
        .expect("runs");
    assert_eq!(by_env.status.code(), Some(0), "{}", text(&by_env.stderr));
}

#[test]
fn a_wrong_passphrase_exits_2_and_changes_nothing() {
    let temp = tempfile::tempdir().expect("tempdir");
    let dir = temp.path().join("data");
    let init = eyelevel(&dir, &["init", "--passphrase-stdin"], PASSPHRASE);
    assert!(init.status.success());
    let vault = std::fs::read(dir.join("vault.json")).expect("vault");
    let db = std::fs::read(dir.join("eyelevel.db")).expect("db");

    let wrong = eyelevel(
        &dir,
        &["doctor", "--passphrase-stdin"],
        "not the passphrase\n",
    );
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        text(&wrong.stderr).contains("wrong_passphrase"),
        "{}",
        text(&wrong.stderr)
    );
    assert!(
        !text(&wrong.stderr).contains("not the passphrase"),
        "no secrets in output"
    );
    assert_eq!(std::fs::read(dir.join("vault.json")).expect("vault"), vault);
    assert_eq!(std::fs::read(dir.join("eyelevel.db")).expect("db"), db);
}

#[test]
fn clear_errors_for_missing_data_missing_passphrase_and_a_second_init() {
    let temp = tempfile::tempdir().expect("tempdir");
    let dir = temp.path().join("data");

    let nothing = eyelevel(&dir, &["doctor"], "");
    assert_eq!(nothing.status.code(), Some(2));
    assert!(
        text(&nothing.stderr).contains("eyelevel init"),
        "{}",
        text(&nothing.stderr)
    );

    let no_keyring = eyelevel(&dir, &["init"], "");
    assert_eq!(no_keyring.status.code(), Some(2));
    assert!(text(&no_keyring.stderr).contains("keyring_unavailable"));
    assert!(
        !dir.join("vault.json").exists(),
        "a failed init leaves nothing behind"
    );

    assert!(eyelevel(&dir, &["init", "--passphrase-stdin"], PASSPHRASE)
        .status
        .success());
    let needs_passphrase = eyelevel(&dir, &["doctor"], "");
    assert_eq!(needs_passphrase.status.code(), Some(2));
    assert!(text(&needs_passphrase.stderr).contains("--passphrase-stdin"));

    let again = eyelevel(&dir, &["init", "--passphrase-stdin"], "another passphrase");
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("vault_exists"));
}

#[test]
fn help_documents_the_subcommands_and_environment() {
    let help = Command::new(env!("CARGO_BIN_EXE_eyelevel"))
        .arg("--help")
        .output()
        .expect("runs");
    assert!(help.status.success());
    let help = text(&help.stdout);
    for expected in [
        "doctor",
        "init",
        "--data-dir",
        "--passphrase-stdin",
        "EYELEVEL_PASSPHRASE",
        "EYELEVEL_DATA_DIR",
    ] {
        assert!(help.contains(expected), "--help lacks {expected}");
    }
}

#[test]
fn demo_makes_one_sample_and_tandems_lists_it() {
    let temp = tempfile::tempdir().expect("tempdir");
    let dir = temp.path().join("data");
    assert!(eyelevel(&dir, &["init", "--passphrase-stdin"], PASSPHRASE)
        .status
        .success());

    let empty = eyelevel(
        &dir,
        &["tandems", "--json", "--passphrase-stdin"],
        PASSPHRASE,
    );
    assert_eq!(empty.status.code(), Some(0), "{}", text(&empty.stderr));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&empty.stdout).expect("json"),
        serde_json::json!([])
    );

    let demo = Command::new(env!("CARGO_BIN_EXE_eyelevel"))
        .args(["demo"])
        .env("EYELEVEL_DATA_DIR", &dir)
        .env("EYELEVEL_PASSPHRASE", PASSPHRASE)
        .env("LC_ALL", "de_DE.UTF-8")
        .env("LANG", "de_DE.UTF-8")
        .output()
        .expect("runs");
    assert_eq!(demo.status.code(), Some(0), "{}", text(&demo.stderr));
    let id: i64 = text(&demo.stdout)
        .trim()
        .parse()
        .expect("demo prints the id");
    let again = eyelevel(&dir, &["demo", "--passphrase-stdin"], PASSPHRASE);
    assert_eq!(
        text(&again.stdout).trim(),
        id.to_string(),
        "one sample only"
    );

    let listed = eyelevel(
        &dir,
        &["tandems", "--json", "--passphrase-stdin"],
        PASSPHRASE,
    );
    let tandems: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("json");
    let tandems = tandems.as_array().expect("array");
    assert_eq!(tandems.len(), 1);
    let sample = &tandems[0];
    assert_eq!(sample["id"], id);
    assert_eq!(sample["sample"], true);
    assert_eq!(sample["status"], "active");
    assert!(["mentor", "mentee"].contains(&sample["role"].as_str().expect("role")));
    assert!(
        sample["title"]
            .as_str()
            .expect("title")
            .starts_with("Tandem mit"),
        "German sample: {sample}"
    );

    let table = eyelevel(&dir, &["tandems", "--passphrase-stdin"], PASSPHRASE);
    assert!(
        text(&table.stdout).contains("[sample]"),
        "{}",
        text(&table.stdout)
    );
}

#[test]
fn search_finds_the_sample_with_or_without_umlauts() {
    let temp = tempfile::tempdir().expect("tempdir");
    let dir = temp.path().join("data");
    assert!(eyelevel(&dir, &["init", "--passphrase-stdin"], PASSPHRASE)
        .status
        .success());
    let demo = Command::new(env!("CARGO_BIN_EXE_eyelevel"))
        .args(["demo"])
        .env("EYELEVEL_DATA_DIR", &dir)
        .env("EYELEVEL_PASSPHRASE", PASSPHRASE)
        .env("LC_ALL", "de_DE.UTF-8")
        .env("LANG", "de_DE.UTF-8")
        .output()
        .expect("runs");
    assert_eq!(demo.status.code(), Some(0), "{}", text(&demo.stderr));
    let tandem: i64 = text(&demo.stdout).trim().parse().expect("id");

    for query in ["vollstaendig", "vollständig", "VOLLST"] {
        let found = eyelevel(
            &dir,
            &["search", query, "--json", "--passphrase-stdin"],
            PASSPHRASE,
        );
        assert_eq!(found.status.code(), Some(0), "{}", text(&found.stderr));
        let hits: serde_json::Value = serde_json::from_slice(&found.stdout).expect("json");
        let hits = hits.as_array().expect("array");
        assert_eq!(hits.len(), 1, "{query}: {hits:?}");
        assert_eq!(hits[0]["kind"], "goal");
        assert_eq!(hits[0]["tandem_id"], tandem);
        assert!(hits[0]["title"]
            .as_str()
            .expect("title")
            .contains("vollständiges"));
        assert_eq!(hits[0]["matches"], serde_json::json!(["vollständiges"]));
    }

    let plain = eyelevel(
        &dir,
        &["search", "LinkedIn", "Profil", "--passphrase-stdin"],
        PASSPHRASE,
    );
    assert_eq!(plain.status.code(), Some(0), "{}", text(&plain.stderr));
    let out = text(&plain.stdout);
    assert!(
        out.contains("**LinkedIn**"),
        "piped output marks hits: {out}"
    );

    let none = eyelevel(
        &dir,
        &["search", "quetzalcoatl", "--passphrase-stdin"],
        PASSPHRASE,
    );
    assert_eq!(none.status.code(), Some(0));
    assert!(text(&none.stdout).contains("Nothing found"));

    let wrong = eyelevel(
        &dir,
        &["search", "KI", "--passphrase-stdin"],
        "not the passphrase\n",
    );
    assert_eq!(wrong.status.code(), Some(2));
    assert!(text(&wrong.stderr).contains("wrong_passphrase"));

    let missing = eyelevel(&dir, &["search", "--passphrase-stdin"], PASSPHRASE);
    assert_eq!(missing.status.code(), Some(2), "a query is required");
}

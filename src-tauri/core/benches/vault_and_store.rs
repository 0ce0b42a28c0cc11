//! `make bench`: what a user waits for when Eyelevel starts and saves a setting.
//! Budgets (checked by reading the report, not by timed tests): opening the database with the
//! raw key well under 10 ms; a keyring unlock (no Argon2) likewise; a settings write under 5 ms.

use std::hint::black_box;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use eyelevel_core::clock::SystemClock;
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, SetupRequest, UnlockRequest};
use eyelevel_core::settings::{SettingsPatch, Theme};
use eyelevel_core::vault::MemoryKeyring;
use eyelevel_core::vault::Protection;

fn keyring_vault() -> (tempfile::TempDir, DataDir, MemoryKeyring) {
    let temp = tempfile::tempdir().expect("tempdir");
    let dir = DataDir::new(temp.path().join("data"));
    let keyring = MemoryKeyring::new();
    let request = SetupRequest {
        protection: Protection::Keyring,
        passphrase: None,
    };
    let (opened, _code) =
        session::setup(&dir, &keyring, &request, Arc::new(SystemClock)).expect("setup");
    opened.close().expect("close");
    (temp, dir, keyring)
}

fn unlock_with_keyring(c: &mut Criterion) {
    let (_temp, dir, keyring) = keyring_vault();
    c.bench_function(
        "unlock with keyring (unwrap key, open, prove, migrate check)",
        |b| {
            b.iter(|| {
                let opened = session::unlock(
                    &dir,
                    &keyring,
                    &UnlockRequest::Keyring,
                    Arc::new(SystemClock),
                )
                .expect("unlock");
                black_box(opened.close()).expect("close");
            })
        },
    );
}

fn write_setting(c: &mut Criterion) {
    let (_temp, dir, keyring) = keyring_vault();
    let opened = session::unlock(
        &dir,
        &keyring,
        &UnlockRequest::Keyring,
        Arc::new(SystemClock),
    )
    .expect("unlock");
    let mut dark = false;
    c.bench_function("write a setting (synchronous=FULL, WAL)", |b| {
        b.iter(|| {
            dark = !dark;
            let patch = SettingsPatch {
                theme: Some(if dark { Theme::Dark } else { Theme::Light }),
                ..SettingsPatch::default()
            };
            black_box(opened.update_settings(&patch).expect("update"));
        })
    });
}

criterion_group!(benches, unlock_with_keyring, write_setting);
criterion_main!(benches);

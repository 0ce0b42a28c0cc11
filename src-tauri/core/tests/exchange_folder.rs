//! What shared folders do to exchange files: conflict copies, half-synced and placeholder
//! files, junk, other tandems, one's own files, replays, out-of-order delivery, clock skew,
//! concurrent edits, damaged and foreign files, a newer format, and the clean-up.

mod common;
mod exchange_support;

use std::fs;
use std::time::{Duration, SystemTime};

use exchange_support::{pair, round, Pair};
use eyelevel_core::agenda;
use eyelevel_core::agreement::{self, AgreementInput};
use eyelevel_core::exchange::{self, file, ExchangeProblem};
use eyelevel_core::ErrorCode;

fn titles(p: &Pair, bob: bool) -> Vec<String> {
    let side = if bob { &p.bob } else { &p.alice };
    let meeting = side.meeting(&p.meeting_uid);
    side.agenda(meeting).into_iter().map(|i| i.title).collect()
}

#[test]
fn conflict_copies_of_a_file_are_applied_once() {
    let p = pair();
    let meeting = p.alice.meeting(&p.meeting_uid);
    p.alice.add_point(meeting, "Podcasts", true);
    let file = p.alice.send();
    let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
    for copy in [
        format!("{stem} (conflicted copy).eyx"),
        format!("{stem}.sync-conflict-20261204-101010-ABCDEFG.eyx"),
        format!("{stem}-LAPTOP.eyx"),
        format!("{stem} (1).eyx"),
    ] {
        fs::copy(&file, p.folder().join(copy)).unwrap();
    }
    let report = p.bob.receive();
    assert_eq!(report.applied, 1, "one file, four copies");
    assert_eq!(titles(&p, true), ["Podcasts"]);
    assert_eq!(p.bob.receive().applied, 0);
}

#[test]
fn a_partial_or_placeholder_file_waits_and_is_never_applied_half() {
    let p = pair();
    let meeting = p.alice.meeting(&p.meeting_uid);
    p.alice.add_point(meeting, "Podcasts", true);
    let file = p.alice.send();
    let whole = fs::read(&file).unwrap();
    for cut in [
        0,
        5,
        file::HEADER_LEN - 1,
        file::HEADER_LEN + 3,
        whole.len() - 1,
    ] {
        fs::write(&file, &whole[..cut]).unwrap();
        let report = p.bob.receive();
        assert_eq!(report.applied, 0, "cut at {cut}");
        assert_eq!(report.waiting, 1, "cut at {cut}");
        assert_eq!(common::count(p.bob.session.conn(), "meetings"), 0);
    }
    let status = exchange::status(&p.bob.cx(), p.bob.tandem).unwrap();
    assert_eq!(
        status.problem, None,
        "a file still syncing is no problem yet"
    );
    fs::write(&file, &whole).unwrap();
    assert_eq!(p.bob.receive().applied, 1);
    assert_eq!(titles(&p, true), ["Podcasts"]);
}

#[test]
fn a_file_that_stays_incomplete_becomes_a_notice() {
    let mut p = pair();
    let file = p.alice.send();
    let whole = fs::read(&file).unwrap();
    fs::write(&file, &whole[..whole.len() / 2]).unwrap();
    p.bob.receive();
    p.bob.later(90);
    p.bob.receive();
    let status = exchange::status(&p.bob.cx(), p.bob.tandem).unwrap();
    assert_eq!(status.problem, Some(ExchangeProblem::Incomplete));
    assert_eq!(
        status.problem_file.as_deref(),
        file.file_name().and_then(|n| n.to_str())
    );
    fs::write(&file, &whole).unwrap();
    p.bob.receive();
    let status = exchange::status(&p.bob.cx(), p.bob.tandem).unwrap();
    assert_eq!(status.problem, None, "cleared once it arrived");
}

#[test]
fn junk_other_tandems_and_own_files_are_left_alone() {
    let p = pair();
    // Another pairing (another tandem) writing into the same folder.
    let other = pair();
    fs::copy(other.alice.send(), p.folder().join("eyelevel_other.eyx")).unwrap();
    for (name, bytes) in [
        ("desktop.ini", b"[.ShellClassInfo]".to_vec()),
        ("notes.txt", b"shopping list".to_vec()),
        (".eyelevel-abc.tmp", b"EYELEVEL-X".to_vec()),
        ("~syncthing~eyelevel_x.eyx.tmp", vec![0; 300]),
        ("empty.eyx", Vec::new()),
    ] {
        fs::write(p.folder().join(name), bytes).unwrap();
    }
    fs::create_dir(p.folder().join("a folder")).unwrap();
    let own = p.bob.send();
    let report = p.bob.receive();
    assert_eq!(report.applied, 0);
    let status = exchange::status(&p.bob.cx(), p.bob.tandem).unwrap();
    assert_eq!(status.problem, None);
    assert!(own.exists(), "own file kept");
    assert_eq!(
        p.alice.receive().applied,
        1,
        "Alice reads Bob's file among the junk"
    );
    // By hand, each of them is an error that says why.
    let err = exchange::receive_file(&p.bob.cx(), &own, false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::ExchangeFileInvalid);
    assert!(err.to_string().contains("yourself"), "{err}");
    let err = exchange::receive_file(&p.bob.cx(), &p.folder().join("eyelevel_other.eyx"), false)
        .unwrap_err();
    assert!(err.to_string().contains("not paired here"), "{err}");
    let err =
        exchange::receive_file(&p.bob.cx(), &p.folder().join("notes.txt"), false).unwrap_err();
    assert!(
        err.to_string().contains("not an Eyelevel exchange file"),
        "{err}"
    );
}

#[test]
fn replays_and_out_of_order_files_never_roll_back() {
    let mut p = pair();
    let meeting = p.alice.meeting(&p.meeting_uid);
    let item = p.alice.add_point(meeting, "First title", true);
    let first = p.alice.send();
    let old = fs::read(&first).unwrap();
    fs::remove_file(&first).unwrap();
    p.alice.later(1);
    agenda::set_discussed(&p.alice.cx(), item.id, true).unwrap();
    p.alice.add_point(meeting, "Second point", true);
    let second = p.alice.send();
    // The newer file arrives first, the older one later (and again, renamed).
    assert_eq!(p.bob.receive().applied, 1);
    fs::write(p.folder().join("replayed.eyx"), &old).unwrap();
    fs::remove_file(&second).unwrap();
    assert_eq!(p.bob.receive().applied, 1, "the old file is read…");
    let b = p.bob.agenda(p.bob.meeting(&p.meeting_uid));
    assert_eq!(b.len(), 2, "…but takes nothing back");
    assert!(b[0].discussed);
    fs::write(p.folder().join("replayed (1).eyx"), &old).unwrap();
    assert_eq!(p.bob.receive().applied, 0, "a copy of a file read before");
}

#[test]
fn a_partner_clock_hours_ahead_does_not_win_forever() {
    let mut p = pair();
    let meeting = p.alice.meeting(&p.meeting_uid);
    let item = p.alice.add_point(meeting, "Podcasts", true);
    round(&mut p);
    // Bob's laptop is three hours fast; he ticks the point.
    p.bob.at += chrono::Duration::hours(3);
    let b_item = p.bob.agenda(p.bob.meeting(&p.meeting_uid))[0].id;
    agenda::set_discussed(&p.bob.cx(), b_item, true).unwrap();
    p.bob.send();
    p.alice.receive();
    assert!(p.alice.agenda(meeting)[0].discussed);
    // A minute later (by her correct clock) Alice unticks it: her change is the later one.
    p.alice.later(1);
    agenda::set_discussed(&p.alice.cx(), item.id, false).unwrap();
    p.alice.send();
    p.bob.receive();
    assert!(!p.bob.agenda(p.bob.meeting(&p.meeting_uid))[0].discussed);
}

fn terms(place: &str) -> AgreementInput {
    AgreementInput {
        my_expectations: String::new(),
        partner_expectations: String::new(),
        cadence: common::cadence(2, 60),
        place: place.into(),
        video_link: None,
        confidentiality: "Between us.".into(),
        hr_sharing: "Nothing.".into(),
        voluntary: true,
        feedback: "Openly.".into(),
        review_date: None,
    }
}

#[test]
fn concurrent_edits_converge_and_the_loser_stays_in_the_history() {
    let mut p = pair();
    agreement::save(&p.alice.cx(), p.alice.tandem, &terms("Café")).unwrap();
    round(&mut p);
    // Both change the place before either has seen the other's change; Bob's is later.
    p.alice.later(1);
    agreement::save(&p.alice.cx(), p.alice.tandem, &terms("Library")).unwrap();
    p.bob.later(2);
    agreement::save(&p.bob.cx(), p.bob.tandem, &terms("Rooftop")).unwrap();
    p.alice.send();
    p.bob.send();
    p.alice.receive();
    p.bob.receive();
    round(&mut p);
    for side in [&p.alice, &p.bob] {
        let v = agreement::latest(side.session.conn(), side.tandem)
            .unwrap()
            .unwrap();
        assert_eq!(v.place, "Rooftop");
    }
    let status = exchange::status(&p.alice.cx(), p.alice.tandem).unwrap();
    assert!(
        status.replaced.iter().any(|r| r.text == "Library"),
        "Alice's replaced terms are kept: {:?}",
        status.replaced
    );
}

#[test]
fn every_truncation_and_every_bit_flip_is_refused_and_changes_nothing() {
    let p = pair();
    let meeting = p.alice.meeting(&p.meeting_uid);
    p.alice.add_point(meeting, "Podcasts", true);
    let path = p.alice.send();
    let whole = fs::read(&path).unwrap();
    let cx = p.bob.cx();
    let before = common::count(p.bob.session.conn(), "agenda_items");
    for cut in 0..whole.len() {
        let err = exchange::receive_bytes(&cx, "cut.eyx", &whole[..cut], false).unwrap_err();
        assert_eq!(err.code(), ErrorCode::ExchangeFileInvalid, "cut at {cut}");
    }
    let mut extended = whole.clone();
    extended.push(0);
    assert!(exchange::receive_bytes(&cx, "long.eyx", &extended, false).is_err());
    for at in (0..whole.len()).step_by(7).chain(0..file::HEADER_LEN) {
        let mut flipped = whole.clone();
        flipped[at] ^= 0x20;
        assert!(
            exchange::receive_bytes(&cx, "flip.eyx", &flipped, false).is_err(),
            "flip at {at}"
        );
    }
    assert_eq!(common::count(p.bob.session.conn(), "agenda_items"), before);
    assert_eq!(common::count(p.bob.session.conn(), "exchange_received"), 0);
    // The intact file still applies.
    exchange::receive_bytes(&cx, "whole.eyx", &whole, false).unwrap();
    assert_eq!(
        common::count(p.bob.session.conn(), "agenda_items"),
        before + 1
    );
}

#[test]
fn a_damaged_file_in_the_folder_is_retried_then_reported() {
    let p = pair();
    let path = p.alice.send();
    let mut bytes = fs::read(&path).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    fs::write(&path, bytes).unwrap();
    for _ in 0..2 {
        p.bob.receive();
        let s = exchange::status(&p.bob.cx(), p.bob.tandem).unwrap();
        assert_eq!(s.problem, None, "it may still be syncing");
    }
    p.bob.receive();
    let s = exchange::status(&p.bob.cx(), p.bob.tandem).unwrap();
    assert_eq!(s.problem, Some(ExchangeProblem::Damaged));
    assert!(path.exists(), "a partner's file is never deleted");
}

#[test]
fn a_newer_format_asks_for_an_update_instead_of_failing_again_and_again() {
    let p = pair();
    let path = p.alice.send();
    let mut bytes = fs::read(&path).unwrap();
    bytes[10..12].copy_from_slice(&2u16.to_be_bytes());
    fs::write(&path, &bytes).unwrap();
    let report = p.bob.receive();
    assert!(report.partner_newer);
    let s = exchange::status(&p.bob.cx(), p.bob.tandem).unwrap();
    assert_eq!(s.problem, Some(ExchangeProblem::TooNew));
    let err = exchange::receive_file(&p.bob.cx(), &path, false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::ExchangeTooNew);
    assert!(path.exists());
}

#[test]
fn a_dry_run_reports_and_changes_nothing() {
    let p = pair();
    let meeting = p.alice.meeting(&p.meeting_uid);
    p.alice.add_point(meeting, "Podcasts", true);
    p.alice.send();
    let report = exchange::receive_folder(&p.bob.cx(), Some(p.bob.tandem), None, true).unwrap();
    assert!(report.dry_run);
    assert!(report.changes.iter().any(|c| c.label == "Podcasts"));
    assert_eq!(common::count(p.bob.session.conn(), "exchange_received"), 0);
    assert_eq!(common::count(p.bob.session.conn(), "agenda_items"), 0);
}

#[test]
fn own_files_are_cleaned_up_only_when_confirmed_and_old() {
    let mut p = pair();
    let mut own = Vec::new();
    for i in 0..6 {
        let meeting = p.alice.meeting(&p.meeting_uid);
        p.alice.add_point(meeting, &format!("Point {i}"), true);
        p.alice.later(1);
        own.push(p.alice.send());
    }
    let old = SystemTime::now() - Duration::from_secs(20 * 24 * 3600);
    for f in &own {
        fs::File::options()
            .write(true)
            .open(f)
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    p.alice.receive();
    assert!(own.iter().all(|f| f.exists()), "not confirmed yet");
    p.bob.receive();
    let bobs = p.bob.send();
    fs::File::options()
        .write(true)
        .open(&bobs)
        .unwrap()
        .set_modified(old)
        .unwrap();
    p.alice.receive();
    let left: Vec<_> = own.iter().filter(|f| f.exists()).collect();
    assert_eq!(left.len(), 3, "the newest three stay");
    assert!(own[5].exists() && own[4].exists() && own[3].exists());
    assert!(bobs.exists(), "the partner's file stays");
}

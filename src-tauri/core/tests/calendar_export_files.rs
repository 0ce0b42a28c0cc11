//! Calendar export (.ics) on disk: `save` writes atomically (no temp file left, the old file
//! intact when rendering fails) and the feed file keeps every tandem's recent and upcoming
//! meetings; a missing feed folder is FeedFolderInvalid.

mod calendar_export_support;
mod common;
mod fixtures;

use std::path::Path;

use calendar_export_support::*;
use chrono::Duration;
use common::*;
use eyelevel_core::calendar::export::{self, ExportScope};
use eyelevel_core::calendar::feed::{self, FeedWrite};
use eyelevel_core::calendar::{AgendaDetail, CalendarSettings};
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting::{self, EditScope};
use eyelevel_core::ErrorCode;
use fixtures::meeting_input;

fn save(
    conn: &rusqlite::Connection,
    r: &export::ExportRequest,
    path: &Path,
) -> eyelevel_core::Result<eyelevel_core::calendar::ExportSummary> {
    let st = CalendarSettings::default();
    export::save(&cx(conn).in_language(Language::De), r, &st, path)
}

#[test]
fn save_replaces_the_file_atomically_and_only_after_rendering() {
    let (tmp, mut s) = session();
    let t = new_tandem(s.conn_mut(), "Tandem");
    let m = plan_at(s.conn_mut(), t, "2026-12-01", "10:00");
    plan_at(s.conn_mut(), t, "2026-12-08", "10:00");
    meeting::cancel(&cx(s.conn()), m.id, None, EditScope::ThisOnly).unwrap();
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let path = out.join("eyelevel-2026-12-01.ics");
    std::fs::write(&path, "OLD").unwrap();

    let tandem = req(ExportScope::Tandem { tandem_id: t });
    let summary = save(s.conn(), &tandem, &path).unwrap();
    assert_eq!((summary.events, summary.cancelled), (2, 1));
    assert_eq!(summary.path, path.to_string_lossy());
    let expected = export::render(
        &cx(s.conn()).in_language(Language::De),
        &tandem,
        &CalendarSettings::default(),
    )
    .unwrap();
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, expected.text);
    assert_rfc_octets(&written);
    assert_eq!(file_names(&out), ["eyelevel-2026-12-01.ics"]);

    // Rendering fails → the file is untouched and no temp file is left behind.
    std::fs::write(&path, "OLD").unwrap();
    let other = new_tandem(s.conn_mut(), "Empty");
    for bad in [req(ExportScope::Tandem { tandem_id: other }), one(999)] {
        let err = save(s.conn(), &bad, &path).unwrap_err();
        assert!(matches!(
            err.code(),
            ErrorCode::NothingToExport | ErrorCode::NotFound
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "OLD");
        assert_eq!(file_names(&out), ["eyelevel-2026-12-01.ics"]);
    }

    // The rename fails (the target is a folder): an I/O error, no temp file left.
    let blocked = out.join("blocked.ics");
    std::fs::create_dir(&blocked).unwrap();
    assert_eq!(
        save(s.conn(), &tandem, &blocked).unwrap_err().code(),
        ErrorCode::Io
    );
    assert_eq!(file_names(&out), ["eyelevel-2026-12-01.ics"]);
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 2);

    // A folder that does not exist: an I/O error, nothing created.
    let missing = tmp.path().join("missing").join("x.ics");
    let err = save(s.conn(), &tandem, &missing).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io);
    assert!(!tmp.path().join("missing").exists());
}

fn feed_settings(folder: &Path) -> CalendarSettings {
    CalendarSettings {
        feed_folder: Some(folder.to_string_lossy().into_owned()),
        ..settings(AgendaDetail::Titles, Some(30))
    }
}

fn write_feed(
    conn: &rusqlite::Connection,
    st: &CalendarSettings,
) -> eyelevel_core::Result<Option<FeedWrite>> {
    feed::write(&cx(conn), st)
}

#[test]
fn feed_keeps_recent_and_upcoming_meetings_of_every_tandem() {
    let (tmp, mut s) = session();
    assert_eq!(
        write_feed(s.conn(), &CalendarSettings::default()).unwrap(),
        None
    );
    let folder = tmp.path().join("feed");
    std::fs::create_dir(&folder).unwrap();
    let st = feed_settings(&folder);
    let path = folder.join("eyelevel.ics");

    // No meetings yet: an empty calendar.
    let w = write_feed(s.conn(), &st).unwrap().unwrap();
    assert_eq!(
        w,
        FeedWrite {
            path: path.clone(),
            events: 0
        }
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert_rfc_octets(&text);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.contains("VEVENT"));

    let a = new_tandem(s.conn_mut(), "A");
    let b = new_tandem(s.conn_mut(), "B");
    let then = now() - Duration::days(60);
    let plan_then = |s: &mut eyelevel_core::session::Session, t, day| {
        meeting::plan(&cx(s.conn()).at(then), t, &meeting_input(day, "10:00")).unwrap()
    };
    // now - 30 days = 2026-10-25 09:00 UTC. 24 Oct 10:00 CEST ends 09:00 UTC the day before
    // (out); 25 Oct is in CET already: 09:00 Berlin ends exactly at the limit (in).
    let too_old = plan_then(&mut s, a, "2026-10-24");
    let mut edge_input = meeting_input("2026-10-25", "09:00");
    edge_input.video_link = None;
    let edge = meeting::plan(&cx(s.conn()).at(then), a, &edge_input).unwrap();
    let held = plan_then(&mut s, b, "2026-11-14");
    meeting::set_held(&cx(s.conn()), held.id, true).unwrap();
    let next = plan_at(s.conn_mut(), a, "2026-12-01", "10:00");
    let cancelled = plan_at(s.conn_mut(), b, "2026-12-02", "10:00");
    meeting::cancel(&cx(s.conn()), cancelled.id, None, EditScope::ThisOnly).unwrap();

    let w = write_feed(s.conn(), &st).unwrap().unwrap();
    assert_eq!(w.events, 4);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_rfc_octets(&text);
    let evs = events(&text);
    let uids: Vec<String> = evs.iter().map(|e| value(e, "UID").unwrap()).collect();
    assert_eq!(
        uids,
        [&edge.uid, &held.uid, &next.uid, &cancelled.uid].map(String::clone)
    );
    assert!(!text.contains(&too_old.uid));
    assert_eq!(value(&evs[3], "STATUS").as_deref(), Some("CANCELLED"));
    assert_eq!(value(&evs[1], "STATUS").as_deref(), Some("CONFIRMED"));
    assert_eq!(file_names(&folder), ["eyelevel.ics"]);

    // A change rewrites the file in place: same UID, higher SEQUENCE, new time.
    let moved = meeting_input("2026-12-01", "15:00");
    meeting::update(&cx(s.conn()), next.id, &moved, EditScope::ThisOnly).unwrap();
    write_feed(s.conn(), &st).unwrap().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let e = events(&text)
        .into_iter()
        .find(|e| value(e, "UID") == Some(next.uid.clone()))
        .unwrap();
    assert_eq!(value(&e, "SEQUENCE").as_deref(), Some("1"));
    assert_eq!(value(&e, "DTSTART").as_deref(), Some("20261201T140000Z"));
    assert_eq!(file_names(&folder), ["eyelevel.ics"]);
}

#[test]
fn missing_or_unusable_feed_folder_is_feed_folder_invalid() {
    let (tmp, mut s) = session();
    let t = new_tandem(s.conn_mut(), "A");
    plan_at(s.conn_mut(), t, "2026-12-01", "10:00");
    let folder = tmp.path().join("feed");
    std::fs::create_dir(&folder).unwrap();
    let st = feed_settings(&folder);
    write_feed(s.conn(), &st).unwrap().unwrap();

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let old = std::fs::read(folder.join("eyelevel.ics")).unwrap();
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
        // Root writes anyway; the check only means something for a normal user.
        let writable = tempfile::NamedTempFile::new_in(&folder).is_ok();
        let result = write_feed(s.conn(), &st);
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
        if !writable {
            let err = result.unwrap_err();
            assert_eq!(err.code(), ErrorCode::FeedFolderInvalid);
            assert_eq!(err.field(), Some("feed_folder"));
            assert_eq!(std::fs::read(folder.join("eyelevel.ics")).unwrap(), old);
            assert_eq!(file_names(&folder), ["eyelevel.ics"]);
        }
    }

    // The rename fails (a folder named like the feed file is in the way): the temp file is
    // removed again. Works for root too, unlike permissions.
    std::fs::remove_file(folder.join("eyelevel.ics")).unwrap();
    std::fs::create_dir(folder.join("eyelevel.ics")).unwrap();
    let err = write_feed(s.conn(), &st).unwrap_err();
    assert_eq!(err.code(), ErrorCode::FeedFolderInvalid);
    assert_eq!(file_names(&folder), Vec::<String>::new());
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1);

    let file = tmp.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    std::fs::remove_dir_all(&folder).unwrap();
    for gone in [folder.as_path(), file.as_path()] {
        let err = write_feed(s.conn(), &feed_settings(gone)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::FeedFolderInvalid, "{gone:?}");
        assert_eq!(err.field(), Some("feed_folder"));
    }
    assert!(!folder.exists());
}

//! Re-importing: idempotence, updates (Thunderbird SEQUENCE 0 → 2), cancellation
//! (METHOD:CANCEL, STATUS:CANCELLED overrides), stale files, held meetings, Eyelevel's own
//! exports matched by UID, and the tandem boundary.

#[path = "calendar_import_support/mod.rs"]
mod support;

use eyelevel_core::calendar::{ImportAction, ImportNote};
use eyelevel_core::meeting::{self, MeetingInput, MeetingStatus};
use support::*;

#[test]
fn reimport_is_idempotent() {
    let (_tmp, mut s, t) = setup();
    for name in [
        "google-weekly.ics",
        "outlook-request.ics",
        "apple-allday.ics",
        "thunderbird-invite.ics",
    ] {
        let bytes = fixture(name);
        let first = apply(&mut s, t, &bytes);
        assert!(first.created > 0, "{name}");
        let before = rows(&s);
        let again = preview(&s, t, &bytes);
        assert!(
            again
                .rows
                .iter()
                .all(|r| r.action == ImportAction::Unchanged),
            "{name}: {:?}",
            actions(&again)
        );
        assert_eq!(again.unchanged as usize, again.rows.len());
        assert!(again.rows.iter().all(|r| r.meeting_id.is_some()));
        let second = apply(&mut s, t, &bytes);
        assert_eq!((second.created, second.updated), (0, 0), "{name}");
        assert_eq!(rows(&s), before, "{name}");
    }
}

#[test]
fn thunderbird_update_then_cancel() {
    let (_tmp, mut s, t) = setup();
    let created = apply(&mut s, t, &fixture("thunderbird-invite.ics"));
    let id = created.meeting_ids[0];
    let original = meeting::get(s.conn(), id).unwrap();
    assert_eq!(original.starts_at, "2026-12-03T15:00:00.000Z");
    assert_eq!(original.place, "Café Einstein, Unter den Linden 42, Berlin");

    let update = fixture("thunderbird-update.ics");
    let p = preview(&s, t, &update);
    assert_eq!(actions(&p), [ImportAction::Update]);
    assert_eq!(p.rows[0].meeting_id, Some(id));
    assert_eq!(when(&p.rows[0]), "2026-12-04 17:00");
    // The old Mozilla TZID form is read as Europe/Berlin, not assumed.
    assert!(p.rows[0].notes.is_empty(), "{:?}", p.rows[0].notes);
    // Previewing changed nothing.
    assert_eq!(meeting::get(s.conn(), id).unwrap(), original);
    let r = apply(&mut s, t, &update);
    assert_eq!(
        (r.updated, r.created, r.meeting_ids.clone()),
        (1, 0, vec![id])
    );
    let moved = meeting::get(s.conn(), id).unwrap();
    assert_eq!(moved.starts_at, "2026-12-04T16:00:00.000Z");
    assert_eq!(moved.duration_minutes, 90);
    assert_eq!(moved.uid, original.uid);
    assert_eq!(moved.status, MeetingStatus::Moved);
    assert!(moved.sequence > original.sequence);
    assert_eq!(rows(&s), (1, 1));

    // The old invitation (SEQUENCE 0) is stale now: nothing moves back.
    let stale = preview(&s, t, &fixture("thunderbird-invite.ics"));
    assert_eq!(actions(&stale), [ImportAction::Unchanged]);
    assert_eq!(actions(&preview(&s, t, &update)), [ImportAction::Unchanged]);

    let cancel = fixture("thunderbird-cancel.ics");
    assert_eq!(actions(&preview(&s, t, &cancel)), [ImportAction::Cancel]);
    let r = apply(&mut s, t, &cancel);
    assert_eq!(r.cancelled, 1);
    let gone = meeting::get(s.conn(), id).unwrap();
    assert_eq!(gone.status, MeetingStatus::Cancelled);
    assert!(gone.sequence > moved.sequence);
    assert_eq!(actions(&preview(&s, t, &cancel)), [ImportAction::Unchanged]);
    // Re-importing the update does not bring a cancelled meeting back.
    assert_eq!(actions(&preview(&s, t, &update)), [ImportAction::Unchanged]);
    // A newer invitation (SEQUENCE 4) does.
    let text = String::from_utf8(update.clone()).unwrap();
    let revived = text.replace("SEQUENCE:2", "SEQUENCE:4");
    assert_eq!(
        actions(&preview(&s, t, revived.as_bytes())),
        [ImportAction::Update]
    );
    apply(&mut s, t, revived.as_bytes());
    let back = meeting::get(s.conn(), id).unwrap();
    assert_eq!(back.status, MeetingStatus::Planned);
    assert_eq!(back.starts_at, moved.starts_at);
}

#[test]
fn cancel_of_unknown_event_is_skipped() {
    let (_tmp, s, t) = setup();
    let p = preview(&s, t, &fixture("thunderbird-cancel.ics"));
    assert_eq!(actions(&p), [ImportAction::Skip]);
    assert_eq!(p.rows[0].notes, [ImportNote::CancelledUnknown]);
    assert_eq!(p.skip, 1);
}

#[test]
fn cancelled_series_and_cancelled_override() {
    let (_tmp, mut s, t) = setup();
    let google = fixture("google-weekly.ics");
    apply(&mut s, t, &google);
    // One occurrence cancelled by an override with STATUS:CANCELLED.
    let text = String::from_utf8(google.clone()).unwrap();
    let one = text.replacen(
        "STATUS:CONFIRMED\r\nSUMMARY:Wöchentliches Tandem (verschoben)",
        "STATUS:CANCELLED\r\nSUMMARY:Wöchentliches Tandem (verschoben)",
        1,
    );
    let one = one.replace("SEQUENCE:1", "SEQUENCE:2");
    let p = preview(&s, t, one.as_bytes());
    assert_eq!(
        actions(&p),
        [
            ImportAction::Unchanged,
            ImportAction::Unchanged,
            ImportAction::Cancel,
            ImportAction::Unchanged,
            ImportAction::Unchanged,
            ImportAction::Unchanged,
        ]
    );
    // The whole series cancelled by METHOD:CANCEL.
    let all = text.replace("METHOD:REQUEST", "METHOD:CANCEL");
    let p = preview(&s, t, all.as_bytes());
    assert_eq!(p.cancel, 6);
    let r = apply(&mut s, t, all.as_bytes());
    assert_eq!(r.cancelled, 6);
    let ms = meeting::list(&cx(s.conn()), t, true).unwrap();
    assert!(ms.iter().all(|m| m.status == MeetingStatus::Cancelled));
}

#[test]
fn held_meetings_are_not_touched() {
    let (_tmp, mut s, t) = setup();
    let id = apply(&mut s, t, &fixture("thunderbird-invite.ics")).meeting_ids[0];
    meeting::set_held(&cx(s.conn()), id, true).unwrap();
    let before = meeting::get(s.conn(), id).unwrap();
    for name in ["thunderbird-update.ics", "thunderbird-cancel.ics"] {
        let p = preview(&s, t, &fixture(name));
        assert_eq!(actions(&p), [ImportAction::Skip], "{name}");
        assert_eq!(p.rows[0].notes, [ImportNote::AlreadyHeld]);
        apply(&mut s, t, &fixture(name));
        assert_eq!(meeting::get(s.conn(), id).unwrap(), before);
    }
}

fn own_export(uid: &str, sequence: u32, start: &str) -> Vec<u8> {
    ics(&event(
        uid,
        &format!(
            "SEQUENCE:{sequence}\nDTSTART:{start}\nDTEND:20261201T100000Z\n\
             LOCATION:Room 4.12\nURL:https://meet.example.com/x\nSTATUS:CONFIRMED"
        ),
    ))
}

#[test]
fn eyelevel_export_matches_its_meeting_by_uid() {
    let (_tmp, mut s, t) = setup();
    let input = MeetingInput {
        date: date("2026-12-01"),
        time: "10:00".into(),
        duration_minutes: 60,
        place: "Room 4.12".into(),
        video_link: Some("https://meet.example.com/x".into()),
    };
    let m = meeting::plan(&cx(s.conn()), t, &input).unwrap();
    // Same data: unchanged; the same uid in another tandem is a new meeting there.
    let same = own_export(&m.uid, m.sequence, "20261201T090000Z");
    let p = preview(&s, t, &same);
    assert_eq!(actions(&p), [ImportAction::Unchanged]);
    assert_eq!(p.rows[0].meeting_id, Some(m.id));
    let other = second_tandem(&mut s);
    assert_eq!(actions(&preview(&s, other, &same)), [ImportAction::Create]);
    // An edited copy with the same SEQUENCE (edited elsewhere): update, uid kept.
    let moved = own_export(&m.uid, m.sequence, "20261201T080000Z");
    assert_eq!(actions(&preview(&s, t, &moved)), [ImportAction::Update]);
    apply(&mut s, t, &moved);
    let after = meeting::get(s.conn(), m.id).unwrap();
    assert_eq!(after.starts_at, "2026-12-01T08:00:00.000Z");
    assert_eq!(after.duration_minutes, 120);
    assert_eq!(after.uid, m.uid);
    assert_eq!(rows(&s), (1, 0));
    // The older export (lower SEQUENCE now) is stale.
    assert_eq!(actions(&preview(&s, t, &same)), [ImportAction::Unchanged]);
}

#[test]
fn skips_past_far_future_and_notes_adjustments() {
    let (_tmp, s, t) = setup();
    let long_place = "Großer Saal ".repeat(30);
    let body = [
        event("past", "DTSTART:20261120T090000Z\nDTEND:20261120T100000Z"),
        event("far", "DTSTART:20290110T090000Z\nDURATION:PT1H"),
        event("short", "DTSTART:20261201T090000Z\nDURATION:PT5M"),
        event(
            "place",
            &format!("DTSTART:20261202T090000Z\nLOCATION:{long_place}"),
        ),
        event(
            "url-place",
            "DTSTART:20261203T090000Z\nLOCATION:https://zoom.example.com/j/123\n\
             URL:javascript:alert(1)",
        ),
        event("no-end", "DTSTART;TZID=Europe/Berlin:20261204T090000"),
    ]
    .join("\n");
    let p = preview(&s, t, &ics(&body));
    let by = |i: usize| (&p.rows[i].action, &p.rows[i].notes);
    assert_eq!(by(0), (&ImportAction::Skip, &vec![ImportNote::InPast]));
    assert_eq!(p.rows[1].duration_minutes, 15);
    assert_eq!(
        by(1),
        (&ImportAction::Create, &vec![ImportNote::DurationAdjusted])
    );
    assert_eq!(
        by(2),
        (&ImportAction::Create, &vec![ImportNote::PlaceShortened])
    );
    assert!(p.rows[2].place.chars().count() <= 200);
    assert!(p.rows[2].place.ends_with('…'), "{}", p.rows[2].place);
    assert!(p.rows[2].place.starts_with("Großer Saal Großer Saal"));
    assert_eq!(p.rows[3].place, "");
    assert_eq!(
        p.rows[3].video_link.as_deref(),
        Some("https://zoom.example.com/j/123")
    );
    assert_eq!(
        (when(&p.rows[4]).as_str(), p.rows[4].duration_minutes),
        ("2026-12-04 09:00", 60)
    );
    assert_eq!(
        by(5),
        (&ImportAction::Skip, &vec![ImportNote::BeyondTwoYears])
    );
    assert_eq!((p.create, p.skip), (4, 2));
}

#[test]
fn endless_series_stop_two_years_ahead() {
    let (_tmp, s, t) = setup();
    let weekly = ics(&event(
        "weekly",
        "DTSTART;TZID=Europe/Berlin:20250107T100000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY",
    ));
    let p = preview(&s, t, &weekly);
    // Past occurrences are not listed; 2 years of Tuesdays from now.
    assert!((104..=105).contains(&p.rows.len()), "{}", p.rows.len());
    assert_eq!(when(&p.rows[0]), "2026-11-24 10:00");
    assert!(p.rows.last().unwrap().local_date <= date("2028-11-24"));
    assert!(p.rows.iter().all(|r| r.action == ImportAction::Create));
    // A series wholly in the past shows once, as past.
    let old = ics(&event(
        "old",
        "DTSTART:20250107T100000Z\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=3",
    ));
    let p = preview(&s, t, &old);
    assert_eq!(actions(&p), [ImportAction::Skip]);
    assert_eq!(p.rows[0].notes, [ImportNote::InPast]);
}

//! Eyelevel's own export read back by the import: unchanged in the same tandem, copied into
//! another one, a stale export never undoes a later edit, and a cancellation travels.

#[path = "calendar_import_support/mod.rs"]
mod support;

use eyelevel_core::calendar::export::{self, ExportRequest, ExportScope};
use eyelevel_core::calendar::{CalendarSettings, ImportAction};
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting::{self, EditScope, MeetingInput, MeetingStatus, SeriesInput};
use eyelevel_core::session::Session;
use eyelevel_core::tandem::CadenceUnit;
use support::*;

fn export_tandem(s: &Session, t: i64) -> Vec<u8> {
    let req = ExportRequest {
        scope: ExportScope::Tandem { tandem_id: t },
        from: None,
        to: None,
    };
    export::render(
        &cx(s.conn()).in_language(Language::De),
        &req,
        &CalendarSettings::default(),
    )
    .unwrap()
    .text
    .into_bytes()
}

#[test]
fn own_export_round_trip() {
    let (_tmp, mut s, t) = setup();
    let series = SeriesInput {
        first_date: date("2027-03-16"),
        time: "10:00".into(),
        duration_minutes: 90,
        place: "Café „Zur Linde“, Raum 3; Eingang B".into(),
        video_link: Some("https://meet.example.com/tandem?x=1,2".into()),
        every: 1,
        unit: CadenceUnit::Week,
        until: date("2027-04-06"),
    };
    let planned = meeting::plan_series(&cx(s.conn()), t, &series).unwrap();
    assert_eq!(planned.len(), 4);
    let v1 = export_tandem(&s, t);

    // The same tandem: every meeting found by its uid and unchanged.
    let p = preview(&s, t, &v1);
    assert_eq!(p.unchanged, 4, "{:?}", actions(&p));
    let ids: Vec<Option<i64>> = p.rows.iter().map(|r| r.meeting_id).collect();
    let expected: Vec<Option<i64>> = planned.iter().map(|m| Some(m.id)).collect();
    assert_eq!(ids, expected);

    // Another tandem: copies with the same times, place and link (across the DST switch).
    let other = second_tandem(&mut s);
    let r = apply(&mut s, other, &v1);
    assert_eq!(r.created, 4);
    for (copy, orig) in r.meeting_ids.iter().zip(&planned) {
        let c = meeting::get(s.conn(), *copy).unwrap();
        assert_eq!(
            (&c.starts_at, c.duration_minutes, &c.place, &c.video_link),
            (
                &orig.starts_at,
                orig.duration_minutes,
                &orig.place,
                &orig.video_link
            )
        );
        assert_ne!(c.uid, orig.uid);
        assert_eq!(c.series_id, None);
    }

    // Edited here after the export: the old export is stale and changes nothing.
    let first = &planned[0];
    let input = MeetingInput {
        date: first.local_date,
        time: "11:00".into(),
        duration_minutes: 60,
        place: first.place.clone(),
        video_link: first.video_link.clone(),
    };
    meeting::update(&cx(s.conn()), first.id, &input, EditScope::ThisOnly).unwrap();
    let p = preview(&s, t, &v1);
    assert_eq!(p.unchanged, 4, "{:?}", actions(&p));

    // A new export carries the edit and a cancellation to the copies.
    meeting::cancel(&cx(s.conn()), planned[1].id, None, EditScope::ThisOnly).unwrap();
    let v2 = export_tandem(&s, t);
    let p = preview(&s, other, &v2);
    assert_eq!(
        actions(&p),
        [
            ImportAction::Update,
            ImportAction::Cancel,
            ImportAction::Unchanged,
            ImportAction::Unchanged
        ]
    );
    apply(&mut s, other, &v2);
    let copies = meeting::list(&cx(s.conn()), other, true).unwrap();
    assert_eq!(copies[0].local_time, "11:00");
    assert_eq!(copies[1].status, MeetingStatus::Cancelled);
    assert_eq!(preview(&s, other, &v2).unchanged, 4);
}

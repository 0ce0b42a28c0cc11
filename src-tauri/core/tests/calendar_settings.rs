//! Calendar settings: defaults, round trip, and bad values that change nothing.

mod common;

use common::cx;
use eyelevel_core::calendar::settings::{self, MAX_ALARM_MINUTES};
use eyelevel_core::calendar::{AgendaDetail, CalendarSettings, CalendarSettingsPatch};
use eyelevel_core::ErrorCode;

#[test]
fn defaults_then_round_trip() {
    let (_tmp, s) = common::session();
    assert_eq!(
        settings::load(s.conn()).unwrap(),
        CalendarSettings::default()
    );
    assert_eq!(CalendarSettings::default().alarm_minutes, Some(30));
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().to_string_lossy().to_string();
    let patch: CalendarSettingsPatch = serde_json::from_value(serde_json::json!({
        "agenda_detail": "with_prep_notes",
        "alarm_minutes": null,
        "feed_folder": folder,
    }))
    .unwrap();
    let now = common::now();
    let saved = settings::update(&cx(s.conn()).at(now), &patch).unwrap();
    assert_eq!(saved.agenda_detail, AgendaDetail::WithPrepNotes);
    assert_eq!(saved.alarm_minutes, None);
    assert_eq!(saved.feed_folder.as_deref(), Some(folder.as_str()));
    assert_eq!(settings::load(s.conn()).unwrap(), saved);
    // An absent key leaves its value alone; null clears the feed.
    let same = settings::update(&cx(s.conn()).at(now), &CalendarSettingsPatch::default()).unwrap();
    assert_eq!(same, saved);
    let off: CalendarSettingsPatch =
        serde_json::from_value(serde_json::json!({ "feed_folder": null })).unwrap();
    assert_eq!(
        settings::update(&cx(s.conn()).at(now), &off)
            .unwrap()
            .feed_folder,
        None
    );
}

#[test]
fn bad_values_change_nothing() {
    let (_tmp, s) = common::session();
    let now = common::now();
    let too_far = CalendarSettingsPatch {
        agenda_detail: Some(AgendaDetail::None),
        alarm_minutes: Some(Some(MAX_ALARM_MINUTES + 1)),
        ..Default::default()
    };
    let err = settings::update(&cx(s.conn()).at(now), &too_far).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(err.payload().field.as_deref(), Some("alarm_minutes"));
    for folder in ["relative/dir", "/no/such/folder/eyelevel"] {
        let patch = CalendarSettingsPatch {
            agenda_detail: Some(AgendaDetail::None),
            feed_folder: Some(Some(folder.to_string())),
            ..Default::default()
        };
        let err = settings::update(&cx(s.conn()).at(now), &patch).unwrap_err();
        assert_eq!(err.code(), ErrorCode::FeedFolderInvalid);
        assert_eq!(err.payload().field.as_deref(), Some("feed_folder"));
    }
    assert_eq!(
        settings::load(s.conn()).unwrap(),
        CalendarSettings::default()
    );
}

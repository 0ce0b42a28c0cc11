use super::*;

#[test]
fn serializes_as_payload() {
    let json = serde_json::to_value(Error::WrongPassphrase).unwrap();
    assert_eq!(json["code"], "wrong_passphrase");
    assert_eq!(json["message"], "The passphrase is not correct.");
    let json = serde_json::to_value(Error::SchemaTooNew {
        found: 9,
        supported: 1,
    })
    .unwrap();
    assert_eq!(json["code"], "schema_too_new");
}

#[test]
fn as_str_matches_serde() {
    for code in ErrorCode::ALL {
        let json = serde_json::to_value(code).unwrap();
        assert_eq!(json.as_str(), Some(code.as_str()));
    }
}

#[test]
fn all_codes_are_distinct() {
    let names: std::collections::HashSet<&str> =
        ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(names.len(), ErrorCode::ALL.len());
    assert!(
        ErrorCode::ALL.len() >= 40,
        "the list is derived from the enum"
    );
    assert_eq!(ErrorCode::ALL[0], ErrorCode::WrongPassphrase);
    assert!(names.contains("ics_too_many_events"));
}

#[test]
fn domain_messages_name_the_problem() {
    let e = Error::TitleRequired {
        field: "partner_name",
    };
    assert_eq!(e.to_string(), "The partner name is required.");
    assert_eq!(e.field(), Some("partner_name"));
    let e = Error::TextTooLong {
        field: "title",
        max: 200,
    };
    assert_eq!(
        e.to_string(),
        "The title is too long: at most 200 characters are allowed."
    );
    assert_eq!(
        Error::not_found("tandem", 7).to_string(),
        "Not found: tandem 7."
    );
    assert_eq!(Error::not_found("goal", 1).code(), ErrorCode::NotFound);
}

#[test]
fn field_keys_reach_the_payload() {
    let e = Error::TextTooLong {
        field: "hr_sharing",
        max: 20_000,
    };
    assert_eq!(
        e.to_string(),
        "The HR sharing is too long: at most 20000 characters are allowed."
    );
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["code"], "text_too_long");
    assert_eq!(json["field"], "hr_sharing");
    assert_eq!(e.payload().field.as_deref(), Some("hr_sharing"));

    let e = Error::InvalidCadence {
        field: "cadence.minutes",
        reason: "a meeting must last between 15 and 480 minutes".into(),
    };
    assert_eq!(e.code(), ErrorCode::InvalidCadence);
    assert_eq!(e.field(), Some("cadence.minutes"));
    assert_eq!(
        e.to_string(),
        "Invalid cadence: a meeting must last between 15 and 480 minutes"
    );

    let e = Error::invalid_field("video_link", "the video link must not contain spaces");
    assert_eq!(e.code(), ErrorCode::InvalidInput);
    assert_eq!(e.field(), Some("video_link"));
    assert_eq!(
        e.to_string(),
        "Invalid input: the video link must not contain spaces"
    );

    let e = Error::EndBeforeStart {
        start: "2025-03-01".into(),
        end: "2025-02-01".into(),
    };
    assert_eq!(e.field(), Some("planned_end_date"));
    let e = Error::DuplicateTitle {
        what: "tandem".into(),
    };
    assert_eq!(e.field(), Some("title"));
    assert_eq!(humanise("why"), "reason");
    assert_eq!(humanise("body"), "note");
    assert_eq!(humanise("my_expectations"), "my expectations");
}

#[test]
fn errors_without_a_field_send_null() {
    for e in [
        Error::WrongPassphrase,
        Error::InvalidInput("x".into()),
        Error::not_found("tandem", 1),
        Error::BuiltinTopic {
            action: "deleted".into(),
        },
    ] {
        assert_eq!(e.field(), None, "{e}");
        let json = serde_json::to_value(&e).unwrap();
        assert!(json["field"].is_null(), "{json}");
        assert_eq!(json.as_object().unwrap().len(), 3, "{json}");
    }
    // A payload without `field` (older shape) still reads, as `None`.
    let old: ErrorPayload =
        serde_json::from_str(r#"{"code":"locked","message":"locked"}"#).unwrap();
    assert_eq!(old.field, None);
}

#[test]
fn codes_are_snake_case() {
    let s = serde_json::to_string(&ErrorCode::KeyringEntryMissing).unwrap();
    assert_eq!(s, "\"keyring_entry_missing\"");
}

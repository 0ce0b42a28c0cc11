//! Calendar export (.ics): which meetings each scope selects, date bounds in the user's
//! zone, empty selections and unknown ids.

mod calendar_export_support;
mod common;
mod fixtures;

use calendar_export_support::*;
use chrono::Duration;
use common::*;
use eyelevel_core::calendar::export::{ExportRequest, ExportScope, Rendered};
use eyelevel_core::calendar::CalendarSettings;
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting::{self, EditScope};
use eyelevel_core::tandem::CadenceUnit;
use eyelevel_core::ErrorCode;
use fixtures::{meeting_input, series_input, BERLIN};

fn ids(r: &Rendered) -> Vec<String> {
    events(&r.text)
        .iter()
        .map(|e| value(e, "UID").unwrap())
        .collect()
}

#[test]
fn scopes_select_the_right_meetings() {
    let (_tmp, mut s) = session();
    let a = new_tandem(s.conn_mut(), "A");
    let b = new_tandem(s.conn_mut(), "B");
    // A past meeting (planned back then) stays out of "upcoming" exports.
    let then = now() - Duration::days(60);
    let past = meeting::plan(
        &cx(s.conn()).at(then),
        a,
        &meeting_input("2026-10-01", "10:00"),
    )
    .unwrap();
    let series = series_input("2026-12-01", 1, CadenceUnit::Week, "2026-12-22");
    let ms = meeting::plan_series(&cx(s.conn()), a, &series).unwrap();
    meeting::cancel(&cx(s.conn()), ms[2].id, None, EditScope::ThisOnly).unwrap();
    // 00:30 in Berlin on 3 Dec is 23:30 UTC on 2 Dec.
    let late = plan_at(s.conn_mut(), b, "2026-12-03", "00:30");
    let single = plan_at(s.conn_mut(), b, "2027-01-05", "09:00");
    let uid = |m: &meeting::Meeting| m.uid.clone();
    let c = s.conn();

    assert_eq!(ids(&render(c, &one(ms[1].id)).unwrap()), [uid(&ms[1])]);
    let r = render(
        c,
        &req(ExportScope::SeriesFrom {
            meeting_id: ms[1].id,
        }),
    )
    .unwrap();
    assert_eq!(ids(&r), [uid(&ms[1]), uid(&ms[2]), uid(&ms[3])]);
    assert_eq!((r.events, r.cancelled), (3, 1));
    let r = render(
        c,
        &req(ExportScope::SeriesFrom {
            meeting_id: single.id,
        }),
    )
    .unwrap();
    assert_eq!(ids(&r), [uid(&single)]);
    // A past meeting exports on its own when asked for.
    assert_eq!(ids(&render(c, &one(past.id)).unwrap()), [uid(&past)]);

    let upcoming_a = [uid(&ms[0]), uid(&ms[1]), uid(&ms[2]), uid(&ms[3])];
    assert_eq!(
        ids(&render(c, &req(ExportScope::Tandem { tandem_id: a })).unwrap()),
        upcoming_a
    );
    let all = render(c, &req(ExportScope::All)).unwrap();
    let expected = [
        uid(&ms[0]),
        uid(&late),
        uid(&ms[1]),
        uid(&ms[2]),
        uid(&ms[3]),
        uid(&single),
    ];
    assert_eq!(ids(&all), expected);
    assert_eq!((all.events, all.cancelled), (6, 1));

    // Bounds are inclusive local dates in the user's zone, and `from` reaches into the past.
    let bounded = |scope, from: &str, to: &str, tz| {
        let r = ExportRequest {
            scope,
            from: Some(date(from)),
            to: Some(date(to)),
        };
        ids(&render_with(c, &r, &CalendarSettings::default(), Language::En, tz).unwrap())
    };
    let tandem_a = ExportScope::Tandem { tandem_id: a };
    assert_eq!(
        bounded(tandem_a, "2026-09-01", "2026-12-08", BERLIN),
        [uid(&past), uid(&ms[0]), uid(&ms[1])]
    );
    assert_eq!(
        bounded(ExportScope::All, "2026-12-03", "2026-12-03", BERLIN),
        [uid(&late)]
    );
    assert_eq!(
        bounded(ExportScope::All, "2026-12-02", "2026-12-02", chrono_tz::UTC),
        [uid(&late)]
    );
    let only_to = ExportRequest {
        scope: ExportScope::All,
        from: None,
        to: Some(date("2026-12-08")),
    };
    let r = render(c, &only_to).unwrap();
    assert_eq!(ids(&r), [uid(&ms[0]), uid(&late), uid(&ms[1])]);
}

#[test]
fn empty_selections_and_unknown_ids() {
    let (_tmp, mut s) = session();
    let code = |r: eyelevel_core::Result<Rendered>| r.unwrap_err().code();
    assert_eq!(
        code(render(s.conn(), &req(ExportScope::All))),
        ErrorCode::NothingToExport
    );
    let t = new_tandem(s.conn_mut(), "A");
    let tandem = req(ExportScope::Tandem { tandem_id: t });
    assert_eq!(code(render(s.conn(), &tandem)), ErrorCode::NothingToExport);
    // Only a past meeting: nothing upcoming.
    let then = now() - Duration::days(60);
    meeting::plan(
        &cx(s.conn()).at(then),
        t,
        &meeting_input("2026-10-01", "10:00"),
    )
    .unwrap();
    assert_eq!(code(render(s.conn(), &tandem)), ErrorCode::NothingToExport);
    let inverted = ExportRequest {
        scope: ExportScope::All,
        from: Some(date("2027-01-02")),
        to: Some(date("2027-01-01")),
    };
    assert_eq!(
        code(render(s.conn(), &inverted)),
        ErrorCode::NothingToExport
    );
    for scope in [
        ExportScope::Meeting { meeting_id: 999 },
        ExportScope::SeriesFrom { meeting_id: 999 },
        ExportScope::Tandem { tandem_id: 999 },
    ] {
        assert_eq!(
            code(render(s.conn(), &req(scope))),
            ErrorCode::NotFound,
            "{scope:?}"
        );
    }
}

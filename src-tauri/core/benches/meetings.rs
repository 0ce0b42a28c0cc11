//! `make bench`: the meeting pages of a busy tandem — 500 meetings, 5 000 agenda items.
//! Budgets (read from the report): the tandem overview, the full meeting list and one
//! meeting page each well under 50 ms.

use std::hint::black_box;
use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use eyelevel_core::agenda::{self, AgendaItemInput};
use eyelevel_core::clock::SystemClock;
use eyelevel_core::ctx::Ctx;
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting::{self, SeriesInput};
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, Session, SetupRequest};
use eyelevel_core::tandem::{self, Cadence, CadenceUnit, Role, TandemInput};
use eyelevel_core::vault::MemoryKeyring;
use eyelevel_core::vault::Protection;

const SERIES: u32 = 5;
const PER_SERIES: i64 = 100;
const ITEMS_PER_MEETING: usize = 10;

fn date(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn busy_tandem() -> (tempfile::TempDir, Session, i64, i64) {
    let temp = tempfile::tempdir().expect("tempdir");
    let dir = DataDir::new(temp.path().join("data"));
    let request = SetupRequest {
        protection: Protection::Keyring,
        passphrase: None,
    };
    let (s, _) = session::setup(&dir, &MemoryKeyring::new(), &request, Arc::new(SystemClock))
        .expect("setup");
    let now = Utc
        .with_ymd_and_hms(2026, 11, 24, 9, 0, 0)
        .single()
        .expect("now");
    let input = TandemInput {
        title: "Busy".into(),
        my_role: Role::Mentee,
        partner_name: "Lena".into(),
        partner_contact: None,
        program: None,
        start_date: date("2026-11-01"),
        planned_end_date: None,
        cadence: Cadence {
            every: 1,
            unit: CadenceUnit::Week,
            minutes: 60,
        },
        focus_topic_ids: Vec::new(),
    };
    let cx = Ctx::new(s.conn(), now, chrono_tz::Europe::Berlin, Language::En);
    let t = tandem::create(&cx, &input).expect("tandem").id;
    let mut ids = Vec::new();
    for k in 0..SERIES {
        let first = date("2026-12-01") + chrono::Duration::days(i64::from(k));
        let series = SeriesInput {
            first_date: first,
            time: format!("{:02}:00", 9 + k),
            duration_minutes: 60,
            place: "Room".into(),
            video_link: None,
            every: 1,
            unit: CadenceUnit::Week,
            until: first + chrono::Duration::weeks(PER_SERIES - 1),
        };
        let planned = meeting::plan_series(&cx, t, &series).expect("series");
        ids.extend(planned.into_iter().map(|m| m.id));
    }
    assert_eq!(ids.len(), 500);
    let tx = cx.begin().expect("tx");
    for &m in &ids {
        for i in 0..ITEMS_PER_MEETING {
            let item = AgendaItemInput {
                title: format!("Item {i}"),
                topic_id: None,
                minutes: 10,
                prep_notes: "Some preparation notes.".into(),
                links: vec!["https://example.org".into()],
                shared: i % 2 == 0,
            };
            agenda::add(&tx, m, &item).expect("item");
        }
    }
    tx.commit().expect("commit");
    (temp, s, t, ids[ids.len() / 2])
}

fn meetings(c: &mut Criterion) {
    let (_temp, s, t, middle) = busy_tandem();
    let now = Utc
        .with_ymd_and_hms(2027, 6, 1, 9, 0, 0)
        .single()
        .expect("now");
    let cx = Ctx::new(s.conn(), now, chrono_tz::Europe::Berlin, Language::En);
    c.bench_function("tandem overview (500 meetings, 5000 items)", |b| {
        b.iter(|| black_box(eyelevel_core::page::tandems::overview(&cx, t).expect("overview")))
    });
    c.bench_function("list_meetings include_past (500 rows)", |b| {
        b.iter(|| black_box(meeting::list(&cx, t, true).expect("list")))
    });
    c.bench_function("list_meetings upcoming", |b| {
        b.iter(|| black_box(meeting::list(&cx, t, false).expect("list")))
    });
    c.bench_function("get_meeting (detail, 10 items)", |b| {
        b.iter(|| {
            black_box(eyelevel_core::page::meeting::detail(s.conn(), middle).expect("detail"))
        })
    });
    c.bench_function("today view", |b| {
        b.iter(|| black_box(eyelevel_core::page::today::view(&cx).expect("today")))
    });
}

criterion_group!(benches, meetings);
criterion_main!(benches);

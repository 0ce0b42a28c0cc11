//! `make bench` / `cargo bench -p eyelevel-core --bench search`: full-text search over
//! 100 000 journal entries and meeting notes of mixed German and English text.
//!
//! Budgets (issue 5): p95 of typical queries ≤ 50 ms and ≤ 1.3× the plain FTS5 query
//! `SELECT rowid, title FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50`
//! with the same MATCH expression on the same data; saving an entry p95 ≤ 5 ms.
//! Prints a table and exits non-zero when a budget is broken.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use eyelevel_core::ctx::Ctx;
use eyelevel_core::i18n::Language;
use eyelevel_core::journal::{self, JournalEntryInput};
use eyelevel_core::search::{self, query::Query, SearchKind, SearchRequest};
use eyelevel_core::store::{self, OpenMode, MIGRATIONS};
use eyelevel_core::vault::DataKey;
use rusqlite::{params, Connection};

#[path = "support/search_corpus.rs"]
mod corpus;
use corpus::{load, Lcg, Vocabulary, ENTRIES, NOTES, TANDEMS};

const RUNS: usize = 100;
const SAVES: usize = 300;
const LIMIT: u32 = 50;

const BUDGET_P95: Duration = Duration::from_millis(50);
const BUDGET_RATIO: f64 = 1.3;
const BUDGET_SAVE_P95: Duration = Duration::from_millis(5);

/// Typical queries: single words of different frequency, both spellings, two words, a phrase.
const QUERIES: &[&str] = &[
    "Führung",
    "fuehrung",
    "Perspektive",
    "Strasse",
    "mentoring",
    "digital tools",
    "\"social media\"",
    "Nachhaltigkeit",
    "Rückmeldung",
    "Feedback Team",
    "Überraschung TikTok",
    "Geschäftsführung",
    "prompt workflow",
    "Künstliche Intelligenz",
];

pub fn fail(what: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("search bench: {what}: {e}");
    std::process::exit(2)
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i.min(samples.len() - 1)]
}

/// p50 and p95 of `f` and of `g`, run alternately so both see the same machine noise.
fn time_pair(
    runs: usize,
    mut f: impl FnMut(),
    mut g: impl FnMut(),
) -> ((Duration, Duration), (Duration, Duration)) {
    for _ in 0..3 {
        f();
        g();
    }
    let (mut a, mut b) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for _ in 0..runs {
        let start = Instant::now();
        f();
        a.push(start.elapsed());
        let start = Instant::now();
        g();
        b.push(start.elapsed());
    }
    (
        (percentile(&mut a, 0.5), percentile(&mut a, 0.95)),
        (percentile(&mut b, 0.5), percentile(&mut b, 0.95)),
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn plain_query(conn: &Connection, expr: &str) -> usize {
    let mut stmt = conn
        .prepare(
            "SELECT rowid, title FROM search_index WHERE search_index MATCH ?1
             ORDER BY rank LIMIT 50",
        )
        .unwrap_or_else(|e| fail("plain prepare", e));
    let rows = stmt
        .query_map([expr], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })
        .unwrap_or_else(|e| fail("plain query", e));
    let mut n = 0;
    for row in rows {
        std::hint::black_box(row.unwrap_or_else(|e| fail("plain row", e)));
        n += 1;
    }
    n
}

fn main() -> ExitCode {
    let temp = tempfile::tempdir().unwrap_or_else(|e| fail("tempdir", e));
    let path = temp.path().join("eyelevel.db");
    let key = DataKey::generate();
    let mut conn =
        store::open(&path, &key, OpenMode::Create, MIGRATIONS).unwrap_or_else(|e| fail("open", e));
    let started = Instant::now();
    let tandems = load(&mut conn);
    let loaded = started.elapsed();
    let docs: i64 = conn
        .query_row("SELECT count(*) FROM search_index", [], |r| r.get(0))
        .unwrap_or_else(|e| fail("count", e));
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0)
        + std::fs::metadata(temp.path().join("eyelevel.db-wal")).map_or(0, |m| m.len());
    println!(
        "search bench: {docs} indexed documents ({ENTRIES} entries + {NOTES} notes, {TANDEMS} \
         tandems), loaded in {:.1} s, database {:.0} MB",
        loaded.as_secs_f64(),
        size as f64 / 1e6
    );

    let mut requests: Vec<(String, SearchRequest)> = QUERIES
        .iter()
        .map(|q| {
            let r = SearchRequest {
                query: (*q).into(),
                tandem_id: None,
                kinds: Vec::new(),
                limit: LIMIT,
            };
            ((*q).to_string(), r)
        })
        .collect();
    for (label, tandem_id, kinds) in [
        ("Führung [tandem]", Some(tandems[3]), Vec::new()),
        ("digital [notes]", None, vec![SearchKind::Note]),
        (
            "Team [tandem, entries]",
            Some(tandems[5]),
            vec![SearchKind::Entry],
        ),
    ] {
        let query = label.split(' ').next().unwrap_or(label).to_string();
        requests.push((
            label.to_string(),
            SearchRequest {
                query,
                tandem_id,
                kinds,
                limit: LIMIT,
            },
        ));
    }

    let only_save = std::env::var("SEARCH_BENCH_ONLY_SAVE").is_ok();
    if only_save {
        requests.clear();
    }
    println!(
        "\n{:<28} {:>7} {:>9} {:>9} {:>10} {:>10} {:>7}",
        "query", "total", "p50 ms", "p95 ms", "plain p50", "plain p95", "ratio"
    );
    let mut ok = true;
    for (label, request) in &requests {
        let expr = search::match_expression(&Query::parse(&request.query), request)
            .unwrap_or_else(|| fail("query", "no expression"));
        let total = search::search(&conn, request)
            .unwrap_or_else(|e| fail("search", e))
            .total;
        let ((p50, p95), (plain50, plain95)) = time_pair(
            RUNS,
            || {
                search::search(&conn, request).unwrap_or_else(|e| fail("search", e));
            },
            || {
                plain_query(&conn, &expr);
            },
        );
        let ratio = p95.as_secs_f64() / plain95.as_secs_f64().max(1e-9);
        let over = p95 > BUDGET_P95 || ratio > BUDGET_RATIO;
        ok &= !over;
        println!(
            "{:<28} {:>7} {:>9.2} {:>9.2} {:>10.2} {:>10.2} {:>6.2}x{}",
            label,
            total,
            ms(p50),
            ms(p95),
            ms(plain50),
            ms(plain95),
            ratio,
            if over { "  OVER BUDGET" } else { "" }
        );
    }

    // Diagnostics: the cost of counting (`SEARCH_BENCH_DIAG=1`).
    if std::env::var("SEARCH_BENCH_DIAG").is_ok() {
        println!(
            "\n{:<28} {:>12} {:>12} {:>12}",
            "query", "rank 50", "rank 10000", "count"
        );
        for (label, request) in &requests {
            let expr = search::match_expression(&Query::parse(&request.query), request)
                .unwrap_or_else(|| fail("query", "no expression"));
            let step = |limit: u32| {
                let mut stmt = conn
                    .prepare(
                        "SELECT rowid FROM search_index WHERE search_index MATCH ?1
                         ORDER BY rank LIMIT ?2",
                    )
                    .unwrap_or_else(|e| fail("diag", e));
                let mut rows = stmt
                    .query(params![expr, limit])
                    .unwrap_or_else(|e| fail("diag", e));
                while let Ok(Some(_)) = rows.next() {}
            };
            let count = || {
                conn.query_row(
                    "SELECT count(*) FROM (SELECT 1 FROM search_index
                     WHERE search_index MATCH ?1 LIMIT 10000)",
                    [&expr],
                    |r| r.get::<_, i64>(0),
                )
                .unwrap_or_else(|e| fail("diag", e));
            };
            let ((r50, _), (r10k, _)) = time_pair(RUNS / 2, || step(50), || step(10_000));
            let ((c50, _), _) = time_pair(RUNS / 2, count, || {});
            println!(
                "{:<28} {:>12.2} {:>12.2} {:>12.2}",
                label,
                ms(r50),
                ms(r10k),
                ms(c50)
            );
        }
    }

    // Saving an entry: journal::create (validation, one transaction with the entry, its tags
    // and the index triggers; synchronous = FULL).
    if let Ok(pragma) = std::env::var("SEARCH_BENCH_PRAGMA") {
        conn.execute_batch(&pragma)
            .unwrap_or_else(|e| fail("pragma", e));
        println!("with {pragma}");
    }
    // Optional FTS5 settings to try (`SEARCH_BENCH_FTS="automerge=8 crisismerge=32"`).
    if let Ok(settings) = std::env::var("SEARCH_BENCH_FTS") {
        for kv in settings.split_whitespace() {
            if let Some((k, v)) = kv.split_once('=') {
                conn.execute(
                    "INSERT INTO search_index (search_index, rank) VALUES (?1, ?2)",
                    params![k, v],
                )
                .unwrap_or_else(|e| fail("fts setting", e));
                println!("FTS5 setting {k} = {v}");
            }
        }
    }
    let v = Vocabulary::new();
    let mut rng = Lcg(99);
    let now = chrono::Utc::now();
    let mut saves = Vec::with_capacity(SAVES);
    for i in 0..SAVES {
        let (title, body) = (rng.title(&v), rng.body(&v));
        let input = JournalEntryInput {
            tandem_id: Some(tandems[i % TANDEMS]),
            title,
            body,
            prompt: None,
            topic_id: None,
            tags: vec!["Bench".into(), "Übung".into()],
            goal_ids: Vec::new(),
            pinned: false,
        };
        let start = Instant::now();
        journal::create(&Ctx::new(&conn, now, chrono_tz::UTC, Language::En), &input)
            .unwrap_or_else(|e| fail("save", e));
        saves.push(start.elapsed());
    }
    let (save50, save95) = (percentile(&mut saves, 0.5), percentile(&mut saves, 0.95));
    let (save99, save_max) = (percentile(&mut saves, 0.99), percentile(&mut saves, 1.0));
    // The machine's commit floor, for context: a one-row insert into a plain table.
    conn.execute_batch("CREATE TABLE bench_floor (x INTEGER)")
        .unwrap_or_else(|e| fail("floor", e));
    let mut floor = Vec::with_capacity(SAVES);
    for i in 0..SAVES {
        let start = Instant::now();
        conn.execute("INSERT INTO bench_floor (x) VALUES (?1)", [i as i64])
            .unwrap_or_else(|e| fail("floor", e));
        floor.push(start.elapsed());
    }
    let (floor50, floor95) = (percentile(&mut floor, 0.5), percentile(&mut floor, 0.95));
    let save_over = save95 > BUDGET_SAVE_P95;
    ok &= !save_over;
    println!(
        "\nsave entry (journal::create): p50 {:.2} ms, p95 {:.2} ms \
         (p99 {:.2}, max {:.2}){}",
        ms(save50),
        ms(save95),
        ms(save99),
        ms(save_max),
        if save_over { "  OVER BUDGET" } else { "" }
    );
    println!(
        "commit floor of this machine (1-row insert, synchronous = FULL): p50 {:.2} ms, \
         p95 {:.2} ms",
        ms(floor50),
        ms(floor95)
    );
    println!(
        "budgets: query p95 ≤ {} ms and ≤ {BUDGET_RATIO}× plain FTS5 p95; save p95 ≤ {} ms",
        BUDGET_P95.as_millis(),
        BUDGET_SAVE_P95.as_millis()
    );
    if ok {
        println!("search bench: within budget");
        ExitCode::SUCCESS
    } else {
        eprintln!("search bench: OVER BUDGET");
        ExitCode::FAILURE
    }
}

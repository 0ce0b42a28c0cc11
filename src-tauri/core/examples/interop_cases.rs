//! Writes the interop test cases: real meetings built through the core API in a throwaway
//! session, exported with `calendar::export::render`, plus `expected.json` with the source
//! data of every event, for the independent parsers in tests/interop (ical.js and Python
//! icalendar) to compare against.
//!
//! `cargo run -q -p eyelevel-core --example interop_cases -- <outdir>` (`make interop`).
//!
//! The expected values come from the stored rows (Meeting, tandem title, agenda items), never
//! from the exporter: the description is rebuilt here from its documented format (see
//! `calendar::export::description`). The DST cases also assert the stored instants against UTC times written out by
//! hand, so a wrong zone conversion cannot pass just because file and database agree.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use eyelevel_core::agenda::{self, AgendaItem, AgendaItemInput};
use eyelevel_core::calendar::export::{self, ExportRequest, ExportScope};
use eyelevel_core::calendar::{AgendaDetail, CalendarSettings};
use eyelevel_core::clock::FixedClock;
use eyelevel_core::ctx::Ctx;
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting::{self, Meeting, MeetingInput, MeetingStatus};
use eyelevel_core::paths::DataDir;
use eyelevel_core::session::{self, Session, SetupRequest};
use eyelevel_core::settings::SettingsPatch;
use eyelevel_core::tandem::{self, Cadence, CadenceUnit, Role, TandemInput};
use eyelevel_core::vault::MemoryKeyring;
use eyelevel_core::vault::Protection;
use eyelevel_core::Result;
use serde_json::{json, Value};

#[path = "interop_cases/cases.rs"]
mod cases;

const ZONE: &str = "Europe/Berlin";

fn main() {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: interop_cases <outdir>");
        std::process::exit(2);
    };
    if let Err(e) = run(&out) {
        eprintln!("interop_cases: {e}");
        std::process::exit(1);
    }
}

/// How a file is exported: the calendar settings and the description's language.
struct Style {
    settings: CalendarSettings,
    language: Language,
}

/// One exported file: its events' source data and the texts that must not appear in it.
struct Case {
    about: &'static str,
    events: Vec<Value>,
    absent: Vec<String>,
}

struct World {
    session: Session,
    tz: Tz,
    now: DateTime<Utc>,
    out: PathBuf,
    files: BTreeMap<String, Case>,
    tandems: Vec<i64>,
}

fn run(out: &Path) -> Result<()> {
    std::fs::create_dir_all(out).map_err(|e| eyelevel_core::Error::io("create the outdir", e))?;
    let tmp = tempfile::tempdir().map_err(|e| eyelevel_core::Error::io("temp dir", e))?;
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
    let request = SetupRequest {
        protection: Protection::Keyring,
        passphrase: None,
    };
    let dir = DataDir::new(tmp.path().join("data"));
    let (session, _) = session::setup(
        &dir,
        &MemoryKeyring::new(),
        &request,
        Arc::new(FixedClock::new(now)),
    )?;
    session.update_settings(&SettingsPatch {
        time_zone: Some(Some(ZONE.into())),
        ..SettingsPatch::default()
    })?;
    let tz = session.ctx()?.zone;
    assert_eq!(tz.name(), ZONE, "the zone setting took");
    let mut w = World {
        session,
        tz,
        now,
        out: out.to_path_buf(),
        files: BTreeMap::new(),
        tandems: Vec::new(),
    };
    cases::all(&mut w)?;
    write_expected(&w)?;
    println!(
        "interop_cases: {} files in {}",
        w.files.len(),
        out.display()
    );
    Ok(())
}

impl World {
    /// The context of the core calls: the fixed instant and zone of the cases, English.
    fn cx(&self) -> Ctx<'_> {
        Ctx::new(self.session.conn(), self.now, self.tz, Language::En)
    }

    fn tandem(&mut self, title: &str) -> Result<i64> {
        let input = TandemInput {
            title: title.into(),
            my_role: Role::Mentee,
            partner_name: "Lena Hoffmann".into(),
            partner_contact: None,
            program: None,
            start_date: date("2026-11-01"),
            planned_end_date: None,
            cadence: Cadence {
                every: 2,
                unit: CadenceUnit::Week,
                minutes: 60,
            },
            focus_topic_ids: Vec::new(),
        };
        let t = tandem::create(&self.cx(), &input)?;
        assert_eq!(t.title, title, "the title is stored as typed");
        self.tandems.push(t.id);
        Ok(t.id)
    }

    /// A meeting from "YYYY-MM-DD HH:MM minutes" (local time in the user's zone).
    fn meeting(&mut self, t: i64, when: &str, place: &str, link: Option<&str>) -> Result<Meeting> {
        let parts: Vec<&str> = when.split_whitespace().collect();
        let input = MeetingInput {
            date: date(parts[0]),
            time: parts[1].into(),
            duration_minutes: parts[2].parse().expect("literal minutes"),
            place: place.into(),
            video_link: link.map(Into::into),
        };
        meeting::plan(&self.cx(), t, &input)
    }

    /// A meeting from "date time minutes start end" whose stored UTC start and end must be
    /// `start` and `end`.
    fn dst_meeting(&mut self, t: i64, row: &str) -> Result<()> {
        let parts: Vec<&str> = row.split_whitespace().collect();
        let m = self.meeting(t, &parts[..3].join(" "), "", None)?;
        let got = [utc(&m.starts_at), utc(&m.ends_at)];
        assert_eq!(got, [parts[3], parts[4]], "UTC of {row}");
        Ok(())
    }

    fn item(
        &mut self,
        meeting_id: i64,
        title: &str,
        minutes: u32,
        prep: &str,
        shared: bool,
    ) -> Result<AgendaItem> {
        let input = AgendaItemInput {
            title: title.into(),
            topic_id: None,
            minutes,
            prep_notes: prep.into(),
            links: Vec::new(),
            shared,
        };
        agenda::add(&self.cx(), meeting_id, &input)
    }

    fn links(&mut self, item: AgendaItem, links: &[&str]) -> Result<()> {
        let input = AgendaItemInput {
            title: item.title,
            topic_id: item.topic_id,
            minutes: item.minutes,
            prep_notes: item.prep_notes,
            links: links.iter().map(|l| l.to_string()).collect(),
            shared: item.shared,
        };
        agenda::update(&self.cx(), item.id, &input)?;
        Ok(())
    }

    /// Renders `scope` into `<out>/<file>` and records the source data of the same meetings.
    fn export(
        &mut self,
        file: &str,
        about: &'static str,
        scope: ExportScope,
        style: &Style,
        absent: &[&str],
    ) -> Result<()> {
        let (s, language) = (&style.settings, style.language);
        let req = ExportRequest {
            scope,
            from: None,
            to: None,
        };
        let _conn = self.session.conn();
        let rendered = export::render(&self.cx().in_language(language), &req, s)?;
        std::fs::write(self.out.join(file), rendered.text.as_bytes())
            .map_err(|e| eyelevel_core::Error::io("write a case", e))?;
        let meetings = self.selection(scope)?;
        assert_eq!(
            rendered.events as usize,
            meetings.len(),
            "{file}: event count"
        );
        let events = meetings
            .iter()
            .map(|m| self.expected_event(m, s, language))
            .collect::<Result<Vec<_>>>()?;
        let absent = absent.iter().map(|a| a.to_string()).collect();
        self.files.insert(
            file.into(),
            Case {
                about,
                events,
                absent,
            },
        );
        Ok(())
    }

    /// The meetings a scope selects, read from the store (all of them are upcoming here).
    fn selection(&self, scope: ExportScope) -> Result<Vec<Meeting>> {
        let conn = self.session.conn();
        let mut all: Vec<Meeting> = Vec::new();
        for &t in &self.tandems {
            all.extend(meeting::list(&self.cx(), t, true)?);
        }
        let picked: Vec<Meeting> = match scope {
            ExportScope::Meeting { meeting_id } => {
                all.into_iter().filter(|m| m.id == meeting_id).collect()
            }
            ExportScope::SeriesFrom { meeting_id } => {
                let first = meeting::get(conn, meeting_id)?;
                all.into_iter()
                    .filter(|m| m.series_id == first.series_id && m.starts_at >= first.starts_at)
                    .collect()
            }
            ExportScope::Tandem { tandem_id } => all
                .into_iter()
                .filter(|m| m.tandem_id == tandem_id)
                .collect(),
            ExportScope::All => all,
        };
        Ok(picked)
    }

    fn expected_event(
        &self,
        m: &Meeting,
        s: &CalendarSettings,
        language: Language,
    ) -> Result<Value> {
        let conn = self.session.conn();
        let title = tandem::get(conn, m.tandem_id)?.title;
        let shared: Vec<AgendaItem> = agenda::list(conn, m.id)?
            .into_iter()
            .filter(|i| i.shared)
            .collect();
        let cancelled = m.status == MeetingStatus::Cancelled;
        Ok(json!({
            "uid": m.uid,
            "sequence": m.sequence,
            "summary": title,
            "description": description(&shared, m.video_link.as_deref(), s.agenda_detail, language),
            "location": Some(&m.place).filter(|p| !p.is_empty()),
            "url": m.video_link,
            "start": utc(&m.starts_at),
            "end": utc(&m.ends_at),
            "created": utc(&m.created_at),
            "dtstamp": self.now.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            "status": if cancelled { "CANCELLED" } else { "CONFIRMED" },
            "class": "PRIVATE",
            "transp": "OPAQUE",
            "alarm_minutes": if cancelled { None } else { s.alarm_minutes },
        }))
    }
}

/// The DESCRIPTION as `calendar::export::description` documents it: "Agenda:", "- {title} ({minutes} min)" (no
/// minutes when 0), prep note lines and links indented two spaces (with prep notes only),
/// a blank line, "Video link: {url}"; German labels "(… Min.)" and "Videolink:".
fn description(
    shared: &[AgendaItem],
    video: Option<&str>,
    detail: AgendaDetail,
    language: Language,
) -> Option<String> {
    let (unit, video_label) = match language {
        Language::De => ("Min.", "Videolink:"),
        Language::En => ("min", "Video link:"),
    };
    let mut lines = Vec::new();
    if detail != AgendaDetail::None && !shared.is_empty() {
        lines.push("Agenda:".to_string());
        for item in shared {
            lines.push(match item.minutes {
                0 => format!("- {}", item.title),
                n => format!("- {} ({n} {unit})", item.title),
            });
            if detail == AgendaDetail::WithPrepNotes {
                lines.extend(item.prep_notes.lines().map(|l| format!("  {l}")));
                lines.extend(item.links.iter().map(|l| format!("  {l}")));
            }
        }
    }
    if let Some(url) = video {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push(format!("{video_label} {url}"));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

fn write_expected(w: &World) -> Result<()> {
    let files: serde_json::Map<String, Value> = w
        .files
        .iter()
        .map(|(name, c)| {
            (
                name.clone(),
                json!({ "case": c.about, "events": c.events, "absent": c.absent }),
            )
        })
        .collect();
    let uid = |file: &str| w.files[file].events[0]["uid"].clone();
    let expected = json!({
        "note": "Written by src-tauri/core/examples/interop_cases.rs from the stored rows.",
        "calendar": {
            "version": "2.0",
            "prodid": "-//Eyelevel//Eyelevel//EN",
            "calscale": "GREGORIAN",
            "method": "PUBLISH",
            "x-wr-calname": "Eyelevel",
        },
        "files": files,
        "updates": [{ "before": "changed-v1.ics", "after": "changed-v2.ics", "uid": uid("changed-v1.ics") }],
    });
    let text = serde_json::to_string_pretty(&expected)?;
    std::fs::write(w.out.join("expected.json"), text)
        .map_err(|e| eyelevel_core::Error::io("write expected.json", e))
}

/// An RFC 3339 instant as "YYYY-MM-DDTHH:MM:SSZ".
fn utc(rfc3339: &str) -> String {
    let t = DateTime::parse_from_rfc3339(rfc3339).expect("stored instants are RFC 3339");
    t.with_timezone(&Utc)
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

fn date(s: &str) -> NaiveDate {
    s.parse().expect("a literal date")
}

/// `pattern` repeated and cut to exactly `n` characters, not ending in white space (one-line
/// fields are trimmed when stored).
fn exactly(n: usize, pattern: &str) -> String {
    let mut s: Vec<char> = pattern.chars().cycle().take(n).collect();
    if s.last().is_some_and(|c| c.is_whitespace()) {
        s[n - 1] = '!';
    }
    s.into_iter().collect()
}

//! The search bench's corpus: deterministic mixed German/English text with a Zipf-distributed
//! vocabulary (function words, content words with umlauts and ß, a long tail of rare words),
//! written as journal entries and meeting notes of a few tandems.

use chrono::{TimeZone, Utc};
use eyelevel_core::ctx::Ctx;
use eyelevel_core::i18n::Language;
use eyelevel_core::tandem::{self, Cadence, CadenceUnit, Role, TandemInput};
use rusqlite::{params, Connection};

use super::fail;

pub const ENTRIES: usize = 75_000;
pub const NOTES: usize = 25_000;
pub const TANDEMS: usize = 20;

/// The most frequent words (Zipf ranks 1…).
const FUNCTION: &[&str] = &[
    "der", "die", "und", "the", "and", "ich", "wir", "das", "to", "of", "in", "mit", "für", "is",
    "nicht", "auch", "a", "ein", "eine", "zu", "we", "I", "it", "über", "auf", "dass", "es", "sie",
    "was", "wie", "heute", "sehr", "noch", "so", "but", "this", "that", "mehr", "nach", "aus",
];
/// Content words, roughly by how often a mentoring journal uses them.
const CONTENT: &[&str] = &[
    "Team",
    "gelernt",
    "Meeting",
    "Feedback",
    "Führung",
    "Erfahrung",
    "Perspektive",
    "learned",
    "Gespräch",
    "digital",
    "tools",
    "Arbeit",
    "Woche",
    "Übung",
    "Kollegen",
    "Mentorin",
    "AI",
    "Zukunft",
    "wichtig",
    "verstanden",
    "ausprobiert",
    "nächste",
    "social",
    "media",
    "prompt",
    "Vertrauen",
    "Veränderung",
    "Wissen",
    "Kultur",
    "mentoring",
    "Entscheidung",
    "Strategie",
    "Lösung",
    "Rückmeldung",
    "Größe",
    "workflow",
    "insight",
    "Abteilung",
    "Homeoffice",
    "überrascht",
    "Generation",
    "Besprechung",
    "Werkzeug",
    "Verantwortung",
    "Fehler",
    "leadership",
    "Digitalisierung",
    "Straße",
    "Überraschung",
    "TikTok",
    "LinkedIn",
    "remote",
    "hybrid",
    "Nachhaltigkeit",
    "inclusion",
    "Prüfung",
    "Künstliche",
    "Intelligenz",
    "podcast",
    "Öffentlichkeit",
    "chatbot",
    "Geschäftsführung",
    "Maßnahme",
    "Müdigkeit",
    "Kundin",
    "Führungskraft",
    "Mitarbeitende",
    "newsletter",
    "dashboard",
    "privacy",
    "sustainability",
    "Begrüßung",
    "Fußnote",
    "reverse",
];
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mü", "ber", "ße", "ta", "ri", "ön", "sch", "ter", "ung", "an", "ver", "ge",
    "lich", "keit", "pro", "zu", "men", "dat", "for", "ing", "tion", "al", "kü", "rä", "ol", "nu",
    "bi", "wo",
];
/// Rare words made of syllables: the long tail of a real vocabulary.
const TAIL: usize = 6_000;

/// A Zipf-distributed vocabulary (p ∝ 1 / rank).
pub struct Vocabulary {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocabulary {
    pub fn new() -> Vocabulary {
        let mut words: Vec<String> = FUNCTION.iter().map(|w| w.to_string()).collect();
        words.extend(CONTENT.iter().map(|w| w.to_string()));
        let mut rng = Lcg(3);
        for i in 0..TAIL {
            let n = 2 + rng.below(3);
            let mut w: String = (0..n)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect();
            if i % 2 == 0 {
                let mut chars = w.chars();
                if let Some(first) = chars.next() {
                    w = first.to_uppercase().chain(chars).collect();
                }
            }
            words.push(w);
        }
        let mut sum = 0.0;
        let cumulative = (1..=words.len())
            .map(|r| {
                sum += 1.0 / r as f64;
                sum
            })
            .collect();
        Vocabulary { words, cumulative }
    }
}

/// A small deterministic generator (no dependency, same text on every run).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn word<'v>(&mut self, v: &'v Vocabulary) -> &'v str {
        let total = v.cumulative.last().copied().unwrap_or(1.0);
        let x = (self.next() as f64 / (1u64 << 31) as f64) * total;
        let i = v.cumulative.partition_point(|&c| c < x);
        v.words.get(i).map_or("wort", String::as_str)
    }
    pub fn sentence(&mut self, v: &Vocabulary) -> String {
        let n = 5 + self.below(10);
        let words: Vec<&str> = (0..n).map(|_| self.word(v)).collect();
        format!("{}.", words.join(" "))
    }
    /// Markdown: a heading sometimes, paragraphs, a task list sometimes.
    pub fn body(&mut self, v: &Vocabulary) -> String {
        let mut out = String::new();
        if self.below(4) == 0 {
            out.push_str(&format!("## {}\n\n", self.title(v)));
        }
        for _ in 0..(2 + self.below(6)) {
            out.push_str(&self.sentence(v));
            out.push(' ');
        }
        if self.below(3) == 0 {
            out.push_str("\n\n");
            for _ in 0..3 {
                let w = self.word(v).to_string();
                out.push_str(&format!("- [ ] **{w}** {}\n", self.sentence(v)));
            }
        }
        out
    }
    /// Titles use content words only.
    pub fn title(&mut self, v: &Vocabulary) -> String {
        (0..(1 + self.below(4)))
            .map(|_| loop {
                let w = self.word(v);
                if !FUNCTION.contains(&w) {
                    break w;
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

pub fn load(conn: &mut Connection) -> Vec<i64> {
    let now = Utc
        .with_ymd_and_hms(2026, 11, 24, 9, 0, 0)
        .single()
        .unwrap_or_else(|| fail("now", "no such instant"));
    let mut tandems = Vec::new();
    for i in 0..TANDEMS {
        let input = TandemInput {
            title: format!("Tandem {i}"),
            my_role: if i % 2 == 0 {
                Role::Mentee
            } else {
                Role::Mentor
            },
            partner_name: "Lena".into(),
            partner_contact: None,
            program: None,
            start_date: now.date_naive(),
            planned_end_date: None,
            cadence: Cadence {
                every: 2,
                unit: CadenceUnit::Week,
                minutes: 60,
            },
            focus_topic_ids: Vec::new(),
        };
        let cx = Ctx::new(conn, now, chrono_tz::UTC, Language::En);
        let t = tandem::create(&cx, &input).unwrap_or_else(|e| fail("tandem", e));
        tandems.push(t.id);
    }
    let v = Vocabulary::new();
    let mut rng = Lcg(7);
    let tx = conn.transaction().unwrap_or_else(|e| fail("tx", e));
    {
        let mut meeting = tx
            .prepare(
                "INSERT INTO meetings (tandem_id, uid, starts_at, ends_at, time_zone, local_date,
                     local_time, duration_minutes, place, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, 'Europe/Berlin', ?5, '10:00', 60, '', 'held', ?3, ?3)",
            )
            .unwrap_or_else(|e| fail("prepare", e));
        let mut note = tx
            .prepare(
                "INSERT INTO meeting_notes (meeting_id, body, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?3)",
            )
            .unwrap_or_else(|e| fail("prepare", e));
        for i in 0..NOTES {
            let day = now - chrono::Duration::days((i % 3000) as i64);
            let starts = format!("{}T09:00:00.000Z", day.format("%Y-%m-%d"));
            let ends = format!("{}T10:00:00.000Z", day.format("%Y-%m-%d"));
            let t = tandems[i % TANDEMS];
            meeting
                .execute(params![
                    t,
                    format!("m{i}"),
                    starts,
                    ends,
                    day.format("%Y-%m-%d").to_string()
                ])
                .unwrap_or_else(|e| fail("meeting", e));
            let id = tx.last_insert_rowid();
            note.execute(params![id, rng.body(&v), starts])
                .unwrap_or_else(|e| fail("note", e));
        }
        let mut entry = tx
            .prepare(
                "INSERT INTO journal_entries (tandem_id, title, body, prompt, tags, created_at,
                     updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )
            .unwrap_or_else(|e| fail("prepare", e));
        for i in 0..ENTRIES {
            let t = (i % 5 != 0).then(|| tandems[rng.below(TANDEMS)]);
            let prompt = (i % 4 == 0).then_some("Was habe ich heute gelernt?");
            let tags = format!("[\"{}\",\"{}\"]", rng.word(&v), rng.word(&v));
            let at = format!("2026-{:02}-{:02}T08:00:00.000Z", 1 + i % 12, 1 + i % 28);
            entry
                .execute(params![t, rng.title(&v), rng.body(&v), prompt, tags, at])
                .unwrap_or_else(|e| fail("entry", e));
        }
    }
    tx.commit().unwrap_or_else(|e| fail("commit", e));
    tandems
}

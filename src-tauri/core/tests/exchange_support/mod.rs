//! Two partners in one process: alice/ and bob/ (each a data directory with its own key) and
//! shared/, the folder their sync client keeps in step — simulated by a plain directory.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use eyelevel_core::agenda::{self, AgendaItemInput};
use eyelevel_core::ctx::Ctx;
use eyelevel_core::exchange::{self, ReceiveReport};
use eyelevel_core::meeting::{self, MeetingInput};
use eyelevel_core::session::Session;
use eyelevel_core::tandem;
use tempfile::TempDir;

use crate::common::{self, date, now, tandem_input};

pub struct Side {
    pub _tmp: TempDir,
    pub session: Session,
    pub tandem: i64,
    /// The instant this side's calls run at (its wall clock).
    pub at: DateTime<Utc>,
}

impl Side {
    pub fn cx(&self) -> Ctx<'_> {
        common::cx(self.session.conn()).at(self.at)
    }

    /// Moves this side's clock on.
    pub fn later(&mut self, minutes: i64) {
        self.at += Duration::minutes(minutes);
    }

    pub fn send(&self) -> PathBuf {
        let sent = exchange::send_to_folder(&self.cx(), self.tandem, None).unwrap();
        PathBuf::from(sent.path)
    }

    pub fn receive(&self) -> ReceiveReport {
        exchange::receive_folder(&self.cx(), Some(self.tandem), None, false).unwrap()
    }

    pub fn agenda(&self, meeting: i64) -> Vec<agenda::AgendaItem> {
        agenda::list(self.session.conn(), meeting).unwrap()
    }

    /// The local id of the meeting with calendar uid `uid`.
    pub fn meeting(&self, uid: &str) -> i64 {
        meeting::list(&self.cx(), self.tandem, true)
            .unwrap()
            .into_iter()
            .find(|m| m.uid == uid)
            .unwrap_or_else(|| panic!("no meeting {uid}"))
            .id
    }

    pub fn add_point(&self, meeting: i64, title: &str, shared: bool) -> agenda::AgendaItem {
        let input = AgendaItemInput {
            title: title.into(),
            topic_id: None,
            minutes: 10,
            prep_notes: String::new(),
            links: Vec::new(),
            shared,
        };
        agenda::add(&self.cx(), meeting, &input).unwrap()
    }
}

pub struct Pair {
    pub alice: Side,
    pub bob: Side,
    pub shared: TempDir,
    /// Alice's first meeting: its calendar uid.
    pub meeting_uid: String,
}

impl Pair {
    pub fn folder(&self) -> &Path {
        self.shared.path()
    }

    pub fn files(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = std::fs::read_dir(self.folder())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        out.sort();
        out
    }
}

fn side() -> Side {
    let (tmp, session) = common::session();
    Side {
        _tmp: tmp,
        session,
        tandem: 0,
        at: now(),
    }
}

/// Alice's tandem with one planned meeting, paired with Bob (who creates the tandem from
/// the invitation), both exchanging through one shared folder.
pub fn pair() -> Pair {
    let mut alice = side();
    let mut bob = side();
    alice.tandem = tandem::create(&alice.cx(), &tandem_input("Digital leadership"))
        .unwrap()
        .id;
    let planned = meeting::plan(
        &alice.cx(),
        alice.tandem,
        &MeetingInput {
            date: date("2026-12-01"),
            time: "10:00".into(),
            duration_minutes: 60,
            place: "Café Central".into(),
            video_link: None,
        },
    )
    .unwrap();
    let invitation = exchange::invite(&alice.cx(), alice.tandem, "Alice").unwrap();
    let accepted = exchange::accept(&bob.cx(), &invitation.text, None, "Bob").unwrap();
    bob.tandem = accepted.tandem_id;
    exchange::finish(&alice.cx(), &accepted.answer).unwrap();
    let shared = tempfile::tempdir().unwrap();
    for s in [&alice, &bob] {
        exchange::set_folder(&s.cx(), s.tandem, Some(shared.path())).unwrap();
    }
    Pair {
        alice,
        bob,
        shared,
        meeting_uid: planned.uid,
    }
}

/// Alice sends, Bob receives, Bob sends, Alice receives.
pub fn round(p: &mut Pair) {
    p.alice.send();
    p.bob.receive();
    p.bob.send();
    p.alice.receive();
}

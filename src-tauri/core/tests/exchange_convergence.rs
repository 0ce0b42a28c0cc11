//! Random edits on both sides, random files delivered in random order (some twice, some
//! never until the end), clocks apart: once every file has arrived, both sides hold the same
//! shared items.

mod common;
mod exchange_support;

use std::collections::BTreeMap;

use exchange_support::{pair, round, Pair, Side};
use eyelevel_core::agenda::{self, AgendaItemInput};
use eyelevel_core::exchange::{self, store};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    /// One side adds a shared point.
    Add { bob: bool },
    /// One side ticks or unticks the n-th point it sees.
    Tick { bob: bool, n: usize },
    /// One side renames the n-th of its own points.
    Rename { bob: bool, n: usize },
    /// One side deletes the n-th of its own points.
    Delete { bob: bool, n: usize },
    /// One side writes a file (into the pool of files in transit).
    Send { bob: bool },
    /// The n-th file in transit reaches the other side.
    Deliver { n: usize },
    /// One side's clock moves on.
    Wait { bob: bool, minutes: i64 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        any::<bool>().prop_map(|bob| Op::Add { bob }),
        (any::<bool>(), 0..8usize).prop_map(|(bob, n)| Op::Tick { bob, n }),
        (any::<bool>(), 0..8usize).prop_map(|(bob, n)| Op::Rename { bob, n }),
        (any::<bool>(), 0..8usize).prop_map(|(bob, n)| Op::Delete { bob, n }),
        any::<bool>().prop_map(|bob| Op::Send { bob }),
        any::<bool>().prop_map(|bob| Op::Send { bob }),
        (0..16usize).prop_map(|n| Op::Deliver { n }),
        (0..16usize).prop_map(|n| Op::Deliver { n }),
        (any::<bool>(), 0..5i64).prop_map(|(bob, minutes)| Op::Wait { bob, minutes }),
    ]
}

fn side(p: &Pair, bob: bool) -> &Side {
    if bob {
        &p.bob
    } else {
        &p.alice
    }
}

fn items(s: &Side, meeting_uid: &str) -> Vec<agenda::AgendaItem> {
    s.agenda(s.meeting(meeting_uid))
}

fn apply(p: &mut Pair, op: &Op, pool: &mut Vec<(bool, Vec<u8>)>, counter: &mut u32) {
    let uid = p.meeting_uid.clone();
    match *op {
        Op::Add { bob } => {
            *counter += 1;
            let s = side(p, bob);
            s.add_point(s.meeting(&uid), &format!("point {counter}"), true);
        }
        Op::Tick { bob, n } => {
            let s = side(p, bob);
            let all = items(s, &uid);
            if let Some(item) = all.get(n % all.len().max(1)) {
                agenda::set_discussed(&s.cx(), item.id, !item.discussed).unwrap();
            }
        }
        Op::Rename { bob, n } | Op::Delete { bob, n } => {
            let s = side(p, bob);
            let own: Vec<_> = items(s, &uid)
                .into_iter()
                .filter(|i| !i.from_partner)
                .collect();
            let Some(item) = own.get(n % own.len().max(1)) else {
                return;
            };
            if matches!(op, Op::Delete { .. }) {
                agenda::delete(s.session.conn(), item.id).unwrap();
            } else {
                *counter += 1;
                let input = AgendaItemInput {
                    title: format!("{} / renamed {counter}", item.title),
                    topic_id: None,
                    minutes: item.minutes,
                    prep_notes: String::new(),
                    links: Vec::new(),
                    shared: true,
                };
                agenda::update(&s.cx(), item.id, &input).unwrap();
            }
        }
        Op::Send { bob } => {
            let path = side(p, bob).send();
            pool.push((bob, std::fs::read(&path).unwrap()));
            std::fs::remove_file(path).unwrap();
        }
        Op::Deliver { n } => {
            if pool.is_empty() {
                return;
            }
            let (from_bob, bytes) = pool[n % pool.len()].clone();
            let to = side(p, !from_bob);
            exchange::receive_bytes(&to.cx(), "in-transit.eyx", &bytes, false).unwrap();
        }
        Op::Wait { bob, minutes } => {
            if bob {
                p.bob.later(minutes);
            } else {
                p.alice.later(minutes);
            }
        }
    }
}

/// What a side holds of the shared agenda: (title, discussed), sorted.
fn agenda_view(s: &Side, meeting_uid: &str) -> Vec<(String, bool)> {
    let mut out: Vec<_> = items(s, meeting_uid)
        .into_iter()
        .filter(|i| i.shared)
        .map(|i| (i.title, i.discussed))
        .collect();
    out.sort();
    out
}

/// The shared items as exchanged: uid → (content, state, deleted).
fn items_view(s: &Side) -> BTreeMap<String, String> {
    store::items(s.session.conn(), s.tandem)
        .unwrap()
        .into_iter()
        .map(|st| {
            let i = st.item;
            (
                i.uid,
                format!("{} {} {}", i.content, i.state, i.deleted.is_some()),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn both_sides_converge(
        ops in prop::collection::vec(op(), 1..40),
        skew in -120i64..120,
    ) {
        let mut p = pair();
        // Bob has Alice's meeting before the random part starts.
        round(&mut p);
        p.bob.later(skew);
        let mut pool = Vec::new();
        let mut counter = 0;
        for op in &ops {
            apply(&mut p, op, &mut pool, &mut counter);
        }
        // Everything arrives in the end (files in transit too, in any order), then one last
        // exchange each way.
        for (from_bob, bytes) in pool.iter().rev() {
            let to = side(&p, !*from_bob);
            exchange::receive_bytes(&to.cx(), "late.eyx", bytes, false).unwrap();
        }
        for _ in 0..2 {
            p.alice.later(1);
            p.bob.later(1);
            p.alice.send();
            p.bob.receive();
            p.bob.send();
            p.alice.receive();
        }
        let uid = p.meeting_uid.clone();
        prop_assert_eq!(agenda_view(&p.alice, &uid), agenda_view(&p.bob, &uid));
        prop_assert_eq!(items_view(&p.alice), items_view(&p.bob));
    }
}

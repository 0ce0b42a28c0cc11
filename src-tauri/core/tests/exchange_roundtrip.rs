//! Partner exchange between two data directories through a shared folder: pairing, the
//! round trip both ways, ownership, the agreement agreed by both, notes, unpairing.

mod common;
mod exchange_support;

use exchange_support::{pair, round};
use eyelevel_core::action::{self, ActionInput, Owner};
use eyelevel_core::agenda;
use eyelevel_core::agreement::{self, AgreementInput};
use eyelevel_core::exchange::{self, PairState};
use eyelevel_core::goal::{self, GoalInput};
use eyelevel_core::note;
use eyelevel_core::page::meeting as meeting_page;
use eyelevel_core::tandem::{self, Role};
use eyelevel_core::ErrorCode;

#[test]
fn pairing_shows_the_same_check_code_on_both_sides_and_creates_the_tandem() {
    let p = pair();
    let a = exchange::status(&p.alice.cx(), p.alice.tandem).unwrap();
    let b = exchange::status(&p.bob.cx(), p.bob.tandem).unwrap();
    assert_eq!(a.state, PairState::Paired);
    assert_eq!(b.state, PairState::Paired);
    assert!(a.check_code.is_some());
    assert_eq!(a.check_code, b.check_code);
    assert_eq!(a.partner_name.as_deref(), Some("Bob"));
    assert_eq!(b.partner_name.as_deref(), Some("Alice"));
    let bobs = tandem::get(p.bob.session.conn(), p.bob.tandem).unwrap();
    assert_eq!(bobs.title, "Digital leadership");
    assert_eq!(bobs.my_role, Role::Mentor, "Alice is the mentee");
    assert_eq!(bobs.partner_name, "Alice");
}

#[test]
fn shared_items_travel_both_ways_and_private_ones_stay() {
    let mut p = pair();
    let a_meeting = p.alice.meeting(&p.meeting_uid);
    p.alice.add_point(a_meeting, "How I use AI at work", true);
    p.alice
        .add_point(a_meeting, "Ask about the promotion", false);
    let task = action::create(
        &p.alice.cx(),
        p.alice.tandem,
        Some(a_meeting),
        &ActionInput {
            title: "Try a prompt library".into(),
            owner: Owner::Partner,
            due_date: Some(common::date("2026-12-10")),
        },
    )
    .unwrap();
    p.alice.send();
    let report = p.bob.receive();
    assert_eq!(report.applied, 1);

    let b_meeting = p.bob.meeting(&p.meeting_uid);
    let detail = meeting_page::detail(p.bob.session.conn(), b_meeting).unwrap();
    assert!(detail.meeting.from_partner);
    let titles: Vec<_> = detail.agenda.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        ["How I use AI at work"],
        "the private point stays with Alice"
    );
    assert!(detail.agenda[0].from_partner);
    let bobs_task = &detail.actions[0];
    assert_eq!(bobs_task.title, "Try a prompt library");
    assert_eq!(bobs_task.owner, Owner::Me, "assigned to Bob");
    assert!(bobs_task.from_partner);

    // Bob may tick Alice's items but not rewrite or delete them.
    let err = agenda::update(
        &p.bob.cx(),
        detail.agenda[0].id,
        &agenda::AgendaItemInput {
            title: "Rewritten".into(),
            topic_id: None,
            minutes: 5,
            prep_notes: String::new(),
            links: Vec::new(),
            shared: true,
        },
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::PartnerItem);
    assert_eq!(
        action::delete(p.bob.session.conn(), bobs_task.id)
            .unwrap_err()
            .code(),
        ErrorCode::PartnerItem
    );
    agenda::set_discussed(&p.bob.cx(), detail.agenda[0].id, true).unwrap();
    action::set_done(&p.bob.cx(), bobs_task.id, true).unwrap();
    p.bob.add_point(b_meeting, "Feedback culture", true);
    p.bob.later(5);
    p.bob.send();
    let report = p.alice.receive();
    assert_eq!(report.applied, 1);
    assert!(!report.changes.is_empty());

    let agenda_a = p.alice.agenda(a_meeting);
    let shared = agenda_a
        .iter()
        .find(|i| i.title == "How I use AI at work")
        .unwrap();
    assert!(shared.discussed, "Bob's tick arrived");
    let bobs_point = agenda_a
        .iter()
        .find(|i| i.title == "Feedback culture")
        .unwrap();
    assert!(bobs_point.from_partner);
    assert!(action::get(p.alice.session.conn(), task.id).unwrap().done);
    let status = exchange::status(&p.alice.cx(), p.alice.tandem).unwrap();
    assert!(
        status.partner_seen_at.is_some(),
        "Bob confirmed Alice's file"
    );
    assert!(status.last_received_at.is_some());
}

#[test]
fn a_private_item_made_shared_appears_and_made_private_again_disappears() {
    let mut p = pair();
    let g = goal::create(
        &p.alice.cx(),
        p.alice.tandem,
        &GoalInput {
            title: "Use AI tools with confidence".into(),
            why: "My team does".into(),
            topic_id: None,
            target_date: None,
        },
    )
    .unwrap();
    round(&mut p);
    assert!(goal::list(p.bob.session.conn(), p.bob.tandem)
        .unwrap()
        .is_empty());
    goal::set_shared(&p.alice.cx(), g.id, true).unwrap();
    p.alice.later(1);
    round(&mut p);
    let bobs = goal::list(p.bob.session.conn(), p.bob.tandem).unwrap();
    assert_eq!(bobs.len(), 1);
    assert!(bobs[0].from_partner && bobs[0].shared);
    goal::set_shared(&p.alice.cx(), g.id, false).unwrap();
    p.alice.later(1);
    round(&mut p);
    assert!(goal::list(p.bob.session.conn(), p.bob.tandem)
        .unwrap()
        .is_empty());
    assert_eq!(
        goal::list(p.alice.session.conn(), p.alice.tandem)
            .unwrap()
            .len(),
        1
    );
}

fn agreement_input(mine: &str) -> AgreementInput {
    AgreementInput {
        my_expectations: mine.into(),
        partner_expectations: String::new(),
        cadence: common::cadence(2, 60),
        place: "Café Central".into(),
        video_link: None,
        confidentiality: "What we say stays between us.".into(),
        hr_sharing: "Only that we meet.".into(),
        voluntary: true,
        feedback: "Openly, at the end of each meeting.".into(),
        review_date: None,
    }
}

#[test]
fn each_writes_their_expectations_and_both_agree_the_same_version() {
    let mut p = pair();
    agreement::save(
        &p.alice.cx(),
        p.alice.tandem,
        &agreement_input("Learn AI tools"),
    )
    .unwrap();
    round(&mut p);
    let b = agreement::latest(p.bob.session.conn(), p.bob.tandem)
        .unwrap()
        .unwrap();
    assert_eq!(b.partner_expectations, "Learn AI tools");
    assert_eq!(b.place, "Café Central");
    let mut bobs = agreement::input_of(&b);
    bobs.my_expectations = "Understand leadership decisions".into();
    p.bob.later(1);
    agreement::save(&p.bob.cx(), p.bob.tandem, &bobs).unwrap();
    p.bob.send();
    p.alice.receive();
    let a = agreement::latest(p.alice.session.conn(), p.alice.tandem)
        .unwrap()
        .unwrap();
    assert_eq!(a.partner_expectations, "Understand leadership decisions");
    assert_eq!(a.version, 1, "a draft changes in place");

    agreement::mark_agreed(&p.alice.cx(), p.alice.tandem, common::today()).unwrap();
    agreement::mark_agreed(&p.bob.cx(), p.bob.tandem, common::today()).unwrap();
    p.alice.later(1);
    p.bob.later(1);
    round(&mut p);
    for side in [&p.alice, &p.bob] {
        let v = agreement::latest(side.session.conn(), side.tandem)
            .unwrap()
            .unwrap();
        assert_eq!(v.agreed_on, Some(common::today()));
        assert_eq!(v.partner_agreed_on, Some(common::today()), "agreed by both");
    }

    // Alice revises: a new draft on both sides; Bob's agreement does not carry over.
    let mut revised = agreement_input("Learn AI tools and social media");
    revised.partner_expectations = "Understand leadership decisions".into();
    p.alice.later(1);
    agreement::save(&p.alice.cx(), p.alice.tandem, &revised).unwrap();
    round(&mut p);
    let b = agreement::latest(p.bob.session.conn(), p.bob.tandem)
        .unwrap()
        .unwrap();
    assert_eq!(b.version, 2);
    assert_eq!(b.agreed_on, None);
    assert_eq!(b.partner_agreed_on, None);
    assert_eq!(b.partner_expectations, "Learn AI tools and social media");
}

#[test]
fn a_note_travels_only_when_shared() {
    let mut p = pair();
    let a_meeting = p.alice.meeting(&p.meeting_uid);
    note::save(&p.alice.cx(), a_meeting, "We talked about **prompting**.").unwrap();
    round(&mut p);
    let b_meeting = p.bob.meeting(&p.meeting_uid);
    assert!(meeting_page::detail(p.bob.session.conn(), b_meeting)
        .unwrap()
        .partner_note
        .is_none());
    note::set_shared(&p.alice.cx(), a_meeting, true).unwrap();
    p.alice.later(1);
    round(&mut p);
    let partner_note = meeting_page::detail(p.bob.session.conn(), b_meeting)
        .unwrap()
        .partner_note
        .unwrap();
    assert_eq!(partner_note.body, "We talked about **prompting**.");
    assert!(note::get(p.bob.session.conn(), b_meeting)
        .unwrap()
        .body
        .is_empty());
}

#[test]
fn unpairing_keeps_the_partners_items_as_ordinary_copies() {
    let mut p = pair();
    let a_meeting = p.alice.meeting(&p.meeting_uid);
    p.alice.add_point(a_meeting, "Shared point", true);
    round(&mut p);
    let b_meeting = p.bob.meeting(&p.meeting_uid);
    let status = exchange::unpair(&p.bob.cx(), p.bob.tandem).unwrap();
    assert_eq!(status.state, PairState::Unpaired);
    let item = &p.bob.agenda(b_meeting)[0];
    assert!(!item.from_partner);
    agenda::delete(p.bob.session.conn(), item.id).unwrap();
    assert_eq!(
        exchange::send_to_folder(&p.bob.cx(), p.bob.tandem, None)
            .unwrap_err()
            .code(),
        ErrorCode::NotPaired
    );
}

#[test]
fn pairing_again_revokes_the_old_key_and_keeps_each_sides_items() {
    let mut p = pair();
    let a_meeting = p.alice.meeting(&p.meeting_uid);
    p.alice
        .add_point(a_meeting, "Before the new computer", true);
    round(&mut p);
    let old_file = p.bob.send();
    // Bob's new computer: Alice invites again; Bob accepts for his tandem.
    let invitation = exchange::invite(&p.alice.cx(), p.alice.tandem, "Alice").unwrap();
    assert_eq!(
        exchange::receive_file(&p.alice.cx(), &old_file, false)
            .unwrap_err()
            .code(),
        ErrorCode::ExchangeFileInvalid,
        "files made with the old key are refused"
    );
    let accepted =
        exchange::accept(&p.bob.cx(), &invitation.text, Some(p.bob.tandem), "Bob").unwrap();
    assert!(!accepted.created);
    exchange::finish(&p.alice.cx(), &accepted.answer).unwrap();
    p.alice.later(1);
    p.alice.add_point(a_meeting, "After the new computer", true);
    round(&mut p);
    let b_meeting = p.bob.meeting(&p.meeting_uid);
    let titles: Vec<_> = p
        .bob
        .agenda(b_meeting)
        .into_iter()
        .map(|i| i.title)
        .collect();
    assert_eq!(
        titles,
        ["Before the new computer", "After the new computer"]
    );
}

#[test]
fn bad_pairing_codes_are_refused_and_change_nothing() {
    let p = pair();
    let cx = p.bob.cx();
    let before = common::count(p.bob.session.conn(), "tandems");
    for text in [
        "",
        "hello",
        "eyelevel-invitation:v1:!!!",
        "eyelevel-invitation:v1:e30",
    ] {
        let err = exchange::accept(&cx, text, None, "Bob").unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvitationInvalid, "{text:?}");
    }
    let invitation = exchange::invite(&p.alice.cx(), p.alice.tandem, "Alice").unwrap();
    let err = exchange::finish(&p.alice.cx(), &invitation.text).unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::InvitationInvalid,
        "an invitation is no answer"
    );
    let err = exchange::accept(&p.alice.cx(), &invitation.text, None, "Alice").unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::InvitationInvalid,
        "one's own invitation"
    );
    assert_eq!(common::count(p.bob.session.conn(), "tandems"), before);
    // A pasted invitation wrapped by a mail client still reads.
    let wrapped: String = invitation
        .text
        .as_bytes()
        .chunks(40)
        .map(|c| format!("> {}\n", String::from_utf8_lossy(c)))
        .collect();
    let err = exchange::accept(&cx, &wrapped.replace("> ", ""), Some(p.bob.tandem), "Bob");
    assert!(err.is_ok(), "{err:?}");
}

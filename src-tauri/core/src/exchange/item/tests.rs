use serde_json::json;

use super::*;

const A: &str = "aa";
const B: &str = "bb";

fn at(wall: i64, device: &str) -> Hlc {
    Hlc {
        wall,
        counter: 0,
        device: device.into(),
    }
}

fn item(author: &str, content: &str, c: Hlc, state: bool, s: Hlc) -> Item {
    Item {
        uid: "u1".into(),
        kind: Kind::AgendaItem,
        author: author.into(),
        content: json!({ "title": content }),
        content_hlc: c,
        state: json!({ "discussed": state }),
        state_hlc: s,
        deleted: None,
    }
}

#[test]
fn the_later_content_and_the_later_state_win_separately() {
    let local = item(A, "mine", at(10, A), false, at(10, A));
    let remote = item(A, "mine, edited", at(20, A), true, at(5, B));
    let m = merge(Some(&local), &remote, A, B).unwrap();
    assert_eq!(m.item.content, json!({ "title": "mine, edited" }));
    assert_eq!(
        m.item.state,
        json!({ "discussed": false }),
        "older state loses"
    );
    assert!(m.content && !m.state);
}

#[test]
fn only_the_author_changes_content_but_anyone_changes_state() {
    let local = item(A, "A's point", at(10, A), false, at(10, A));
    let forged = item(A, "rewritten by B", at(30, B), true, at(30, B));
    let m = merge(Some(&local), &forged, B, A).unwrap();
    assert_eq!(m.item.content, json!({ "title": "A's point" }));
    assert_eq!(m.item.state, json!({ "discussed": true }));
    let mut tombstone = local.clone();
    tombstone.deleted = Some(at(40, B));
    assert_eq!(
        merge(Some(&local), &tombstone, B, A),
        None,
        "B cannot delete A's item"
    );
}

#[test]
fn my_overwritten_values_are_kept_others_are_not() {
    let local = item(A, "x", at(10, A), false, at(15, A));
    let remote = item(A, "x", at(10, A), true, at(20, B));
    let m = merge(Some(&local), &remote, B, A).unwrap();
    assert_eq!(m.replaced.len(), 1);
    assert_eq!(m.replaced[0].part, "state");
    assert_eq!(m.replaced[0].value, json!({ "discussed": false }));
    // Seen from B's side the same overwrite replaces nothing B wrote.
    let m = merge(Some(&local), &remote, B, B).unwrap();
    assert!(m.replaced.is_empty());
}

#[test]
fn a_tombstone_wins_over_older_edits_and_loses_to_newer_ones() {
    let live = item(A, "x", at(10, A), false, at(20, B));
    let mut gone = live.clone();
    gone.deleted = Some(at(30, A));
    let m = merge(Some(&live), &gone, A, B).unwrap();
    assert!(m.deleted);
    // B ticked it after A deleted it: the item comes back on A's side.
    let mut newer = live.clone();
    newer.state = json!({ "discussed": true });
    newer.state_hlc = at(40, B);
    let m = merge(Some(&gone), &newer, B, A).unwrap();
    assert!(m.created && m.item.deleted.is_none());
}

#[test]
fn merging_twice_changes_nothing_the_second_time() {
    let local = item(A, "x", at(10, A), false, at(10, A));
    let remote = item(A, "y", at(20, A), true, at(20, B));
    let once = merge(Some(&local), &remote, A, B).unwrap().item;
    assert_eq!(merge(Some(&once), &remote, A, B), None);
}

#[test]
fn another_author_under_the_same_uid_is_not_the_same_item() {
    let local = item(A, "x", at(10, A), false, at(10, A));
    let other = item(B, "y", at(20, B), true, at(20, B));
    assert_eq!(merge(Some(&local), &other, B, A), None);
}

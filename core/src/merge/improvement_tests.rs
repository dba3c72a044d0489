//! The merge of an improvement board: routines by id like goals (asked when
//! one side removed one), colliding like cards when both sides made one
//! with the same id; a card's improvement fields and the team's roles field
//! by field.

use serde_json::{Value, json};

use super::*;
use crate::model::{Board, CycleDecision};

/// An improvement board from the fields given on top of a minimal one.
fn board(fields: Value) -> Board {
    let mut v = json!({"tavle": 1, "title": "Forbedring", "kind": "forbedring",
        "columns": [{"id": "a", "title": "Ideer"}]});
    if let (Some(m), Value::Object(f)) = (v.as_object_mut(), fields) {
        m.extend(f);
    }
    crate::decode::board_of(&v)
}

fn routine(id: &str, title: &str, revision: &str) -> Value {
    json!({"id": id, "title": title, "revision": revision})
}

fn card(extra: Value) -> Value {
    let mut c = json!({"id": "k1", "title": "Sittevakt", "column": "a"});
    if let (Some(m), Value::Object(f)) = (c.as_object_mut(), extra) {
        m.extend(f);
    }
    c
}

fn at(element: Element, field: &str) -> (Element, String) {
    (element, field.to_string())
}

fn paths(m: &Merge) -> Vec<(Element, String)> {
    m.conflicts
        .iter()
        .map(|c| (c.at.element.clone(), c.at.field.clone()))
        .collect()
}

#[test]
fn two_sides_changing_different_routines_and_fields_both_survive() {
    let base = board(json!({
        "cards": [card(json!({"pdsa": [{"plan": "Tre netter"}]}))],
        "routines": [routine("r1", "Nattlys", "2027-01-15"), routine("r2", "Sittevakt", "2027-03-01")],
    }));
    // The board: r1's revision moved a year on, the card evaluated.
    let a = board(json!({
        "cards": [card(json!({"pdsa": [{"plan": "Tre netter"}],
                              "evaluation": {"problem": "Fall om natta"}}))],
        "routines": [routine("r1", "Nattlys", "2028-01-15"), routine("r2", "Sittevakt", "2027-03-01")],
    }));
    // The copy: r2 got a purpose, the card's cycle a decision, the team a leader.
    let b = board(json!({
        "team_leader": "Anne",
        "cards": [card(json!({"pdsa": [{"plan": "Tre netter", "decision": "adopt"}],
                              "benefit": {"kind": "time-saved"}}))],
        "routines": [routine("r1", "Nattlys", "2027-01-15"),
                     {"id": "r2", "title": "Sittevakt", "purpose": "Færre fall", "revision": "2027-03-01"}],
    }));
    let want = board(json!({
        "team_leader": "Anne",
        "cards": [card(json!({"pdsa": [{"plan": "Tre netter", "decision": "adopt"}],
                              "evaluation": {"problem": "Fall om natta"},
                              "benefit": {"kind": "time-saved"}}))],
        "routines": [routine("r1", "Nattlys", "2028-01-15"),
                     {"id": "r2", "title": "Sittevakt", "purpose": "Færre fall", "revision": "2027-03-01"}],
    }));
    for (x, y) in [(&a, &b), (&b, &a)] {
        let m = merge(Some(&base), x, y);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.merged, want);
    }
    // What the merge changes on the board is named field by field.
    let changed: Vec<(Element, String)> = changed(&a, &want)
        .into_iter()
        .map(|c| (c.element.element, c.field))
        .collect();
    assert_eq!(
        changed,
        [
            at(Element::Card("k1".into()), "pdsa"),
            at(Element::Card("k1".into()), "benefit"),
            at(Element::Routine("r2".into()), "purpose"),
        ]
    );
}

#[test]
fn a_routine_field_or_a_cycle_changed_on_both_sides_is_asked() {
    let base = board(json!({
        "cards": [card(json!({"pdsa": [{"plan": "Tre netter"}]}))],
        "routines": [routine("r1", "Nattlys", "2027-01-15")],
    }));
    let a = board(json!({
        "cards": [card(json!({"pdsa": [{"plan": "Tre netter", "decision": "adapt"}]}))],
        "routines": [routine("r1", "Nattlys", "2027-06-01")],
    }));
    let b = board(json!({
        "cards": [card(json!({"pdsa": [{"plan": "Tre netter", "decision": "abandon"}]}))],
        "routines": [routine("r1", "Nattlys", "2027-09-01")],
    }));
    let m = merge(Some(&base), &a, &b);
    assert_eq!(
        paths(&m),
        [
            at(Element::Card("k1".into()), "pdsa"),
            at(Element::Routine("r1".into()), "revision"),
        ]
    );
    assert_eq!(m.conflicts[1].copy, json!("2027-09-01"));
    let copy = resolve(&m, |_| Side::Copy);
    assert_eq!(copy.routines[0].revision.to_string(), "2027-09-01");
    assert_eq!(copy.cards[0].pdsa[0].decision, Some(CycleDecision::Abandon));
    assert_eq!(m.merged.routines[0].revision.to_string(), "2027-06-01");
}

#[test]
fn a_routine_removed_on_one_side_is_asked_like_a_goal() {
    let base = board(json!({"routines": [routine("r1", "Nattlys", "2027-01-15")]}));
    let removed = board(json!({}));
    let m = merge(Some(&base), &base, &removed);
    assert_eq!(paths(&m), [at(Element::Routine("r1".into()), WHOLE)]);
    assert_eq!(m.merged.routines.len(), 1, "kept unless the user says so");
    assert!(resolve(&m, |_| Side::Copy).routines.is_empty());
    // Removed on one side, changed on the other: kept, with a note.
    let changed = board(json!({"routines": [routine("r1", "Nattlys", "2028-01-15")]}));
    let m = merge(Some(&base), &changed, &removed);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.merged.routines, changed.routines);
    assert_eq!(
        m.kept_edits,
        [Note {
            element: Element::Routine("r1".into()),
            kind: NoteKind::KeptEdited {
                removed_on: Side::Copy
            }
        }]
    );
}

#[test]
fn two_routines_made_with_one_id_are_both_kept_and_follow_their_card() {
    let base = board(json!({"cards": [card(json!({}))]}));
    // Both sides made card k2 and a routine r1 from it: different ones.
    let a = board(json!({
        "cards": [card(json!({})), {"id": "k2", "title": "Nattlys", "column": "a"}],
        "routines": [{"id": "r1", "title": "Nattlys", "revision": "2027-01-15", "card": "k2"}],
    }));
    let b = board(json!({
        "cards": [card(json!({})), {"id": "k2", "title": "Måltidsvert", "column": "a"}],
        "routines": [{"id": "r1", "title": "Måltidsvert", "revision": "2027-02-01", "card": "k2"}],
    }));
    let m = merge(Some(&base), &a, &b);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let routines: Vec<(&str, &str, Option<&str>)> = m
        .merged
        .routines
        .iter()
        .map(|r| (r.id.as_str(), r.title.as_str(), r.card.as_deref()))
        .collect();
    assert_eq!(
        routines,
        [
            ("r1", "Nattlys", Some("k2")),
            ("r2", "Måltidsvert", Some("k3"))
        ]
    );
    assert_eq!(
        m.merged.card("k3").map(|c| c.title.as_str()),
        Some("Måltidsvert")
    );
    assert_eq!(
        m.renamed,
        [
            Renamed {
                element: Element::Card("k3".into()),
                from: "k2".into()
            },
            Renamed {
                element: Element::Routine("r2".into()),
                from: "r1".into()
            },
        ]
    );
    assert_eq!(m.added_from_copy.routines, 1);
    assert_eq!(m.added_from_copy.cards, 1);
    // The same routine made on both sides is one.
    let m = merge(Some(&base), &a, &a);
    assert_eq!(m.merged, a);
    assert!(m.renamed.is_empty());
}

#[test]
fn the_team_roles_merge_as_fields_of_the_board() {
    let base = board(json!({"team_leader": "Anne", "measurement_lead": "Per"}));
    let a = board(json!({"team_leader": "Kari", "measurement_lead": "Per"}));
    let b = board(json!({"team_leader": "Ola", "measurement_lead": "Pål"}));
    let m = merge(Some(&base), &a, &b);
    assert_eq!(paths(&m), [at(Element::Board, "team_leader")]);
    assert_eq!(m.merged.team_leader.as_deref(), Some("Kari"));
    assert_eq!(m.merged.measurement_lead.as_deref(), Some("Pål"));
}

//! The merge of an operations board: risks and wheel events by id field by
//! field, deviations kept like decisions, staffing entries by date and shift
//! field by field (two screens taking sick calls for two shifts both win).

use serde_json::{Value, json};

use super::*;
use crate::model::Board;

fn board(fields: Value) -> Board {
    let mut v = json!({"tavle": 1, "title": "Drift", "kind": "drift",
        "columns": [{"id": "a", "title": "Tiltak"}]});
    if let (Some(m), Value::Object(f)) = (v.as_object_mut(), fields) {
        m.extend(f);
    }
    crate::decode::board_of(&v)
}

fn entry(shift: &str, planned: u32, present: u32) -> Value {
    json!({"date": "2026-12-04", "shift": shift, "planned": planned, "present": present})
}

fn risk(id: &str, l: u8, c: u8) -> Value {
    json!({"id": id, "title": format!("Risiko {id}"), "likelihood": l, "consequence": c})
}

fn paths(m: &Merge) -> Vec<(Element, String)> {
    m.conflicts
        .iter()
        .map(|c| (c.at.element.clone(), c.at.field.clone()))
        .collect()
}

#[test]
fn sick_calls_on_two_shifts_and_edits_of_two_risks_both_survive() {
    let base = board(json!({
        "staffing": {"days": [entry("dag", 5, 5), entry("kveld", 4, 4)]},
        "risks": [risk("ri1", 2, 3), risk("ri2", 1, 1)],
        "wheel": [{"id": "e1", "week": 37, "title": "Samling 1"}],
    }));
    // The board: one sick on the day shift, ri1 more likely.
    let a = board(json!({
        "staffing": {"days": [entry("dag", 5, 4), entry("kveld", 4, 4)]},
        "risks": [risk("ri1", 4, 3), risk("ri2", 1, 1)],
        "wheel": [{"id": "e1", "week": 37, "title": "Samling 1",
                   "made": [{"year": 2026, "card": "k1"}]}],
    }));
    // The copy: one sick on the evening, ri2 worse, a deviation and a night entry.
    let b = board(json!({
        "staffing": {"days": [entry("dag", 5, 5), entry("kveld", 4, 3), entry("natt", 2, 2)]},
        "risks": [risk("ri1", 2, 3), risk("ri2", 1, 5)],
        "deviations": [{"id": "av1", "date": "2026-12-03", "category": "fall", "text": "Falt"}],
        "wheel": [{"id": "e1", "week": 37, "title": "Samling 1", "role": "leader"}],
    }));
    let want = board(json!({
        "staffing": {"days": [entry("dag", 5, 4), entry("kveld", 4, 3), entry("natt", 2, 2)]},
        "risks": [risk("ri1", 4, 3), risk("ri2", 1, 5)],
        "deviations": [{"id": "av1", "date": "2026-12-03", "category": "fall", "text": "Falt"}],
        "wheel": [{"id": "e1", "week": 37, "title": "Samling 1", "role": "leader",
                   "made": [{"year": 2026, "card": "k1"}]}],
    }));
    for (x, y) in [(&a, &b), (&b, &a)] {
        let m = merge(Some(&base), x, y);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.merged, want);
    }
}

#[test]
fn one_count_changed_on_both_sides_is_asked_once() {
    let base = board(json!({"staffing": {"days": [entry("dag", 5, 5)]}}));
    let a = board(json!({"staffing": {"days": [entry("dag", 5, 4)]}}));
    let b = board(json!({"staffing": {"days": [entry("dag", 5, 3)]}}));
    let m = merge(Some(&base), &a, &b);
    assert_eq!(
        paths(&m),
        [(
            Element::StaffDay("2026-12-04/dag".into()),
            "present".to_string()
        )]
    );
    let base = board(json!({"risks": [risk("ri1", 2, 3)]}));
    let a = board(json!({"risks": [risk("ri1", 3, 3)]}));
    let b = board(json!({"risks": [risk("ri1", 4, 3)]}));
    let m = merge(Some(&base), &a, &b);
    assert_eq!(
        paths(&m),
        [(Element::Risk("ri1".into()), "likelihood".to_string())]
    );
}

#[test]
fn a_deviation_removed_on_one_side_is_kept_and_a_risk_removed_is_asked() {
    let dev = json!({"id": "av1", "date": "2026-12-03", "category": "fall", "text": "Falt"});
    let base = board(json!({"deviations": [dev.clone()], "risks": [risk("ri1", 2, 3)]}));
    let a = board(json!({"deviations": [dev.clone()], "risks": [risk("ri1", 2, 3)]}));
    let b = board(json!({}));
    let m = merge(Some(&base), &a, &b);
    assert_eq!(
        m.merged.deviations.len(),
        1,
        "a registered deviation is a record"
    );
    assert_eq!(
        paths(&m),
        [(Element::Risk("ri1".into()), WHOLE.to_string())]
    );
}

#[test]
fn two_deviations_registered_as_one_id_on_two_machines_are_both_kept_and_their_card_follows() {
    let av1 = json!({"id": "av1", "date": "2026-12-01", "category": "fall", "text": "Falt"});
    let base = board(json!({"deviations": [av1.clone()]}));
    let a = board(json!({"deviations": [av1.clone(),
        {"id": "av2", "date": "2026-12-03", "category": "fall", "text": "Falt igjen"}]}));
    let b = board(json!({
        "cards": [{"id": "k1", "title": "legemiddel: Feil dose", "column": "a", "deviation": "av2"}],
        "deviations": [av1.clone(),
            {"id": "av2", "date": "2026-12-03", "category": "legemiddel", "text": "Feil dose",
             "card": "k1"}]}));
    let m = merge(Some(&base), &a, &b);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let mut got: Vec<(&str, &str, Option<&str>)> = m
        .merged
        .deviations
        .iter()
        .map(|d| (d.id.as_str(), d.category.as_str(), d.card.as_deref()))
        .collect();
    // Where the two land is the list merge's rule (by content); which they are is this test's.
    got.sort();
    assert_eq!(
        got,
        [
            ("av1", "fall", None),
            ("av2", "fall", None),
            ("av3", "legemiddel", Some("k1"))
        ]
    );
    assert_eq!(
        m.merged.card("k1").unwrap().deviation.as_deref(),
        Some("av3")
    );
    assert!(
        m.renamed
            .iter()
            .any(|r| r.element == Element::Deviation("av3".into()) && r.from == "av2")
    );
}

//! Tests of [`super`]: each op on a card's PDSA cycles, and its inverse.

use chrono::NaiveDate;
use serde_json::json;

use super::super::{Op, Stamp, apply as apply_op};
use super::*;
use crate::model::{Board, Timestamp};

fn board() -> Board {
    let text = r#"{"tavle":1,"title":"T","kind":"forbedring",
      "columns":[{"id":"a","title":"A"}],
      "cards":[{"id":"k1","title":"Sittevakt","column":"a",
                "pdsa":[{"plan":"Tre netter","prediction":"Færre fall","started":"2026-11-09"},
                        {"plan":" skrevet for hånd  ","x-cycle":true},
                        {"plan":"Hver natt"}]},
               {"id":"k2","title":"Annet","column":"a"}]}"#;
    crate::analyze::analyze_text(text).0.unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// The board without the stamps of the last edit, which an undo sets too.
fn unstamped(b: &Board) -> Board {
    let mut b = b.clone();
    for c in &mut b.cards {
        c.updated = None;
        c.updated_by = None;
    }
    b
}

#[test]
fn a_new_cycle_goes_last_tidied_and_its_undo_takes_it_away() {
    let original = board();
    let mut b = original.clone();
    let cycle = Cycle {
        plan: Some(" Sittevakt og nattlys  \n".into()),
        prediction: Some("Ingen fall".into()),
        started: Some(day(11, 30)),
        ..Cycle::default()
    };
    let op = Op::Pdsa(PdsaOp::Start {
        card: "k1".into(),
        cycle: Box::new(cycle),
    });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    let card = b.card("k1").unwrap();
    assert_eq!(card.pdsa.len(), 4);
    assert_eq!(
        card.pdsa[3],
        Cycle {
            plan: Some(" Sittevakt og nattlys".into()),
            prediction: Some("Ingen fall".into()),
            started: Some(day(11, 30)),
            ..Cycle::default()
        }
    );
    assert_eq!(card.updated_by.as_deref(), Some("Kari"));
    assert_eq!(
        applied.change,
        Change::CycleStarted {
            card: "k1".into(),
            title: "Sittevakt".into(),
            cycle: 4
        }
    );
    assert_eq!(
        applied.inverse,
        Op::Pdsa(PdsaOp::Remove {
            card: "k1".into(),
            cycle: 3
        })
    );
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(unstamped(&b), original);
}

#[test]
fn a_cycles_fields_are_set_and_the_undo_puts_back_each_old_value() {
    let original = board();
    let mut b = original.clone();
    let patch = CyclePatch {
        prediction: Some(None),
        measured: Some(Some("Fall per natt".into())),
        result: Some(Some("Ingen fall på tre netter \n".into())),
        decision: Some(Some(CycleDecision::Adopt)),
        ended: Some(Some(day(11, 16))),
        // The same as it was: not a changed field.
        started: Some(Some(day(11, 9))),
        ..CyclePatch::default()
    };
    let op = Op::Pdsa(PdsaOp::Set {
        card: "k1".into(),
        cycle: 0,
        patch,
    });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    assert_eq!(
        b.card("k1").unwrap().pdsa[0],
        Cycle {
            plan: Some("Tre netter".into()),
            prediction: None,
            started: Some(day(11, 9)),
            measured: Some("Fall per natt".into()),
            result: Some("Ingen fall på tre netter".into()),
            decision: Some(CycleDecision::Adopt),
            ended: Some(day(11, 16)),
            extra: Default::default(),
        }
    );
    assert_eq!(
        applied.change,
        Change::CycleChanged {
            card: "k1".into(),
            title: "Sittevakt".into(),
            cycle: 1,
            fields: ["prediction", "measured", "result", "decision", "ended"]
                .map(String::from)
                .to_vec(),
            decision: Some(CycleDecision::Adopt),
        }
    );
    assert_eq!(
        applied.inverse,
        Op::Pdsa(PdsaOp::Set {
            card: "k1".into(),
            cycle: 0,
            patch: CyclePatch {
                prediction: Some(Some("Færre fall".into())),
                started: Some(Some(day(11, 9))),
                measured: Some(None),
                result: Some(None),
                decision: Some(None),
                ended: Some(None),
                ..CyclePatch::default()
            },
        })
    );
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(unstamped(&b), original);
}

#[test]
fn a_removed_cycle_comes_back_exactly_where_and_as_it_was() {
    let original = board();
    let mut b = original.clone();
    let op = Op::Pdsa(PdsaOp::Remove {
        card: "k1".into(),
        cycle: 1,
    });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    let plans: Vec<_> = b
        .card("k1")
        .unwrap()
        .pdsa
        .iter()
        .map(|c| c.plan.clone())
        .collect();
    assert_eq!(
        plans,
        [
            Some("Tre netter".to_string()),
            Some("Hver natt".to_string())
        ]
    );
    assert_eq!(
        applied.change,
        Change::CycleRemoved {
            card: "k1".into(),
            title: "Sittevakt".into(),
            cycle: 2
        }
    );
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    // Untidy text and an unknown field included: the undo does not tidy.
    let back = &b.card("k1").unwrap().pdsa[1];
    assert_eq!(back.plan.as_deref(), Some(" skrevet for hånd  "));
    assert_eq!(back.extra.get("x-cycle"), Some(&json!(true)));
    assert_eq!(unstamped(&b), original);
}

#[test]
fn ops_on_a_cycle_or_card_that_is_not_there_fail_without_change() {
    let original = board();
    let mut b = original.clone();
    let cases = [
        (
            PdsaOp::Set {
                card: "k1".into(),
                cycle: 3,
                patch: CyclePatch::default(),
            },
            OpError::NoSuchCycle("k1".into(), 3),
        ),
        (
            PdsaOp::Remove {
                card: "k2".into(),
                cycle: 0,
            },
            OpError::NoSuchCycle("k2".into(), 0),
        ),
        (
            PdsaOp::Insert {
                card: "k1".into(),
                at: 4,
                cycle: Box::default(),
            },
            OpError::NoSuchCycle("k1".into(), 4),
        ),
        (
            PdsaOp::Start {
                card: "k9".into(),
                cycle: Box::default(),
            },
            OpError::NoSuchCard("k9".into()),
        ),
    ];
    for (op, err) in cases {
        assert_eq!(apply_op(&mut b, &Op::Pdsa(op), &stamp()), Err(err));
    }
    assert_eq!(b, original);
    // The place just past the last cycle is where an insert may go.
    let op = Op::Pdsa(PdsaOp::Insert {
        card: "k1".into(),
        at: 3,
        cycle: Box::default(),
    });
    apply_op(&mut b, &op, &stamp()).unwrap();
    assert_eq!(b.card("k1").unwrap().pdsa.len(), 4);
}

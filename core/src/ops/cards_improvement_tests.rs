//! Tests of [`super`]: the fields of an improvement card set through
//! [`CardPatch`], each with its inverse, and an idea taken in and placed in
//! the priority matrix.

use chrono::NaiveDate;

use super::super::{Op, apply as apply_op};
use super::*;
use crate::model::{BenefitKind, CycleDecision, Timestamp};

fn board() -> Board {
    let text = r#"{"tavle":1,"title":"T","kind":"forbedring",
      "columns":[{"id":"ideer","title":"Ideer"}],
      "cards":[{"id":"k1","title":"Sittevakt","column":"ideer","received":"2026-11-02",
                "indicator":"fall",
                "pdsa":[{"plan":"Tre netter","decision":"adapt"}],
                "evaluation":{"problem":"Fall om natta","x-e":1},
                "benefit":{"kind":"time-saved","who":"Kari"},
                "a3":{"whys":["Uro"],"goal":"Null fall"}},
               {"id":"k2","title":"Nattlys","column":"ideer"}],
      "indicators":[{"id":"fall","title":"Fall","values":[]},{"id":"uro","title":"Uro","values":[]}]}"#;
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

/// A patch setting every improvement field of a card.
fn every_field() -> CardPatch {
    CardPatch {
        received: Some(Some(day(11, 20))),
        indicator: Some(Some(" uro ".into())),
        pdsa: Some(vec![Cycle {
            plan: Some("Nattlys i gangen ".into()),
            prediction: Some("Færre fall".into()),
            ..Cycle::default()
        }]),
        evaluation: Some(Some(Box::new(Evaluation {
            problem: Some("Mørkt i gangen".into()),
            told: Some("  ".into()),
            ..Evaluation::default()
        }))),
        benefit: Some(Some(Box::new(Benefit {
            kind: Some(BenefitKind::BetterQuality),
            by: Some(day(12, 31)),
            ..Benefit::default()
        }))),
        a3: Some(Some(Box::new(A3 {
            current: Some("Fire fall".into()),
            whys: vec!["Mørkt".into(), "".into()],
            ..A3::default()
        }))),
        ..CardPatch::default()
    }
}

#[test]
fn every_improvement_field_is_set_tidied_and_named_and_undone() {
    let original = board();
    let mut b = original.clone();
    let op = Op::Card(CardOp::Set {
        id: "k2".into(),
        patch: every_field(),
    });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    let card = b.card("k2").unwrap();
    assert_eq!(card.received, Some(day(11, 20)));
    assert_eq!(card.indicator.as_deref(), Some("uro"));
    assert_eq!(card.pdsa[0].plan.as_deref(), Some("Nattlys i gangen"));
    assert_eq!(
        card.evaluation,
        Some(Evaluation {
            problem: Some("Mørkt i gangen".into()),
            ..Evaluation::default()
        })
    );
    assert_eq!(
        card.benefit.as_ref().and_then(|b| b.kind),
        Some(BenefitKind::BetterQuality)
    );
    assert_eq!(
        card.a3.as_ref().map(|a| a.whys.clone()),
        Some(vec!["Mørkt".to_string()])
    );
    assert_eq!(
        applied.change,
        Change::Edited {
            card: "k2".into(),
            title: "Nattlys".into(),
            fields: [
                "received",
                "indicator",
                "pdsa",
                "evaluation",
                "benefit",
                "a3"
            ]
            .map(String::from)
            .to_vec(),
        }
    );
    // The inverse names every field with the value it had: none.
    assert_eq!(
        applied.inverse,
        Op::Card(CardOp::Set {
            id: "k2".into(),
            patch: CardPatch {
                received: Some(None),
                indicator: Some(None),
                pdsa: Some(vec![]),
                evaluation: Some(None),
                benefit: Some(None),
                a3: Some(None),
                ..CardPatch::default()
            },
        })
    );
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(unstamped(&b), unstamped(&original));
}

#[test]
fn values_a_card_had_come_back_by_undo_unknown_fields_included() {
    let original = board();
    let mut b = original.clone();
    let op = Op::Card(CardOp::Set {
        id: "k1".into(),
        patch: every_field(),
    });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    assert_eq!(b.card("k1").unwrap().pdsa.len(), 1);
    assert_eq!(b.card("k1").unwrap().pdsa[0].decision, None);
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    let card = b.card("k1").unwrap();
    assert_eq!(card.pdsa[0].decision, Some(CycleDecision::Adapt));
    assert_eq!(
        card.evaluation.as_ref().map(|e| e.extra.len()),
        Some(1),
        "the evaluation's unknown field is back"
    );
    assert_eq!(unstamped(&b), unstamped(&original));
    // Clearing the whole evaluation and the A3, and undoing it.
    let op = Op::Card(CardOp::Set {
        id: "k1".into(),
        patch: CardPatch {
            evaluation: Some(None),
            a3: Some(None),
            ..CardPatch::default()
        },
    });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    assert_eq!(b.card("k1").unwrap().evaluation, None);
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(unstamped(&b), unstamped(&original));
}

#[test]
fn placing_an_idea_in_the_matrix_is_its_own_change_and_is_undone() {
    let original = board();
    let mut b = original.clone();
    let place = |effect, effort| {
        Op::Card(CardOp::Set {
            id: "k2".into(),
            patch: CardPatch {
                effect: Some(effect),
                effort: Some(effort),
                ..CardPatch::default()
            },
        })
    };
    let applied = apply_op(&mut b, &place(Some(3), Some(1)), &stamp()).unwrap();
    assert_eq!(
        applied.change,
        Change::Prioritised {
            card: "k2".into(),
            title: "Nattlys".into(),
            effect: Some(3),
            effort: Some(1),
        }
    );
    assert_eq!(applied.inverse, place(None, None));
    // Moved to another cell, then taken out of the grid.
    let moved = apply_op(&mut b, &place(Some(2), Some(1)), &stamp()).unwrap();
    assert_eq!(moved.inverse, place(Some(3), Some(1)));
    let out = apply_op(&mut b, &place(None, None), &stamp()).unwrap();
    assert!(matches!(
        out.change,
        Change::Prioritised {
            effect: None,
            effort: None,
            ..
        }
    ));
    assert_eq!(unstamped(&b), unstamped(&original));
    // Outside 1–3 is refused.
    assert_eq!(
        apply_op(&mut b, &place(Some(4), Some(1)), &stamp()),
        Err(OpError::OutOfRange)
    );
    // With another field it is an edit like any other.
    let op = Op::Card(CardOp::Set {
        id: "k2".into(),
        patch: CardPatch {
            title: Some("Nattlys i gangen".into()),
            effect: Some(Some(2)),
            ..CardPatch::default()
        },
    });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    assert!(
        matches!(&applied.change, Change::Edited { fields, .. } if fields == &["title", "effect"]),
        "{:?}",
        applied.change
    );
}

#[test]
fn an_idea_is_taken_in_with_its_source_and_date_in_one_op() {
    let mut b = board();
    let op = Op::Card(CardOp::Add(NewCard {
        title: "Faste måltidsverter".into(),
        source: Some(" pårørende ".into()),
        received: Some(day(11, 24)),
        ..NewCard::default()
    }));
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    let card = b.card("k3").unwrap();
    assert_eq!(card.column, "ideer");
    assert_eq!(card.source.as_deref(), Some("pårørende"));
    assert_eq!(card.received, Some(day(11, 24)));
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(b, board());
}

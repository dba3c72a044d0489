//! Tests of [`super`]: each op on the risks and deviations, and its
//! inverse (exact: neither carries a stamp of its last edit), and the
//! identity-number guard on a deviation's text.

use super::super::{Op, Stamp, apply as apply_op};
use super::*;
use crate::model::Timestamp;

fn board() -> Board {
    let text = r#"{"tavle":1,"title":"T","kind":"drift",
      "columns":[{"id":"a","title":"A"}],
      "cards":[{"id":"k1","title":"Matter","column":"a"}],
      "risks":[{"id":"ri1","title":"Fall","likelihood":2,"consequence":3,"x-risk":1},
               {"id":"ri3","title":"Brann","likelihood":1,"consequence":5}],
      "deviations":[{"id":"av2","date":"2026-12-01","category":"fall","text":"Falt","x-av":[1]}]}"#;
    crate::analyze::analyze_text(text).0.unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-12-04T08:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

fn d(s: &str) -> NaiveDate {
    crate::decode::parse_iso_date(s).unwrap()
}

/// Apply, undo (exact), redo (the change again); the changed board and the change.
fn round_trip(op: Op) -> (Board, Change) {
    let original = board();
    let mut b = original.clone();
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    assert_ne!(b, original);
    let changed = b.clone();
    let undo = apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(b, original);
    apply_op(&mut b, &undo.inverse, &stamp()).unwrap();
    assert_eq!(b, changed);
    (changed, applied.change)
}

#[test]
fn a_new_risk_takes_the_next_id_and_is_checked_one_to_five() {
    let (b, change) = round_trip(Op::Risk(RiskOp::Add(NewRisk {
        title: " Smitte ".into(),
        likelihood: 3,
        consequence: 4,
        owner: Some(" ".into()),
    })));
    assert_eq!(
        b.risks.last(),
        Some(&Risk {
            id: "ri4".into(),
            title: "Smitte".into(),
            likelihood: 3,
            consequence: 4,
            owner: None,
            card: None,
            created: Some(stamp().at),
            extra: Extra::new(),
        })
    );
    assert_eq!(
        change,
        Change::RiskAdded {
            risk: "ri4".into(),
            title: "Smitte".into(),
            likelihood: 3,
            consequence: 4,
        }
    );
    let mut b = board();
    for (l, c, bad) in [(0, 3, 0), (3, 6, 6)] {
        let op = Op::Risk(RiskOp::Add(NewRisk {
            title: "X".into(),
            likelihood: l,
            consequence: c,
            owner: None,
        }));
        assert_eq!(
            apply_op(&mut b, &op, &stamp()),
            Err(OpError::NotOneToFive(bad))
        );
    }
    assert_eq!(b, board());
}

#[test]
fn a_risk_changed_names_its_fields_and_keeps_unknown_ones() {
    let (b, change) = round_trip(Op::Risk(RiskOp::Set {
        id: "ri1".into(),
        patch: RiskPatch {
            likelihood: Some(4),
            consequence: Some(3),
            owner: Some(Some("Ola".into())),
            ..RiskPatch::default()
        },
    }));
    let r = b.risk("ri1").unwrap();
    assert_eq!((r.likelihood, r.consequence), (4, 3));
    assert_eq!(r.extra.get("x-risk"), Some(&serde_json::json!(1)));
    assert_eq!(
        change,
        Change::RiskChanged {
            risk: "ri1".into(),
            title: "Fall".into(),
            likelihood: 4,
            consequence: 3,
            // The consequence was 3 already: not a change.
            fields: vec!["likelihood".into(), "owner".into()],
        }
    );
    let mut b = board();
    let bad = Op::Risk(RiskOp::Set {
        id: "ri1".into(),
        patch: RiskPatch {
            consequence: Some(9),
            ..RiskPatch::default()
        },
    });
    assert_eq!(
        apply_op(&mut b, &bad, &stamp()),
        Err(OpError::NotOneToFive(9))
    );
    let gone = Op::Risk(RiskOp::Set {
        id: "ri9".into(),
        patch: RiskPatch::default(),
    });
    assert_eq!(
        apply_op(&mut b, &gone, &stamp()),
        Err(OpError::NoSuchRisk("ri9".into()))
    );
    assert_eq!(b, board());
}

#[test]
fn a_risk_removed_comes_back_in_its_place() {
    let (b, change) = round_trip(Op::Risk(RiskOp::Remove { id: "ri1".into() }));
    assert_eq!(b.risks.len(), 1);
    assert_eq!(
        change,
        Change::RiskRemoved {
            risk: "ri1".into(),
            title: "Fall".into()
        }
    );
}

#[test]
fn a_deviation_is_registered_with_identity_numbers_masked() {
    // 150765 00565 passes both check digits (6 and 5, by hand).
    let text = "Feil dose til 150765 00565 på rom 3";
    assert!(!crate::privacy::find(text).is_empty(), "the guard sees it");
    let (b, change) = round_trip(Op::Deviation(DeviationOp::Add(NewDeviation {
        date: d("2026-12-03"),
        category: " legemiddel ".into(),
        text: text.into(),
    })));
    let dv = b.deviation("av3").unwrap();
    assert_eq!(dv.text, "Feil dose til ****** 00565 på rom 3");
    assert_eq!(dv.category, "legemiddel");
    assert_eq!(dv.created, Some(stamp().at));
    assert_eq!(
        change,
        Change::DeviationAdded {
            deviation: "av3".into(),
            date: d("2026-12-03"),
            category: "legemiddel".into(),
        }
    );
    // A change of text is masked too.
    let (b, change) = round_trip(Op::Deviation(DeviationOp::Set {
        id: "av2".into(),
        patch: DeviationPatch {
            text: Some("Falt, 15076500565".into()),
            ..DeviationPatch::default()
        },
    }));
    assert_eq!(b.deviation("av2").unwrap().text, "Falt, ******00565");
    assert_eq!(
        b.deviation("av2").unwrap().extra.get("x-av"),
        Some(&serde_json::json!([1]))
    );
    assert_eq!(
        change,
        Change::DeviationChanged {
            deviation: "av2".into(),
            category: "fall".into(),
            fields: vec!["text".into()],
        }
    );
    let mut b = board();
    let empty = Op::Deviation(DeviationOp::Add(NewDeviation {
        date: d("2026-12-03"),
        category: "fall".into(),
        text: "  ".into(),
    }));
    assert_eq!(apply_op(&mut b, &empty, &stamp()), Err(OpError::EmptyTitle));
    assert_eq!(b, board());
}

#[test]
fn a_deviation_removed_comes_back_in_its_place() {
    let (b, change) = round_trip(Op::Deviation(DeviationOp::Remove { id: "av2".into() }));
    assert!(b.deviations.is_empty());
    assert_eq!(
        change,
        Change::DeviationRemoved {
            deviation: "av2".into(),
            category: "fall".into()
        }
    );
}

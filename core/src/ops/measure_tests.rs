//! Tests of [`super`]: a risk or a deviation becomes a measure card linked
//! both ways in one op, and the undo and redo are exact.

use super::super::{Op, Stamp, apply as apply_op};
use super::*;
use crate::model::Timestamp;

fn board() -> Board {
    let text = r#"{"tavle":1,"title":"T","kind":"drift",
      "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"}],
      "cards":[{"id":"k1","title":"Første","column":"a"},{"id":"k2","title":"Andre","column":"b"}],
      "risks":[{"id":"ri1","title":"Fall på badet","likelihood":4,"consequence":3,"owner":"Kari"},
               {"id":"ri2","title":"Gammel","likelihood":1,"consequence":1,"card":"k9"}],
      "deviations":[{"id":"av1","date":"2026-12-01","category":"fall","text":"Falt på badet"}]}"#;
    crate::analyze::analyze_text(text).0.unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-12-04T08:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

fn round_trip(op: MeasureOp) -> (Board, Change) {
    let original = board();
    let mut b = original.clone();
    let applied = apply_op(&mut b, &Op::Measure(op), &stamp()).unwrap();
    let changed = b.clone();
    let undo = apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(b, original, "the undo gives the board back exactly");
    assert_eq!(
        undo.change,
        Change::Removed {
            card: "k3".into(),
            title: changed.card("k3").unwrap().title.clone()
        }
    );
    let redo = apply_op(&mut b, &undo.inverse, &stamp()).unwrap();
    assert_eq!(b, changed, "the redo puts the very card back");
    assert_eq!(redo.change, applied.change);
    (changed, applied.change)
}

#[test]
fn a_risk_becomes_a_measure_card_linked_both_ways() {
    let (b, change) = round_trip(MeasureOp::Make {
        from: Origin::Risk("ri1".into()),
        column: String::new(),
    });
    let card = b.card("k3").unwrap();
    assert_eq!(card.title, "Fall på badet");
    assert_eq!(card.column, "a", "the first column");
    assert_eq!(card.owner.as_deref(), Some("Kari"), "the risk's owner");
    assert_eq!(card.risk.as_deref(), Some("ri1"));
    assert_eq!(card.deviation, None);
    assert_eq!(b.risk("ri1").unwrap().card.as_deref(), Some("k3"));
    // Last in its column: after k1, before k2 of the next column.
    let order: Vec<&str> = b.cards.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(order, ["k1", "k3", "k2"]);
    assert_eq!(
        change,
        Change::MeasureMade {
            card: "k3".into(),
            title: "Fall på badet".into(),
            risk: Some("ri1".into()),
            deviation: None,
        }
    );
    assert_eq!(change.card(), Some("k3"));
}

#[test]
fn a_deviation_becomes_a_measure_card_in_the_column_asked_for() {
    let (b, change) = round_trip(MeasureOp::Make {
        from: Origin::Deviation("av1".into()),
        column: "b".into(),
    });
    let card = b.card("k3").unwrap();
    assert_eq!(card.title, "fall: Falt på badet");
    assert_eq!(card.column, "b");
    assert_eq!(card.deviation.as_deref(), Some("av1"));
    assert_eq!(b.deviation("av1").unwrap().card.as_deref(), Some("k3"));
    assert!(matches!(
        change,
        Change::MeasureMade {
            deviation: Some(_),
            ..
        }
    ));
}

#[test]
fn a_link_to_a_card_that_is_gone_is_replaced_and_the_undo_puts_it_back() {
    let (b, _) = round_trip(MeasureOp::Make {
        from: Origin::Risk("ri2".into()),
        column: String::new(),
    });
    assert_eq!(b.risk("ri2").unwrap().card.as_deref(), Some("k3"));
    // round_trip checked the undo gives back "k9".
}

#[test]
fn a_second_card_of_one_risk_and_a_missing_origin_are_refused() {
    let mut b = board();
    let make = |from| {
        Op::Measure(MeasureOp::Make {
            from,
            column: String::new(),
        })
    };
    apply_op(&mut b, &make(Origin::Risk("ri1".into())), &stamp()).unwrap();
    let before = b.clone();
    assert_eq!(
        apply_op(&mut b, &make(Origin::Risk("ri1".into())), &stamp()),
        Err(OpError::AlreadyLinked("k3".into()))
    );
    assert_eq!(
        apply_op(&mut b, &make(Origin::Deviation("av9".into())), &stamp()),
        Err(OpError::NoSuchDeviation("av9".into()))
    );
    assert_eq!(
        apply_op(&mut b, &make(Origin::Risk("ri9".into())), &stamp()),
        Err(OpError::NoSuchRisk("ri9".into()))
    );
    assert_eq!(b, before);
}

#[test]
fn the_minutes_count_a_measure_card_as_added_and_one_made_and_undone_not_at_all() {
    use crate::meeting::{Scope, Span, summary};
    let mut b = board();
    let make = |from| {
        Op::Measure(MeasureOp::Make {
            from,
            column: String::new(),
        })
    };
    let logged = |change: Change, at: &str| crate::log::Logged {
        at: at.into(),
        by: "Kari".into(),
        change,
    };
    let risk = apply_op(&mut b, &make(Origin::Risk("ri1".into())), &stamp()).unwrap();
    let dev = apply_op(&mut b, &make(Origin::Deviation("av1".into())), &stamp()).unwrap();
    let undo = apply_op(&mut b, &dev.inverse, &stamp()).unwrap();
    let log = [
        logged(risk.change, "2026-12-04T08:01:00+01:00"),
        logged(dev.change, "2026-12-04T08:02:00+01:00"),
        logged(undo.change, "2026-12-04T08:03:00+01:00"),
    ];
    let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    let scope = Scope::Meeting(Span {
        start: at("2026-12-04T08:00:00+01:00"),
        end: at("2026-12-04T08:10:00+01:00"),
        running: false,
        attendees: vec![],
        incomplete: false,
    });
    let s = summary(&b, &log, &scope);
    let added: Vec<(&str, &str)> = s
        .added
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    assert_eq!(added, [("k3", "Fall på badet")]);
}

//! Tests of [`super`]: the annual wheel's events, and the card an event
//! becomes when its week comes, made once per year, undone exactly.

use super::super::{Op, Stamp, apply as apply_op};
use super::*;
use crate::model::Timestamp;
use crate::operations::wheel::due;

fn board() -> Board {
    let text = r#"{"tavle":1,"title":"T","kind":"drift","team_leader":"Anne",
      "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"}],
      "cards":[{"id":"k1","title":"Første","column":"a"}],
      "wheel":[{"id":"e1","week":49,"title":"Telefonkonferanse","role":"team_leader",
                "note":"Program sendes ut","x-event":1},
               {"id":"e2","week":9,"title":"Rapportere på tilskudd","role":"leader",
                "made":[{"year":2025,"card":"k0"}]}]}"#;
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

use chrono::NaiveDate;

fn round_trip(op: WheelOp) -> (Board, Change, Change) {
    let original = board();
    let mut b = original.clone();
    let applied = apply_op(&mut b, &Op::Wheel(op), &stamp()).unwrap();
    assert_ne!(b, original);
    let changed = b.clone();
    let undo = apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(b, original, "the undo gives the board back exactly");
    let redo = apply_op(&mut b, &undo.inverse, &stamp()).unwrap();
    assert_eq!(b, changed, "the redo gives the change again");
    assert_eq!(redo.change, applied.change);
    (changed, applied.change, undo.change)
}

#[test]
fn an_event_due_this_week_becomes_a_card_once_for_the_year() {
    let today = d("2026-12-04");
    let due_now: Vec<(String, i32)> = due(&board(), today)
        .iter()
        .map(|x| (x.event.id.clone(), x.week.year))
        .collect();
    assert_eq!(due_now, [("e1".into(), 2026)]);
    let (b, change, undone) = round_trip(WheelOp::MakeCard {
        event: "e1".into(),
        year: 2026,
        column: String::new(),
    });
    let card = b.card("k2").unwrap();
    assert_eq!(card.title, "Telefonkonferanse");
    assert_eq!(card.column, "a");
    // Due on the Sunday of week 49 of 2026.
    assert_eq!(card.due, Some(d("2026-12-06")));
    assert_eq!(card.owner.as_deref(), Some("Anne"), "the team leader");
    assert_eq!(card.note.as_deref(), Some("Program sendes ut"));
    let e = b.event("e1").unwrap();
    assert_eq!(e.made.len(), 1);
    assert_eq!((e.made[0].year, e.made[0].card.as_str()), (2026, "k2"));
    assert_eq!(e.extra.get("x-event"), Some(&serde_json::json!(1)));
    assert!(due(&b, today).is_empty(), "not due again once made");
    assert_eq!(
        change,
        Change::EventCard {
            event: "e1".into(),
            title: "Telefonkonferanse".into(),
            year: 2026,
            week: 49,
            card: "k2".into(),
        }
    );
    assert_eq!(
        undone,
        Change::Removed {
            card: "k2".into(),
            title: "Telefonkonferanse".into()
        }
    );
    let mut b = b;
    let again = Op::Wheel(WheelOp::MakeCard {
        event: "e1".into(),
        year: 2026,
        column: String::new(),
    });
    let before = b.clone();
    assert_eq!(
        apply_op(&mut b, &again, &stamp()),
        Err(OpError::AlreadyMade("e1".into(), 2026))
    );
    assert_eq!(b, before);
}

#[test]
fn a_leaders_event_gets_no_owner_and_a_card_for_a_new_year_keeps_the_old_years() {
    let (b, _, _) = round_trip(WheelOp::MakeCard {
        event: "e2".into(),
        year: 2026,
        column: "b".into(),
    });
    let card = b.card("k2").unwrap();
    assert_eq!(card.owner, None, "the board names no leader");
    assert_eq!(card.column, "b");
    // Week 9 of 2026: Monday 23 February to Sunday 1 March.
    assert_eq!(card.due, Some(d("2026-03-01")));
    let years: Vec<i32> = b.event("e2").unwrap().made.iter().map(|m| m.year).collect();
    assert_eq!(years, [2025, 2026]);
}

#[test]
fn week_53_becomes_a_card_only_in_a_year_that_has_it() {
    let mut b = board();
    apply_op(
        &mut b,
        &Op::Wheel(WheelOp::Set {
            id: "e1".into(),
            patch: EventPatch {
                week: Some(53),
                ..EventPatch::default()
            },
        }),
        &stamp(),
    )
    .unwrap();
    let make = |year| {
        Op::Wheel(WheelOp::MakeCard {
            event: "e1".into(),
            year,
            column: String::new(),
        })
    };
    let before = b.clone();
    assert_eq!(
        apply_op(&mut b, &make(2027), &stamp()),
        Err(OpError::NoSuchWeek(53))
    );
    assert_eq!(b, before);
    apply_op(&mut b, &make(2026), &stamp()).unwrap();
    // Week 53 of 2026 ends on Sunday 3 January 2027.
    assert_eq!(b.card("k2").unwrap().due, Some(d("2027-01-03")));
}

#[test]
fn events_are_added_changed_and_removed_with_exact_undo() {
    let (b, change, _) = round_trip(WheelOp::Add(NewEvent {
        week: 37,
        title: " Samling 1 ".into(),
        role: Some(WheelRole::MeasurementLead),
        note: Some("  ".into()),
    }));
    assert_eq!(
        b.wheel.last(),
        Some(&WheelEvent {
            id: "e3".into(),
            week: 37,
            title: "Samling 1".into(),
            role: Some(WheelRole::MeasurementLead),
            note: None,
            made: vec![],
            extra: Extra::new(),
        })
    );
    assert_eq!(
        change,
        Change::EventAdded {
            event: "e3".into(),
            title: "Samling 1".into(),
            week: 37
        }
    );
    let (b, change, _) = round_trip(WheelOp::Set {
        id: "e1".into(),
        patch: EventPatch {
            week: Some(48),
            role: Some(None),
            title: Some("Telefonkonferanse".into()),
            ..EventPatch::default()
        },
    });
    let e = b.event("e1").unwrap();
    assert_eq!((e.week, e.role), (48, None));
    assert_eq!(
        change,
        Change::EventChanged {
            event: "e1".into(),
            title: "Telefonkonferanse".into(),
            week: 48,
            fields: vec!["week".into(), "role".into()],
        }
    );
    let (b, change, _) = round_trip(WheelOp::Remove { id: "e1".into() });
    assert_eq!(b.wheel.len(), 1);
    assert_eq!(
        change,
        Change::EventRemoved {
            event: "e1".into(),
            title: "Telefonkonferanse".into()
        }
    );
    let mut b = board();
    for week in [0, 54] {
        let op = Op::Wheel(WheelOp::Add(NewEvent {
            week,
            title: "X".into(),
            role: None,
            note: None,
        }));
        assert_eq!(
            apply_op(&mut b, &op, &stamp()),
            Err(OpError::NoSuchWeek(week))
        );
    }
    assert_eq!(b, board());
}

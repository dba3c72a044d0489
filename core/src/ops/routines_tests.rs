//! Tests of [`super`]: each op on the routines, and its inverse. Routines
//! carry no stamp of the last edit, so an undo gives the board back exactly.

use chrono::NaiveDate;
use serde_json::json;

use super::super::{Op, Stamp, apply as apply_op};
use super::*;
use crate::model::Timestamp;

fn board() -> Board {
    let text = r#"{"tavle":1,"title":"T","kind":"forbedring",
      "columns":[{"id":"a","title":"A"}],
      "cards":[{"id":"k1","title":"Sittevakt","column":"a"}],
      "routines":[{"id":"r1","title":"Nattlys","revision":"2027-01-15"},
                  {"id":"r3","title":"Sittevakt ","purpose":"Færre fall  ","revision":"2027-03-01",
                   "card":"k1","x-routine":{"by":"Kari"}},
                  {"id":"r2","title":"Måltidsvert","revision":"2027-05-01"}]}"#;
    crate::analyze::analyze_text(text).0.unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn new() -> NewRoutine {
    NewRoutine {
        title: "  Fallforebygging ".into(),
        purpose: Some("Færre fall om natta  \n".into()),
        content: Some("Sittevakt ved uro".into()),
        arenas: Some(" ".into()),
        follow_up: Some("Ledergruppa hver måned".into()),
        revision: day(2027, 11, 24),
        card: Some("k1".into()),
    }
}

#[test]
fn a_new_routine_takes_the_next_id_and_its_undo_takes_it_away() {
    let original = board();
    let mut b = original.clone();
    let applied = apply_op(&mut b, &Op::Routine(RoutineOp::Add(new())), &stamp()).unwrap();
    assert_eq!(
        b.routines.last(),
        Some(&Routine {
            id: "r4".into(),
            title: "Fallforebygging".into(),
            purpose: Some("Færre fall om natta".into()),
            content: Some("Sittevakt ved uro".into()),
            arenas: None,
            follow_up: Some("Ledergruppa hver måned".into()),
            revision: day(2027, 11, 24),
            card: Some("k1".into()),
            created: Some(stamp().at),
            extra: Extra::new(),
        })
    );
    assert_eq!(
        applied.change,
        Change::RoutineAdded {
            routine: "r4".into(),
            title: "Fallforebygging".into(),
            revision: day(2027, 11, 24),
            card: Some("k1".into()),
        }
    );
    assert_eq!(
        applied.inverse,
        Op::Routine(RoutineOp::Remove { id: "r4".into() })
    );
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(b, original);
}

#[test]
fn a_routine_needs_a_title_and_a_card_that_is_there() {
    let original = board();
    let mut b = original.clone();
    let no_title = NewRoutine {
        title: " ".into(),
        ..new()
    };
    let no_card = NewRoutine {
        card: Some("k9".into()),
        ..new()
    };
    for (op, err) in [
        (RoutineOp::Add(no_title), OpError::EmptyTitle),
        (RoutineOp::Add(no_card), OpError::NoSuchCard("k9".into())),
        (
            RoutineOp::Set {
                id: "r1".into(),
                patch: RoutinePatch {
                    title: Some("".into()),
                    ..RoutinePatch::default()
                },
            },
            OpError::EmptyTitle,
        ),
        (
            RoutineOp::Set {
                id: "r9".into(),
                patch: RoutinePatch::default(),
            },
            OpError::NoSuchRoutine("r9".into()),
        ),
        (
            RoutineOp::Remove { id: "r9".into() },
            OpError::NoSuchRoutine("r9".into()),
        ),
        (
            RoutineOp::Insert {
                routine: Box::new(original.routines[0].clone()),
                at: 0,
            },
            OpError::DuplicateRoutine("r1".into()),
        ),
    ] {
        assert_eq!(apply_op(&mut b, &Op::Routine(op), &stamp()), Err(err));
    }
    assert_eq!(b, original);
}

#[test]
fn fields_are_set_and_the_undo_puts_back_each_old_value() {
    let original = board();
    let mut b = original.clone();
    let patch = RoutinePatch {
        title: Some("Nattlys i gangen".into()),
        purpose: Some(Some("Færre fall".into())),
        revision: Some(day(2028, 1, 15)),
        // As it was: not a changed field.
        card: Some(None),
        ..RoutinePatch::default()
    };
    let op = Op::Routine(RoutineOp::Set {
        id: "r1".into(),
        patch,
    });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    let r = b.routine("r1").unwrap();
    assert_eq!(
        (r.title.as_str(), r.purpose.as_deref(), r.revision),
        ("Nattlys i gangen", Some("Færre fall"), day(2028, 1, 15))
    );
    assert_eq!(
        applied.change,
        Change::RoutineChanged {
            routine: "r1".into(),
            title: "Nattlys i gangen".into(),
            fields: ["title", "purpose", "revision"].map(String::from).to_vec(),
        }
    );
    assert_eq!(
        applied.inverse,
        Op::Routine(RoutineOp::Set {
            id: "r1".into(),
            patch: RoutinePatch {
                title: Some("Nattlys".into()),
                purpose: Some(None),
                revision: Some(day(2027, 1, 15)),
                card: Some(None),
                ..RoutinePatch::default()
            },
        })
    );
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(b, original);
}

#[test]
fn a_removed_routine_comes_back_at_its_place_exactly_as_it_was() {
    let original = board();
    let mut b = original.clone();
    let op = Op::Routine(RoutineOp::Remove { id: "r3".into() });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    let ids: Vec<&str> = b.routines.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r1", "r2"]);
    assert_eq!(
        applied.change,
        Change::RoutineRemoved {
            routine: "r3".into(),
            title: "Sittevakt ".into(),
        }
    );
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    // Its place, its untidy text and its unknown field are all back.
    let r = &b.routines[1];
    assert_eq!(r.purpose.as_deref(), Some("Færre fall  "));
    assert_eq!(r.extra.get("x-routine"), Some(&json!({"by": "Kari"})));
    assert_eq!(b, original);
}

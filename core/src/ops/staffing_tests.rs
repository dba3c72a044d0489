//! Tests of [`super`]: each staffing op, and its inverse. Staffing carries
//! no stamp, so an undo gives the board back exactly, and the redo (the
//! inverse of the inverse) gives the changed board again.

use super::super::{Op, Stamp, apply as apply_op};
use super::*;
use crate::model::Timestamp;

fn board_with(staffing: &str) -> Board {
    let text = format!(
        r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}]{staffing}}}"#
    );
    crate::analyze::analyze_text(&text).0.unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-12-04T07:30:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

fn d(s: &str) -> NaiveDate {
    crate::decode::parse_iso_date(s).unwrap()
}

/// Apply `op`, check the board changed, undo it and check the board is back
/// exactly, redo and check it is the changed board again. Returns the
/// changed board and the change.
fn round_trip(original: &Board, op: StaffingOp) -> (Board, Change) {
    let mut b = original.clone();
    let applied = apply_op(&mut b, &Op::Staffing(op), &stamp()).unwrap();
    assert_ne!(&b, original);
    let changed = b.clone();
    let undo = apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(&b, original, "the undo gives the board back exactly");
    apply_op(&mut b, &undo.inverse, &stamp()).unwrap();
    assert_eq!(b, changed, "the redo gives the change again");
    (changed, applied.change)
}

const FRIDAY: &str = r#","staffing":{"days":[
  {"date":"2026-12-03","shift":"dag","planned":5,"present":5},
  {"date":"2026-12-04","shift":"dag","planned":5,"x-entry":1},
  {"date":"2026-12-02","shift":"natt","planned":2},
  {"date":"2026-12-04","shift":"kveld","planned":4,"present":4}],"x-staffing":true}"#;

#[test]
fn setting_planned_on_a_board_without_staffing_makes_it_and_the_undo_takes_it_away() {
    let original = board_with("");
    let op = StaffingOp::SetPlanned {
        date: d("2026-12-04"),
        shift: "dag".into(),
        planned: Some(5),
    };
    let (b, change) = round_trip(&original, op);
    let s = b.staffing.unwrap();
    assert!(
        s.shifts.is_empty(),
        "the default shifts are not written out"
    );
    assert_eq!(s.days.len(), 1);
    assert_eq!(s.days[0].planned, Some(5));
    assert_eq!(s.days[0].present, None);
    assert_eq!(
        change,
        Change::StaffSet {
            date: d("2026-12-04"),
            shift: "dag".into(),
            planned: Some(5),
            present: None,
        }
    );
}

#[test]
fn a_sick_call_takes_one_from_present_counted_from_planned_and_keeps_unknown_fields() {
    let original = board_with(FRIDAY);
    let op = StaffingOp::Adjust {
        date: d("2026-12-04"),
        shift: "dag".into(),
        by: -1,
    };
    let (b, change) = round_trip(&original, op);
    let e = b
        .staffing
        .as_ref()
        .unwrap()
        .entry(d("2026-12-04"), "dag")
        .unwrap();
    assert_eq!((e.planned, e.present), (Some(5), Some(4)));
    assert_eq!(e.extra.get("x-entry"), Some(&serde_json::json!(1)));
    assert_eq!(
        change,
        Change::StaffSet {
            date: d("2026-12-04"),
            shift: "dag".into(),
            planned: Some(5),
            present: Some(4),
        }
    );
    // The entry stays at its place in the file.
    assert_eq!(b.staffing.as_ref().unwrap().days[1].shift, "dag");
    // One back again, and two up from a shift with nothing written.
    let mut b = b;
    let up = |date: &str, shift: &str, by| {
        Op::Staffing(StaffingOp::Adjust {
            date: d(date),
            shift: shift.into(),
            by,
        })
    };
    apply_op(&mut b, &up("2026-12-04", "dag", 1), &stamp()).unwrap();
    let e = b
        .staffing
        .as_ref()
        .unwrap()
        .entry(d("2026-12-04"), "dag")
        .unwrap();
    assert_eq!(e.present, Some(5));
    apply_op(&mut b, &up("2026-12-04", "natt", 2), &stamp()).unwrap();
    let e = b
        .staffing
        .as_ref()
        .unwrap()
        .entry(d("2026-12-04"), "natt")
        .unwrap();
    assert_eq!((e.planned, e.present), (None, Some(2)));
}

#[test]
fn present_never_goes_below_zero_and_an_unknown_shift_is_refused() {
    let original = board_with(
        r#","staffing":{"days":[{"date":"2026-12-04","shift":"dag","planned":1,"present":0}]}"#,
    );
    let mut b = original.clone();
    let down = Op::Staffing(StaffingOp::Adjust {
        date: d("2026-12-04"),
        shift: "dag".into(),
        by: -1,
    });
    assert_eq!(
        apply_op(&mut b, &down, &stamp()),
        Err(OpError::CountBelowZero)
    );
    let helg = Op::Staffing(StaffingOp::SetPlanned {
        date: d("2026-12-04"),
        shift: "helg".into(),
        planned: Some(2),
    });
    assert_eq!(
        apply_op(&mut b, &helg, &stamp()),
        Err(OpError::NoSuchShift("helg".into()))
    );
    assert_eq!(b, original);
}

#[test]
fn setting_present_back_to_as_planned_and_its_undo() {
    let original = board_with(FRIDAY);
    let op = StaffingOp::SetPresent {
        date: d("2026-12-04"),
        shift: "kveld".into(),
        present: None,
    };
    let (b, _) = round_trip(&original, op);
    let e = b
        .staffing
        .as_ref()
        .unwrap()
        .entry(d("2026-12-04"), "kveld")
        .unwrap();
    assert_eq!(e.present, None);
}

#[test]
fn adding_a_shift_writes_out_the_default_three_and_the_undo_takes_them_back() {
    let original = board_with("");
    let (b, change) = round_trip(
        &original,
        StaffingOp::AddShift {
            name: " helg ".into(),
            at: None,
        },
    );
    assert_eq!(b.staffing.unwrap().shifts, ["dag", "kveld", "natt", "helg"]);
    assert_eq!(
        change,
        Change::ShiftsSet {
            from: vec!["dag".into(), "kveld".into(), "natt".into()],
            to: vec!["dag".into(), "kveld".into(), "natt".into(), "helg".into()],
        }
    );
    let original = board_with(FRIDAY);
    let (b, _) = round_trip(
        &original,
        StaffingOp::AddShift {
            name: "tidlig".into(),
            at: Some(0),
        },
    );
    assert_eq!(
        b.staffing.unwrap().shifts,
        ["tidlig", "dag", "kveld", "natt"]
    );
    let mut b = original.clone();
    let twice = Op::Staffing(StaffingOp::AddShift {
        name: "dag".into(),
        at: None,
    });
    assert_eq!(
        apply_op(&mut b, &twice, &stamp()),
        Err(OpError::ShiftExists("dag".into()))
    );
}

#[test]
fn removing_a_shift_keeps_its_entries_and_the_undo_gives_the_shifts_back() {
    let original = board_with(FRIDAY);
    let (b, _) = round_trip(
        &original,
        StaffingOp::RemoveShift {
            name: "kveld".into(),
        },
    );
    let s = b.staffing.unwrap();
    assert_eq!(s.shifts, ["dag", "natt"]);
    assert_eq!(s.days.len(), 4);
    let mut b = original.clone();
    let gone = Op::Staffing(StaffingOp::RemoveShift {
        name: "helg".into(),
    });
    assert_eq!(
        apply_op(&mut b, &gone, &stamp()),
        Err(OpError::NoSuchShift("helg".into()))
    );
}

#[test]
fn rolling_off_takes_the_days_before_today_and_the_undo_puts_each_back_in_its_place() {
    let original = board_with(FRIDAY);
    let (b, change) = round_trip(
        &original,
        StaffingOp::RollOff {
            before: d("2026-12-04"),
        },
    );
    let s = b.staffing.as_ref().unwrap();
    let left: Vec<String> = s.days.iter().map(StaffEntry::key).collect();
    assert_eq!(left, ["2026-12-04/dag", "2026-12-04/kveld"]);
    assert_eq!(s.extra.len(), 1, "the staffing's own unknown field stays");
    assert_eq!(change, Change::StaffRolledOff { count: 2 });
    // The rule and the op agree on what rolled off.
    let want = crate::operations::staffing::rolled_off(&original, d("2026-12-04"));
    assert_eq!(want, [0, 2]);
    // Nothing to roll off: no change, an empty undo.
    let mut c = b.clone();
    let again = apply_op(
        &mut c,
        &Op::Staffing(StaffingOp::RollOff {
            before: d("2026-12-04"),
        }),
        &stamp(),
    )
    .unwrap();
    assert_eq!(c, b);
    assert_eq!(again.change, Change::StaffRolledOff { count: 0 });
}

#[test]
fn rolling_off_on_a_board_without_staffing_and_its_undo_change_nothing() {
    let original = board_with("");
    let mut b = original.clone();
    let op = Op::Staffing(StaffingOp::RollOff {
        before: d("2026-12-04"),
    });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    assert_eq!(b, original);
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(b, original, "no empty `staffing` appears");
}

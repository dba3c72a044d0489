//! Tests for mutants that `cargo mutants -p tavle-core` found surviving the
//! rest of the suite (docs/mutants.md lists the runs). Each test names what
//! it guards; expected values are written out here, not computed by the code
//! under test.

use tavle_core::ops::{CardOp, DecisionOp, MeetingOp, Op};

#[test]
fn meeting_steps_are_not_offered_for_undo_and_edits_are() {
    // Undoing "next agenda item" would move the whole room back.
    for op in [
        MeetingOp::Start,
        MeetingOp::End,
        MeetingOp::SetItem { item: 2 },
        MeetingOp::SetAttendees(vec!["Kari".into()]),
        MeetingOp::SetRunning(None),
    ] {
        assert!(!Op::Meeting(op.clone()).undoable(), "{op:?}");
    }
    assert!(Op::Card(CardOp::Remove { id: "k1".into() }).undoable());
    assert!(Op::Decision(DecisionOp::Remove { id: "b1".into() }).undoable());
}

fn board(text: &str) -> tavle_core::model::Board {
    tavle_core::analyze::analyze_text(text).0.unwrap()
}

fn no_columns_reported(b: &tavle_core::model::Board) -> bool {
    tavle_core::rules::validate(b)
        .iter()
        .any(|d| d.kind == tavle_core::diag::DiagKind::NoColumns)
}

#[test]
fn a_board_without_columns_is_an_error_only_when_it_has_cards() {
    let empty = board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[],"cards":[]}"#);
    assert!(!no_columns_reported(&empty));
    let mut with_card = empty.clone();
    let other = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Kort","column":"a"}]}"#,
    );
    with_card.cards = other.cards;
    assert!(no_columns_reported(&with_card));
}

fn out_of_order_reported(dates: &[&str]) -> bool {
    let values: Vec<String> = dates
        .iter()
        .map(|d| format!(r#"{{"date":"{d}","value":1}}"#))
        .collect();
    let text = format!(
        r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
           "indicators":[{{"id":"i","title":"Indikator","values":[{}]}}]}}"#,
        values.join(",")
    );
    tavle_core::rules::validate(&board(&text))
        .iter()
        .any(|d| d.kind == tavle_core::diag::DiagKind::ValuesOutOfOrder)
}

#[test]
fn indicator_values_are_out_of_order_only_when_a_date_goes_back() {
    assert!(!out_of_order_reported(&["2026-11-02", "2026-11-09"]));
    // Two values on one day (a correction typed twice) are not out of order.
    assert!(!out_of_order_reported(&["2026-11-02", "2026-11-02"]));
    assert!(out_of_order_reported(&["2026-11-09", "2026-11-02"]));
    assert!(out_of_order_reported(&[
        "2026-11-02",
        "2026-11-16",
        "2026-11-09"
    ]));
}

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

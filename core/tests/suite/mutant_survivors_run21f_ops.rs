//! Tests for the survivors of mutation run 21 in the ops (`core/src/ops/`):
//! `cargo mutants -p tavle-core --config /tmp/rest.toml --shuffle`, the list
//! from `scripts/mutants_rest.py`. Each names its mutant and the rule it
//! holds; the expected values are written out by hand, never taken from the
//! code under test.

use crate::common::board;
use tavle_core::model::{Board, Timestamp};
use tavle_core::ops::{Change, MeetingOp, Op, OpError, Stamp, apply};

fn stamp(at: &str) -> Stamp {
    Stamp {
        at: Timestamp::parse(at).unwrap(),
        by: "Kari".into(),
    }
}

fn plain_board() -> Board {
    board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#)
}

/// `ops/meeting.rs:112` `set_running` → `None`: starting a meeting on a board
/// where none runs puts a running meeting on the board, started at the
/// stamp's moment, at agenda item 0; ending it takes it off again and says
/// when it started; ending when none runs is an error.
#[test]
fn a_meeting_started_runs_on_the_board_until_it_is_ended() {
    let mut b = plain_board();
    let start = apply(
        &mut b,
        &Op::Meeting(MeetingOp::Start),
        &stamp("2026-12-07T08:30:00+01:00"),
    )
    .unwrap();
    assert_eq!(start.change, Change::MeetingStarted);
    // Undoing the start puts back "no meeting running".
    assert_eq!(start.inverse, Op::Meeting(MeetingOp::SetRunning(None)));
    let running = b.meeting.as_ref().and_then(|m| m.running.as_ref()).unwrap();
    assert_eq!(running.started.as_str(), "2026-12-07T08:30:00+01:00");
    assert_eq!(running.item_started.as_str(), "2026-12-07T08:30:00+01:00");
    assert_eq!(running.item, 0);

    let end = apply(
        &mut b,
        &Op::Meeting(MeetingOp::End),
        &stamp("2026-12-07T08:45:00+01:00"),
    )
    .unwrap();
    assert_eq!(
        end.change,
        Change::MeetingEnded {
            started: "2026-12-07T08:30:00+01:00".into(),
            attendees: vec![],
            incomplete: false,
        }
    );
    assert!(b.meeting.as_ref().unwrap().running.is_none());
    assert_eq!(
        apply(
            &mut b,
            &Op::Meeting(MeetingOp::End),
            &stamp("2026-12-07T08:46:00+01:00"),
        ),
        Err(OpError::NoMeeting)
    );
}

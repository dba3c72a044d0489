//! Marking a routine revised saves its next revision, a year from today.

use chrono::NaiveDate;

use super::*;
use crate::app::test_util::{one_save, sample_shared};

#[test]
fn revised_today_sets_the_next_revision_a_year_on() {
    // The sample board (routines r1 and r2), today 24 November 2026.
    let s = sample_shared();
    let mut screen = RoutinesScreen {
        sel: Some("r1".to_string()),
    };
    let rq = screen.update(Cmd::Routine(RoutineCmd::Revised), &s);
    let (ops, origin) = one_save(&rq);
    assert_eq!(origin, Origin::Edit);
    assert_eq!(
        ops,
        vec![Op::Routine(RoutineOp::Set {
            id: "r1".to_string(),
            patch: RoutinePatch {
                revision: NaiveDate::from_ymd_opt(2027, 11, 24),
                ..RoutinePatch::default()
            },
        })]
    );
}

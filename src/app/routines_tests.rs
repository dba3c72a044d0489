//! Marking a routine revised saves its next revision, a year from today.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;

use super::*;
use crate::app::Entry;
use crate::app::request::Request;
use crate::i18n::Lang;

/// The sample improvement board (routines r1 and r2), open, today 24
/// November 2026.
fn shared() -> Shared {
    let a = crate::folder::store::analyze_bytes(
        include_bytes!("../../boards/sykehjem-forbedring.json").to_vec(),
    );
    let e = Entry::from_analysis(PathBuf::from("/mappe/sykehjem-forbedring.json"), a);
    Shared::new(
        Lang::En,
        PathBuf::from("/mappe"),
        vec![e],
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        Instant::now(),
    )
}

#[test]
fn revised_today_sets_the_next_revision_a_year_on() {
    let s = shared();
    let mut screen = RoutinesScreen {
        sel: Some("r1".to_string()),
    };
    let rq = screen.update(Cmd::Routine(RoutineCmd::Revised), &s);
    let [Request::Apply { ops, origin, .. }] = rq.0.as_slice() else {
        panic!("one save asked for, not {:?}", rq.0);
    };
    assert_eq!(*origin, Origin::Edit);
    assert_eq!(
        ops,
        &vec![Op::Routine(RoutineOp::Set {
            id: "r1".to_string(),
            patch: RoutinePatch {
                revision: NaiveDate::from_ymd_opt(2027, 11, 24),
                ..RoutinePatch::default()
            },
        })]
    );
}

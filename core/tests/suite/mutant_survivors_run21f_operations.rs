//! Tests for the survivors of mutation run 21 in the operations board's
//! parts (`core/src/operations/`): `cargo mutants -p tavle-core --config
//! /tmp/rest.toml --shuffle`, the list from `scripts/mutants_rest.py`. Each
//! names its mutant and the rule it holds; the expected values are written
//! out by hand, never taken from the code under test.

use crate::common::{board, day};
use tavle_core::operations::staffing;

/// `operations/staffing.rs:59` `&&` → `||` in `day`: an entry of the day for
/// a shift the board does not name is shown once, after the board's shifts,
/// even when the file has it twice (a hand-edited file; the first is shown).
#[test]
fn a_shift_the_board_does_not_name_is_shown_once_on_its_day() {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "staffing":{"shifts":["dag","natt"],"days":[
             {"date":"2026-12-05","shift":"helg","planned":2},
             {"date":"2026-12-05","shift":"dag","planned":5},
             {"date":"2026-12-05","shift":"helg","planned":3}]}}"#,
    );
    let shifts: Vec<(String, Option<u32>, bool)> = staffing::day(&b, day(2026, 12, 5))
        .into_iter()
        .map(|d| (d.shift, d.planned, d.unknown))
        .collect();
    assert_eq!(
        shifts,
        [
            ("dag".to_string(), Some(5), false),
            ("natt".to_string(), None, false),
            ("helg".to_string(), Some(2), true),
        ]
    );
}

//! Tests for the survivors of mutation run 21 in the dates people type
//! (`core/src/dates.rs`, `core/src/dates/`): `cargo mutants -p tavle-core
//! --config /tmp/rest.toml --shuffle`, the list from
//! `scripts/mutants_rest.py`. Each names its mutant and the rule it holds;
//! the expected values are written out by hand, never taken from the code
//! under test.

use crate::common::day;
use tavle_core::dates::{DateError, DateFor, parse};

/// `dates/read.rs:225` the guard `(1..=53).contains(&w)` → `true` in `week`:
/// a week number outside 1–53 is out of range whatever is typed after it;
/// the week is checked before the year, so a broken year after week 0 or 54
/// does not turn the answer into "not a date".
#[test]
fn a_week_number_outside_1_to_53_is_out_of_range_before_its_year_is_read() {
    let today = day(2026, 12, 5);
    for purpose in [DateFor::Deadline, DateFor::Past] {
        for text in ["uke 0 abc", "uke 54 123", "w60 neste", "v 0 2026x"] {
            assert_eq!(
                parse(text, today, purpose),
                Err(DateError::WeekOutOfRange),
                "{text} {purpose:?}"
            );
        }
        // The year is still read after a week in range: 123 is no year.
        assert_eq!(
            parse("uke 10 123", today, purpose),
            Err(DateError::Unrecognised)
        );
    }
}

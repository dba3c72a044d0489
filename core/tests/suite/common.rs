//! Builders the suite's files share. Each builds its value from text
//! written in the test, never from the code under test.

use chrono::NaiveDate;
use tavle_core::model::Board;

/// A board from its JSON text; fails the test, with the messages, when the
/// text is not a board.
pub fn board(json: &str) -> Board {
    let (b, diags) = tavle_core::analyze::analyze_text(json);
    b.unwrap_or_else(|| panic!("{diags:?}"))
}

/// A calendar date.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The spans (start, end in bytes) the personal-data guard finds in `text`.
pub fn found(text: &str) -> Vec<(usize, usize)> {
    tavle_core::privacy::find(text)
        .into_iter()
        .map(|r| (r.start, r.end))
        .collect()
}

/// Who changes something, and when, in the merge and meeting tests.
pub fn stamp() -> tavle_core::ops::Stamp {
    tavle_core::ops::Stamp {
        at: tavle_core::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

/// A change-log line: `change`, made by Kari at `at`.
pub fn logged(at: &str, change: tavle_core::ops::Change) -> tavle_core::log::Logged {
    tavle_core::log::Logged {
        at: at.into(),
        by: "Kari".into(),
        change,
    }
}

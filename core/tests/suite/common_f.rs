//! Builders shared by helper F's run-21 survivor tests
//! (`mutant_survivors_run21f_*.rs`).

use chrono::NaiveDate;
use tavle_core::analyze::analyze_text;
use tavle_core::model::Board;

/// A board read from its JSON; panics with the diagnostics when it is not one.
pub fn board(json: &str) -> Board {
    let (b, diags) = analyze_text(json);
    b.unwrap_or_else(|| panic!("{diags:?}"))
}

/// A calendar day.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

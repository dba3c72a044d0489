//! The report of the changes view is asked for changes since its day.

use super::*;
use crate::app::test_util::sample_shared;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn the_report_tells_the_changes_since_the_day_typed() {
    let s = sample_shared();
    let mut screen = ChangesScreen {
        day: Some(day(2026, 11, 20)),
        ..ChangesScreen::default()
    };
    screen.logs_read(Vec::new(), Vec::new(), &s);
    let report = screen.report.as_ref().expect("a report is made");
    assert_eq!(report.since, Some(day(2026, 11, 20)));
    assert_eq!(report.boards.len(), 1);
    assert!(
        report.boards[0].changes.is_some(),
        "the board's changes since the day are told"
    );
}

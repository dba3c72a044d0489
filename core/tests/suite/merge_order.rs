//! Where merged elements land: elements added on both sides at one place,
//! and lists whose order only the calendar decides. The expected orders are
//! worked out by hand from the times and dates in the test.

use crate::common::board;
use tavle_core::merge::merge;

/// `merge/operations.rs:124` `<impl Identified for Deviation>::born` →
/// `None`: deviations added on both sides at the same place are put in the
/// order they were registered (`created`), by the instant, not by their
/// text. The board's av2 was registered at 09:30+02:00 (07:30 UTC), the
/// copy's av3 at 09:00+01:00 (08:00 UTC): av2 first, although av3's text
/// ("A…") sorts before av2's ("B…").
#[test]
fn deviations_added_on_both_sides_are_ordered_by_the_instant_they_were_registered() {
    let with = |deviation: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "deviations":[{{"id":"av1","date":"2026-12-01","category":"fall","text":"Først"}}{deviation}]}}"#
        ))
    };
    let base = with("");
    let ours = with(
        r#",{"id":"av2","date":"2026-12-02","category":"fall","text":"B: falt i gangen","created":"2026-12-02T09:30:00+02:00"}"#,
    );
    let theirs = with(
        r#",{"id":"av3","date":"2026-12-02","category":"fall","text":"A: falt på badet","created":"2026-12-02T09:00:00+01:00"}"#,
    );
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = merge(Some(&base), a, b);
        let ids: Vec<&str> = m.merged.deviations.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["av1", "av2", "av3"]);
        assert!(m.conflicts.is_empty());
    }
}

/// `merge/operations.rs:276` `<impl Rules<StaffEntry> for Days>::ask_order`
/// → `true`: the staffing days are in the order they were made, so two
/// sides that list the same two days in other orders are never asked about
/// it; the smaller order of the keys (`date/shift`) is taken, 1 December
/// before 2 December, whichever side is the board.
#[test]
fn staffing_days_in_another_order_are_not_a_question() {
    let with = |days: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "staffing":{{"days":[{days}]}}}}"#
        ))
    };
    let first = r#"{"date":"2026-12-01","shift":"dag","planned":3}"#;
    let second = r#"{"date":"2026-12-02","shift":"dag","planned":4}"#;
    let ours = with(&format!("{first},{second}"));
    let theirs = with(&format!("{second},{first}"));
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = merge(None, a, b);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let staffing = m.merged.staffing.as_ref().expect("staffing kept");
        let days: Vec<String> = staffing.days.iter().map(|d| d.date.to_string()).collect();
        assert_eq!(days, ["2026-12-01", "2026-12-02"]);
    }
}

//! Tests for the survivors of run 8 (shard 2/6 of `tavle-core`, see
//! docs/mutants.md). Each fails on its mutant; the expected values are
//! written out by hand.

use chrono::NaiveDate;
use tavle_core::changes::Changes;
use tavle_core::ops::Change;

/// `changes.rs` `+` → `-` in `Changes::len`: the improvement work and the
/// operations changes count like every other line (`status --since` says
/// how many lines there are to tell from it).
#[test]
fn the_improvement_and_operations_lines_count() {
    let staff = Change::StaffSet {
        date: NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
        shift: "dag".into(),
        planned: Some(9),
        present: Some(7),
    };
    let mut c = Changes::default();
    c.operations.push(staff.clone());
    assert!(!c.is_empty());
    assert_eq!(c.len(), 1);
    c.improvement.push(Change::MeetingStarted);
    c.operations.push(staff);
    assert_eq!(c.len(), 3);
}

/// `changes.rs` `&&` → `||` in `since`: a card added in the period counts
/// as turned red only when it is red; one added green is no red news.
#[test]
fn a_card_added_green_is_not_turned_red() {
    use tavle_core::log::Logged;
    let (board, _) = tavle_core::analyze::analyze_text(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Grønn","column":"a","light":"green"},
                    {"id":"k2","title":"Rød","column":"a","light":"red"}]}"#,
    );
    let board = board.expect("a board");
    let added = |card: &str, title: &str| Logged {
        at: "2026-11-24T08:00:00+01:00".into(),
        by: "Kari".into(),
        change: Change::Added {
            card: card.into(),
            title: title.into(),
            column: "a".into(),
        },
    };
    let log = [added("k1", "Grønn"), added("k2", "Rød")];
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap();
    let c = tavle_core::changes::since(&board, &log, day, now, day, None);
    let red: Vec<&str> = c.turned_red.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(red, ["k2"]);
}

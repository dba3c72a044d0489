//! Tests for the survivors of run 8 that were left (see docs/mutants.md,
//! run 13): the date words, and how the minutes read a column move from a
//! hand-edited log line. Each fails on its mutant; the expected values are
//! written out by hand from a calendar.

use crate::common::{board, day};

use chrono::NaiveDate;
use tavle_core::dates::{DateFor, parse};
use tavle_core::log::Logged;
use tavle_core::meeting::columns;
use tavle_core::ops::Change;

/// `dates/read.rs` a `-` deleted in the table of words (`forrige uka` read
/// as next week, `i forgårs` as the day after tomorrow, …): every word of
/// the table, typed as people type it, names its own day. Thursday
/// 3 December 2026 is in ISO week 49 (Monday 30 November to Sunday
/// 6 December); week 48 began on Monday 23 November, week 50 begins on
/// Monday 7 December. As a deadline a week is its Friday.
#[test]
fn every_date_word_names_its_own_day() {
    let today = day(2026, 12, 3);
    let cases: [(&str, NaiveDate); 32] = [
        ("i dag", day(2026, 12, 3)),
        ("today", day(2026, 12, 3)),
        ("i går", day(2026, 12, 2)),
        ("yesterday", day(2026, 12, 2)),
        ("i forgårs", day(2026, 12, 1)),
        ("forgårs", day(2026, 12, 1)),
        ("i førgår", day(2026, 12, 1)),
        ("i førgårs", day(2026, 12, 1)),
        ("førgår", day(2026, 12, 1)),
        ("the day before yesterday", day(2026, 12, 1)),
        ("i morgen", day(2026, 12, 4)),
        ("i morgon", day(2026, 12, 4)),
        ("tomorrow", day(2026, 12, 4)),
        ("i overmorgen", day(2026, 12, 5)),
        ("overmorgen", day(2026, 12, 5)),
        ("i overmorgon", day(2026, 12, 5)),
        ("overmorgon", day(2026, 12, 5)),
        ("the day after tomorrow", day(2026, 12, 5)),
        ("forrige uke", day(2026, 11, 27)),
        ("i forrige uke", day(2026, 11, 27)),
        ("forrige uka", day(2026, 11, 27)),
        ("førre veke", day(2026, 11, 27)),
        ("i førre veke", day(2026, 11, 27)),
        ("last week", day(2026, 11, 27)),
        ("denne uka", day(2026, 12, 4)),
        ("denne uken", day(2026, 12, 4)),
        ("denne veka", day(2026, 12, 4)),
        ("this week", day(2026, 12, 4)),
        ("neste uke", day(2026, 12, 11)),
        ("neste uka", day(2026, 12, 11)),
        ("neste veke", day(2026, 12, 11)),
        ("next week", day(2026, 12, 11)),
    ];
    for (word, want) in cases {
        assert_eq!(parse(word, today, DateFor::Deadline), Ok(want), "{word}");
    }
    // A week that has been is its Monday.
    for word in [
        "forrige uke",
        "i forrige uke",
        "forrige uka",
        "førre veke",
        "i førre veke",
        "last week",
    ] {
        assert_eq!(parse(word, today, DateFor::Past), Ok(day(2026, 11, 23)));
    }
}

fn moved(column: &str, from: usize, to: usize, order: &[&str]) -> Logged {
    Logged {
        at: "2026-11-24T09:01:00+01:00".into(),
        by: "Kari".into(),
        change: Change::ColumnMoved {
            column: column.into(),
            title: column.to_uppercase(),
            from,
            to,
            order: order.iter().map(|s| s.to_string()).collect(),
        },
    }
}

fn logged(change: Change) -> Logged {
    Logged {
        at: "2026-11-24T09:02:00+01:00".into(),
        by: "Kari".into(),
        change,
    }
}

fn order(ids: &[&str]) -> Option<Vec<String>> {
    Some(ids.iter().map(|s| s.to_string()).collect())
}

/// `meeting/columns.rs` `before_move`: a move line whose places do not fit
/// its order (a hand-edited line: a place 0, a column not where the line
/// says, a place past the end) gives no order before the move. It must not
/// panic, and the minutes then list the order after it, as it is.
#[test]
fn a_move_line_that_does_not_fit_its_order_is_read_without_a_panic() {
    let after = ["c", "a", "b"];
    for line in [
        moved("c", 0, 1, &after), // from place 0
        moved("c", 3, 0, &after), // to place 0
        moved("c", 3, 2, &after), // c is not at place 2
        moved("c", 5, 1, &after), // from past the end
        moved("c", 4, 1, &after), // from one past the end
        moved("x", 3, 1, &after), // a column the order does not hold
        moved("b", 1, 4, &after), // to past the end
        moved("c", 1, 1, &["c"]), // from 1 to 1 of one column, back to itself
    ] {
        let c = columns(std::slice::from_ref(&line));
        let Change::ColumnMoved { order: want, .. } = &line.change else {
            unreachable!()
        };
        if want.len() == 1 {
            // The one column went from place 1 to place 1: no change.
            assert_eq!(c.order, None, "{line:?}");
        } else {
            assert_eq!(c.order, Some(want.clone()), "{line:?}");
        }
    }
    // The second line is read when the first did not fit: a b c, then a
    // line that does not fit, then c moved from 3 to 1 and back.
    let log = [
        moved("c", 0, 1, &["c", "a", "b"]),
        moved("c", 3, 1, &["c", "a", "b"]),
        moved("c", 1, 3, &["a", "b", "c"]),
    ];
    assert_eq!(columns(&log).order, None);
    // The last column moved to the middle: a b c → a c b, from 3 to 2.
    let c = columns(&[moved("c", 3, 2, &["a", "c", "b"])]);
    assert_eq!(c.order, order(&["a", "c", "b"]));
    let log = [
        moved("c", 3, 2, &["a", "c", "b"]),
        moved("c", 2, 3, &["a", "b", "c"]),
    ];
    assert_eq!(columns(&log).order, None);
    // The second column to the end and back: a b c → a c b → a b c.
    let log = [
        moved("b", 2, 3, &["a", "c", "b"]),
        moved("b", 3, 2, &["a", "b", "c"]),
    ];
    assert_eq!(columns(&log).order, None);
}

/// `meeting/columns.rs` `columns`, the order compared over the columns there
/// both before and after: a column taken away, or added, between two moves
/// that put the others back is listed as taken away (or added), not as a
/// new order.
#[test]
fn a_column_taken_away_or_added_between_moves_is_no_new_order() {
    // a b c → b a c (a from 1 to 2), c taken away, → a b (a back to 1).
    let log = [
        moved("a", 1, 2, &["b", "a", "c"]),
        logged(Change::ColumnRemoved {
            column: "c".into(),
            title: "C".into(),
        }),
        moved("a", 2, 1, &["a", "b"]),
    ];
    let c = columns(&log);
    assert_eq!(c.order, None);
    assert_eq!(c.removed.len(), 1);
    assert_eq!(c.removed[0].id, "c");
    // a b → b a, c added at the end, → a b c (a back to 1).
    let log = [
        moved("a", 1, 2, &["b", "a"]),
        logged(Change::ColumnAdded {
            column: "c".into(),
            title: "C".into(),
            wip: None,
        }),
        moved("a", 2, 1, &["a", "b", "c"]),
    ];
    let c = columns(&log);
    assert_eq!(c.order, None);
    assert_eq!(c.added.len(), 1);
    assert_eq!(c.added[0].id, "c");
    // And a real new order beside a column taken away is listed.
    let log = [
        moved("a", 1, 2, &["b", "a", "c"]),
        logged(Change::ColumnRemoved {
            column: "c".into(),
            title: "C".into(),
        }),
    ];
    assert_eq!(columns(&log).order, order(&["b", "a", "c"]));
}

/// `changes.rs:156` the field `added` deleted where a light change to red
/// is read (so `added` came from the card's defaults, `false`): a card
/// added in the period and then set red is "new, and red", as one added red
/// at once is.
#[test]
fn a_card_added_and_then_set_red_in_the_period_is_new_and_red() {
    use tavle_core::model::Light;
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Ny","column":"a","light":"red"},
                    {"id":"k2","title":"Gammel","column":"a","light":"red"}]}"#,
    );
    let at = |time: &str, change: Change| Logged {
        at: format!("2026-11-24T{time}:00+01:00"),
        by: "Kari".into(),
        change,
    };
    let log = [
        at(
            "08:00",
            Change::Added {
                card: "k1".into(),
                title: "Ny".into(),
                column: "a".into(),
            },
        ),
        at(
            "08:05",
            Change::Light {
                card: "k1".into(),
                title: "Ny".into(),
                from: None,
                to: Some(Light::Red),
            },
        ),
        at(
            "08:10",
            Change::Light {
                card: "k2".into(),
                title: "Gammel".into(),
                from: Some(Light::Green),
                to: Some(Light::Red),
            },
        ),
    ];
    let d = day(2026, 11, 24);
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap();
    let c = tavle_core::changes::since(&b, &log, d, now, d, None);
    let red: Vec<(&str, bool)> = c
        .turned_red
        .iter()
        .map(|t| (t.id.as_str(), t.added))
        .collect();
    assert_eq!(red, [("k1", true), ("k2", false)]);
}

/// `merge/elements.rs:234` the field `updated_by` deleted from what
/// `edited` strips (so a new name on the stamp counted as an edit): a card
/// archived on one side and only restamped by someone else on the other
/// stays archived, with no edit kept.
#[test]
fn a_card_archived_on_one_side_and_restamped_by_another_on_the_other_is_archived() {
    use tavle_core::merge::merge;
    let with = |card: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "cards":[{{"id":"k1","column":"a","title":"Ring",{card}}}]}}"#
        ))
    };
    let base = with(r#""updated":"2026-11-20T09:00:00+01:00","updated_by":"Kari""#);
    let archived =
        with(r#""archived":true,"updated":"2026-11-24T10:00:00+01:00","updated_by":"Kari""#);
    let restamped = with(r#""updated":"2026-11-23T09:00:00+01:00","updated_by":"Ola""#);
    for (a, b) in [(&archived, &restamped), (&restamped, &archived)] {
        let m = merge(Some(&base), a, b);
        assert!(m.merged.cards[0].archived);
        assert_eq!(m.kept_edits, []);
    }
}

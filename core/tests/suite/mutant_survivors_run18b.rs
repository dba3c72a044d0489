//! More tests for the survivors of mutation run 18 (the first ones are in
//! `mutant_survivors_run18.rs`). Each names its mutant and the rule it
//! holds; the expected values are written out by hand, never taken from
//! the code under test.

use crate::common::board;

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

/// `meeting/span.rs:68` `>` → `>=` in `Scope::after` (a day): the last
/// moment of a day is not after the day, as the clock there reads it
/// (23:59 on the 24th at +01:00 is 22:59 UTC); the next day is. And a
/// meeting holds both its ends, so the moment it ended is not after it; a
/// second later is.
#[test]
fn the_last_moment_of_a_day_or_a_meeting_is_not_after_it() {
    let day =
        tavle_core::meeting::Scope::Day(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    assert!(!day.after(at("2026-11-24T00:00:00+01:00")));
    assert!(!day.after(at("2026-11-24T23:59:59+01:00")));
    assert!(day.after(at("2026-11-25T00:00:00+01:00")));
    assert!(!day.after(at("2026-11-23T23:59:59+01:00")));
    use tavle_core::meeting::{Scope, Span};
    let span = Span {
        start: at("2026-11-24T09:00:00+01:00"),
        end: at("2026-11-24T09:30:00+01:00"),
        running: false,
        attendees: Vec::new(),
        incomplete: false,
    };
    assert!(span.contains(at("2026-11-24T09:30:00+01:00")));
    let scope = Scope::Meeting(span);
    assert!(!scope.after(at("2026-11-24T09:30:00+01:00")));
    assert!(
        !scope.after(at("2026-11-24T08:30:00Z")),
        "the same moment in UTC"
    );
    assert!(scope.after(at("2026-11-24T09:30:01+01:00")));
}

/// `merge/ids.rs:60` `&&` → `||` in `split_collisions`: when both sides
/// added a card `k1` (different cards, no base) the copy's `k1` becomes
/// `k2`, and the copy's decision about it follows it unless the board has
/// that very decision (same id *and* same content). Both sides also decided
/// a `b1` about their own `k1`, with other words and times: the copy's `b1`
/// is another decision (it becomes `b2`) and is about the copy's card, `k2`.
#[test]
fn a_decision_with_a_colliding_id_follows_the_copys_card() {
    let side = |card: &str, at: &str, text: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "cards":[{{"id":"k1","title":"{card}","column":"a"}}],
               "decisions":[{{"id":"b1","at":"{at}","text":"{text}","card":"k1"}}]}}"#
        ))
    };
    let a = side(
        "Fra brettet",
        "2026-11-24T09:00:00+01:00",
        "Brettets vedtak",
    );
    let b = side("Fra kopien", "2026-11-24T10:00:00+01:00", "Kopiens vedtak");
    let m = tavle_core::merge::merge(None, &a, &b);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let mut decisions: Vec<(&str, &str, Option<&str>)> = m
        .merged
        .decisions
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str(), d.card.as_deref()))
        .collect();
    decisions.sort_unstable();
    assert_eq!(
        decisions,
        [
            ("b1", "Brettets vedtak", Some("k1")),
            ("b2", "Kopiens vedtak", Some("k2")),
        ]
    );
}

/// `meeting/columns.rs:148` delete the arm `Some((false, false)) => continue`
/// in `columns`: a column added, renamed and taken away again in the scope
/// did nothing to the board; the minutes list no rename for it.
#[test]
fn a_column_added_renamed_and_removed_again_is_not_in_the_minutes() {
    use tavle_core::log::Logged;
    use tavle_core::ops::Change;
    let logged = |at: &str, change: Change| Logged {
        at: at.into(),
        by: "Kari".into(),
        change,
    };
    let log = [
        logged(
            "2026-11-24T09:01:00+01:00",
            Change::ColumnAdded {
                column: "c9".into(),
                title: "Venter".into(),
                wip: None,
            },
        ),
        logged(
            "2026-11-24T09:02:00+01:00",
            Change::ColumnChanged {
                column: "c9".into(),
                title: "Venter på svar".into(),
                renamed_from: Some("Venter".into()),
                wip: None,
            },
        ),
        logged(
            "2026-11-24T09:03:00+01:00",
            Change::ColumnRemoved {
                column: "c9".into(),
                title: "Venter på svar".into(),
            },
        ),
    ];
    let c = tavle_core::meeting::columns(&log);
    assert!(c.is_empty(), "{c:?}");
}

/// `ops/cards.rs:337` `||` → `&&` in `apply` (`placed`): setting only a
/// card's effect (or only its effort) places it in the priority matrix and
/// is logged as prioritised, not as an edit.
#[test]
fn setting_only_the_effect_is_logged_as_prioritised() {
    use tavle_core::ops::{CardOp, CardPatch, Change, Op, Stamp, apply};
    let mut b = board(
        r#"{"tavle":1,"title":"Forbedring","kind":"forbedring",
           "columns":[{"id":"a","title":"Ideer"}],
           "cards":[{"id":"k1","title":"Nattlys","column":"a"}]}"#,
    );
    let stamp = Stamp {
        at: tavle_core::model::Timestamp::parse("2026-11-24T09:05:00+01:00").unwrap(),
        by: "Kari".into(),
    };
    let set = |patch: CardPatch| {
        Op::Card(CardOp::Set {
            id: "k1".into(),
            patch,
        })
    };
    let effect = CardPatch {
        effect: Some(Some(3)),
        ..CardPatch::default()
    };
    let out = apply(&mut b, &set(effect), &stamp).unwrap();
    assert_eq!(
        out.change,
        Change::Prioritised {
            card: "k1".into(),
            title: "Nattlys".into(),
            effect: Some(3),
            effort: None,
        }
    );
    let effort = CardPatch {
        effort: Some(Some(1)),
        ..CardPatch::default()
    };
    let out = apply(&mut b, &set(effort), &stamp).unwrap();
    assert_eq!(
        out.change,
        Change::Prioritised {
            card: "k1".into(),
            title: "Nattlys".into(),
            effect: Some(3),
            effort: Some(1),
        }
    );
}

/// `privacy/scan.rs:171` `>` → `==` in `read_sep`: at most eight
/// characters between two digit groups still join them (an aligned table);
/// eight do, nine do not. 150765 + 00565 is the valid number 15076500565
/// (check digits 6 and 5 by the weights 3 7 6 1 8 9 4 5 2 and
/// 5 4 3 2 7 6 5 4 3 2): with eight spaces bytes 6 + 8 + 5 = 0..19.
#[test]
fn eight_spaces_between_the_parts_of_a_number_join_them_and_nine_do_not() {
    let found = |text: &str| -> Vec<(usize, usize)> {
        tavle_core::privacy::find(text)
            .into_iter()
            .map(|r| (r.start, r.end))
            .collect()
    };
    assert_eq!(found(&format!("150765{}00565", " ".repeat(8))), [(0, 19)]);
    assert_eq!(found(&format!("150765{}00565", " ".repeat(9))), []);
}

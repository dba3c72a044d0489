//! More tests for the survivors of mutation run 18 (the first ones are in
//! `mutant_survivors_run18.rs`). Each names its mutant and the rule it
//! holds; the expected values are written out by hand, never taken from
//! the code under test.

use tavle_core::analyze::analyze_text;
use tavle_core::model::Board;

fn board(json: &str) -> Board {
    let (b, diags) = analyze_text(json);
    b.unwrap_or_else(|| panic!("{diags:?}"))
}

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

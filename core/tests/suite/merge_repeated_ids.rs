//! A hand-edited board may repeat an id. Merging must still keep every
//! element: a board merged with itself is itself, and the copy's elements
//! that collide with the board's get fresh ids of their own. The expected
//! boards are written out by hand.

use crate::common::board;

use tavle_core::merge::{Element, merge};
use tavle_core::model::Board;

fn with_cards(cards: &str) -> Board {
    board(&format!(
        r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
           "cards":[{cards}]}}"#
    ))
}

/// Found through `merge/list.rs:311` in mutation run 18: the list merge gave
/// the second `k1` the key `k1` + U+0000 + `2`, and a card whose id is
/// written as exactly that (`"k1\u00002"`) took the same key, so one of the
/// three cards was lost even when a board was merged with itself. Without a
/// base, the copy's second `k1` was also taken for a new card, because it
/// was compared with the board's first `k1` only, and a card was doubled.
#[test]
fn a_board_merged_with_itself_keeps_every_card_even_with_odd_ids() {
    let a = with_cards(
        r#"{"id":"k1","title":"En","column":"a"},{"id":"k1","title":"To","column":"a"},
           {"id":"k1\u00002","title":"Tre","column":"a"}"#,
    );
    for base in [Some(&a), None] {
        let m = merge(base, &a, &a);
        let titles: Vec<&str> = m.merged.cards.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, ["En", "To", "Tre"], "base: {}", base.is_some());
        assert!(m.renamed.is_empty());
        assert!(m.conflicts.is_empty());
    }
}

/// Two cards of the copy that share the id `k1` with a different card of the
/// board (no base: both sides made a `k1`) are each a new card with a fresh
/// id of its own: `k2` and `k3` (the largest number in use is 1). Before,
/// only the first was renamed and the second was merged into the board's
/// `k1`, so one of the three was lost.
#[test]
fn each_colliding_card_of_the_copy_gets_its_own_fresh_id() {
    let ours = with_cards(r#"{"id":"k1","title":"Vår","column":"a"}"#);
    let theirs = with_cards(
        r#"{"id":"k1","title":"Deres","column":"a"},{"id":"k1","title":"Også deres","column":"a"}"#,
    );
    let m = merge(None, &ours, &theirs);
    let mut cards: Vec<(&str, &str)> = (m.merged.cards.iter())
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    cards.sort();
    assert_eq!(
        cards,
        [("k1", "Vår"), ("k2", "Deres"), ("k3", "Også deres")]
    );
    let renamed: Vec<(&Element, &str)> = (m.renamed.iter())
        .map(|r| (&r.element, r.from.as_str()))
        .collect();
    assert_eq!(
        renamed,
        [
            (&Element::Card("k2".into()), "k1"),
            (&Element::Card("k3".into()), "k1")
        ]
    );
    assert!(m.conflicts.is_empty());
}

/// The same for risks, which were all renamed together when one collided:
/// a board that repeats `ri1` merged with itself without a base had four
/// risks, the board's two and the copy's two under `ri2`.
#[test]
fn a_board_that_repeats_a_risk_id_merged_with_itself_keeps_its_two_risks() {
    let a = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "risks":[{"id":"ri1","title":"Fall","likelihood":2,"consequence":3},
                    {"id":"ri1","title":"Glatt","likelihood":1,"consequence":2}]}"#,
    );
    let m = merge(None, &a, &a);
    let risks: Vec<(&str, &str)> = (m.merged.risks.iter())
        .map(|r| (r.id.as_str(), r.title.as_str()))
        .collect();
    assert_eq!(risks, [("ri1", "Fall"), ("ri1", "Glatt")]);
    assert!(m.renamed.is_empty());
}

/// `merge/ids.rs:62:31` (`b.id == d.id` → `!=`), `:70:56` (`&&` → `||`),
/// `:77:62` and `:83:67` (`b == &*r` → `!=`) in `split_collisions`: when
/// the copy's `k1` gets a fresh id, what both sides hold alike about `k1`
/// (a decision, a routine, a risk, a deviation: the same element, about the
/// card as both sides had it) stays about `k1`, and the copy's routine about
/// no card stays about none.
#[test]
fn what_both_sides_hold_alike_about_a_renamed_card_stays_with_the_boards() {
    let with = |title: &str, routine: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "cards":[{{"id":"k1","title":"{title}","column":"a"}}],
               "decisions":[{{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","card":"k1"}}],
               "routines":[{{"id":"r1","title":"Nattlys","revision":"2027-01-15","card":"k1"}}{routine}],
               "risks":[{{"id":"ri1","title":"Fall","likelihood":2,"consequence":3,"card":"k1"}}],
               "deviations":[{{"id":"av1","date":"2026-12-03","category":"fall","text":"Falt","card":"k1"}}]}}"#
        ))
    };
    let ours = with("Ring Kari", "");
    let theirs = with(
        "Ring Ola",
        r#",{"id":"r2","title":"Dagslys","revision":"2027-01-15"}"#,
    );
    let m = merge(None, &ours, &theirs);
    let cards: Vec<(&str, &str)> = (m.merged.cards.iter())
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    assert_eq!(cards, [("k1", "Ring Kari"), ("k2", "Ring Ola")]);
    let decisions: Vec<(&str, Option<&str>)> = (m.merged.decisions.iter())
        .map(|d| (d.id.as_str(), d.card.as_deref()))
        .collect();
    assert_eq!(decisions, [("b1", Some("k1"))]);
    let routines: Vec<(&str, Option<&str>)> = (m.merged.routines.iter())
        .map(|r| (r.id.as_str(), r.card.as_deref()))
        .collect();
    assert_eq!(routines, [("r1", Some("k1")), ("r2", None)]);
    let risks: Vec<(&str, Option<&str>)> = (m.merged.risks.iter())
        .map(|r| (r.id.as_str(), r.card.as_deref()))
        .collect();
    assert_eq!(
        risks,
        [("ri1", Some("k1"))],
        "one risk, as both sides had it"
    );
    let deviations: Vec<(&str, Option<&str>)> = (m.merged.deviations.iter())
        .map(|d| (d.id.as_str(), d.card.as_deref()))
        .collect();
    assert_eq!(
        deviations,
        [("av1", Some("k1"))],
        "one deviation, as both sides had it"
    );
    assert!(m.conflicts.is_empty());
}

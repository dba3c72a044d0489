//! Tests for the survivors of mutation run 21 in the merge
//! (`cargo mutants -p tavle-core --config /tmp/rest.toml --shuffle`). Each
//! names its mutant and the rule it holds; the expected values are written
//! out by hand, never taken from the code under test.

use crate::common::board;

use serde_json::json;
use tavle_core::merge::Element;
use tavle_core::model::Board;

/// `merge/diff.rs:97` delete the arm `Element::Indicator` in `changed`: an
/// indicator both boards have, renamed and given a unit, is shown as two
/// changed fields (its values are compared by date, apart).
#[test]
fn a_renamed_indicator_is_a_changed_field() {
    let before = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "indicators":[{"id":"i","title":"Fall","values":[]}]}"#,
    );
    let after = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "indicators":[{"id":"i","title":"Fall per uke","unit":"stk","values":[]}]}"#,
    );
    let got: Vec<(
        Element,
        String,
        String,
        serde_json::Value,
        serde_json::Value,
    )> = tavle_core::merge::changed(&before, &after)
        .into_iter()
        .map(|c| (c.element.element, c.element.title, c.field, c.from, c.to))
        .collect();
    let ind = || Element::Indicator("i".into());
    assert_eq!(
        got,
        [
            (
                ind(),
                "Fall per uke".into(),
                "title".into(),
                json!("Fall"),
                json!("Fall per uke")
            ),
            (
                ind(),
                "Fall per uke".into(),
                "unit".into(),
                serde_json::Value::Null,
                json!("stk")
            ),
        ]
    );
}

/// A board with one card `k1` titled `title`, and `rest` (more lists).
/// Two such boards with other titles have two different cards `k1`: the
/// copy's gets the fresh id `k2` in a merge without a base.
fn side(title: &str, rest: &str) -> Board {
    board(&format!(
        r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
           "cards":[{{"id":"k1","title":"{title}","column":"a"}}]{rest}}}"#
    ))
}

/// The merge of the board `Ring` and the copy `Skriv`: the copy's card is
/// renamed `k2`, both cards are kept, and nothing is asked.
fn merged_apart(rest: &str) -> tavle_core::merge::Merge {
    let m = tavle_core::merge::merge(None, &side("Ring", rest), &side("Skriv", rest));
    let renamed: Vec<(Element, &str)> = m
        .renamed
        .iter()
        .map(|r| (r.element.clone(), r.from.as_str()))
        .collect();
    assert_eq!(renamed, [(Element::Card("k2".into()), "k1")]);
    let cards: Vec<(&str, &str)> = (m.merged.cards.iter())
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    assert_eq!(cards, [("k1", "Ring"), ("k2", "Skriv")]);
    assert_eq!(m.conflicts, []);
    m
}

/// `merge/ids.rs:60` `==` → `!=` in `split_collisions`: when two different
/// cards share an id and the copy's gets a fresh one, a decision the board
/// has too (same id, made at the same time with the same words) stays with
/// the board's card; it is not moved to the copy's renamed card (so there is
/// nothing to ask about it).
#[test]
fn a_decision_both_sides_have_stays_with_the_boards_card_when_the_copys_is_renamed() {
    let m = merged_apart(
        r#","decisions":[{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring Ola","card":"k1"}]"#,
    );
    let decisions: Vec<(&str, Option<&str>)> = (m.merged.decisions.iter())
        .map(|d| (d.id.as_str(), d.card.as_deref()))
        .collect();
    assert_eq!(decisions, [("b1", Some("k1"))]);
}

/// `merge/ids.rs:75` `==` → `!=` in `split_collisions`: the same for a risk
/// both sides have as it is: its measure card stays the board's `k1`.
#[test]
fn a_risk_both_sides_have_keeps_the_boards_card_when_the_copys_is_renamed() {
    let m = merged_apart(
        r#","risks":[{"id":"ri1","title":"Fall","likelihood":2,"consequence":3,"card":"k1"}]"#,
    );
    let risks: Vec<(&str, Option<&str>)> = (m.merged.risks.iter())
        .map(|r| (r.id.as_str(), r.card.as_deref()))
        .collect();
    assert_eq!(risks, [("ri1", Some("k1"))]);
}

/// `merge/extra.rs:108` `Keys::base_only` → `Some(Default::default())`: an
/// unknown field of a card that both sides removed since the base is gone
/// from the merged card; nothing (no empty key) takes its place.
#[test]
fn an_unknown_field_both_sides_removed_is_gone_after_the_merge() {
    let with = |field: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "cards":[{{"id":"k1","title":"Ring","column":"a"{field}}}]}}"#
        ))
    };
    let base = with(r#","x_farge":"rød""#);
    let side = with("");
    let m = tavle_core::merge::merge(Some(&base), &side, &side);
    assert!(m.three_way);
    assert_eq!(m.conflicts, []);
    let card = serde_json::to_value(&m.merged.cards[0]).unwrap();
    assert_eq!(card, json!({"id": "k1", "title": "Ring", "column": "a"}));
}

/// `merge/ids.rs:81` `==` → `!=` in `split_collisions`: the same for a
/// deviation both sides have as it is: its measure card stays the board's `k1`.
#[test]
fn a_deviation_both_sides_have_keeps_the_boards_card_when_the_copys_is_renamed() {
    let m = merged_apart(
        r#","deviations":[{"id":"av1","date":"2026-11-19","category":"fall","text":"Glatt gulv","card":"k1"}]"#,
    );
    let deviations: Vec<(&str, Option<&str>)> = (m.merged.deviations.iter())
        .map(|d| (d.id.as_str(), d.card.as_deref()))
        .collect();
    assert_eq!(deviations, [("av1", Some("k1"))]);
}

/// `merge/elements.rs:395` `Values::ask_order` → `true`: the order of an
/// indicator's values only follows time, so two sides that list the same
/// two values in other orders are never asked about it: the
/// lexicographically smaller order of dates is taken (1 November before
/// 8 November), whichever side is the board.
#[test]
fn the_order_of_an_indicators_values_is_never_asked() {
    let values = |first: &str, second: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "indicators":[{{"id":"i","title":"Fall","values":[{first},{second}]}}]}}"#
        ))
    };
    let (nov1, nov8) = (
        r#"{"date":"2026-11-01","value":1}"#,
        r#"{"date":"2026-11-08","value":2}"#,
    );
    let (a, b) = (values(nov8, nov1), values(nov1, nov8));
    for (board, copy) in [(&a, &b), (&b, &a)] {
        let m = tavle_core::merge::merge(None, board, copy);
        assert_eq!(m.conflicts, []);
        let dates: Vec<String> = (m.merged.indicators[0].values.iter())
            .map(|v| v.date.to_string())
            .collect();
        assert_eq!(dates, ["2026-11-01", "2026-11-08"]);
    }
}

/// `merge/ids.rs:68` `&&` → `||` in `split_collisions`: the same for a
/// routine both sides have as it is: its card stays the board's `k1`.
#[test]
fn a_routine_both_sides_have_keeps_the_boards_card_when_the_copys_is_renamed() {
    let m = merged_apart(
        r#","routines":[{"id":"r1","title":"Håndvask","revision":"2027-01-01","card":"k1"}]"#,
    );
    let routines: Vec<(&str, Option<&str>)> = (m.merged.routines.iter())
        .map(|r| (r.id.as_str(), r.card.as_deref()))
        .collect();
    assert_eq!(routines, [("r1", Some("k1"))]);
}

//! What a merge does to the board, element by element, for the preview and
//! the change log: the elements it adds and the ones it removes, each with
//! its title, so a removal is shown as plainly as an addition.
//!
//! Pure: two boards in (before and after), lists out.

use std::collections::HashSet;

use super::Element;
use crate::model::Board;

/// An element of a board with its title (a decision's text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub element: Element,
    pub title: String,
}

/// The elements (columns, cards, goals, indicators, decisions) `after` has
/// and `before` lacks, in `after`'s order.
pub fn added(before: &Board, after: &Board) -> Vec<Named> {
    missing(after, before)
}

/// The elements `before` has and `after` lacks, in `before`'s order.
pub fn removed(before: &Board, after: &Board) -> Vec<Named> {
    missing(before, after)
}

/// The top-level elements of `from` that `other` does not have.
fn missing(from: &Board, other: &Board) -> Vec<Named> {
    let have: HashSet<Element> = named(other).into_iter().map(|n| n.element).collect();
    named(from)
        .into_iter()
        .filter(|n| !have.contains(&n.element))
        .collect()
}

fn named(b: &Board) -> Vec<Named> {
    let n = |element, title: &str| Named {
        element,
        title: title.to_string(),
    };
    let columns = b
        .columns
        .iter()
        .map(|c| n(Element::Column(c.id.clone()), &c.title));
    let cards = b
        .cards
        .iter()
        .map(|c| n(Element::Card(c.id.clone()), &c.title));
    let goals = b
        .goals
        .iter()
        .map(|g| n(Element::Goal(g.id.clone()), &g.title));
    let indicators = b
        .indicators
        .iter()
        .map(|i| n(Element::Indicator(i.id.clone()), &i.title));
    let decisions = b
        .decisions
        .iter()
        .map(|d| n(Element::Decision(d.id.clone()), &d.text));
    columns
        .chain(cards)
        .chain(goals)
        .chain(indicators)
        .chain(decisions)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn board(cards: &[(&str, &str)]) -> Board {
        let cards: Vec<_> = cards
            .iter()
            .map(|(id, t)| json!({"id": id, "title": t, "column": "a"}))
            .collect();
        let v = json!({
            "tavle": 1, "title": "T", "kind": "drift",
            "columns": [{"id": "a", "title": "A"}], "cards": cards,
        });
        let root = crate::json::parse(&v.to_string()).unwrap();
        crate::decode::decode_board(&root).0.unwrap()
    }

    #[test]
    fn additions_and_removals_are_named_with_their_titles() {
        let before = board(&[("k1", "Ring"), ("k2", "Skriv")]);
        let after = board(&[("k2", "Skriv om"), ("k3", "Bestill")]);
        let card = |id: &str, t: &str| Named {
            element: Element::Card(id.into()),
            title: t.into(),
        };
        assert_eq!(removed(&before, &after), [card("k1", "Ring")]);
        assert_eq!(added(&before, &after), [card("k3", "Bestill")]);
        assert!(removed(&before, &before).is_empty());
    }
}

//! What a merge does to the board, element by element, for the preview and
//! the change log: the elements it adds and the ones it removes, each with
//! its title, so a removal is shown as plainly as an addition; and every
//! field it changes in an element both have — a card moved, a light, an
//! owner, a decision's wording — with the value before and after.
//!
//! Pure: two boards in (before and after), lists out.

use std::collections::HashSet;

use serde_json::Value;

use super::Element;
use crate::model::Board;

/// An element of a board with its title (a decision's text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub element: Element,
    pub title: String,
}

/// The elements (columns, cards, goals, indicators, decisions, routines) `after` has
/// and `before` lacks, in `after`'s order.
pub fn added(before: &Board, after: &Board) -> Vec<Named> {
    missing(after, before)
}

/// The elements `before` has and `after` lacks, in `before`'s order.
pub fn removed(before: &Board, after: &Board) -> Vec<Named> {
    missing(before, after)
}

/// A field of an element both boards have, changed: `field` is its key in
/// the file (`column` for a move, `light`, `owner`, a decision's `text`, …),
/// `from` and `to` its JSON values (`null` when unset).
#[derive(Debug, Clone, PartialEq)]
pub struct Changed {
    pub element: Named,
    pub field: String,
    pub from: Value,
    pub to: Value,
}

/// Bookkeeping a merge settles by itself: not shown as a change.
/// (An indicator's `values` are compared one by one, by date.)
const BOOKKEEPING: &[&str] = &[
    "id",
    "updated",
    "updated_by",
    "created",
    "done_at",
    "corrections",
    "values",
];

/// Every field of an element both boards have (columns, cards, goals,
/// indicators with their values, decisions, routines) that differs, in `after`'s
/// order of elements and the file's order of fields; bookkeeping left out.
pub fn changed(before: &Board, after: &Board) -> Vec<Changed> {
    let mut out = Vec::new();
    let mut compare = |element: Named, a: Value, b: Value| {
        let (Value::Object(a), Value::Object(b)) = (a, b) else {
            return;
        };
        let keys = b.keys().chain(a.keys().filter(|k| !b.contains_key(*k)));
        for key in keys.filter(|k| !BOOKKEEPING.contains(&k.as_str())) {
            let (from, to) = (
                a.get(key).cloned().unwrap_or(Value::Null),
                b.get(key).cloned().unwrap_or(Value::Null),
            );
            if from != to {
                out.push(Changed {
                    element: element.clone(),
                    field: key.clone(),
                    from,
                    to,
                });
            }
        }
    };
    let json = |v: &dyn erased::Json| v.json();
    for n in named(after) {
        let pair: Option<(Value, Value)> = match &n.element {
            Element::Column(id) => before
                .column(id)
                .zip(after.column(id))
                .map(|(a, b)| (json(a), json(b))),
            Element::Card(id) => before
                .card(id)
                .zip(after.card(id))
                .map(|(a, b)| (json(a), json(b))),
            Element::Goal(id) => before
                .goal(id)
                .zip(after.goal(id))
                .map(|(a, b)| (json(a), json(b))),
            Element::Indicator(id) => {
                let find = |x: &Board| x.indicators.iter().find(|i| &i.id == id).cloned();
                find(before)
                    .zip(find(after))
                    .map(|(a, b)| (json(&a), json(&b)))
            }
            Element::Decision(id) => {
                let find = |x: &Board| x.decisions.iter().find(|d| &d.id == id).cloned();
                find(before)
                    .zip(find(after))
                    .map(|(a, b)| (json(&a), json(&b)))
            }
            Element::Routine(id) => before
                .routine(id)
                .zip(after.routine(id))
                .map(|(a, b)| (json(a), json(b))),
            Element::Risk(id) => before
                .risk(id)
                .zip(after.risk(id))
                .map(|(a, b)| (json(a), json(b))),
            Element::Deviation(id) => before
                .deviation(id)
                .zip(after.deviation(id))
                .map(|(a, b)| (json(a), json(b))),
            Element::Event(id) => before
                .event(id)
                .zip(after.event(id))
                .map(|(a, b)| (json(a), json(b))),
            _ => None,
        };
        if let Some((a, b)) = pair {
            compare(n, a, b);
        }
    }
    // A measurement both have for a date, with another value.
    for i in &after.indicators {
        let Some(old) = before.indicators.iter().find(|o| o.id == i.id) else {
            continue;
        };
        for v in &i.values {
            if let Some(was) = old.values.iter().find(|w| w.date == v.date)
                && was.value != v.value
            {
                out.push(Changed {
                    element: Named {
                        element: Element::Value {
                            indicator: i.id.clone(),
                            date: v.date,
                        },
                        title: i.title.clone(),
                    },
                    field: "value".into(),
                    from: json(&was.value),
                    to: json(&v.value),
                });
            }
        }
    }
    out
}

mod erased {
    /// Anything that is written to the file as JSON.
    pub trait Json {
        fn json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or_default()
        }
    }
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
    let routines = b
        .routines
        .iter()
        .map(|r| n(Element::Routine(r.id.clone()), &r.title));
    let risks = b
        .risks
        .iter()
        .map(|r| n(Element::Risk(r.id.clone()), &r.title));
    let deviations = b
        .deviations
        .iter()
        .map(|d| n(Element::Deviation(d.id.clone()), &d.text));
    let wheel = b
        .wheel
        .iter()
        .map(|e| n(Element::Event(e.id.clone()), &e.title));
    columns
        .chain(cards)
        .chain(goals)
        .chain(indicators)
        .chain(decisions)
        .chain(routines)
        .chain(risks)
        .chain(deviations)
        .chain(wheel)
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
        crate::decode::board_of(&v)
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

    #[test]
    fn every_changed_field_of_a_shared_element_is_named_but_bookkeeping() {
        let mut before = board(&[("k1", "Ring"), ("k2", "Skriv")]);
        let mut after = before.clone();
        after.cards[0].title = "Ring nå".into();
        after.cards[0].light = Some(crate::model::Light::Red);
        after.cards[0].updated_by = Some("Per".into());
        before.cards[1].owner = Some("Ola".into());
        let got: Vec<(String, String, Value, Value)> = changed(&before, &after)
            .into_iter()
            .map(|c| (c.element.title, c.field, c.from, c.to))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Ring nå".into(),
                    "title".into(),
                    json!("Ring"),
                    json!("Ring nå")
                ),
                ("Ring nå".into(), "light".into(), Value::Null, json!("red")),
                ("Skriv".into(), "owner".into(), json!("Ola"), Value::Null),
            ]
        );
    }
}

//! Top-level lists of elements with an id (columns, cards, goals,
//! indicators, decisions, routines) as the list merge sees them: what each
//! element is and when it was made, and what to do with an element only one
//! side has. The rules are in the module doc of `merge`. Pure.

use chrono::Utc;

use super::cx::Cx;
use super::list::Rules;
use super::{Element, NoteKind, Path, Side};
use crate::model::{Card, Column, Decision, Goal, Indicator, Routine, Timestamp};

/// A time as text that sorts in time order, whatever offset it was written with.
pub(super) fn time_key(t: &Timestamp) -> String {
    t.at()
        .with_timezone(&Utc)
        .format("%Y-%m-%dT%H:%M:%S%.9f")
        .to_string()
}

/// Elements with an id: what they are and when they were made.
pub(super) trait Identified: Clone + PartialEq + serde::Serialize {
    fn id(&self) -> &str;
    fn born(&self) -> Option<&Timestamp> {
        None
    }
    /// When it was last edited, where the element says.
    fn edited(&self) -> Option<&Timestamp> {
        None
    }
}

impl Identified for Column {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Identified for Card {
    fn id(&self) -> &str {
        &self.id
    }
    fn born(&self) -> Option<&Timestamp> {
        self.created.as_ref()
    }
    fn edited(&self) -> Option<&Timestamp> {
        self.updated.as_ref()
    }
}

impl Identified for Goal {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Identified for Indicator {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Identified for Routine {
    fn id(&self) -> &str {
        &self.id
    }
    fn born(&self) -> Option<&Timestamp> {
        self.created.as_ref()
    }
}

impl Identified for Decision {
    fn id(&self) -> &str {
        &self.id
    }
    fn born(&self) -> Option<&Timestamp> {
        Some(&self.at)
    }
}

pub(super) type MergeFn<T> = fn(&mut Cx<'_>, Option<&T>, &T, &T) -> T;

/// A top-level list of elements by id.
pub(super) struct ById<T> {
    list: &'static str,
    element: fn(String) -> Element,
    merge: MergeFn<T>,
    /// Decisions and indicators (which hold the values) are never dropped.
    records: bool,
}

impl<T> ById<T> {
    pub(super) fn new(
        list: &'static str,
        element: fn(String) -> Element,
        merge: MergeFn<T>,
    ) -> ById<T> {
        ById {
            list,
            element,
            merge,
            records: false,
        }
    }

    pub(super) fn records(
        list: &'static str,
        element: fn(String) -> Element,
        merge: MergeFn<T>,
    ) -> ById<T> {
        ById {
            records: true,
            ..ById::new(list, element, merge)
        }
    }
}

impl<T: Identified> Rules<T> for ById<T> {
    fn at(&self) -> Path {
        Path {
            element: Element::Board,
            field: self.list.to_string(),
        }
    }

    fn ask_order(&self) -> bool {
        // The decision log is in time order; cards are settled by their last
        // edit (a card's order alone is never asked, see `list.rs`); columns,
        // goals and indicators are laid out by hand.
        !matches!(self.list, "decisions" | "cards")
    }

    fn edited(&self, x: &T) -> Option<String> {
        x.edited().map(time_key)
    }

    fn key(&self, x: &T) -> String {
        x.id().to_string()
    }

    fn tie(&self, x: &T) -> String {
        // Then the content without the id: of two colliding elements the
        // one renamed depends on which side is the copy, their order must not.
        let mut content = serde_json::to_value(x).unwrap_or_default();
        if let Some(o) = content.as_object_mut() {
            o.remove("id");
        }
        let born = x.born().map(time_key).unwrap_or_default();
        format!("{born}\u{0}{content}")
    }

    fn both(&self, cx: &mut Cx<'_>, o: Option<&T>, a: &T, b: &T) -> T {
        (self.merge)(cx, o, a, b)
    }

    fn one(&self, cx: &mut Cx<'_>, o: Option<&T>, x: &T, side: Side) -> Option<T> {
        let element = (self.element)(x.id().to_string());
        keep_one(cx, element, o, x, side, self.records)
    }

    fn base_only(&self, cx: &mut Cx<'_>, o: &T) -> Option<T> {
        self.records.then(|| {
            let element = (self.element)(o.id().to_string());
            cx.note(element, NoteKind::KeptRecord { removed_on: None });
            o.clone()
        })
    }
}

/// An element only `side` has: an addition is kept; one the other side removed
/// while this side left it as it was is asked (kept when `side` is chosen,
/// removed when the remover's side is), unless it is a record, which is kept;
/// one this side changed is kept (with a note).
pub(super) fn keep_one<T: Clone + PartialEq + serde::Serialize>(
    cx: &mut Cx<'_>,
    element: Element,
    o: Option<&T>,
    x: &T,
    side: Side,
    record: bool,
) -> Option<T> {
    let removed_on = side.other();
    match o {
        None => return Some(x.clone()),
        Some(o) if o == x && !record => {
            let (board, copy) = match side {
                Side::Board => (Some(x), None),
                Side::Copy => (None, Some(x)),
            };
            let at = Path {
                element,
                field: super::WHOLE.to_string(),
            };
            let chosen = cx.ask(at, Some(&Some(o)), &board, &copy);
            return (chosen == side).then(|| x.clone());
        }
        Some(o) if o == x => {
            let kind = NoteKind::KeptRecord {
                removed_on: Some(removed_on),
            };
            cx.note(element, kind);
        }
        Some(_) => cx.note(element, NoteKind::KeptEdited { removed_on }),
    }
    Some(x.clone())
}

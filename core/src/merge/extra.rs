//! Merging the unknown fields (`extra`) of any element, key by key, so that what
//! another tool wrote is never dropped by a merge.
//!
//! Pure. A key is a field like any other: agreed or one-sided changes are taken,
//! different changes are a conflict on `Path { element, field: key }`. A key
//! removed on one side and changed on the other is a conflict too, where the
//! removed side's value is shown as JSON `null`.

use serde_json::Value;

use super::cx::{Cx, Fields};
use super::list::{self, Rules};
use super::{Element, Path, Side};
use crate::model::Extra;

type Entry = (String, Value);

impl<T> Fields<'_, '_, T> {
    /// The merged unknown fields, key by key.
    pub fn extra(&mut self, get: impl Fn(&T) -> &Extra) -> Extra {
        merge(
            self.cx,
            &self.element,
            self.base.map(&get),
            get(self.board),
            get(self.copy),
        )
    }
}

/// The merged map; keys keep the order both sides agree on (see `list`).
pub(super) fn merge(
    cx: &mut Cx<'_>,
    element: &Element,
    base: Option<&Extra>,
    board: &Extra,
    copy: &Extra,
) -> Extra {
    if base.is_none_or(|o| o.is_empty()) && board.is_empty() && copy.is_empty() {
        return Extra::new();
    }
    let entries =
        |m: &Extra| -> Vec<Entry> { m.iter().map(|(k, v)| (k.clone(), v.clone())).collect() };
    let base = base.map(entries);
    list::merge(
        cx,
        &Keys(element),
        base.as_deref(),
        &entries(board),
        &entries(copy),
    )
    .into_iter()
    .collect()
}

struct Keys<'e>(&'e Element);

impl Keys<'_> {
    fn path(&self, key: &str) -> Path {
        Path {
            element: self.0.clone(),
            field: key.to_string(),
        }
    }
}

impl Rules<Entry> for Keys<'_> {
    fn at(&self) -> Path {
        self.path("")
    }

    fn ask_order(&self) -> bool {
        false
    }

    fn key(&self, x: &Entry) -> String {
        x.0.clone()
    }

    fn tie(&self, x: &Entry) -> String {
        x.0.clone()
    }

    fn both(&self, cx: &mut Cx<'_>, o: Option<&Entry>, a: &Entry, b: &Entry) -> Entry {
        let value = cx.pick(|| self.path(&a.0), o.map(|o| &o.1), &a.1, &b.1);
        (a.0.clone(), value)
    }

    fn one(&self, cx: &mut Cx<'_>, o: Option<&Entry>, x: &Entry, side: Side) -> Option<Entry> {
        match o {
            None => Some(x.clone()),
            Some(o) if o.1 == x.1 => None,
            Some(o) => {
                // Removed on one side, changed on the other: ask, showing null
                // for the side that removed it.
                let (present, gone) = (Some(&x.1), None);
                let (board, copy) = match side {
                    Side::Board => (present, gone),
                    Side::Copy => (gone, present),
                };
                (cx.ask(self.path(&x.0), Some(&Some(&o.1)), &board, &copy) == side)
                    .then(|| x.clone())
            }
        }
    }

    fn base_only(&self, _: &mut Cx<'_>, _: &Entry) -> Option<Entry> {
        None
    }
}

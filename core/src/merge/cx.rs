//! What one merge run carries along: the conflicts found so far, the notes for the
//! user, and the choice function that settles each conflict as it is found. Also
//! the field-by-field helper every element merge uses.
//!
//! Pure: no files, no clock; it only compares values.

use serde::Serialize;
use serde_json::Value;

use super::{Conflict, Element, Note, NoteKind, Path, Side};

/// Settles a conflict as soon as it is found. A plain merge takes the board's
/// side; `resolve` runs the merge again with the user's choices.
pub(super) type Chooser<'c> = &'c dyn Fn(&Conflict) -> Side;

/// The state of one merge run.
pub(super) struct Cx<'c> {
    pub conflicts: Vec<Conflict>,
    pub notes: Vec<Note>,
    choose: Chooser<'c>,
}

impl<'c> Cx<'c> {
    pub fn new(choose: Chooser<'c>) -> Cx<'c> {
        Cx {
            conflicts: Vec::new(),
            notes: Vec::new(),
            choose,
        }
    }

    /// The merged value of one field: the agreed or one-sided change, else a
    /// conflict settled by the chooser.
    pub fn pick<T: Clone + PartialEq + Serialize>(
        &mut self,
        at: impl FnOnce() -> Path,
        base: Option<&T>,
        board: &T,
        copy: &T,
    ) -> T {
        if let Some(v) = settle(base, board, copy) {
            return v.clone();
        }
        match self.ask(at(), base, board, copy) {
            Side::Board => board.clone(),
            Side::Copy => copy.clone(),
        }
    }

    /// Record a conflict and return the side chosen for it.
    pub fn ask<T: Serialize>(&mut self, at: Path, base: Option<&T>, board: &T, copy: &T) -> Side {
        let conflict = Conflict {
            at,
            base: base.map(json),
            board: json(board),
            copy: json(copy),
        };
        let side = (self.choose)(&conflict);
        self.conflicts.push(conflict);
        side
    }

    pub fn note(&mut self, element: Element, kind: NoteKind) {
        self.notes.push(Note { element, kind });
    }
}

/// The value both sides agree on, or the one side's change when the other side
/// kept the base; `None` when they differ and no base says which one changed.
pub(super) fn settle<'a, T: PartialEq>(
    base: Option<&T>,
    board: &'a T,
    copy: &'a T,
) -> Option<&'a T> {
    if board == copy {
        return Some(board);
    }
    match base {
        Some(o) if o == board => Some(copy),
        Some(o) if o == copy => Some(board),
        _ => None,
    }
}

pub(super) fn json<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or_default()
}

/// Compact JSON text, used to order things deterministically.
pub(super) fn text<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Merges the fields of one element (a card, a goal, …) one at a time.
pub(super) struct Fields<'x, 'c, T> {
    pub cx: &'x mut Cx<'c>,
    pub element: Element,
    pub base: Option<&'x T>,
    pub board: &'x T,
    pub copy: &'x T,
}

impl<T> Fields<'_, '_, T> {
    /// The merged value of the field `name` (its key in the file).
    pub fn pick<V: Clone + PartialEq + Serialize>(
        &mut self,
        name: &str,
        get: impl Fn(&T) -> &V,
    ) -> V {
        let element = &self.element;
        let at = || Path {
            element: element.clone(),
            field: name.to_string(),
        };
        self.cx
            .pick(at, self.base.map(&get), get(self.board), get(self.copy))
    }
}

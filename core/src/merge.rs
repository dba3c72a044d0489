//! Merging a board with a sync client's conflict copy of it, element by element:
//! columns, cards, goals, indicators (and their values by date), decisions (and
//! their corrections), routines, by id; the meeting and the board's own fields
//! (the team's roles among them) as fields;
//! the unknown fields (`extra`) of every element key by key.
//!
//! Pure: boards in, a merged board and the conflicts out. No files, no clock, no
//! terminal; the caller reads the files, asks the user and saves the result as
//! one op under the lock.
//!
//! # Rules
//! With the common ancestor (`base`) known, a three-way merge:
//! - a field equal on both sides is kept; changed on one side only, that change
//!   is taken; changed differently on both sides, it is a [`Conflict`];
//! - an element added on one side is kept; one removed on one side and unchanged
//!   on the other is *asked* (a [`Conflict`] on the whole element, `field` empty,
//!   the removed side's value `null`): a merge never deletes a card, column or
//!   goal without the user saying so, since a stale base makes an addition on
//!   one side look like a removal on the other; removed on one side and changed
//!   on the other, it is kept and listed in [`Merge::kept_edits`];
//! - decisions, indicators and indicator values are records and are never
//!   dropped by a merge, even when a side (or both) removed them: a merge cannot
//!   tell a removal from a base that is out of date, and losing a decision or a
//!   measurement is worse than showing it once more;
//! - a card archived on one side and edited on the other (any field but
//!   `archived`, `updated`, `updated_by`) keeps the edit, stays un-archived and is
//!   listed in `kept_edits`.
//!
//! The base is trusted only when both sides' histories name it (its content
//! id is among their `revisions`, see [`crate::revision`]); otherwise it is
//! ignored ([`Merge::three_way`] is false). Without a base, a two-way merge: the union of the elements, and every field
//! that differs is a conflict (nothing is guessed), except *bookkeeping* fields,
//! which record how the content came about rather than being content, so asking
//! the user about them would only be noise:
//! - a card's `updated` and `updated_by`: the later `updated`, with its
//!   `updated_by` (the last edit is the later one); `created`: the earlier one;
//! - a decision's `done` and `done_at`: done wins, with the time it was first
//!   done (a follow-up marked done on one machine is done; un-doing is an undo of
//!   a mistake, which the three-way merge does keep);
//! - a decision's `corrections`: the union in time order (each is a record of a
//!   wording that was once there).
//!
//! The same bookkeeping rules settle those fields in a three-way merge when both
//! sides changed them (both edited a card: the later edit is the last).
//!
//! Elements are never merged by id alone. Two sides that each have an element
//! with one id the base does not have (both added `k17`; always so without a
//! base) keep both unless they are the same element: the copy's gets a fresh id
//! ([`Merge::renamed`]), and the copy's decisions and routines that refer to
//! that card follow it (not one both sides have). Two cards are the same when
//! they agree in every field but the bookkeeping of the last edit, whatever
//! their creation times say; two decisions when they were made at the same
//! time by the same person with the same first wording; two routines (made on
//! screen with the next free id, like cards) only when they are equal. So
//! without a common ancestor a card edited on both sides is kept twice rather
//! than one side's edits lost. Columns, goals and indicators are named by
//! hand, so one id is one element.
//!
//! Order (details in `merge/list.rs`): the elements both sides have keep the
//! order both agree on; a move made on one side only is kept (an element counts
//! as moved when it is outside a longest common subsequence of the base order and
//! that side's order); anything placed by one side (added, moved, kept) goes right
//! after its nearest preceding element from its own side; what both sides place at
//! the same spot is interleaved by creation time (date, for values), then by
//! content. So without conflicts the merged board does not depend on which side is
//! `board` and which is `copy`, except for which of two colliding elements keeps
//! the old id (and so which of two versions of a card a decision both sides have
//! names).
//!
//! A conflict's values are the JSON of the field on each side; an unknown field
//! removed on one side is shown as `null`. The order of a list of columns,
//! goals or indicators is a conflict only when both sides moved the same
//! element, or there is no base and the sides disagree; its values are the
//! lists of ids. A difference in the **order of cards** alone is never a
//! conflict (where a card stands is its `column`, a field asked like any
//! other): when it cannot be settled as above, the order of the side that
//! edited last one of the cards whose neighbours differ is taken (moving a
//! card stamps its `updated`), on equal times the smaller order of ids — so
//! it is settled the same whichever side is the copy.

use chrono::NaiveDate;
use serde_json::Value;

use crate::model::Board;

pub use diff::{Changed, Named, added, changed, removed};

/// The `field` of a conflict about a whole element: one side removed it.
pub const WHOLE: &str = "";

mod byid;
mod cx;
mod diff;
mod elements;
mod extra;
mod ids;
mod list;
mod operations;

/// One of the two files being merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The board file itself.
    Board,
    /// The sync client's copy of it.
    Copy,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Board => Side::Copy,
            Side::Copy => Side::Board,
        }
    }
}

/// An element of a board, by its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Element {
    /// The board's own fields (`title`, `unit`, …) and its lists' order.
    Board,
    /// The board meeting.
    Meeting,
    Column(String),
    Card(String),
    Goal(String),
    Indicator(String),
    /// One measurement of an indicator.
    Value {
        indicator: String,
        date: NaiveDate,
    },
    Decision(String),
    /// A routine (`routines`).
    Routine(String),
    /// The staffing (`staffing`): its shifts and its own fields.
    Staffing,
    /// One staffing entry, by its date and shift (`2026-12-04/dag`).
    StaffDay(String),
    /// A risk (`risks`).
    Risk(String),
    /// A deviation (`deviations`).
    Deviation(String),
    /// An event of the annual wheel (`wheel`).
    Event(String),
}

/// Which field of which element: `field` is the key in the file (an unknown
/// field's own key), or a list's name (`cards`, `values`) for its order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Path {
    pub element: Element,
    pub field: String,
}

/// A field changed differently on both sides: the user chooses.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub at: Path,
    /// The common ancestor's value, when known.
    pub base: Option<Value>,
    pub board: Value,
    pub copy: Value,
}

/// Something the merge did that the user should see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub element: Element,
    pub kind: NoteKind,
}

/// What was done, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// Archived on `archived_on`, edited on the other side: kept visible.
    Unarchived { archived_on: Side },
    /// Removed on `removed_on`, changed on the other side: kept.
    KeptEdited { removed_on: Side },
    /// A decision, indicator or value removed on `removed_on` (`None`: on both
    /// sides) and kept, since a merge never drops those.
    KeptRecord { removed_on: Option<Side> },
}

/// An element of the copy that got a fresh id because the board had a different
/// element with the same id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    /// The element with its new id.
    pub element: Element,
    /// Its id in the copy.
    pub from: String,
}

/// How many elements the merged board has from the copy that the board lacked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Added {
    pub columns: usize,
    pub cards: usize,
    pub goals: usize,
    pub indicators: usize,
    pub values: usize,
    pub decisions: usize,
    pub corrections: usize,
    pub routines: usize,
}

/// The result of a merge.
#[derive(Debug, Clone)]
pub struct Merge {
    /// The merged board, with every conflict settled for the board's side.
    pub merged: Board,
    /// The fields that changed differently on both sides, in board order.
    pub conflicts: Vec<Conflict>,
    /// Edits kept against an archive or removal on the other side.
    pub kept_edits: Vec<Note>,
    /// Elements of the copy given fresh ids.
    pub renamed: Vec<Renamed>,
    /// What came from the copy.
    pub added_from_copy: Added,
    /// Whether a common ancestor was known and trusted: a three-way merge.
    pub three_way: bool,
    inputs: Box<Inputs>,
}

#[derive(Debug, Clone)]
struct Inputs {
    base: Option<Board>,
    board: Board,
    copy: Board,
}

/// Merge `copy` into `board`; `base` is their common ancestor, if known. A
/// base that a side's history does not name is not an ancestor of it and is
/// ignored (see [`crate::revision::is_ancestor`]).
pub fn merge(base: Option<&Board>, board: &Board, copy: &Board) -> Merge {
    use crate::revision::is_ancestor;
    let base = base.filter(|o| is_ancestor(o, board) && is_ancestor(o, copy));
    let inputs = Inputs {
        base: base.cloned(),
        board: board.clone(),
        copy: copy.clone(),
    };
    run(inputs, &|_| Side::Board)
}

/// The merged board with each conflict settled by `choose`. A merge without
/// conflicts resolves to [`Merge::merged`].
pub fn resolve(m: &Merge, choose: impl Fn(&Conflict) -> Side) -> Board {
    if m.conflicts.is_empty() {
        return m.merged.clone();
    }
    run((*m.inputs).clone(), &choose).merged
}

/// Merge, settling each conflict with `choose` as it is found. Choices only pick
/// values, never the shape of the result, so the conflicts found are the same
/// whatever is chosen.
fn run(inputs: Inputs, choose: cx::Chooser<'_>) -> Merge {
    let mut copy = inputs.copy.clone();
    let renamed = ids::split_collisions(inputs.base.as_ref(), &inputs.board, &mut copy);
    let mut cx = cx::Cx::new(choose);
    let merged = elements::board(&mut cx, inputs.base.as_ref(), &inputs.board, &copy);
    let added_from_copy = ids::added(&inputs.board, &copy, &merged);
    Merge {
        merged,
        conflicts: cx.conflicts,
        kept_edits: cx.notes,
        renamed,
        added_from_copy,
        three_way: inputs.base.is_some(),
        inputs: Box::new(inputs),
    }
}

#[cfg(test)]
mod improvement_tests;
#[cfg(test)]
mod operations_tests;
#[cfg(test)]
mod tests;

//! Columns from the board: a new column right of the selected one and a
//! column's title and WIP limit (both in the editor dialog), and moving the
//! selected column one place left or right. Every change is an op with an
//! inverse ([`tavle_core::ops::ColumnOp`]), so `u` undoes it, the change log
//! records it and the minutes list it. No I/O here.

use super::editor::{EditKind, Editor, Field};
use super::event::Origin;
use super::request::Requests;
use super::shared::Shared;
use crate::i18n::Msg;
use tavle_core::ops::{ColumnOp, ColumnPatch, NewColumn, Op};

/// `N`: the dialog for a new column, to stand right of `selected` (at the
/// end when no column is selected).
pub fn new(s: &Shared, rq: &mut Requests, selected: Option<&str>) {
    let Some(board) = s.board() else {
        return;
    };
    let at = selected.and_then(|id| board.columns.iter().position(|c| c.id == id));
    let before = at
        .and_then(|i| board.columns.get(i + 1))
        .map(|c| c.id.clone());
    if rq.writable(s) {
        rq.open(super::Overlay::Editor(Editor::form(
            EditKind::NewColumn { before },
            vec![(Field::Title, String::new()), (Field::Wip, String::new())],
        )));
    }
}

/// `C`: the dialog for the title and WIP limit of the column `selected`.
pub fn edit(s: &Shared, rq: &mut Requests, selected: Option<&str>) {
    let Some(col) = s.board().and_then(|b| b.column(selected?)).cloned() else {
        rq.notify(Msg::NoColumns, false);
        return;
    };
    if rq.writable(s) {
        rq.open(super::Overlay::Editor(Editor::form(
            EditKind::Column { id: col.id },
            vec![
                (Field::Title, col.title),
                (
                    Field::Wip,
                    col.wip.map(|w| w.to_string()).unwrap_or_default(),
                ),
            ],
        )));
    }
}

/// `H`/`L`: move the column `selected` one place left (`-1`) or right.
pub fn step(s: &Shared, rq: &mut Requests, selected: Option<&str>, delta: isize) {
    let Some(board) = s.board() else {
        return;
    };
    let Some(i) = selected.and_then(|id| board.columns.iter().position(|c| c.id == id)) else {
        return;
    };
    let Some(j) = i
        .checked_add_signed(delta)
        .filter(|j| *j < board.columns.len())
    else {
        return;
    };
    // Before the column now at `j` going left; before the one after it going right.
    let before = if j < i {
        Some(board.columns[j].id.clone())
    } else {
        board.columns.get(j + 1).map(|c| c.id.clone())
    };
    let id = board.columns[i].id.clone();
    rq.apply(
        s,
        vec![Op::Column(ColumnOp::Move { id, before })],
        Origin::Edit,
    );
}

/// A WIP limit as typed: empty is none, else a whole number from 1.
fn limit(text: &str) -> Result<Option<u64>, Msg> {
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u64>() {
        Ok(n) if n >= 1 => Ok(Some(n)),
        _ => Err(Msg::BadLimit(text.to_string())),
    }
}

/// The op for what was typed in a column dialog: `None` when nothing changed.
pub(super) fn op(ed: &Editor, s: &Shared) -> Result<Option<Op>, (Msg, Field)> {
    let title = ed.get(Field::Title);
    let wip = limit(&ed.get(Field::Wip)).map_err(|e| (e, Field::Wip))?;
    let op = match &ed.kind {
        EditKind::NewColumn { before } => ColumnOp::Add {
            column: NewColumn { title, wip },
            before: before.clone(),
        },
        EditKind::Column { id } => {
            if s.board().and_then(|b| b.column(id)).is_none() {
                return Err((Msg::ColumnGone(id.clone()), Field::Title));
            }
            let patch = ColumnPatch {
                title: ed.changed(Field::Title).then_some(title),
                wip: ed.changed(Field::Wip).then_some(wip),
            };
            if patch == ColumnPatch::default() {
                return Ok(None);
            }
            ColumnOp::Set {
                id: id.clone(),
                patch,
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(Op::Column(op)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_whole_numbers_from_one_or_nothing() {
        assert_eq!(limit(""), Ok(None));
        assert_eq!(limit("4"), Ok(Some(4)));
        for bad in ["0", "-1", "2,5", "fire"] {
            assert_eq!(limit(bad), Err(Msg::BadLimit(bad.into())), "{bad}");
        }
    }
}

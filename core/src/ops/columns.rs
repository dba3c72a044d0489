//! Changes to the columns of a board: add one, rename it or change its WIP
//! limit, move it left or right, and the removal and putting back that only
//! undo uses. Pure; see [`super`].
//!
//! The finished column keeps its meaning. When no column says `done`, the
//! last column is the finished one (`Board::done_column`), so adding a column
//! at the end or moving one past the last would silently turn finished cards
//! into unfinished ones (and show them overdue). When an op would change
//! which column is last on such a board, the column that was finished is
//! marked `done: true`; the op's inverse clears that mark again
//! ([`ColumnOp::Unpin`]), so undo gives back the file as it was.

use crate::model::{Board, Column, Extra};

use super::{Change, OpError, Outcome, Stamp};

/// A new column; its id is chosen when the op is applied to the fresh board.
#[derive(Debug, Clone, PartialEq)]
pub struct NewColumn {
    pub title: String,
    pub wip: Option<u64>,
}

/// Fields of a column to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ColumnPatch {
    pub title: Option<String>,
    pub wip: Option<Option<u64>>,
}

/// A change to the columns of a board.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnOp {
    /// Add a column before the column `before` (at the end when `None`).
    Add {
        column: NewColumn,
        before: Option<String>,
    },
    /// Put back a column exactly as it was (the undo of a removal), before
    /// `before`; it gets a fresh id if its own was taken meanwhile.
    Put {
        column: Box<Column>,
        before: Option<String>,
    },
    /// Rename a column or change its WIP limit.
    Set { id: String, patch: ColumnPatch },
    /// Move a column before the column `before` (to the end when `None`).
    Move { id: String, before: Option<String> },
    /// Take away a column no card stands in (only as the undo of an add).
    Remove { id: String },
    /// Apply `op`, then clear the `done` mark an earlier op put on `column`
    /// to keep it finished: the inverse of an op that marked it.
    Unpin { op: Box<ColumnOp>, column: String },
}

/// The column that counts as finished only because it is last: `None` when
/// a column says `done` (or there are none).
fn implicit_done(board: &Board) -> Option<String> {
    if board.columns.iter().any(|c| c.done == Some(true)) {
        return None;
    }
    board.columns.last().map(|c| c.id.clone())
}

/// Where `before` stands, or the end; `NoSuchColumn` when it is not there.
fn index_before(board: &Board, before: &Option<String>) -> Result<usize, OpError> {
    match before {
        None => Ok(board.columns.len()),
        Some(b) => board
            .columns
            .iter()
            .position(|c| &c.id == b)
            .ok_or_else(|| OpError::NoSuchColumn(b.clone())),
    }
}

fn index_of(board: &Board, id: &str) -> Result<usize, OpError> {
    board
        .columns
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| OpError::NoSuchColumn(id.to_string()))
}

/// The id of the column after `i`, which is what `before` names to put a
/// column back at `i`.
fn after(board: &Board, i: usize) -> Option<String> {
    board.columns.get(i + 1).map(|c| c.id.clone())
}

/// A column id from its title, as people write ids by hand: `Venter på
/// andre` is `venter-pa-andre`; `-2`, `-3`… when it is taken.
pub fn column_id(title: &str, taken: &[&str]) -> String {
    let slug = slug(title);
    let base = if slug.is_empty() { "kolonne" } else { &slug };
    let mut id = base.to_string();
    let mut n = 2;
    while taken.contains(&id.as_str()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// A title as people write ids and file names by hand: lower case, æ ø å
/// as `ae o a`, é ü and their like without the accent, every run of anything
/// else (other letters too) one `-`,
/// none at either end; empty when nothing of the title is left.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        let s = match c {
            'æ' => "ae".to_string(),
            'ø' | 'ö' => "o".to_string(),
            'å' | 'ä' | 'á' | 'à' => "a".to_string(),
            'é' | 'è' | 'ê' => "e".to_string(),
            'ü' | 'ú' => "u".to_string(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => "-".to_string(),
        };
        if s == "-" && (slug.is_empty() || slug.ends_with('-')) {
            continue;
        }
        slug.push_str(&s);
    }
    slug.trim_end_matches('-').to_string()
}

fn check_limit(wip: Option<u64>) -> Result<(), OpError> {
    if wip == Some(0) {
        return Err(OpError::ZeroLimit);
    }
    Ok(())
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &ColumnOp,
    stamp: &Stamp,
) -> Result<Outcome<ColumnOp>, OpError> {
    let _ = stamp;
    let done = implicit_done(board);
    let mut outcome = apply_plain(board, op)?;
    // The last column changed on a board that marks none finished: keep the
    // one that was finished so.
    if let Some(was) = done
        && board.columns.last().map(|c| &c.id) != Some(&was)
        && let Some(c) = board.columns.iter_mut().find(|c| c.id == was)
    {
        c.done = Some(true);
        outcome.inverse = ColumnOp::Unpin {
            op: Box::new(outcome.inverse),
            column: was,
        };
    }
    Ok(outcome)
}

/// The op itself, without keeping the finished column.
fn apply_plain(board: &mut Board, op: &ColumnOp) -> Result<Outcome<ColumnOp>, OpError> {
    match op {
        ColumnOp::Add { column, before } => {
            let title = column.title.trim();
            if title.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            check_limit(column.wip)?;
            let at = index_before(board, before)?;
            let taken: Vec<&str> = board.columns.iter().map(|c| c.id.as_str()).collect();
            let id = column_id(title, &taken);
            board.columns.insert(
                at,
                Column {
                    id: id.clone(),
                    title: title.to_string(),
                    wip: column.wip,
                    done: None,
                    extra: Extra::new(),
                },
            );
            Ok(Outcome {
                inverse: ColumnOp::Remove { id: id.clone() },
                change: Change::ColumnAdded {
                    column: id,
                    title: title.to_string(),
                    wip: column.wip,
                },
            })
        }
        ColumnOp::Put { column, before } => {
            let at = index_before(board, before)?;
            let mut column = (**column).clone();
            if board.column(&column.id).is_some() {
                let taken: Vec<&str> = board.columns.iter().map(|c| c.id.as_str()).collect();
                column.id = column_id(&column.title, &taken);
            }
            let change = Change::ColumnAdded {
                column: column.id.clone(),
                title: column.title.clone(),
                wip: column.wip,
            };
            let id = column.id.clone();
            board.columns.insert(at, column);
            Ok(Outcome {
                inverse: ColumnOp::Remove { id },
                change,
            })
        }
        ColumnOp::Remove { id } => {
            let i = index_of(board, id)?;
            if board.cards.iter().any(|c| &c.column == id) {
                return Err(OpError::ColumnNotEmpty(id.clone()));
            }
            let before = after(board, i);
            let column = board.columns.remove(i);
            Ok(Outcome {
                change: Change::ColumnRemoved {
                    column: column.id.clone(),
                    title: column.title.clone(),
                },
                inverse: ColumnOp::Put {
                    column: Box::new(column),
                    before,
                },
            })
        }
        ColumnOp::Set { id, patch } => {
            if patch.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
                return Err(OpError::EmptyTitle);
            }
            if let Some(wip) = patch.wip {
                check_limit(wip)?;
            }
            let i = index_of(board, id)?;
            let col = &mut board.columns[i];
            let mut old = ColumnPatch::default();
            let mut renamed_from = None;
            if let Some(t) = &patch.title {
                let was = std::mem::replace(&mut col.title, t.trim().to_string());
                if was != col.title {
                    renamed_from = Some(was.clone());
                }
                old.title = Some(was);
            }
            let mut limit = None;
            if let Some(w) = patch.wip {
                let was = std::mem::replace(&mut col.wip, w);
                if was != w {
                    limit = Some(super::change::Limit { from: was, to: w });
                }
                old.wip = Some(was);
            }
            Ok(Outcome {
                inverse: ColumnOp::Set {
                    id: id.clone(),
                    patch: old,
                },
                change: Change::ColumnChanged {
                    column: id.clone(),
                    title: col.title.clone(),
                    renamed_from,
                    wip: limit,
                },
            })
        }
        ColumnOp::Move { id, before } => {
            let from = index_of(board, id)?;
            if before.as_deref() == Some(id.as_str()) {
                return Err(OpError::NoSuchColumn(id.clone()));
            }
            index_before(board, before)?;
            let old_before = after(board, from);
            let column = board.columns.remove(from);
            let to = index_before(board, before)?;
            let title = column.title.clone();
            board.columns.insert(to, column);
            Ok(Outcome {
                inverse: ColumnOp::Move {
                    id: id.clone(),
                    before: old_before,
                },
                change: Change::ColumnMoved {
                    column: id.clone(),
                    title,
                    from: from + 1,
                    to: to + 1,
                    order: board.columns.iter().map(|c| c.id.clone()).collect(),
                },
            })
        }
        ColumnOp::Unpin { op, column } => {
            let inner = apply_plain(board, op)?;
            if let Some(c) = board.columns.iter_mut().find(|c| &c.id == column) {
                c.done = None;
            }
            Ok(inner)
        }
    }
}

#[cfg(test)]
mod tests;

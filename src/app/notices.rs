//! The notice that confirms what a key did, made from what the save says it
//! did (`Applied`: the change and its inverse): undo and redo say what they
//! undid or redid, archive and restore name the card, a follow-up marked done
//! (or not) names it, and a measurement says the date and value it stored
//! (and the value it replaced), so a typo in the date field is seen at once.
//! Everything else shows on screen by itself. No I/O.

use super::event::Origin;
use crate::i18n::{self, Did, Lang, What};
use tavle_core::model::Board;
use tavle_core::ops::{Applied, Change, IndicatorOp, Op};

/// The notice for a saved step, if it needs one. `board` is the board as saved.
pub(super) fn confirm(
    lang: Lang,
    origin: Origin,
    applied: &[Applied],
    board: &Board,
) -> Option<Did> {
    match origin {
        Origin::Undo | Origin::Redo => {
            // An undone merge says where the copy is (its own notice).
            let a = applied.iter().rev().find(|a| !merged(&a.change))?;
            let w = what(lang, a, board);
            Some(if origin == Origin::Undo {
                Did::Undo(w)
            } else {
                Did::Redo(w)
            })
        }
        Origin::Edit => applied.iter().rev().find_map(|a| edit(lang, a, board)),
    }
}

/// A title or a decision's text in a notice: short enough that what
/// happened to it still fits the line at 80 columns.
fn short(s: &str) -> String {
    tavle_core::text::fit(s.trim(), 28)
}

fn merged(c: &Change) -> bool {
    matches!(c, Change::Merged { .. })
}

/// A column's title, or its id when it is gone.
fn column(board: &Board, id: &str) -> String {
    board
        .column(id)
        .map_or_else(|| id.to_string(), |c| c.title.clone())
}

/// An indicator's title, or its id when it is gone.
fn indicator(board: &Board, id: &str) -> String {
    (board.indicators.iter())
        .find(|i| i.id == id)
        .map_or_else(|| id.to_string(), |i| i.title.clone())
}

/// What one step did, in words' data.
fn what(lang: Lang, a: &Applied, board: &Board) -> What {
    match &a.change {
        Change::Added { title, .. } => What::Added {
            title: short(title),
        },
        // A decision taken away (the undo of logging it) is a removal too.
        Change::Removed { title, .. } if matches!(a.inverse, Op::Decision(_)) => {
            What::DecisionRemoved { text: short(title) }
        }
        Change::Removed { title, .. } => What::Removed {
            title: short(title),
        },
        Change::Moved {
            title, from, to, ..
        } => What::Moved {
            title: short(title),
            from: column(board, from),
            to: column(board, to),
        },
        Change::Light {
            title, from, to, ..
        } => What::Light {
            title: short(title),
            from: *from,
            to: *to,
        },
        Change::Edited { title, fields, .. } => What::Edited {
            title: short(title),
            fields: fields.clone(),
        },
        Change::Archived { title, .. } => What::Archived {
            title: short(title),
        },
        Change::Restored { title, .. } => What::Restored {
            title: short(title),
        },
        Change::Escalated {
            title, to_board, ..
        } => What::Escalated {
            title: short(title),
            board: to_board.clone(),
        },
        Change::Decided { text, .. } => What::Decided { text: short(text) },
        Change::Corrected { text, .. } => What::Corrected { text: short(text) },
        Change::FollowedUp { text, done, .. } => What::FollowedUp {
            text: short(text),
            done: *done,
        },
        Change::Measured {
            indicator: id,
            date,
            value,
        } => What::Measured {
            indicator: indicator(board, id),
            date: *date,
            value: value.map(|v| i18n::number(lang, v)),
        },
        Change::GoalChanged { title, .. } => What::Goal {
            title: short(title),
        },
        _ => What::Other,
    }
}

/// The notice of an edit that does not show for itself.
fn edit(lang: Lang, a: &Applied, board: &Board) -> Option<Did> {
    match &a.change {
        Change::Archived { title, .. } => Some(Did::Archived {
            title: short(title),
        }),
        Change::Restored { title, .. } => Some(Did::Restored {
            title: short(title),
        }),
        Change::FollowedUp { text, done, .. } => Some(Did::FollowedUp {
            text: short(text),
            done: *done,
        }),
        // An inverse that puts an old value back: the day had one.
        Change::Measured {
            indicator: id,
            date,
            value: Some(new),
        } => Some(Did::Stored {
            indicator: indicator(board, id),
            date: *date,
            value: i18n::exact_number(lang, *new),
            old: match &a.inverse {
                Op::Indicator(IndicatorOp::Measure { value: old, .. }) => {
                    Some(i18n::exact_number(lang, *old))
                }
                _ => None,
            },
        }),
        // The card is made in a column the panel does not show: name it.
        Change::MeasureMade { .. } | Change::EventCard { .. } => {
            i18n::operations_change(lang, &a.change).map(Did::Ops)
        }
        _ => None,
    }
}

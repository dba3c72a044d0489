//! Changes to a board's routines (seed 000): make one (from an improvement
//! card, with its yearly revision date), change its fields, take it away,
//! and put it back exactly where it was (the undo). Pure; see [`super`].

use chrono::NaiveDate;

use crate::model::{Board, Extra, Routine};

use super::tidy::clean_note;
use super::{Change, OpError, Outcome, Stamp, clean, next_id};

/// A new routine; its id (`r1`, `r2`, …) is chosen when the op is applied
/// to the fresh board.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRoutine {
    pub title: String,
    pub purpose: Option<String>,
    pub content: Option<String>,
    pub arenas: Option<String>,
    pub follow_up: Option<String>,
    pub revision: NaiveDate,
    /// The improvement card it came from.
    pub card: Option<String>,
}

/// Fields of a routine to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoutinePatch {
    pub title: Option<String>,
    pub purpose: Option<Option<String>>,
    pub content: Option<Option<String>>,
    pub arenas: Option<Option<String>>,
    pub follow_up: Option<Option<String>>,
    pub revision: Option<NaiveDate>,
    pub card: Option<Option<String>>,
}

/// A change to the routines of a board.
#[derive(Debug, Clone, PartialEq)]
pub enum RoutineOp {
    /// Make a routine, last in the list.
    Add(NewRoutine),
    /// Put back a routine exactly as it was, at place `at` (from 0): the
    /// undo of taking it away.
    Insert { routine: Box<Routine>, at: usize },
    /// Change some fields of a routine.
    Set { id: String, patch: RoutinePatch },
    /// Take a routine away.
    Remove { id: String },
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &RoutineOp,
    stamp: &Stamp,
) -> Result<Outcome<RoutineOp>, OpError> {
    match op {
        RoutineOp::Add(new) => {
            let title = new.title.trim().to_string();
            if title.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            if let Some(card) = &new.card
                && board.card(card).is_none()
            {
                return Err(OpError::NoSuchCard(card.clone()));
            }
            let id = next_id("r", board.routines.iter().map(|r| r.id.as_str()));
            board.routines.push(Routine {
                id: id.clone(),
                title: title.clone(),
                purpose: clean_note(&new.purpose),
                content: clean_note(&new.content),
                arenas: clean_note(&new.arenas),
                follow_up: clean_note(&new.follow_up),
                revision: new.revision,
                card: new.card.clone(),
                created: Some(stamp.at.clone()),
                extra: Extra::new(),
            });
            Ok(Outcome {
                inverse: RoutineOp::Remove { id: id.clone() },
                change: Change::RoutineAdded {
                    routine: id,
                    title,
                    revision: new.revision,
                    card: new.card.clone(),
                },
            })
        }
        RoutineOp::Insert { routine, at } => {
            if board.routine(&routine.id).is_some() {
                return Err(OpError::DuplicateRoutine(routine.id.clone()));
            }
            let at = (*at).min(board.routines.len());
            board.routines.insert(at, (**routine).clone());
            Ok(Outcome {
                inverse: RoutineOp::Remove {
                    id: routine.id.clone(),
                },
                change: Change::RoutineAdded {
                    routine: routine.id.clone(),
                    title: routine.title.clone(),
                    revision: routine.revision,
                    card: routine.card.clone(),
                },
            })
        }
        RoutineOp::Set { id, patch } => {
            if patch.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
                return Err(OpError::EmptyTitle);
            }
            let r = board
                .routines
                .iter_mut()
                .find(|r| &r.id == id)
                .ok_or_else(|| OpError::NoSuchRoutine(id.clone()))?;
            let mut old = RoutinePatch::default();
            let mut fields: Vec<String> = Vec::new();
            macro_rules! swap {
                ($field:ident, $value:expr) => {
                    if let Some(v) = $value {
                        if r.$field != v {
                            fields.push(stringify!($field).to_string());
                        }
                        old.$field = Some(std::mem::replace(&mut r.$field, v));
                    }
                };
            }
            swap!(title, patch.title.as_ref().map(|t| t.trim().to_string()));
            swap!(purpose, patch.purpose.as_ref().map(clean_note));
            swap!(content, patch.content.as_ref().map(clean_note));
            swap!(arenas, patch.arenas.as_ref().map(clean_note));
            swap!(follow_up, patch.follow_up.as_ref().map(clean_note));
            swap!(revision, patch.revision);
            swap!(card, patch.card.as_ref().map(clean));
            Ok(Outcome {
                inverse: RoutineOp::Set {
                    id: id.clone(),
                    patch: old,
                },
                change: Change::RoutineChanged {
                    routine: id.clone(),
                    title: r.title.clone(),
                    fields,
                },
            })
        }
        RoutineOp::Remove { id } => {
            let at = board
                .routines
                .iter()
                .position(|r| &r.id == id)
                .ok_or_else(|| OpError::NoSuchRoutine(id.clone()))?;
            let routine = board.routines.remove(at);
            let title = routine.title.clone();
            Ok(Outcome {
                inverse: RoutineOp::Insert {
                    routine: Box::new(routine),
                    at,
                },
                change: Change::RoutineRemoved {
                    routine: id.clone(),
                    title,
                },
            })
        }
    }
}

#[cfg(test)]
#[path = "routines_tests.rs"]
mod tests;

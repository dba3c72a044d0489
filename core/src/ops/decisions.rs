//! Changes to the decisions logged in meetings: log, correct (the old
//! wording is kept), mark a follow-up done. Pure; see [`super`].

use chrono::NaiveDate;

use crate::model::{Board, Correction, Decision, Extra};

use super::cards::index_of;
use super::{Change, OpError, Outcome, Stamp, clean, next_id};

/// A decision to log; the id and time are set when it is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct NewDecision {
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub card: Option<String>,
}

/// A change to the decisions of a board.
#[derive(Debug, Clone, PartialEq)]
pub enum DecisionOp {
    /// Log a decision.
    Add(NewDecision),
    /// Remove a decision (only as the undo of logging it).
    Remove { id: String },
    /// Put back a removed decision.
    Insert(Box<Decision>),
    /// Correct a decision; the earlier wording is kept in `corrections`.
    Correct {
        id: String,
        text: String,
        owner: Option<String>,
        due: Option<NaiveDate>,
    },
    /// Take back the latest correction (undo of a correction).
    RevertCorrection { id: String },
    /// Mark a follow-up done or not done.
    SetDone { id: String, done: bool },
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &DecisionOp,
    stamp: &Stamp,
) -> Result<Outcome<DecisionOp>, OpError> {
    match op {
        DecisionOp::Add(new) => {
            let text = new.text.trim().to_string();
            if text.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            if let Some(card) = &new.card {
                index_of(board, card)?;
            }
            let id = next_id("b", board.decisions.iter().map(|d| d.id.as_str()));
            board.decisions.push(Decision {
                id: id.clone(),
                at: stamp.at.clone(),
                text: text.clone(),
                owner: clean(&new.owner),
                due: new.due,
                card: new.card.clone(),
                by: Some(stamp.by.clone()),
                done: false,
                done_at: None,
                corrections: Vec::new(),
                extra: Extra::new(),
            });
            Ok(Outcome {
                inverse: DecisionOp::Remove { id: id.clone() },
                change: Change::Decided { decision: id, text },
            })
        }
        DecisionOp::Remove { id } => {
            let i = decision_index(board, id)?;
            let d = board.decisions.remove(i);
            let text = d.text.clone();
            Ok(Outcome {
                inverse: DecisionOp::Insert(Box::new(d)),
                change: Change::Removed {
                    card: id.clone(),
                    title: text,
                },
            })
        }
        DecisionOp::Insert(d) => {
            if board.decisions.iter().any(|x| x.id == d.id) {
                return Err(OpError::DuplicateCard(d.id.clone()));
            }
            // Decisions are kept oldest first.
            let at = board
                .decisions
                .iter()
                .position(|x| x.at.at() > d.at.at())
                .unwrap_or(board.decisions.len());
            board.decisions.insert(at, (**d).clone());
            Ok(Outcome {
                inverse: DecisionOp::Remove { id: d.id.clone() },
                change: Change::Decided {
                    decision: d.id.clone(),
                    text: d.text.clone(),
                },
            })
        }
        DecisionOp::Correct {
            id,
            text,
            owner,
            due,
        } => {
            let text = text.trim().to_string();
            if text.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            let i = decision_index(board, id)?;
            let d = &mut board.decisions[i];
            d.corrections.push(Correction {
                at: stamp.at.clone(),
                by: Some(stamp.by.clone()),
                text: std::mem::replace(&mut d.text, text.clone()),
                owner: std::mem::replace(&mut d.owner, clean(owner)),
                due: std::mem::replace(&mut d.due, *due),
                extra: Extra::new(),
            });
            Ok(Outcome {
                inverse: DecisionOp::RevertCorrection { id: id.clone() },
                change: Change::Corrected {
                    decision: id.clone(),
                    text,
                },
            })
        }
        DecisionOp::RevertCorrection { id } => {
            let i = decision_index(board, id)?;
            let d = &mut board.decisions[i];
            let Some(c) = d.corrections.pop() else {
                return Err(OpError::NoSuchDecision(id.clone()));
            };
            let now = (d.text.clone(), d.owner.clone(), d.due);
            d.text = c.text;
            d.owner = c.owner;
            d.due = c.due;
            Ok(Outcome {
                inverse: DecisionOp::Correct {
                    id: id.clone(),
                    text: now.0,
                    owner: now.1,
                    due: now.2,
                },
                change: Change::Corrected {
                    decision: id.clone(),
                    text: d.text.clone(),
                },
            })
        }
        DecisionOp::SetDone { id, done } => {
            let i = decision_index(board, id)?;
            let d = &mut board.decisions[i];
            let was = d.done;
            d.done = *done;
            d.done_at = done.then(|| stamp.at.clone());
            Ok(Outcome {
                inverse: DecisionOp::SetDone {
                    id: id.clone(),
                    done: was,
                },
                change: Change::FollowedUp {
                    decision: id.clone(),
                    text: d.text.clone(),
                    done: *done,
                },
            })
        }
    }
}

fn decision_index(board: &Board, id: &str) -> Result<usize, OpError> {
    board
        .decisions
        .iter()
        .position(|d| d.id == id)
        .ok_or_else(|| OpError::NoSuchDecision(id.to_string()))
}

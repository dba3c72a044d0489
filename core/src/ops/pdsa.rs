//! Changes to a card's PDSA cycles: start one, fill in its fields as the
//! test goes (prediction before, measurements, result and decision after),
//! and take one away. Pure; see [`super`].
//!
//! A cycle is named by its place in the card's list (from 0): cycles are
//! only ever added at the end, so the place another screen saw is the place
//! on the fresh board unless a cycle was taken away meanwhile (an undo); an
//! op on a place that is gone fails rather than change another cycle.

use chrono::NaiveDate;

use crate::model::{Board, Cycle, CycleDecision};

use super::cards::{index_of, touch};
use super::tidy::{self, clean_note};
use super::{Change, OpError, Outcome, Stamp};

/// Fields of a cycle to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CyclePatch {
    pub plan: Option<Option<String>>,
    pub prediction: Option<Option<String>>,
    pub started: Option<Option<NaiveDate>>,
    pub measured: Option<Option<String>>,
    pub result: Option<Option<String>>,
    pub decision: Option<Option<CycleDecision>>,
    pub ended: Option<Option<NaiveDate>>,
}

/// A change to the PDSA cycles of a card.
#[derive(Debug, Clone, PartialEq)]
pub enum PdsaOp {
    /// Start a cycle on the card `card`: `cycle` (its texts tidied) becomes
    /// the card's newest.
    Start { card: String, cycle: Box<Cycle> },
    /// Put back a cycle exactly as it was at place `at` (from 0): the undo
    /// of taking it away.
    Insert {
        card: String,
        at: usize,
        cycle: Box<Cycle>,
    },
    /// Change some fields of the card's cycle at place `cycle` (from 0).
    Set {
        card: String,
        cycle: usize,
        patch: CyclePatch,
    },
    /// Take away the card's cycle at place `cycle` (from 0).
    Remove { card: String, cycle: usize },
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &PdsaOp,
    stamp: &Stamp,
) -> Result<Outcome<PdsaOp>, OpError> {
    match op {
        PdsaOp::Start { card, cycle } | PdsaOp::Insert { card, cycle, .. } => {
            let i = index_of(board, card)?;
            let c = &mut board.cards[i];
            let (at, cycle) = match op {
                PdsaOp::Insert { at, .. } if *at > c.pdsa.len() => {
                    return Err(OpError::NoSuchCycle(card.clone(), *at));
                }
                PdsaOp::Insert { at, .. } => (*at, (**cycle).clone()),
                _ => (c.pdsa.len(), tidy::cycle(cycle)),
            };
            c.pdsa.insert(at, cycle);
            touch(c, stamp);
            Ok(Outcome {
                inverse: PdsaOp::Remove {
                    card: card.clone(),
                    cycle: at,
                },
                change: Change::CycleStarted {
                    card: card.clone(),
                    title: c.title.clone(),
                    cycle: at + 1,
                },
            })
        }
        PdsaOp::Set {
            card,
            cycle: n,
            patch,
        } => {
            let i = index_of(board, card)?;
            let c = &mut board.cards[i];
            let cycle = c
                .pdsa
                .get_mut(*n)
                .ok_or_else(|| OpError::NoSuchCycle(card.clone(), *n))?;
            let mut old = CyclePatch::default();
            let mut fields: Vec<String> = Vec::new();
            macro_rules! swap {
                ($field:ident, $value:expr) => {
                    if let Some(v) = $value {
                        if cycle.$field != v {
                            fields.push(stringify!($field).to_string());
                        }
                        old.$field = Some(std::mem::replace(&mut cycle.$field, v));
                    }
                };
            }
            swap!(plan, patch.plan.as_ref().map(clean_note));
            swap!(prediction, patch.prediction.as_ref().map(clean_note));
            swap!(started, patch.started);
            swap!(measured, patch.measured.as_ref().map(clean_note));
            swap!(result, patch.result.as_ref().map(clean_note));
            swap!(decision, patch.decision);
            swap!(ended, patch.ended);
            // The decision taken by this change, for the minutes.
            let decision = patch.decision.flatten();
            touch(c, stamp);
            Ok(Outcome {
                inverse: PdsaOp::Set {
                    card: card.clone(),
                    cycle: *n,
                    patch: old,
                },
                change: Change::CycleChanged {
                    card: card.clone(),
                    title: c.title.clone(),
                    cycle: n + 1,
                    fields,
                    decision,
                },
            })
        }
        PdsaOp::Remove { card, cycle: n } => {
            let i = index_of(board, card)?;
            let c = &mut board.cards[i];
            if *n >= c.pdsa.len() {
                return Err(OpError::NoSuchCycle(card.clone(), *n));
            }
            let cycle = c.pdsa.remove(*n);
            touch(c, stamp);
            Ok(Outcome {
                inverse: PdsaOp::Insert {
                    card: card.clone(),
                    at: *n,
                    cycle: Box::new(cycle),
                },
                change: Change::CycleRemoved {
                    card: card.clone(),
                    title: c.title.clone(),
                    cycle: n + 1,
                },
            })
        }
    }
}

#[cfg(test)]
#[path = "pdsa_tests.rs"]
mod tests;

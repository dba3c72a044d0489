//! Changes to goals and sub-goals of the action plan. Pure; see [`super`].

use chrono::NaiveDate;

use crate::model::{Board, Light};

use super::{Change, OpError, Outcome, Stamp, clean};

/// Fields of a goal to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoalPatch {
    pub title: Option<String>,
    pub target: Option<Option<String>>,
    pub due: Option<Option<NaiveDate>>,
    pub light: Option<Option<Light>>,
}

/// A change to the goals of a board.
#[derive(Debug, Clone, PartialEq)]
pub enum GoalOp {
    /// Change some fields of a goal.
    Set { id: String, patch: GoalPatch },
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &GoalOp,
    _stamp: &Stamp,
) -> Result<Outcome<GoalOp>, OpError> {
    match op {
        GoalOp::Set { id, patch } => {
            if patch.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
                return Err(OpError::EmptyTitle);
            }
            let goal = board
                .goals
                .iter_mut()
                .find(|g| &g.id == id)
                .ok_or_else(|| OpError::NoSuchGoal(id.clone()))?;
            let mut old = GoalPatch::default();
            if let Some(t) = &patch.title {
                old.title = Some(std::mem::replace(&mut goal.title, t.trim().to_string()));
            }
            if let Some(t) = &patch.target {
                old.target = Some(std::mem::replace(&mut goal.target, clean(t)));
            }
            if let Some(d) = patch.due {
                old.due = Some(std::mem::replace(&mut goal.due, d));
            }
            if let Some(l) = patch.light {
                old.light = Some(std::mem::replace(&mut goal.light, l));
            }
            let change = Change::GoalChanged {
                goal: id.clone(),
                title: goal.title.clone(),
            };
            Ok(Outcome {
                inverse: GoalOp::Set {
                    id: id.clone(),
                    patch: old,
                },
                change,
            })
        }
    }
}

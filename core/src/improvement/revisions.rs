//! The routines' yearly revisions as deadlines of the board (seed 000): each
//! routine's revision date, soonest first, flagged overdue by the one rule
//! ([`super::is_revision_overdue`]), for the plan, the overview's counts,
//! `tavle status` and the routines screen alike. Pure: `today` comes in.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::Board;

/// A routine's revision as a deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revision {
    /// The routine's id.
    pub id: String,
    pub title: String,
    /// The date of the yearly revision.
    pub revision: NaiveDate,
    /// The improvement card the routine came from.
    pub card: Option<String>,
    /// Past its revision date ([`super::is_revision_overdue`]).
    pub overdue: bool,
}

/// Every routine of `board` as a revision deadline, soonest first (ties in
/// board order).
pub fn revisions(board: &Board, today: NaiveDate) -> Vec<Revision> {
    let mut out: Vec<Revision> = board
        .routines
        .iter()
        .map(|r| Revision {
            id: r.id.clone(),
            title: r.title.clone(),
            revision: r.revision,
            card: r.card.clone(),
            overdue: super::is_revision_overdue(r, today),
        })
        .collect();
    out.sort_by_key(|r| r.revision);
    out
}

/// How many of the board's routines are past their revision date.
pub fn overdue_count(board: &Board, today: NaiveDate) -> usize {
    super::overdue_routines(board, today).len()
}

//! The deadlines (frister) of the standup, by ISO week: this week's and next
//! week's, and the ones already past, from every open card's due date, every
//! open goal's due date and every routine's yearly revision. One rule: a
//! card's and goal's "done" and "overdue" come from [`crate::plan`], a
//! revision's from [`crate::improvement::revisions`]; nothing here decides
//! them again. Pure.

use chrono::NaiveDate;

use super::Week;
use crate::improvement::revisions;
use crate::model::Board;
use crate::plan::{card_status, goal_status};

/// What a deadline belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Of {
    Card,
    Goal,
    /// A routine's yearly revision.
    Revision,
}

/// One deadline.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Deadline {
    pub of: Of,
    /// The card's, goal's or routine's id.
    pub id: String,
    pub title: String,
    pub date: NaiveDate,
    pub week: Week,
    /// The card's owner; none for goals and revisions.
    pub owner: Option<String>,
    /// Past and not done ([`crate::plan::is_overdue`]).
    pub overdue: bool,
}

/// The deadlines around `today`, each list soonest first (cards, then goals,
/// then revisions on one day; board order within).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Deadlines {
    /// Before this week's Monday and not done.
    pub earlier: Vec<Deadline>,
    /// In the ISO week of `today` (also the days of it already past).
    pub this_week: Vec<Deadline>,
    /// In the ISO week after.
    pub next_week: Vec<Deadline>,
}

/// Every open deadline of `board` (archived and done cards, done goals left
/// out), soonest first.
pub fn all(board: &Board, today: NaiveDate) -> Vec<Deadline> {
    let mut out = Vec::new();
    for c in board.cards.iter().filter(|c| !c.archived) {
        let Some(due) = c.due else { continue };
        let s = card_status(board, c, today);
        if s.done {
            continue;
        }
        out.push(Deadline {
            of: Of::Card,
            id: c.id.clone(),
            title: c.title.clone(),
            date: due,
            week: Week::of(due),
            owner: c.owner.clone(),
            overdue: s.overdue,
        });
    }
    for g in &board.goals {
        let Some(due) = g.due else { continue };
        let s = goal_status(board, g, today);
        if s.done {
            continue;
        }
        out.push(Deadline {
            of: Of::Goal,
            id: g.id.clone(),
            title: g.title.clone(),
            date: due,
            week: Week::of(due),
            owner: None,
            overdue: s.overdue,
        });
    }
    for r in revisions(board, today) {
        out.push(Deadline {
            of: Of::Revision,
            id: r.id,
            title: r.title,
            date: r.revision,
            week: Week::of(r.revision),
            owner: None,
            overdue: r.overdue,
        });
    }
    // Stable: board order within one day and kind.
    out.sort_by_key(|d| (d.date, d.of));
    out
}

/// The deadlines before, in and after the week of `today` ([`Deadlines`]).
pub fn by_week(board: &Board, today: NaiveDate) -> Deadlines {
    let this = Week::of(today);
    let next = this.plus(1);
    let mut out = Deadlines::default();
    for d in all(board, today) {
        if d.week == this {
            out.this_week.push(d);
        } else if Some(d.week) == next {
            out.next_week.push(d);
        } else if d.week < this && d.overdue {
            out.earlier.push(d);
        }
    }
    out
}

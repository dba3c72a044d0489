//! The improvement board (forbedringstavle) as rules: where the ideas come
//! from, the cell of the priority matrix an idea stands in (effect × effort,
//! Kvalitetshåndbok §3.4.1), and the routines whose yearly revision is due
//! (seed 000). Pure: every `today` is passed in.

use chrono::{Months, NaiveDate};

mod revisions;
pub use revisions::{Revision, overdue_count, revisions};

use crate::model::{Board, Card, IdeaSource, Kind, Routine};
use crate::plan::is_overdue;

/// A step of the improvement circle, which a column of an improvement board
/// stands for. Known by the column's id, which stays when people rename the
/// column: `ide…` ideas, `plan…` plan, `gjennomf…` or `utfor…` do,
/// `evaluer…` study,
/// `korriger…` or `standard…` act, and the done column done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    Ideas,
    Plan,
    Do,
    Study,
    Act,
    Done,
}

/// The step of the improvement circle the column `column` (an id) stands
/// for on `board`; `None` on an operations board, for an unknown column and
/// for a column whose id names no step.
pub fn stage(board: &Board, column: &str) -> Option<Stage> {
    if board.kind != Kind::Forbedring {
        return None;
    }
    let col = board.columns.iter().find(|c| c.id == column)?;
    let id = col.id.to_lowercase();
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| id.starts_with(p));
    if starts(&["ide"]) {
        Some(Stage::Ideas)
    } else if starts(&["plan"]) {
        Some(Stage::Plan)
    } else if starts(&["gjennomf", "utfor"]) {
        Some(Stage::Do)
    } else if starts(&["evaluer"]) {
        Some(Stage::Study)
    } else if starts(&["korriger", "standard"]) {
        Some(Stage::Act)
    } else if board.done_column().is_some_and(|d| d.id == col.id) {
        Some(Stage::Done)
    } else {
        None
    }
}

/// A cell of the 3 × 3 priority matrix: expected effect and effort needed,
/// each 1 (low) to 3 (high).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cell {
    pub effect: u8,
    pub effort: u8,
}

impl Cell {
    /// The cell of `effect` × `effort`; `None` unless both are 1 to 3.
    pub fn new(effect: u8, effort: u8) -> Option<Cell> {
        let ok = |v: u8| (1..=3).contains(&v);
        (ok(effect) && ok(effort)).then_some(Cell { effect, effort })
    }

    /// The quick win (rask gevinst): high effect for low effort.
    pub fn is_quick_win(self) -> bool {
        self.effect == 3 && self.effort == 1
    }
}

/// The cell an idea stands in: `None` until both its effect and its effort
/// are set (an unplaced idea, listed beside the grid).
pub fn cell(card: &Card) -> Option<Cell> {
    Cell::new(card.effect?, card.effort?)
}

/// How many ideas came from each source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sources {
    /// From staff (`ansatt`).
    pub ansatt: usize,
    /// From patients or users (`bruker`).
    pub bruker: usize,
    /// From relatives (`pårørende`).
    pub parorende: usize,
    /// From anyone else (another text).
    pub other: usize,
    /// Cards that do not say where they came from.
    pub unknown: usize,
}

impl Sources {
    /// Every card counted.
    pub fn total(&self) -> usize {
        self.ansatt + self.bruker + self.parorende + self.other + self.unknown
    }
}

/// The board's cards counted by their `source`; archived cards are not
/// counted (the count is of what the board shows).
pub fn sources(board: &Board) -> Sources {
    let mut n = Sources::default();
    for card in board.cards.iter().filter(|c| !c.archived) {
        let slot = match card.source.as_deref().and_then(IdeaSource::parse) {
            Some(IdeaSource::Ansatt) => &mut n.ansatt,
            Some(IdeaSource::Bruker) => &mut n.bruker,
            Some(IdeaSource::Parorende) => &mut n.parorende,
            Some(IdeaSource::Other(_)) => &mut n.other,
            None => &mut n.unknown,
        };
        *slot += 1;
    }
    n
}

/// Whether a routine's yearly revision is past due: the rule of an overdue
/// measure ([`is_overdue`]), so a revision dated today is not overdue yet.
pub fn is_revision_overdue(routine: &Routine, today: NaiveDate) -> bool {
    is_overdue(Some(routine.revision), today, false)
}

/// The board's routines whose revision date has passed, in board order.
pub fn overdue_routines(board: &Board, today: NaiveDate) -> Vec<&Routine> {
    board
        .routines
        .iter()
        .filter(|r| is_revision_overdue(r, today))
        .collect()
}

/// The yearly revision after `date`: the same day a year later, or the
/// last day of February when `date` is 29 February.
pub fn a_year_from(date: NaiveDate) -> NaiveDate {
    date.checked_add_months(Months::new(12))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests;

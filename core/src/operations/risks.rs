//! Risks and deviations as rules. A risk's place in the 5×5 risk matrix
//! (likelihood × consequence, Kvalitetshåndbok §3.1.1) and its level by the
//! product of the two:
//!
//! | product | level |
//! | --- | --- |
//! | 1–4 | low (lav) |
//! | 5–12 | medium (middels) |
//! | 15–25 | high (høy) |
//!
//! (Products 13 and 14 cannot occur.) The seeds name likelihood and
//! consequence but no levels; these bands are the common three-colour
//! matrix: a certain but negligible risk (5 × 1) is medium, a likely and
//! serious one (4 × 4) is high. Deviations (avvik, §3.1.2) are counted per
//! ISO week. Pure.

use chrono::NaiveDate;

use super::Week;
use crate::model::{Board, Risk};

/// The level of a risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Low,
    Medium,
    High,
}

/// The level of likelihood × consequence (see the module doc); `None` when
/// either is outside 1–5.
pub fn level(likelihood: u8, consequence: u8) -> Option<Level> {
    let cell = Cell::new(likelihood, consequence)?;
    Some(cell.level())
}

/// A cell of the 5×5 risk matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Cell {
    /// 1–5.
    pub likelihood: u8,
    /// 1–5.
    pub consequence: u8,
}

impl Cell {
    /// The cell, when both are 1–5.
    pub fn new(likelihood: u8, consequence: u8) -> Option<Cell> {
        ((1..=5).contains(&likelihood) && (1..=5).contains(&consequence)).then_some(Cell {
            likelihood,
            consequence,
        })
    }

    /// Likelihood × consequence, 1–25.
    pub fn product(self) -> u8 {
        self.likelihood * self.consequence
    }

    pub fn level(self) -> Level {
        match self.product() {
            0..=4 => Level::Low,
            5..=12 => Level::Medium,
            _ => Level::High,
        }
    }
}

/// The cell a risk stands in; `None` for a value outside 1–5 (which
/// `tavle check` warns about).
pub fn cell(risk: &Risk) -> Option<Cell> {
    Cell::new(risk.likelihood, risk.consequence)
}

/// The risk matrix: the ids of the risks in each cell, in board order.
/// `ids[l - 1][c - 1]` holds the risks of likelihood `l` and consequence `c`.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Matrix {
    pub ids: [[Vec<String>; 5]; 5],
    /// Risks with a value outside 1–5: in no cell.
    pub outside: Vec<String>,
}

impl Matrix {
    /// The risks in one cell.
    pub fn at(&self, cell: Cell) -> &[String] {
        &self.ids[usize::from(cell.likelihood) - 1][usize::from(cell.consequence) - 1]
    }
}

/// The board's risks in the matrix.
pub fn matrix(board: &Board) -> Matrix {
    let mut m = Matrix::default();
    for r in &board.risks {
        match cell(r) {
            Some(c) => m.ids[usize::from(c.likelihood) - 1][usize::from(c.consequence) - 1]
                .push(r.id.clone()),
            None => m.outside.push(r.id.clone()),
        }
    }
    m
}

/// The board's risks worst first: by product, then consequence, then board
/// order; risks outside the matrix last.
pub fn worst_first(board: &Board) -> Vec<&Risk> {
    let mut out: Vec<&Risk> = board.risks.iter().collect();
    out.sort_by_key(|r| std::cmp::Reverse(cell(r).map(|c| (c.product(), c.consequence))));
    out
}

/// How many deviations were registered in one ISO week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct WeekCount {
    pub week: Week,
    pub count: usize,
}

/// The deviations of the `weeks` ISO weeks up to and including the week of
/// `today`, oldest first, a week with none counted 0.
pub fn per_week(board: &Board, today: NaiveDate, weeks: usize) -> Vec<WeekCount> {
    let now = Week::of(today);
    (0..weeks)
        .rev()
        .filter_map(|back| now.plus(-(back as i64)))
        .map(|week| WeekCount {
            week,
            count: board
                .deviations
                .iter()
                .filter(|d| Week::of(d.date) == week)
                .count(),
        })
        .collect()
}

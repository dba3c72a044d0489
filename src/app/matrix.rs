//! The priority matrix (`P` on the board; Kvalitetshåndbok §3.4.1): the
//! board's ideas on a 3 × 3 grid of expected effect (rows, high at the top)
//! by effort (columns, low at the left), the quick win (high effect, low
//! effort) top left, and the ideas not placed yet in a list of their own.
//!
//! The ideas are the cards in the board's Ideas column (not archived); a
//! board without one shows every open card that is not done. The
//! selection is an idea, kept by id, and the place it stands ([`Spot`]):
//! arrows move it within a cell and on to the next cell, → past the right
//! edge (or ↓ past the bottom) reaches the list, ← or ↑ come back. A digit
//! puts the selected idea in a cell laid out like a numpad (7 8 9 the top
//! row, high effect; 1 2 3 the bottom; 7 the quick win), Shift+arrows (or
//! H J K L) move it to the neighbouring cell, `0` or `x` take it out of the
//! grid. Each placement is one op (effect and effort set together, logged
//! as a prioritisation), so the global `u` undoes it and the selection
//! follows the idea back. No I/O.

use crossterm::event::KeyCode;

use super::event::Origin;
use super::keymap::{self, Binding, Cmd, MatrixCmd, bind, ch, key, shift};
use super::request::Requests;
use super::shared::Shared;
use super::{Component, Screen};
use crate::i18n::{IntakeMsg, Msg};
use tavle_core::improvement::{Cell, Stage, cell, stage};
use tavle_core::model::{Board, Card};
use tavle_core::ops::{CardOp, CardPatch, Op};

pub const KEYS: &[Binding] = &[
    bind(
        &[
            key(KeyCode::Left, "←"),
            key(KeyCode::Right, "→"),
            ch('h', "h"),
            ch('l', "l"),
        ],
        Cmd::Left,
        false,
    ),
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(
        &[
            ch('1', "1"),
            ch('2', "2"),
            ch('3', "3"),
            ch('4', "4"),
            ch('5', "5"),
            ch('6', "6"),
            ch('7', "7"),
            ch('8', "8"),
            ch('9', "9"),
        ],
        Cmd::Matrix(MatrixCmd::Place(0)),
        true,
    ),
    bind(
        &[shift(KeyCode::Up, "Shift+↑"), ch('K', "K")],
        Cmd::Matrix(MatrixCmd::MoreEffect),
        true,
    ),
    bind(
        &[shift(KeyCode::Down, "Shift+↓"), ch('J', "J")],
        Cmd::Matrix(MatrixCmd::LessEffect),
        true,
    ),
    bind(
        &[shift(KeyCode::Left, "Shift+←"), ch('H', "H")],
        Cmd::Matrix(MatrixCmd::LessEffort),
        true,
    ),
    bind(
        &[shift(KeyCode::Right, "Shift+→"), ch('L', "L")],
        Cmd::Matrix(MatrixCmd::MoreEffort),
        true,
    ),
    bind(
        &[ch('0', "0"), ch('x', "x")],
        Cmd::Matrix(MatrixCmd::Unplace),
        true,
    ),
    bind(&[key(KeyCode::Enter, "Enter")], Cmd::Details, true),
    bind(&[ch('q', "q"), key(KeyCode::Esc, "Esc")], Cmd::Back, true),
];

/// The digits' row as the hint bar shows it: `1–9`, not the first digit.
const PLACE_HINT: Binding = bind(&[ch('1', "1–9")], Cmd::Matrix(MatrixCmd::Place(0)), true);

/// Where the selection stands: a cell of the grid, or the list of ideas
/// not placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    Grid(Cell),
    Unplaced,
}

impl Default for Spot {
    fn default() -> Spot {
        Spot::Grid(QUICK_WIN)
    }
}

/// The quick-win cell: high effect, low effort.
pub const QUICK_WIN: Cell = Cell {
    effect: 3,
    effort: 1,
};

/// The cell of digit `n` (1–9), laid out like a numpad: 7 8 9 high
/// effect, 1 2 3 low; low effort at the left. `None` for other digits.
pub fn numpad(n: u8) -> Option<Cell> {
    if !(1..=9).contains(&n) {
        return None;
    }
    Cell::new((n - 1) / 3 + 1, (n - 1) % 3 + 1)
}

/// The digit of a cell on the numpad ([`numpad`] backwards).
pub fn digit(c: Cell) -> u8 {
    (c.effect - 1) * 3 + c.effort
}

/// The ideas of the matrix, in board order: the open cards of the Ideas
/// column(s); on a board without one, every open card not done.
pub fn ideas(board: &Board) -> Vec<&Card> {
    let open = board.cards.iter().filter(|c| !c.archived);
    let has_ideas = (board.columns.iter()).any(|c| stage(board, &c.id) == Some(Stage::Ideas));
    if has_ideas {
        open.filter(|c| stage(board, &c.column) == Some(Stage::Ideas))
            .collect()
    } else {
        open.filter(|c| !board.is_done(c)).collect()
    }
}

/// The ideas standing at `spot`, in board order.
pub fn at(board: &Board, spot: Spot) -> Vec<&Card> {
    ideas(board)
        .into_iter()
        .filter(|c| spot_of(c) == spot)
        .collect()
}

/// Where an idea stands.
pub fn spot_of(card: &Card) -> Spot {
    cell(card).map_or(Spot::Unplaced, Spot::Grid)
}

/// The one op that puts the idea `id` in `to` (`None`: out of the grid).
pub fn place_op(id: &str, to: Option<Cell>) -> Op {
    Op::Card(CardOp::Set {
        id: id.to_string(),
        patch: CardPatch {
            effect: Some(to.map(|c| c.effect)),
            effort: Some(to.map(|c| c.effort)),
            ..CardPatch::default()
        },
    })
}

/// The matrix screen's state.
#[derive(Debug, Default)]
pub struct MatrixScreen {
    /// Where the selection stands.
    pub spot: Spot,
    /// The selected idea, by id; `None` on an empty cell.
    pub card: Option<String>,
    /// The grid cell last stood on, to come back to from the list.
    last: Option<Cell>,
}

impl MatrixScreen {
    /// Stand on `spot`, on its first idea (`last`: its last).
    fn stand(&mut self, board: &Board, spot: Spot, last: bool) {
        let here = at(board, spot);
        let pick = if last { here.last() } else { here.first() };
        self.card = pick.map(|c| c.id.clone());
        if let Spot::Grid(c) = spot {
            self.last = Some(c);
        }
        self.spot = spot;
    }

    /// The grid cell to come back to from the list.
    fn back_to_grid(&self) -> Spot {
        Spot::Grid(self.last.unwrap_or(QUICK_WIN))
    }

    /// ↑ (`-1`) or ↓ (`1`): the next idea in the cell, else the next cell.
    fn step_row(&mut self, board: &Board, delta: i8) {
        let here = at(board, self.spot);
        let i = (self.card.as_ref()).and_then(|id| here.iter().position(|c| &c.id == id));
        let j = i.map_or(0, |i| i as isize + isize::from(delta));
        if i.is_some() && j >= 0 && (j as usize) < here.len() {
            self.card = Some(here[j as usize].id.clone());
            return;
        }
        let up = delta < 0;
        match self.spot {
            Spot::Grid(c) => {
                let effect = if up { c.effect + 1 } else { c.effect - 1 };
                match Cell::new(effect, c.effort) {
                    Some(next) => self.stand(board, Spot::Grid(next), up),
                    None if !up && !at(board, Spot::Unplaced).is_empty() => {
                        self.stand(board, Spot::Unplaced, false)
                    }
                    None => {}
                }
            }
            Spot::Unplaced if up => self.stand(board, self.back_to_grid(), true),
            Spot::Unplaced => {}
        }
    }

    /// ← (`-1`) or → (`1`): the neighbouring cell, the list past the right edge.
    fn step_column(&mut self, board: &Board, delta: i8) {
        match self.spot {
            Spot::Grid(c) => {
                let effort = c.effort.saturating_add_signed(delta);
                match Cell::new(c.effect, effort) {
                    Some(next) => self.stand(board, Spot::Grid(next), false),
                    None if delta > 0 && !at(board, Spot::Unplaced).is_empty() => {
                        self.stand(board, Spot::Unplaced, false)
                    }
                    None => {}
                }
            }
            Spot::Unplaced if delta < 0 => self.stand(board, self.back_to_grid(), false),
            Spot::Unplaced => {}
        }
    }

    /// Put the selected idea in `to`, as one op; the selection goes with it.
    fn place(&mut self, s: &Shared, rq: &mut Requests, to: Option<Cell>) {
        let Some(card) = (self.card.as_ref()).and_then(|id| s.board()?.card(id)) else {
            return;
        };
        if cell(card) == to && (to.is_some() || (card.effect, card.effort) == (None, None)) {
            return;
        }
        rq.apply(s, vec![place_op(&card.id, to)], Origin::Edit);
    }

    /// Shift+arrow: the selected idea one cell over (`effect`, `effort` the steps).
    fn nudge(&mut self, s: &Shared, rq: &mut Requests, effect: i8, effort: i8) {
        let Some(card) = (self.card.as_ref()).and_then(|id| s.board()?.card(id)) else {
            return;
        };
        let Some(from) = cell(card) else {
            rq.notify(Msg::Intake(IntakeMsg::PlaceFirst), false);
            return;
        };
        let to = Cell::new(
            from.effect.saturating_add_signed(effect),
            from.effort.saturating_add_signed(effort),
        );
        if let Some(to) = to {
            self.place(s, rq, Some(to));
        }
    }

    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        let Some(board) = s.board() else {
            rq.go(Screen::Board);
            return;
        };
        match cmd {
            Cmd::Back => {
                rq.go(Screen::Board);
                if let Some(id) = self.card.clone() {
                    rq.select(id);
                }
            }
            Cmd::Up => self.step_row(board, -1),
            Cmd::Down => self.step_row(board, 1),
            Cmd::Left => self.step_column(board, -1),
            Cmd::Right => self.step_column(board, 1),
            Cmd::Details => {
                if let Some(id) = self.card.clone() {
                    rq.detail(id);
                }
            }
            Cmd::Matrix(MatrixCmd::Place(n)) => {
                if let Some(to) = numpad(n) {
                    self.place(s, rq, Some(to));
                }
            }
            Cmd::Matrix(MatrixCmd::Unplace) => self.place(s, rq, None),
            Cmd::Matrix(MatrixCmd::MoreEffect) => self.nudge(s, rq, 1, 0),
            Cmd::Matrix(MatrixCmd::LessEffect) => self.nudge(s, rq, -1, 0),
            Cmd::Matrix(MatrixCmd::LessEffort) => self.nudge(s, rq, 0, -1),
            Cmd::Matrix(MatrixCmd::MoreEffort) => self.nudge(s, rq, 0, 1),
            _ => {}
        }
    }

    /// Follow the selected idea to where it stands now; when it is no
    /// longer an idea, the first idea where it stood.
    fn keep_valid(&mut self, s: &Shared) {
        let Some(board) = s.board() else {
            self.card = None;
            return;
        };
        let found =
            (self.card.as_ref()).and_then(|id| ideas(board).into_iter().find(|c| &c.id == id));
        match found {
            Some(card) => {
                self.spot = spot_of(card);
                if let Spot::Grid(c) = self.spot {
                    self.last = Some(c);
                }
            }
            None => self.stand(board, self.spot, false),
        }
    }

    /// Coming in: the first idea not placed, else the first in the grid
    /// (top row first, low effort first).
    fn start(&mut self, s: &Shared) {
        self.card = None;
        self.last = None;
        let Some(board) = s.board() else {
            return;
        };
        let grid = (1..=3).rev().flat_map(|effect| {
            (1..=3).filter_map(move |effort| Cell::new(effect, effort).map(Spot::Grid))
        });
        let first = std::iter::once(Spot::Unplaced)
            .chain(grid)
            .find(|&spot| !at(board, spot).is_empty())
            .unwrap_or_default();
        self.stand(board, first, false);
    }
}

impl Component for MatrixScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn card(&self, _s: &Shared) -> Option<String> {
        self.card.clone()
    }

    /// The table's hints, the digits as one `1–9`.
    fn hints(&self, _s: &Shared) -> Vec<keymap::Hint> {
        let own = (keymap::hints(KEYS).into_iter())
            .map(|h| match h.binding.cmd {
                Cmd::Matrix(MatrixCmd::Place(_)) => keymap::Hint {
                    binding: &PLACE_HINT,
                    word: h.word,
                },
                _ => h,
            })
            .collect();
        super::global::hints(own, self.left_out(), self.hints_at())
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests {
        Requests::of(|rq| self.command(cmd, s, rq))
    }

    /// Back from an idea's card, the selection stays on it; else afresh.
    fn enter(&mut self, s: &Shared) -> Requests {
        let known = (self.card.as_ref()).is_some_and(|id| {
            s.board()
                .is_some_and(|b| ideas(b).iter().any(|c| &c.id == id))
        });
        if known {
            self.keep_valid(s);
        } else {
            self.start(s);
        }
        Requests::new()
    }

    fn refresh(&mut self, s: &Shared) -> Requests {
        self.keep_valid(s);
        Requests::new()
    }
}

#[cfg(test)]
mod tests;

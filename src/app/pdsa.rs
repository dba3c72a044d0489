//! The PDSA card's keys on the card detail screen — a new cycle, the
//! latest cycle, the evaluation, the indicator and the benefit plan — and
//! the step of the improvement circle that asks for the evaluation: a card
//! moved into Evaluere (from the board or from the card screen) opens the
//! evaluation questions, filled with the answers given before. Esc leaves
//! the move done and the answers as they were. The forms are in
//! [`super::pdsa_form`]; the indicator to link is chosen in a small list
//! ([`IndicatorPick`]).

use crossterm::event::{KeyCode, KeyEvent};

use super::editor::Flow;
use super::event::Origin;
use super::keymap::{Cmd, PdsaCmd};
use super::request::Requests;
use super::shared::Shared;
use super::{Overlay, pdsa_form};
use crate::i18n::{Msg, PdsaMsg};
use tavle_core::improvement::{Stage, stage};
use tavle_core::model::{Board, Card};
use tavle_core::ops::{CardOp, CardPatch, Op};

/// Carry out a PDSA key of the card screen on `card`; `false` when `cmd`
/// is not one.
pub fn command(cmd: Cmd, s: &Shared, rq: &mut Requests, card: &Card) -> bool {
    let Cmd::Pdsa(cmd) = cmd else {
        return false;
    };
    if !rq.writable(s) {
        return true;
    }
    let lang = s.lang();
    match cmd {
        PdsaCmd::NewCycle => rq.open(Overlay::Editor(pdsa_form::cycle(lang, card, None))),
        PdsaCmd::EditCycle => match card.pdsa.len() {
            0 => rq.notify(Msg::Pdsa(PdsaMsg::NoCycle), false),
            n => rq.open(Overlay::Editor(pdsa_form::cycle(lang, card, Some(n - 1)))),
        },
        PdsaCmd::Evaluate => rq.open(Overlay::Editor(pdsa_form::evaluation(card))),
        PdsaCmd::Benefit => rq.open(Overlay::Editor(pdsa_form::benefit(lang, card))),
        PdsaCmd::Indicator => match s.board() {
            Some(b) if !b.indicators.is_empty() => {
                rq.open(Overlay::Indicator(IndicatorPick::new(b, card)));
            }
            _ => rq.notify(Msg::Pdsa(PdsaMsg::NoIndicators), false),
        },
    }
    true
}

/// After `op` was asked for on `board`: a card moved into the Evaluere
/// column of an improvement board opens its evaluation questions. The one
/// hook of the board screen and the card screen.
pub fn after_move(s: &Shared, rq: &mut Requests, board: &Board, op: &Op) {
    let Op::Card(CardOp::Move { id, column, .. }) = op else {
        return;
    };
    let Some(card) = board.card(id) else {
        return;
    };
    let into = card.column != *column && stage(board, column) == Some(Stage::Study);
    if into && s.why_read_only().is_none() {
        rq.open(Overlay::Editor(pdsa_form::evaluation(card)));
    }
}

/// Choosing the indicator a card follows: `(ingen indikator)` first, then
/// the board's indicators; ↑↓ (or k/j) choose, Enter links, Esc closes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorPick {
    pub card: String,
    /// The row chosen: 0 is "no indicator", 1… the board's indicators.
    pub at: usize,
}

impl IndicatorPick {
    /// The picker for `card`, on the indicator it follows now.
    pub fn new(board: &Board, card: &Card) -> IndicatorPick {
        let at = (card.indicator.as_deref())
            .and_then(|id| board.indicators.iter().position(|i| i.id == id))
            .map_or(0, |i| i + 1);
        IndicatorPick {
            card: card.id.clone(),
            at,
        }
    }

    pub fn key(&mut self, key: &KeyEvent, s: &Shared, rq: &mut Requests) -> Flow {
        let Some(board) = s.board() else {
            return Flow::Close;
        };
        let last = board.indicators.len();
        match key.code {
            KeyCode::Esc | KeyCode::Char('q') => return Flow::Close,
            KeyCode::Up | KeyCode::Char('k') => self.at = self.at.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => self.at = (self.at + 1).min(last),
            KeyCode::Home => self.at = 0,
            KeyCode::End => self.at = last,
            KeyCode::Enter => {
                let to = self
                    .at
                    .checked_sub(1)
                    .and_then(|i| board.indicators.get(i))
                    .map(|i| i.id.clone());
                let now = board.card(&self.card).map(|c| c.indicator.clone());
                match now {
                    None => rq.notify(Msg::CardGone(self.card.clone()), true),
                    Some(now) if now == to => {}
                    Some(_) => {
                        let op = Op::Card(CardOp::Set {
                            id: self.card.clone(),
                            patch: CardPatch {
                                indicator: Some(to),
                                ..CardPatch::default()
                            },
                        });
                        rq.apply(s, vec![op], Origin::Edit);
                    }
                }
                return Flow::Close;
            }
            _ => {}
        }
        Flow::Stay
    }
}

#[cfg(test)]
#[path = "pdsa_tests.rs"]
mod more_tests;

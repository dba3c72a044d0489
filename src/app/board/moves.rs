//! The board screen's keys that change the selected card: its light, its
//! archiving, and moving it to the next column or up and down in its own.
//! Kept apart from the screen's selection and navigation (`board.rs`).

use super::super::event::Origin;
use super::super::keymap::Cmd;
use super::super::shared::Shared;
use super::BoardScreen;
use crate::app::request::Requests;
use tavle_core::ops::{CardOp, Op};

impl BoardScreen {
    /// Commands that change the selected card.
    pub(super) fn card_op(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        let Some(board) = s.board() else {
            return;
        };
        let Some(card) = self.selected_card(board) else {
            return;
        };
        let id = card.id.clone();
        let siblings: Vec<String> = self
            .column_cards(board, &card.column)
            .iter()
            .map(|c| c.id.clone())
            .collect();
        let pos = siblings.iter().position(|c| c == &id).unwrap_or(0);
        // Lights, archiving and moving a column over: the card screen's ops too.
        if let Some(op) = super::super::card::command_op(cmd, board, card) {
            if let Op::Card(CardOp::Move { column, .. }) = &op {
                // The selection follows the card to its new column.
                self.column = Some(column.clone());
            }
            rq.apply(s, vec![op.clone()], Origin::Edit);
            super::super::routine_offer::after_move(s, &op, rq);
            super::super::pdsa::after_move(s, rq, board, &op);
            return;
        }
        let op = match cmd {
            Cmd::MoveUp => {
                if pos == 0 {
                    return;
                }
                CardOp::Move {
                    id,
                    column: card.column.clone(),
                    before: Some(siblings[pos - 1].clone()),
                }
            }
            Cmd::MoveDown => {
                if pos + 1 >= siblings.len() {
                    return;
                }
                CardOp::Move {
                    id,
                    column: card.column.clone(),
                    before: siblings.get(pos + 2).cloned(),
                }
            }
            _ => return,
        };
        rq.apply(s, vec![Op::Card(op)], Origin::Edit);
    }
}

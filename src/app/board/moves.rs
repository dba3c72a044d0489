//! The board screen's keys that change the selected card: its light, its
//! archiving, and moving it to the next column or up and down in its own.
//! Kept apart from the screen's selection and navigation (`board.rs`).

use super::super::event::Origin;
use super::super::keymap::Cmd;
use super::super::shared::Shared;
use super::BoardScreen;
use tavle_core::ops::{self, CardOp, CardPatch, Op};

impl BoardScreen {
    /// Commands that change the selected card.
    pub(super) fn card_op(&mut self, cmd: Cmd, s: &mut Shared) {
        let Some(board) = s.board() else {
            return;
        };
        let Some(card) = self.selected_card(board) else {
            return;
        };
        let id = card.id.clone();
        let col_index = board.columns.iter().position(|c| c.id == card.column);
        let siblings: Vec<String> = self
            .column_cards(board, &card.column)
            .iter()
            .map(|c| c.id.clone())
            .collect();
        let pos = siblings.iter().position(|c| c == &id).unwrap_or(0);
        if let Some(light) = super::super::card::light_of(cmd) {
            s.apply(vec![super::super::card::light_op(&id, light)], Origin::Edit);
            return;
        }
        let op = match cmd {
            Cmd::CycleLight => CardOp::Set {
                id,
                patch: CardPatch {
                    light: Some(ops::cycle_light(card.light)),
                    ..CardPatch::default()
                },
            },
            Cmd::Archive => CardOp::Set {
                id,
                patch: CardPatch {
                    archived: Some(!card.archived),
                    ..CardPatch::default()
                },
            },
            Cmd::MoveLeft | Cmd::MoveRight => {
                let Some(ci) = col_index else {
                    return;
                };
                let cj = if cmd == Cmd::MoveLeft {
                    ci.checked_sub(1)
                } else {
                    Some(ci + 1)
                };
                let Some(target) = cj.and_then(|j| board.columns.get(j)) else {
                    return;
                };
                let column = target.id.clone();
                self.column = Some(column.clone());
                CardOp::Move {
                    id,
                    column,
                    before: None,
                }
            }
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
        s.apply(vec![Op::Card(op)], Origin::Edit);
    }
}

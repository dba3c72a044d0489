//! The card detail screen (Enter on a card): every field of one card, the
//! decisions that point at it and its history from the change log, and keys
//! to light, move, archive and edit it. The card is followed by id; when it is
//! gone, the screen says so and goes back to the board. From a card with a
//! link, `g` shows the card at the other end (`G` the one it came from) and
//! Backspace — or Esc right after the jump — comes back ([`super::links`]).

use super::editor::Editor;
use super::event::{Effect, Origin};
use super::keymap::{self, Binding, Cmd, PdsaCmd, bind, ch, key, shift};
use super::request::Requests;
use super::shared::Shared;
use super::{Component, Overlay, Screen};
use crate::i18n::Msg;
use crossterm::event::KeyCode;
use tavle_core::links::Way;
use tavle_core::log::Logged;
use tavle_core::model::{Kind, Light};
use tavle_core::ops::{self, CardOp, CardPatch, Op};

pub const KEYS: &[Binding] = &[
    bind(&[ch('e', "e")], Cmd::Edit, true),
    bind(&[ch(' ', "Space")], Cmd::CycleLight, true),
    bind(&[ch('1', "1")], Cmd::LightGreen, false),
    bind(&[ch('2', "2")], Cmd::LightYellow, false),
    bind(&[ch('3', "3")], Cmd::LightRed, false),
    bind(&[ch('0', "0")], Cmd::LightNone, false),
    bind(
        &[shift(KeyCode::Left, "Shift+←"), ch('<', "<")],
        Cmd::MoveLeft,
        false,
    ),
    bind(
        &[shift(KeyCode::Right, "Shift+→"), ch('>', ">")],
        Cmd::MoveRight,
        false,
    ),
    bind(&[ch('x', "x")], Cmd::Archive, true),
    bind(&[ch('c', "c")], Cmd::Pdsa(PdsaCmd::NewCycle), true),
    bind(&[ch('p', "p")], Cmd::Pdsa(PdsaCmd::EditCycle), true),
    bind(&[ch('v', "v")], Cmd::Pdsa(PdsaCmd::Evaluate), true),
    bind(&[ch('i', "i")], Cmd::Pdsa(PdsaCmd::Indicator), false),
    bind(&[ch('b', "b")], Cmd::Pdsa(PdsaCmd::Benefit), false),
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[ch('g', "g")], Cmd::FollowLink, false),
    bind(&[ch('G', "G")], Cmd::FollowOrigin, false),
    bind(
        &[key(KeyCode::Backspace, "Backspace")],
        Cmd::JumpBack,
        false,
    ),
    bind(&[ch('q', "q"), key(KeyCode::Esc, "Esc")], Cmd::Back, true),
];

/// The card detail screen's state.
#[derive(Debug, Default)]
pub struct CardScreen {
    /// The card shown, by id.
    pub id: Option<String>,
    /// Lines scrolled down.
    pub scroll: u16,
    /// The change log of the board, read when the screen opened.
    pub log: Vec<Logged>,
    /// Opened from the priority matrix: Esc goes back there.
    pub from_matrix: bool,
}

/// The op that sets a card's light to `light`.
pub fn light_op(id: &str, light: Option<Light>) -> Op {
    Op::Card(CardOp::Set {
        id: id.to_string(),
        patch: CardPatch {
            light: Some(light),
            ..CardPatch::default()
        },
    })
}

/// The op a card command asks for, the same from the board and the card
/// screen: a light key, cycling the light, archiving or restoring, moving
/// the card one column left or right. `None` for other commands, and where
/// there is no column to move to.
pub fn command_op(
    cmd: Cmd,
    board: &tavle_core::model::Board,
    card: &tavle_core::model::Card,
) -> Option<Op> {
    if let Some(light) = light_of(cmd) {
        return Some(light_op(&card.id, light));
    }
    let op = match cmd {
        Cmd::CycleLight => return Some(light_op(&card.id, ops::cycle_light(card.light))),
        Cmd::Archive => CardOp::Set {
            id: card.id.clone(),
            patch: CardPatch {
                archived: Some(!card.archived),
                ..CardPatch::default()
            },
        },
        Cmd::MoveLeft | Cmd::MoveRight => {
            let i = board.columns.iter().position(|c| c.id == card.column)?;
            let j = if cmd == Cmd::MoveLeft {
                i.checked_sub(1)?
            } else {
                i + 1
            };
            CardOp::Move {
                id: card.id.clone(),
                column: board.columns.get(j)?.id.clone(),
                before: None,
            }
        }
        _ => return None,
    };
    Some(Op::Card(op))
}

/// The light a light key sets, for the commands that are light keys.
pub fn light_of(cmd: Cmd) -> Option<Option<Light>> {
    match cmd {
        Cmd::LightGreen => Some(Some(Light::Green)),
        Cmd::LightYellow => Some(Some(Light::Yellow)),
        Cmd::LightRed => Some(Some(Light::Red)),
        Cmd::LightNone => Some(None),
        _ => None,
    }
}

impl CardScreen {
    /// Show `id`, and ask for the board's change log for its history.
    /// The board's change log was read: the card's history is made from it.
    pub fn log_read(&mut self, log: Vec<Logged>) {
        self.log = log;
    }

    pub fn show(&mut self, id: String, s: &Shared, rq: &mut Requests) {
        self.id = Some(id);
        self.scroll = 0;
        self.log.clear();
        if let Some(path) = s.entry().map(|e| e.path.clone()) {
            rq.effect(Effect::ReadLog {
                path,
                closing: false,
            });
        }
    }

    /// The history of this card, newest first: every change of the card in
    /// the log, and every decision about it logged, corrected or followed up.
    pub fn history(&self, board: Option<&tavle_core::model::Board>) -> Vec<&Logged> {
        use tavle_core::ops::Change;
        let Some(id) = &self.id else {
            return Vec::new();
        };
        let about_card = |decision: &str| {
            board.is_some_and(|b| {
                (b.decisions.iter())
                    .any(|d| d.id == decision && d.card.as_deref() == Some(id.as_str()))
            })
        };
        let mut h: Vec<&Logged> = self
            .log
            .iter()
            .filter(|l| match &l.change {
                Change::Escalated { card, .. } => card == id,
                Change::Decided { decision, .. }
                | Change::Corrected { decision, .. }
                | Change::FollowedUp { decision, .. } => about_card(decision),
                other => other.card() == Some(id.as_str()),
            })
            .collect();
        h.reverse();
        h
    }
}

impl CardScreen {
    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        let Some(id) = self.id.clone() else {
            rq.go(Screen::Board);
            return;
        };
        let Some(card) = s.board().and_then(|b| b.card(&id)).cloned() else {
            rq.go(Screen::Board);
            return;
        };
        match cmd {
            Cmd::Back if super::links::just_jumped(s) => super::links::back(s, rq),
            Cmd::Back if self.from_matrix => rq.go(Screen::Matrix),
            Cmd::Back => {
                rq.go(Screen::Board);
                // Back on the board, the card shown is the one selected.
                rq.select(id);
            }
            Cmd::FollowLink | Cmd::FollowOrigin => {
                let way = if cmd == Cmd::FollowLink {
                    Way::Escalation
                } else {
                    Way::Origin
                };
                if super::links::follow(s, rq, Screen::Card, Some(&id), way).is_some() {
                    // The card landed on is shown from its top.
                    self.scroll = 0;
                }
            }
            Cmd::JumpBack => super::links::back(s, rq),
            Cmd::Up => self.scroll = self.scroll.saturating_sub(1),
            Cmd::Down => self.scroll = self.scroll.saturating_add(1),
            Cmd::Edit => {
                if rq.writable(s) {
                    rq.open(Overlay::Editor(Editor::card(&card)));
                }
            }
            cmd if super::pdsa::command(cmd, s, rq, &card) => {}
            cmd => {
                let Some(board) = s.board() else {
                    return;
                };
                if let Some(op) = command_op(cmd, board, &card) {
                    rq.apply(s, vec![op.clone()], Origin::Edit);
                    // Into Evaluere: the evaluation questions; into
                    // Korrigere/standardisere: the offer of a routine.
                    super::routine_offer::after_move(s, &op, rq);
                    super::pdsa::after_move(s, rq, board, &op);
                }
            }
        }
    }

    fn keep_valid(&mut self, s: &Shared) {
        // The card went away (deleted elsewhere, or an undo of its adding).
        let gone = self
            .id
            .as_ref()
            .is_some_and(|id| s.board().is_none_or(|b| b.card(id).is_none()));
        if gone {
            self.id = None;
        }
    }
}

impl Component for CardScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn hints_at(&self) -> super::global::HintsAt {
        super::global::HintsAt::After(Cmd::Archive)
    }

    /// The global keys that do not concern one card: the board tabs.
    fn left_out(&self) -> &'static [Cmd] {
        &[Cmd::NextBoard, Cmd::PrevBoard]
    }

    fn card(&self, _s: &Shared) -> Option<String> {
        self.id.clone()
    }

    /// The jump's key after `?` on a card with a link; Backspace after a jump.
    fn hints(&self, s: &Shared) -> Vec<keymap::Hint> {
        let card = (self.id.as_deref()).and_then(|id| s.board()?.card(id));
        let mut own = super::links::with_hints(KEYS, card, s);
        // The PDSA keys are hinted on an improvement board (in `?` everywhere).
        let improvement = s.board().is_some_and(|b| b.kind == Kind::Forbedring);
        own.retain(|h| improvement || !matches!(h.binding.cmd, Cmd::Pdsa(_)));
        // There they come before the meeting's keys, which the card screen shares.
        let at = if improvement {
            super::global::HintsAt::After(Cmd::Pdsa(PdsaCmd::Evaluate))
        } else {
            self.hints_at()
        };
        super::global::hints(own, self.left_out(), at)
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests {
        Requests::of(|rq| self.command(cmd, s, rq))
    }

    fn refresh(&mut self, s: &Shared) -> Requests {
        self.keep_valid(s);
        Requests::new()
    }
}

/// Whether a card exists that the screen can show; says why not.
pub fn can_show(s: &Shared, rq: &mut Requests, id: Option<&str>) -> bool {
    match id {
        Some(id) if s.board().is_some_and(|b| b.card(id).is_some()) => true,
        Some(id) => {
            rq.notify(Msg::CardGone(id.to_string()), true);
            false
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(super::super::keymap::clashes(super::KEYS), []);
    }
}

#[cfg(test)]
#[path = "card_tests.rs"]
mod more_tests;

//! The action plan (`p`): goals → sub-goals → measures as a tree, with owner,
//! deadline, honest light and SMART gaps. Space and `e` work on goals and
//! measures alike.

use super::editor::{EditKind, Editor};
use super::event::Origin;
use super::keymap::{Binding, Cmd, bind, ch, key};
use super::request::Requests;
use super::shared::Shared;
use super::{Component, Overlay, Screen, step_in};
use crossterm::event::KeyCode;
use tavle_core::ops::{self, CardOp, CardPatch, GoalOp, GoalPatch, Op};

pub const KEYS: &[Binding] = &[
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[key(KeyCode::Enter, "Enter")], Cmd::Details, false),
    bind(&[ch(' ', "Space")], Cmd::CycleLight, true),
    bind(&[ch('1', "1")], Cmd::LightGreen, false),
    bind(&[ch('2', "2")], Cmd::LightYellow, false),
    bind(&[ch('3', "3")], Cmd::LightRed, false),
    bind(&[ch('0', "0")], Cmd::LightNone, false),
    bind(&[ch('e', "e")], Cmd::Edit, true),
    bind(&[ch('i', "i")], Cmd::Indicators, true),
    bind(
        &[ch('p', "p"), ch('q', "q"), key(KeyCode::Esc, "Esc")],
        Cmd::Back,
        true,
    ),
];

/// The action plan's state.
#[derive(Debug, Default)]
pub struct PlanScreen {
    /// The selected row: a goal or card id.
    pub row: Option<String>,
}

impl PlanScreen {
    /// The ids of the rows that can be selected, in order.
    fn ids(s: &Shared) -> Vec<String> {
        s.board()
            .map(|b| {
                tavle_core::plan::rows(b, s.today())
                    .iter()
                    .filter_map(|r| r.id().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn step(&mut self, s: &Shared, delta: isize) {
        self.row = step_in(&Self::ids(s), self.row.as_deref(), delta);
    }

    /// Space and `e`: the same as on the board for a measure; for a goal, Space
    /// cycles the light set by hand (back to derived).
    fn edit(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        let Some(id) = self.row.clone() else {
            return;
        };
        let Some(board) = s.board() else {
            return;
        };
        if let Some(goal) = board.goal(&id).cloned() {
            match cmd {
                Cmd::CycleLight => {
                    let patch = GoalPatch {
                        light: Some(ops::cycle_light(goal.light)),
                        ..Default::default()
                    };
                    rq.apply(s, vec![Op::Goal(GoalOp::Set { id, patch })], Origin::Edit);
                }
                _ => {
                    if rq.writable(s) {
                        rq.open(Overlay::Editor(Editor::new(
                            EditKind::Goal { id },
                            goal.title,
                            goal.target,
                            goal.due,
                        )));
                    }
                }
            }
        } else if let Some(card) = board.card(&id).cloned() {
            match cmd {
                Cmd::CycleLight => {
                    let patch = CardPatch {
                        light: Some(ops::cycle_light(card.light)),
                        ..CardPatch::default()
                    };
                    rq.apply(s, vec![Op::Card(CardOp::Set { id, patch })], Origin::Edit);
                }
                _ => {
                    if rq.writable(s) {
                        rq.open(Overlay::Editor(Editor::card(&card)));
                    }
                }
            }
        }
    }
}

impl PlanScreen {
    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        match cmd {
            Cmd::Back => rq.go(Screen::Board),
            Cmd::Indicators => rq.go(Screen::Indicators),
            Cmd::Up => self.step(s, -1),
            Cmd::Down => self.step(s, 1),
            Cmd::CycleLight | Cmd::Edit => self.edit(cmd, s, rq),
            Cmd::Details => {
                if let Some(id) = self
                    .row
                    .clone()
                    .filter(|id| s.board().is_some_and(|b| b.card(id).is_some()))
                {
                    rq.select(id.clone());
                    rq.detail(id);
                }
            }
            cmd if super::card::light_of(cmd).is_some() => {
                let card = self
                    .row
                    .clone()
                    .filter(|id| s.board().is_some_and(|b| b.card(id).is_some()));
                if let (Some(id), Some(light)) = (card, super::card::light_of(cmd)) {
                    rq.apply(s, vec![super::card::light_op(&id, light)], Origin::Edit);
                }
            }
            _ => {}
        }
    }

    fn keep_valid(&mut self, s: &Shared) {
        self.step(s, 0);
    }

    fn start(&mut self, s: &Shared) {
        self.step(s, 0);
    }
}

impl Component for PlanScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn hints_at(&self) -> super::global::HintsAt {
        super::global::HintsAt::After(Cmd::CycleLight)
    }

    fn card(&self, s: &Shared) -> Option<String> {
        self.row
            .clone()
            .filter(|id| s.board().is_some_and(|b| b.card(id).is_some()))
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests {
        Requests::of(|rq| self.command(cmd, s, rq))
    }

    fn enter(&mut self, s: &Shared) -> Requests {
        self.start(s);
        Requests::new()
    }

    fn refresh(&mut self, s: &Shared) -> Requests {
        self.keep_valid(s);
        Requests::new()
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
#[path = "plan_tests.rs"]
mod more_tests;

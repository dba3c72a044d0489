//! The decisions panel beside the board: open follow-ups from earlier
//! meetings (overdue first), then today's decisions. With the keyboard (`b`)
//! it marks follow-ups done and corrects decisions. Part of the board screen.

use super::editor::{EditKind, Editor};
use super::event::Origin;
use super::keymap::{Binding, Cmd, bind, ch, key};
use super::shared::Shared;
use super::{Overlay, step_in};
use crossterm::event::KeyCode;
use tavle_core::model::Decision;
use tavle_core::ops::{DecisionOp, Op};

pub const KEYS: &[Binding] = &[
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[ch(' ', "Space"), ch('f', "f")], Cmd::Done, true),
    bind(&[ch('e', "e")], Cmd::Edit, true),
    bind(&[ch('t', "t")], Cmd::BigClock, false),
    bind(
        &[ch('b', "b"), ch('q', "q"), key(KeyCode::Esc, "Esc")],
        Cmd::Back,
        true,
    ),
];

/// The panel's state.
#[derive(Debug, Default)]
pub struct Panel {
    /// The panel has the keyboard.
    pub focused: bool,
    /// The selected decision.
    pub decision: Option<String>,
}

/// The decisions in the panel, in order: open follow-ups from earlier
/// meetings (overdue first), then today's decisions, newest first.
pub fn items(s: &Shared) -> Vec<&Decision> {
    let Some(board) = s.board() else {
        return Vec::new();
    };
    let mut items = tavle_core::meeting::follow_ups(board, s.today);
    let mut today: Vec<_> = board
        .decisions
        .iter()
        .filter(|d| d.at.at().date_naive() >= s.today)
        .collect();
    today.reverse();
    items.extend(today);
    items
}

impl Panel {
    pub fn toggle(&mut self, s: &Shared) {
        self.focused = !self.focused;
        if self.focused && self.decision.is_none() {
            self.step(s, 0);
        }
    }

    fn step(&mut self, s: &Shared, delta: isize) {
        let ids: Vec<String> = items(s).iter().map(|d| d.id.clone()).collect();
        self.decision = step_in(&ids, self.decision.as_deref(), delta);
    }

    pub fn refresh(&mut self, s: &Shared) {
        if self.focused {
            self.step(s, 0);
        }
    }

    fn selected<'s>(&self, s: &'s Shared) -> Option<&'s Decision> {
        let id = self.decision.as_ref()?;
        s.board()?.decisions.iter().find(|d| &d.id == id)
    }

    /// A command while the panel has the keyboard.
    pub fn update(&mut self, cmd: Cmd, s: &mut Shared, big_clock: &mut bool) {
        match cmd {
            Cmd::Up => self.step(s, -1),
            Cmd::Down => self.step(s, 1),
            Cmd::Back => self.focused = false,
            Cmd::Edit => {
                if let Some(d) = self.selected(s).cloned()
                    && s.writable()
                {
                    s.out.open = Some(Overlay::Editor(Editor::new(
                        EditKind::Decision { id: d.id },
                        d.text,
                        d.owner,
                        d.due,
                    )));
                }
            }
            Cmd::Done => {
                if let Some(d) = self.selected(s) {
                    let op = DecisionOp::SetDone {
                        id: d.id.clone(),
                        done: !d.done,
                    };
                    s.apply(vec![Op::Decision(op)], Origin::Edit);
                }
            }
            Cmd::BigClock => *big_clock = !*big_clock,
            Cmd::Attendees => super::meeting::command(cmd, s),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(super::super::keymap::clashes(super::KEYS), []);
    }
}

//! The goals and indicators panel of an operations board: each goal with
//! its light, each indicator with its latest value, a sparkline and its
//! light. ↑/↓ select a goal or an indicator; Enter opens the indicators
//! screen, on the selected indicator. Part of
//! [`super`]; its view is `ui::operations::goals`.

use crossterm::event::KeyCode;

use crate::app::Screen;
use crate::app::keymap::{Binding, Cmd, bind, ch, key};
use crate::app::panels::{Ask, PanelComponent};
use crate::app::request::Requests;
use crate::app::shared::Shared;

pub const KEYS: &[Binding] = crate::ops_keys![
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[key(KeyCode::Enter, "Enter")], Cmd::Indicators, true),
    bind(&[ch('q', "q"), key(KeyCode::Esc, "Esc")], Cmd::Back, true),
];

/// A line of the panel: a goal or an indicator, by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Goal(String),
    Indicator(String),
}

/// The panel's lines in order: the goals as the action plan orders them
/// (the rule `tavle status` uses), then the indicators in file order.
pub fn items(s: &Shared) -> Vec<Item> {
    let Some(board) = s.board() else {
        return Vec::new();
    };
    let goals = tavle_core::status::goals(board, s.today());
    (goals.into_iter().map(|g| Item::Goal(g.id)))
        .chain(
            board
                .indicators
                .iter()
                .map(|i| Item::Indicator(i.id.clone())),
        )
        .collect()
}

/// The panel's state.
#[derive(Debug, Default)]
pub struct GoalsPanel {
    /// The panel has the keyboard.
    pub focused: bool,
    /// The selected line.
    pub selected: Option<Item>,
}

impl GoalsPanel {
    /// Move the selection `delta` lines (0: keep it on a line that exists).
    fn step(&mut self, s: &Shared, delta: isize) {
        let items = items(s);
        let at = (self.selected.as_ref())
            .and_then(|sel| items.iter().position(|i| i == sel))
            .map_or(0, |i| {
                (i as isize + delta).clamp(0, items.len() as isize - 1) as usize
            });
        self.selected = items.get(at).cloned();
    }
}

impl PanelComponent for GoalsPanel {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn focused(&self) -> bool {
        self.focused
    }

    fn toggle(&mut self, s: &Shared) {
        self.focused = !self.focused;
        if self.focused {
            self.step(s, 0);
        }
    }

    fn refresh(&mut self, s: &Shared) {
        if self.focused {
            self.step(s, 0);
        }
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> (Ask, Requests) {
        let mut rq = Requests::new();
        match cmd {
            Cmd::Up => self.step(s, -1),
            Cmd::Down => self.step(s, 1),
            Cmd::Back => self.focused = false,
            // The indicators screen, on the indicator selected here.
            Cmd::Indicators => {
                rq.go(Screen::Indicators);
                if let Some(Item::Indicator(id)) = &self.selected {
                    rq.indicator(id.clone());
                }
            }
            _ => {}
        }
        (Ask::Nothing, rq)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(crate::app::keymap::clashes(super::KEYS), []);
    }
}

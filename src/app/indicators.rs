//! The indicators (`i`): run charts with median and target, the signals in
//! words, and `a` to record a value.

use super::editor::Editor;
use super::keymap::{Binding, Cmd, bind, ch, key};
use super::request::Requests;
use super::shared::Shared;
use super::{Component, Overlay, Screen, step_in};
use crossterm::event::KeyCode;

pub const KEYS: &[Binding] = &[
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[ch('a', "a")], Cmd::AddValue, true),
    bind(&[ch('p', "p")], Cmd::Plan, true),
    bind(
        &[ch('i', "i"), ch('q', "q"), key(KeyCode::Esc, "Esc")],
        Cmd::Back,
        true,
    ),
];

/// The indicator screen's state.
#[derive(Debug, Default)]
pub struct IndicatorScreen {
    /// The selected indicator.
    pub selected: Option<String>,
}

impl IndicatorScreen {
    fn step(&mut self, s: &Shared, delta: isize) {
        let ids: Vec<String> = s
            .board()
            .map(|b| b.indicators.iter().map(|i| i.id.clone()).collect())
            .unwrap_or_default();
        self.selected = step_in(&ids, self.selected.as_deref(), delta);
    }
}

impl IndicatorScreen {
    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        match cmd {
            Cmd::Back => rq.go(Screen::Board),
            Cmd::Plan => rq.go(Screen::Plan),
            Cmd::Up => self.step(s, -1),
            Cmd::Down => self.step(s, 1),
            Cmd::AddValue => {
                if let Some(ind) = self.selected.clone()
                    && rq.writable(s)
                {
                    rq.open(Overlay::Editor(Editor::measure(ind, s.today())));
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

impl Component for IndicatorScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn hints_at(&self) -> super::global::HintsAt {
        super::global::HintsAt::After(Cmd::AddValue)
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

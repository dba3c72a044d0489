//! The staffing panel (bemanning) of an operations board: today's shifts
//! with planned and present, gaps marked with the number missing, and
//! quick keys for sick calls. Part of [`super`]; its view is
//! `ui::operations::staffing`.

use crossterm::event::KeyCode;

use crate::app::keymap::{Binding, Cmd, bind, ch, key};
use crate::app::panels::{Ask, PanelComponent};
use crate::app::request::Requests;
use crate::app::shared::Shared;

pub const KEYS: &[Binding] = crate::ops_keys![
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[ch('q', "q"), key(KeyCode::Esc, "Esc")], Cmd::Back, true),
];

/// The panel's state.
#[derive(Debug, Default)]
pub struct StaffingPanel {
    /// The panel has the keyboard.
    pub focused: bool,
}

impl PanelComponent for StaffingPanel {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn focused(&self) -> bool {
        self.focused
    }

    fn toggle(&mut self, _s: &Shared) {
        self.focused = !self.focused;
    }

    fn update(&mut self, cmd: Cmd, _s: &Shared) -> (Ask, Requests) {
        if cmd == Cmd::Back {
            self.focused = false;
        }
        (Ask::Nothing, Requests::new())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(crate::app::keymap::clashes(super::KEYS), []);
    }
}

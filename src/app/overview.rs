//! The overview: every board of the folder, worst first, with its light
//! counts; Enter opens one, `c` merges the conflict copies of the one
//! selected. `/` filters by owner, listing what that person is responsible
//! for across every board.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::keymap::{Binding, Cmd, SyncCmd, bind, ch, ctrl, key};
use super::shared::Shared;
use super::{Component, Overlay, Screen};

pub const KEYS: &[Binding] = &[
    bind(&[ch('?', "?")], Cmd::Help, true),
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(
        &[
            key(KeyCode::Enter, "Enter"),
            key(KeyCode::Right, "→"),
            ch('l', "l"),
        ],
        Cmd::Open,
        true,
    ),
    bind(&[key(KeyCode::Tab, "Tab")], Cmd::NextBoard, true),
    bind(&[key(KeyCode::BackTab, "Shift+Tab")], Cmd::PrevBoard, false),
    bind(&[ch('/', "/")], Cmd::Filter, true),
    bind(&[ch('c', "c")], Cmd::Sync(SyncCmd::Open), false),
    bind(&[ch('d', "d")], Cmd::Decide, false),
    bind(&[ch(']', "]")], Cmd::NextItem, false),
    bind(&[ch('[', "[")], Cmd::PrevItem, false),
    bind(&[ch('q', "q"), ctrl('c', "Ctrl+C")], Cmd::Quit, true),
];

/// The overview's state.
#[derive(Debug, Default)]
pub struct Overview {
    /// Only what this person is responsible for is counted and listed.
    pub owner: String,
    /// The owner filter is being typed.
    pub typing: bool,
}

impl Component for Overview {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn input(&mut self, key: &KeyEvent, s: &mut Shared) -> bool {
        if !self.typing {
            return false;
        }
        match key.code {
            KeyCode::Esc => {
                self.owner.clear();
                self.typing = false;
            }
            KeyCode::Enter => self.typing = false,
            KeyCode::Backspace => {
                self.owner.pop();
            }
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => s.quit = true,
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.owner.push(c)
            }
            _ => {}
        }
        s.sort_entries(&self.owner);
        true
    }

    fn paste(&mut self, text: &str, s: &mut Shared) {
        if self.typing {
            self.owner.push_str(&text.replace(['\r', '\n'], " "));
            s.sort_entries(&self.owner);
        }
    }

    fn update(&mut self, cmd: Cmd, s: &mut Shared) {
        match cmd {
            Cmd::Quit => s.quit = true,
            Cmd::Help => s.out.open = Some(Overlay::Help),
            Cmd::Filter => self.typing = true,
            Cmd::Up | Cmd::PrevBoard => s.step_board(-1),
            Cmd::Down | Cmd::NextBoard => s.step_board(1),
            Cmd::Open if s.entry().is_some() => s.out.go = Some(Screen::Board),
            Cmd::Sync(SyncCmd::Open) => super::merge::open(s),
            Cmd::Decide => super::meeting::decide(s, None),
            Cmd::NextItem | Cmd::PrevItem => super::meeting::command(cmd, s),
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

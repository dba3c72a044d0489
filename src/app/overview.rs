//! The overview: every board of the folder, worst first, with its light
//! counts; Enter opens one, `c` merges the conflict copies of the one
//! selected. `/` filters by owner, listing what that person is responsible
//! for across every board.

use crossterm::event::{KeyCode, KeyEvent};

use super::keymap::{Binding, Cmd, SyncCmd, bind, ch, ctrl, key};
use super::search::{Search, Typed};
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
    /// Only what this person is responsible for is counted and listed; it
    /// has the keyboard while it is typed.
    pub owner: Search,
}

impl Component for Overview {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn input(&mut self, key: &KeyEvent, s: &mut Shared) -> bool {
        match self.owner.key(key) {
            Typed::NotTyping => return false,
            Typed::Quit => s.quit = true,
            Typed::Taken => s.sort_entries(&self.owner.text()),
        }
        true
    }

    fn paste(&mut self, text: &str, s: &mut Shared) {
        if self.owner.paste(text) {
            s.sort_entries(&self.owner.text());
        }
    }

    fn update(&mut self, cmd: Cmd, s: &mut Shared) {
        match cmd {
            Cmd::Quit => s.quit = true,
            Cmd::Help => s.out.open = Some(Overlay::Help),
            Cmd::Filter => self.owner.start(),
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

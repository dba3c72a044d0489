//! The overview: every board of the folder, worst first, with its light
//! counts; Enter opens one, `c` merges the conflict copies of the one
//! selected. `/` filters by owner, listing what that person is responsible
//! for across every board; `s` shows what changed since a day
//! ([`super::changes`]). The cursor stops at the first and the last
//! board: it never wraps from the top to the bottom. Boards that share a
//! title are named apart ([`board_names`]).

use crossterm::event::{KeyCode, KeyEvent};

use super::entry::Entry;
use super::keymap::{Binding, Cmd, SinceCmd, SyncCmd, bind, ch, ctrl, key};
use super::search::{Search, Typed};
use super::shared::Shared;
use super::{Component, Overlay, Screen};
use tavle_core::names::boards::{self, Apart, Board as Named};

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
    bind(&[ch('s', "s")], Cmd::Since(SinceCmd::Open), true),
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
            Cmd::Since(SinceCmd::Open) => s.out.go = Some(Screen::Changes),
            // A list, not a ring: at the top, up stays at the top.
            Cmd::Up | Cmd::PrevBoard => s.current = s.current.saturating_sub(1),
            Cmd::Down | Cmd::NextBoard => {
                s.current = (s.current + 1).min(s.entries.len().saturating_sub(1));
            }
            Cmd::Open if s.entry().is_some() => s.out.go = Some(Screen::Board),
            Cmd::Sync(SyncCmd::Open) => super::merge::open(s),
            Cmd::Decide => super::meeting::decide(s, None),
            Cmd::NextItem | Cmd::PrevItem => super::meeting::command(cmd, s),
            _ => {}
        }
    }
}

/// Each board's file name (its id for a path without one).
fn files(entries: &[Entry]) -> Vec<String> {
    (entries.iter())
        .map(|e| {
            (e.path.file_name()).map_or_else(|| e.id.clone(), |n| n.to_string_lossy().into_owned())
        })
        .collect()
}

/// The boards as names are made from: title, unit and file name.
fn named<'a>(entries: &'a [Entry], files: &'a [String]) -> Vec<Named<'a>> {
    (entries.iter().zip(files))
        .map(|(e, file)| Named {
            title: e.board.as_ref().map_or("", |b| b.title.as_str()),
            unit: e.board.as_ref().and_then(|b| b.unit.as_deref()),
            file,
        })
        .collect()
}

/// What tells each board apart from the others with its title, in the
/// order of `entries` ([`tavle_core::names::boards`]): a board that cannot
/// be read goes by its file name.
pub fn board_apart(entries: &[Entry]) -> Vec<Apart> {
    let files = files(entries);
    boards::apart(&named(entries, &files))
}

/// Each board's name as shown: its title, and its unit or file name when
/// another board has the same title (`Drift (nord.json)`). Each name is
/// `(title, what tells it apart)`, the second empty or ` (nord.json)`, so a
/// narrow screen can cut the title and keep what tells it apart.
pub fn board_names(entries: &[Entry]) -> Vec<(String, String)> {
    let files = files(entries);
    let named = named(entries, &files);
    (boards::apart(&named).into_iter().zip(&named))
        .map(|(a, b)| match a {
            Apart::Title => (b.title.trim().to_string(), String::new()),
            Apart::File(f) if b.title.trim().is_empty() => (f, String::new()),
            Apart::Unit(x) | Apart::File(x) => (b.title.trim().to_string(), format!(" ({x})")),
        })
        .collect()
}

/// A board's name from [`board_names`] in at most `width` cells: the title
/// is cut before what tells it apart.
pub fn fit_name((title, apart): &(String, String), width: usize) -> String {
    let room = width.saturating_sub(tavle_core::text::width(apart));
    format!("{}{apart}", tavle_core::text::fit(title, room.max(4)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(super::super::keymap::clashes(super::KEYS), []);
    }
}

//! The overview: every board of the folder, worst first, with its light
//! counts; Enter opens one, `c` merges the conflict copies of the one
//! selected. `/` filters by owner: while the name is typed, the names of
//! the people responsible for something are offered (↑↓ and Enter take
//! one); then only the boards where that person has something are listed,
//! and a panel lists what they are responsible for (J/K scroll it). The
//! cursor stops at the first and the last board: it never wraps from the
//! top to the bottom; Home/End and PgUp/PgDn move through a long list.
//! Boards that share a title, or whose titles read the same where they are
//! shown, are named apart ([`board_names`], [`board_names_within`]). `s`
//! shows what changed since a day ([`super::changes`]); `n` makes a new
//! board from its template ([`super::new_board`]); `r` the measurement
//! round across the boards ([`super::round`]). Under the table, an
//! improvement board selected has its ideas counted by source ([`idea_sources`]).
//! What the view needs across all the boards each frame is kept in
//! [`across`], brought up to date by the boards that changed.

use super::request::{Request, Requests};
use std::cell::Cell;

pub mod across;

use crossterm::event::{KeyCode, KeyEvent};

use super::entry::Entry;
use super::keymap::{Binding, Cmd, RoundCmd, SinceCmd, SyncCmd, bind, ch, key, shift};
use super::search::{Search, Typed};
use super::shared::Shared;
use super::{Component, Screen};
use tavle_core::names::boards::{self, Apart, Board as Named};
use tavle_core::owner::people::{Person, people};

pub const KEYS: &[Binding] = &[
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[key(KeyCode::Home, "Home")], Cmd::First, false),
    bind(&[key(KeyCode::End, "End")], Cmd::Last, false),
    bind(&[key(KeyCode::PageUp, "PgUp")], Cmd::PageUp, false),
    bind(&[key(KeyCode::PageDown, "PgDn")], Cmd::PageDown, false),
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
    bind(
        &[shift(KeyCode::Up, "Shift+↑"), ch('K', "K")],
        Cmd::PanelUp,
        false,
    ),
    bind(
        &[shift(KeyCode::Down, "Shift+↓"), ch('J', "J")],
        Cmd::PanelDown,
        false,
    ),
    bind(&[ch('s', "s")], Cmd::Since(SinceCmd::Open), true),
    bind(&[ch('c', "c")], Cmd::Sync(SyncCmd::Open), false),
    bind(&[ch('n', "n")], Cmd::NewBoard, true),
    bind(&[ch('q', "q")], Cmd::Quit, true),
    // After `q`: at 80 columns the hint bar keeps how to quit.
    bind(&[ch('r', "r")], Cmd::Round(RoundCmd::Open), true),
];

/// A list as the view last drew it: its first row shown, how many rows it
/// shows, and how far it can scroll — what the paging keys go by.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Drawn {
    pub top: usize,
    pub rows: usize,
    pub limit: usize,
}

/// The overview's state.
#[derive(Debug, Default)]
pub struct Overview {
    /// Only what this person is responsible for is counted and listed; it
    /// has the keyboard while it is typed.
    pub owner: Search,
    /// The name chosen in the list of people while the filter is typed.
    pub picked: Option<usize>,
    /// The responsibilities panel scrolled by hand to this line; `None`:
    /// it starts at the selected board's part.
    pub panel: Option<usize>,
    /// The table of boards and the panel as last drawn.
    pub table: Cell<Drawn>,
    pub drawn_panel: Cell<Drawn>,
    /// The names that tell boards apart and the columns' widths, kept
    /// across frames ([`across`]).
    pub across: across::Across,
}

/// The boards listed, as indices into `entries`: every board, or with an
/// owner filter, those where the person has an open card or a decision (a
/// board that cannot be read stays: nobody knows what it holds).
pub fn listed(s: &Shared, owner: &str) -> Vec<usize> {
    let owner = owner.trim();
    (s.entries().iter().enumerate())
        .filter(|(_, e)| {
            owner.is_empty()
                || e.summary().is_none_or(|b| {
                    !b.owner_cards(owner, s.today()).is_empty()
                        || !tavle_core::owner::decisions(b.slim(), owner, s.today()).is_empty()
                })
        })
        .map(|(i, _)| i)
        .collect()
}

/// The ideas of the selected board counted by where they came from, when
/// it is an improvement board (the line under the table says them).
pub fn idea_sources(s: &Shared) -> Option<tavle_core::improvement::Sources> {
    let board = s.entry()?.board.as_deref()?;
    (board.kind == tavle_core::model::Kind::Forbedring)
        .then(|| tavle_core::improvement::sources(board))
}

/// The people responsible for something on the boards whose names match
/// `typed`: what the owner filter offers.
pub fn names(s: &Shared, typed: &str) -> Vec<Person> {
    let boards: Vec<&tavle_core::summary::Summary> =
        s.entries().iter().filter_map(|e| e.summary()).collect();
    people(&boards, typed, s.today())
}

impl Overview {
    /// Keep the selection on a listed board (the first, when the filter
    /// hid the one selected).
    fn keep_listed(&self, s: &Shared, rq: &mut Requests) {
        let rows = listed(s, &self.owner.text());
        if !rows.contains(&s.current())
            && let Some(first) = rows.first().and_then(|&i| s.entries().get(i))
        {
            rq.push(Request::Show(first.path.clone()));
        }
    }

    /// Move the selection through the listed boards.
    fn step(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        let rows = listed(s, &self.owner.text());
        let Some(last) = rows.len().checked_sub(1) else {
            return;
        };
        let at = rows.iter().position(|&i| i == s.current()).unwrap_or(0);
        // A page is what the table shows, less one row kept for context.
        let page = self.table.get().rows.saturating_sub(1).max(1);
        let to = match cmd {
            // A list, not a ring: at the top, up stays at the top.
            Cmd::Up | Cmd::PrevBoard => at.saturating_sub(1),
            Cmd::Down | Cmd::NextBoard => (at + 1).min(last),
            Cmd::First => 0,
            Cmd::Last => last,
            Cmd::PageUp => at.saturating_sub(page),
            Cmd::PageDown => (at + page).min(last),
            _ => at,
        };
        if let Some(e) = s.entries().get(rows[to]) {
            rq.push(Request::Show(e.path.clone()));
        }
        // The panel follows the board selected again.
        self.panel = None;
    }

    /// Scroll the responsibilities panel by hand, within what was drawn.
    fn scroll_panel(&mut self, down: bool) {
        let d = self.drawn_panel.get();
        let top = if down {
            (d.top + 1).min(d.limit)
        } else {
            d.top.saturating_sub(1)
        };
        self.panel = Some(top);
    }

    /// A key while the filter is typed: ↑↓ PgUp/PgDn choose a name from
    /// the list, Enter takes the chosen one; the rest is the line's.
    fn pick(&mut self, key: &KeyEvent, s: &Shared) -> bool {
        let choosing = matches!(
            key.code,
            KeyCode::Up | KeyCode::Down | KeyCode::PageUp | KeyCode::PageDown
        );
        let take = key.code == KeyCode::Enter && self.picked.is_some();
        if !(choosing || take) {
            return false;
        }
        let found = names(s, &self.owner.text());
        let last = found.len().saturating_sub(1);
        let page = self.drawn_panel.get().rows.saturating_sub(1).max(1);
        self.picked = match (key.code, self.picked) {
            _ if found.is_empty() => None,
            (KeyCode::Down, None) => Some(0),
            (KeyCode::Down, Some(i)) => Some((i + 1).min(last)),
            (KeyCode::Up, Some(0) | None) => None,
            (KeyCode::Up, Some(i)) => Some(i - 1),
            (KeyCode::PageDown, p) => Some(p.map_or(0, |i| (i + page).min(last))),
            (KeyCode::PageUp, p) => p.and_then(|i| i.checked_sub(page)).or(Some(0)),
            (_, Some(i)) => {
                // Enter: the chosen name is the filter.
                if let Some(p) = found.get(i) {
                    self.owner.set(&p.name);
                }
                None
            }
            (_, None) => None,
        };
        true
    }
}

impl Overview {
    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        match cmd {
            Cmd::Quit => rq.quit(),
            Cmd::Filter => {
                self.owner.start();
                self.picked = None;
            }
            Cmd::Since(SinceCmd::Open) => rq.go(Screen::Changes),
            Cmd::Round(RoundCmd::Open) => rq.go(Screen::Round),
            Cmd::Up
            | Cmd::Down
            | Cmd::PrevBoard
            | Cmd::NextBoard
            | Cmd::First
            | Cmd::Last
            | Cmd::PageUp
            | Cmd::PageDown => self.step(cmd, s, rq),
            Cmd::PanelUp | Cmd::PanelDown => self.scroll_panel(cmd == Cmd::PanelDown),
            Cmd::Open if listed(s, &self.owner.text()).contains(&s.current()) => {
                rq.go(Screen::Board)
            }
            Cmd::Sync(SyncCmd::Open) => super::merge::open(s, rq),
            Cmd::NewBoard => super::new_board::open(rq),
            _ => {}
        }
    }

    fn keep_valid(&mut self, s: &Shared, rq: &mut Requests) {
        self.keep_listed(s, rq);
    }

    fn typed(&mut self, text: &str, _s: &Shared, rq: &mut Requests) {
        if self.owner.paste(text) {
            self.filtered(rq);
        }
    }

    fn typing(&mut self, key: &KeyEvent, s: &Shared, rq: &mut Requests) -> bool {
        if self.owner.typing && self.pick(key, s) {
            if !self.owner.typing {
                self.filtered(rq);
            }
            return true;
        }
        match self.owner.key(key) {
            Typed::NotTyping => return false,
            Typed::Quit => rq.quit(),
            Typed::Taken => self.filtered(rq),
        }
        true
    }
}

impl Component for Overview {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    /// The list's own keys matter more: a decision is still in `?`.
    fn hints_at(&self) -> super::global::HintsAt {
        super::global::HintsAt::Nowhere
    }

    /// Tab steps through the list here (its own row); nothing is undone or
    /// started from the list of boards.
    fn left_out(&self) -> &'static [Cmd] {
        &[
            Cmd::Undo,
            Cmd::Redo,
            Cmd::Meeting,
            Cmd::NextBoard,
            Cmd::PrevBoard,
        ]
    }

    fn input(&mut self, key: &KeyEvent, s: &Shared) -> Option<Requests> {
        let mut rq = Requests::new();
        self.typing(key, s, &mut rq).then_some(rq)
    }

    fn paste(&mut self, text: &str, s: &Shared) -> Requests {
        Requests::of(|rq| self.typed(text, s, rq))
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests {
        Requests::of(|rq| self.command(cmd, s, rq))
    }

    fn refresh(&mut self, s: &Shared) -> Requests {
        Requests::of(|rq| self.keep_valid(s, rq))
    }
}

impl Overview {
    /// The filter's text changed: sort for it and start the list of names
    /// afresh (the selection moves to a listed board on the refresh after).
    fn filtered(&mut self, rq: &mut Requests) {
        rq.push(Request::SortBoards(self.owner.text()));
        self.panel = None;
        if self.owner.typing {
            self.picked = None;
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
            title: e.summary().map_or("", |b| b.slim().title.as_str()),
            unit: e.summary().and_then(|b| b.slim().unit.as_deref()),
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
    names_by(entries, boards::apart)
}

/// [`board_names`] for titles shown in at most `room` cells: titles that
/// read the same cut to that room are told apart too (`Driftstavle –
/// Hjemmebaserte tj… (Sone nord)`).
pub fn board_names_within(entries: &[Entry], room: usize) -> Vec<(String, String)> {
    names_by(entries, |named| boards::apart_within(named, room))
}

fn names_by(entries: &[Entry], apart: impl Fn(&[Named]) -> Vec<Apart>) -> Vec<(String, String)> {
    let files = files(entries);
    let named = named(entries, &files);
    (apart(&named).into_iter().zip(&named))
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

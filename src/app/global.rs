//! The global keys: what means the same on every screen (help, quit, undo,
//! redo, the next and previous board, the meeting's keys) is bound once, here,
//! and carried out once, in [`update`]. A screen's own table holds only its
//! own keys.
//!
//! The rule, as [`crate::app::App`] applies it to a key: an open overlay
//! first; then the screen's raw input (text being typed); then the screen's
//! own table; then this table. A screen where a global command makes no
//! sense, or that gives one of these keys its own meaning (the merge screen's
//! Tab skips a copy), names the command in
//! [`Component::left_out`](super::Component::left_out): the global row is
//! then not in force there — not looked up, not in `?`, not in the hint bar.
//! The key-collision test (`tests` below) fails when a screen binds a global
//! key it has not left out, so no key ever means two things on one screen.

use super::request::{Request, Requests};
use crossterm::event::KeyCode;

use super::event::Origin;
use super::keymap::{self, Binding, Cmd, Hint, bind, ch, ctrl, key};
use super::overlay::Overlay;
use super::shared::Shared;

/// The global key table, in the order `?` lists it.
pub const KEYS: &[Binding] = &[
    bind(&[ch('?', "?")], Cmd::Help, true),
    bind(&[ch('m', "m")], Cmd::Meeting, true),
    bind(&[ch('d', "d")], Cmd::Decide, true),
    bind(&[ch('u', "u")], Cmd::Undo, true),
    bind(&[ctrl('r', "Ctrl+R")], Cmd::Redo, false),
    bind(&[ch(']', "]")], Cmd::NextItem, false),
    bind(&[ch('[', "[")], Cmd::PrevItem, false),
    bind(&[key(KeyCode::Tab, "Tab")], Cmd::NextBoard, false),
    bind(&[key(KeyCode::BackTab, "Shift+Tab")], Cmd::PrevBoard, false),
    bind(&[ch('T', "T")], Cmd::Theme, false),
    bind(&[ctrl('c', "Ctrl+C")], Cmd::Quit, false),
];

/// What a screen leaves out when only `?` and Ctrl+C make sense on it.
pub const ONLY_HELP_AND_QUIT: &[Cmd] = &[
    Cmd::Undo,
    Cmd::Redo,
    Cmd::Meeting,
    Cmd::Decide,
    Cmd::NextItem,
    Cmd::PrevItem,
    Cmd::NextBoard,
    Cmd::PrevBoard,
];

/// The global rows in force on a screen that leaves out `left_out`.
pub fn in_force(left_out: &[Cmd]) -> Vec<&'static Binding> {
    KEYS.iter().filter(|b| !left_out.contains(&b.cmd)).collect()
}

/// The command `key` means among the global rows in force, if any.
pub fn lookup(left_out: &[Cmd], key: &crossterm::event::KeyEvent) -> Option<Cmd> {
    let table: Vec<Binding> = in_force(left_out).into_iter().copied().collect();
    keymap::lookup(&table, key)
}

/// The row for `cmd`: the screen's own first, else the global one.
pub fn row(own: &'static [Binding], cmd: Cmd) -> Option<&'static Binding> {
    keymap::row(own, cmd).or_else(|| keymap::row(KEYS, cmd))
}

/// Where a screen's hint bar shows the global keys marked `hint` (the
/// meeting, a decision, undo): the bar shows the keys most important first
/// and drops the last that do not fit, so the place matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HintsAt {
    /// Right after the screen's own hint for this command.
    After(Cmd),
    /// After the screen's own hints.
    End,
    /// Not in the hint bar (still in `?`): the screen's own matter more.
    Nowhere,
}

/// The hint bar's keys: `?` first, then the screen's (most important
/// first) with the global rows marked `hint` placed `at`, each once.
pub fn hints(own: Vec<Hint>, left_out: &[Cmd], at: HintsAt) -> Vec<Hint> {
    let shown = |hints: &[Hint], cmd: Cmd| hints.iter().any(|h| h.binding.cmd == cmd);
    let globals = in_force(left_out);
    let extra: Vec<Hint> = (globals.iter())
        .filter(|b| b.hint && b.cmd != Cmd::Help && !shown(&own, b.cmd))
        .map(|binding| Hint {
            binding,
            word: binding.cmd.id(),
        })
        .collect();
    let mut out: Vec<Hint> = Vec::new();
    let help = globals.iter().find(|b| b.cmd == Cmd::Help);
    if let Some(binding) = help.filter(|_| !shown(&own, Cmd::Help)) {
        out.push(Hint {
            binding,
            word: Cmd::Help.id(),
        });
    }
    let place = match at {
        HintsAt::After(cmd) => own.iter().position(|h| h.binding.cmd == cmd).map(|i| i + 1),
        HintsAt::End => Some(own.len()),
        HintsAt::Nowhere => None,
    };
    let place = place.unwrap_or(own.len());
    let mut own = own;
    if at != HintsAt::Nowhere {
        own.splice(place..place, extra);
    }
    out.extend(own);
    out
}

/// Carry out a global command. `card` is the card selected on the screen,
/// offered (never linked unasked) in the decision dialog.
pub fn update(cmd: Cmd, s: &Shared, card: Option<String>) -> Requests {
    let mut requests = Requests::new();
    let rq = &mut requests;
    match cmd {
        Cmd::Help => rq.open(Overlay::Help),
        Cmd::Quit => rq.quit(),
        Cmd::Undo => rq.push(Request::UndoRedo(Origin::Undo)),
        Cmd::Redo => rq.push(Request::UndoRedo(Origin::Redo)),
        Cmd::NextBoard => rq.push(Request::StepBoard(1)),
        Cmd::PrevBoard => rq.push(Request::StepBoard(-1)),
        Cmd::Theme => rq.push(Request::CycleTheme),
        Cmd::Decide => super::meeting::decide(s, rq, card),
        Cmd::Meeting | Cmd::NextItem | Cmd::PrevItem => super::meeting::command(cmd, s, rq),
        _ => {}
    }
    requests
}

#[cfg(test)]
mod tests;

//! The routines screen (`R` on the board): the routines the board's
//! improvements became (seed 000), soonest revision first, each with its
//! yearly revision date — a routine past it flagged as an overdue measure
//! is. Keys to change one (the form), make one, remove one (asked first;
//! `u` undoes), mark one revised today (the next revision a year on) and
//! write one as Markdown to the folder's `rutiner/`. Every change is a
//! [`RoutineOp`]: saved at once, undone with `u`, in the change log.

use crossterm::event::KeyCode;

use super::event::{Effect, Origin};
use super::keymap::{Binding, Cmd, RoutineCmd, bind, ch, key};
use super::request::Requests;
use super::routine_offer::{self, Question};
use super::shared::Shared;
use super::{Component, Overlay, Screen, step_in};
use tavle_core::improvement::{self, Revision};
use tavle_core::ops::{Op, RoutineOp, RoutinePatch};

pub const KEYS: &[Binding] = &[
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(
        &[key(KeyCode::Enter, "Enter"), ch('e', "e")],
        Cmd::Routine(RoutineCmd::Edit),
        true,
    ),
    bind(&[ch('n', "n")], Cmd::Routine(RoutineCmd::New), true),
    bind(
        &[ch('x', "x"), key(KeyCode::Delete, "Delete")],
        Cmd::Routine(RoutineCmd::Remove),
        true,
    ),
    bind(&[ch('r', "r")], Cmd::Routine(RoutineCmd::Revised), true),
    bind(&[ch('w', "w")], Cmd::Routine(RoutineCmd::Write), true),
    bind(
        &[ch('R', "R"), ch('q', "q"), key(KeyCode::Esc, "Esc")],
        Cmd::Back,
        true,
    ),
];

/// The routines screen's state.
#[derive(Debug, Default)]
pub struct RoutinesScreen {
    /// The selected routine, by id.
    pub sel: Option<String>,
}

/// The board's routines in the screen's order: soonest revision first.
pub fn rows(s: &Shared) -> Vec<Revision> {
    s.board()
        .map(|b| improvement::revisions(b, s.today()))
        .unwrap_or_default()
}

impl RoutinesScreen {
    fn ids(s: &Shared) -> Vec<String> {
        rows(s).into_iter().map(|r| r.id).collect()
    }

    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        let selected = self
            .sel
            .as_deref()
            .and_then(|id| s.board()?.routine(id))
            .cloned();
        match cmd {
            Cmd::Up => self.sel = step_in(&Self::ids(s), self.sel.as_deref(), -1),
            Cmd::Down => self.sel = step_in(&Self::ids(s), self.sel.as_deref(), 1),
            Cmd::Back => rq.go(Screen::Board),
            Cmd::Routine(RoutineCmd::New) if rq.writable(s) => {
                let form = routine_offer::new_form(None, s.today());
                rq.open(Overlay::Editor(form));
            }
            Cmd::Routine(RoutineCmd::New) => {}
            Cmd::Routine(c) => {
                let Some(r) = selected else {
                    return;
                };
                match c {
                    RoutineCmd::Edit => {
                        if rq.writable(s) {
                            rq.open(Overlay::Editor(routine_offer::edit_form(&r)));
                        }
                    }
                    RoutineCmd::Remove => {
                        if rq.writable(s) {
                            rq.open(Overlay::Ask(Question::RemoveRoutine { id: r.id }));
                        }
                    }
                    RoutineCmd::Revised => {
                        let patch = RoutinePatch {
                            revision: Some(improvement::a_year_from(s.today())),
                            ..RoutinePatch::default()
                        };
                        let op = RoutineOp::Set { id: r.id, patch };
                        rq.apply(s, vec![Op::Routine(op)], Origin::Edit);
                    }
                    RoutineCmd::Write => {
                        if let Some(e) = s.entry()
                            && let Some(board) = &e.board
                        {
                            rq.effect(Effect::WriteRoutine {
                                path: e.path.clone(),
                                board: Box::new((**board).clone()),
                                routine: r.id,
                            });
                        }
                    }
                    RoutineCmd::New => {}
                }
            }
            _ => {}
        }
    }

    /// Keep the selection on a routine that exists: the first when none is.
    fn keep_valid(&mut self, s: &Shared) {
        let ids = Self::ids(s);
        if !self.sel.as_ref().is_some_and(|id| ids.contains(id)) {
            self.sel = ids.first().cloned();
        }
    }
}

impl Component for RoutinesScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests {
        Requests::of(|rq| self.command(cmd, s, rq))
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
#[path = "routines_tests.rs"]
mod more_tests;

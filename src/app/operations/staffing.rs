//! The staffing panel (bemanning) of an operations board: today's shifts
//! with planned and present, gaps marked with the number missing, and
//! quick keys for sick calls (`-` one fewer present, `+` one more), a
//! number typed for present (Enter, `e`) or planned (`p`), a shift added
//! (`n`) or taken out (`x`, asked first). Every change is one undoable op
//! through the worker; yesterday's figures roll off by date in the same
//! save as the first change of a new day ([`ops_for`]). Part of [`super`];
//! its view is `ui::operations::staffing`, its number dialog
//! [`super::staffing_form`].

use crossterm::event::KeyCode;

use super::staffing_form;
use crate::app::Overlay;
use crate::app::event::Origin;
use crate::app::keymap::{Binding, Cmd, OpsCmd, bind, ch, key};
use crate::app::panels::{Ask, PanelComponent};
use crate::app::request::Requests;
use crate::app::routine_offer::Question;
use crate::app::shared::Shared;
use crate::app::step_in;
use crate::i18n::{Msg, OpsMsg};
use tavle_core::model::Board;
use tavle_core::operations::staffing::{self, ShiftDay};
use tavle_core::ops::{Op, StaffingOp};

pub const KEYS: &[Binding] = crate::ops_keys![
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[ch('-', "-")], Cmd::Ops(OpsCmd::FewerPresent), true),
    bind(&[ch('+', "+")], Cmd::Ops(OpsCmd::MorePresent), true),
    bind(
        &[key(KeyCode::Enter, "Enter"), ch('e', "e")],
        Cmd::Ops(OpsCmd::SetPresent),
        true
    ),
    bind(&[ch('p', "p")], Cmd::Ops(OpsCmd::SetPlanned), true),
    bind(&[ch('n', "n")], Cmd::Ops(OpsCmd::AddShift), false),
    bind(&[ch('x', "x")], Cmd::Ops(OpsCmd::RemoveShift), false),
    bind(&[ch('q', "q"), key(KeyCode::Esc, "Esc")], Cmd::Back, true),
];

/// Today's shifts, as the panel lists them ([`staffing::day`]).
pub fn today(s: &Shared) -> Vec<ShiftDay> {
    s.board()
        .map(|b| staffing::day(b, s.today()))
        .unwrap_or_default()
}

/// The ops of a staffing change made today: rolling off the entries of
/// days gone by when there are any, then `op`, so yesterday's figures go
/// with the first change of a new day, in the same save. One save is one
/// undo step: `u` takes both back (the change, then the roll-off), and the
/// notice names the change people saw, the last op.
pub fn ops_for(board: &Board, today: chrono::NaiveDate, op: StaffingOp) -> Vec<Op> {
    let mut ops = Vec::new();
    if !staffing::rolled_off(board, today).is_empty() {
        ops.push(Op::Staffing(StaffingOp::RollOff { before: today }));
    }
    ops.push(Op::Staffing(op));
    ops
}

/// Ask for `op` (a change of today's staffing) to be saved, with the roll-off.
pub fn apply(s: &Shared, rq: &mut Requests, op: StaffingOp) {
    if let Some(board) = s.board() {
        rq.apply(s, ops_for(board, s.today(), op), Origin::Edit);
    }
}

/// The panel's state.
#[derive(Debug, Default)]
pub struct StaffingPanel {
    /// The panel has the keyboard.
    pub focused: bool,
    /// The selected shift, by name.
    pub selected: Option<String>,
}

impl StaffingPanel {
    fn step(&mut self, s: &Shared, delta: isize) {
        let names: Vec<String> = today(s).into_iter().map(|d| d.shift).collect();
        self.selected = step_in(&names, self.selected.as_deref(), delta);
    }

    /// The selected shift as today's list has it.
    fn shift(&self, s: &Shared) -> Option<ShiftDay> {
        let name = self.selected.as_ref()?;
        today(s).into_iter().find(|d| &d.shift == name)
    }

    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        match cmd {
            Cmd::Up => self.step(s, -1),
            Cmd::Down => self.step(s, 1),
            Cmd::Back => self.focused = false,
            Cmd::Ops(o) => self.ops(o, s, rq),
            _ => {}
        }
    }

    fn ops(&mut self, o: OpsCmd, s: &Shared, rq: &mut Requests) {
        if o == OpsCmd::AddShift {
            if rq.writable(s) {
                rq.open(Overlay::Editor(staffing_form::new_shift()));
            }
            return;
        }
        let Some(day) = self.shift(s) else {
            return;
        };
        let date = s.today();
        let shift = day.shift.clone();
        match o {
            OpsCmd::FewerPresent | OpsCmd::MorePresent => {
                let by = if o == OpsCmd::MorePresent { 1 } else { -1 };
                // Nothing known yet: one fewer than what? Say how to start.
                if by < 0 && day.present.is_none() {
                    rq.notify(Msg::Ops(OpsMsg::StaffUnknown(shift)), true);
                    return;
                }
                apply(s, rq, StaffingOp::Adjust { date, shift, by });
            }
            OpsCmd::SetPresent | OpsCmd::SetPlanned => {
                let planned = o == OpsCmd::SetPlanned;
                if rq.writable(s) {
                    let now = if planned { day.planned } else { day.present };
                    rq.open(Overlay::Editor(staffing_form::count(shift, planned, now)));
                }
            }
            OpsCmd::RemoveShift if rq.writable(s) => {
                rq.open(Overlay::Ask(Question::RemoveShift { name: shift }));
            }
            _ => {}
        }
    }
}

impl PanelComponent for StaffingPanel {
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
        (Ask::Nothing, Requests::of(|rq| self.command(cmd, s, rq)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(crate::app::keymap::clashes(super::KEYS), []);
    }

    fn board(days: &str) -> Board {
        let text =
            format!(r#"{{"tavle":1,"title":"t","kind":"drift","staffing":{{"days":[{days}]}}}}"#);
        let (b, diags) = tavle_core::analyze::analyze_text(&text);
        assert!(diags.is_empty(), "{diags:?}");
        b.unwrap()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn a_change_on_a_new_day_rolls_the_days_gone_by_off_with_it() {
        let op = StaffingOp::Adjust {
            date: day(4),
            shift: "dag".into(),
            by: -1,
        };
        let old = board(r#"{"date":"2026-12-03","shift":"dag","planned":5}"#);
        assert_eq!(
            ops_for(&old, day(4), op.clone()),
            vec![
                Op::Staffing(StaffingOp::RollOff { before: day(4) }),
                Op::Staffing(op.clone()),
            ]
        );
        // Only today's entries: nothing to roll off, the change alone.
        let fresh = board(r#"{"date":"2026-12-04","shift":"dag","planned":5}"#);
        assert_eq!(ops_for(&fresh, day(4), op.clone()), vec![Op::Staffing(op)]);
    }
}

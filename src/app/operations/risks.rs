//! The risks and deviations panel of an operations board: risks with
//! their cell in the risk matrix (§3.1.1), deviations (§3.1.2) counted per
//! week, and either made a measure card with one key. Part of [`super`];
//! its view is `ui::operations::risks`, its forms [`form`].
//!
//! A measure card goes into the board's first column that does not count
//! as finished ([`measure_column`]): new work starts at the left of the
//! board, as the ops' own default (the first column) has it, but a card
//! made to be followed up must never be born done — a board whose first
//! column is its done column gets it in the next one. The annual wheel's
//! cards go by the same rule.

pub mod form;

use crossterm::event::KeyCode;

use crate::app::Overlay;
use crate::app::event::Origin;
use crate::app::keymap::{Binding, Cmd, OpsCmd, bind, ch, key};
use crate::app::panels::{Ask, PanelComponent};
use crate::app::request::Requests;
use crate::app::shared::Shared;
use crate::app::step_in;
use tavle_core::model::{Board, Deviation, Risk};
use tavle_core::operations::risks::worst_first;
use tavle_core::ops::{DeviationOp, MeasureOp, Op, Origin as From, RiskOp};

pub const KEYS: &[Binding] = crate::ops_keys![
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(
        &[
            key(KeyCode::Left, "←"),
            key(KeyCode::Right, "→"),
            ch('h', "h"),
            ch('l', "l"),
        ],
        Cmd::Ops(OpsCmd::OtherList),
        true,
    ),
    bind(&[ch('n', "n")], Cmd::Ops(OpsCmd::NewRisk), true),
    bind(&[ch('a', "a")], Cmd::Ops(OpsCmd::NewDeviation), true),
    bind(&[ch('e', "e")], Cmd::Ops(OpsCmd::EditItem), true),
    bind(&[ch('x', "x")], Cmd::Ops(OpsCmd::RemoveItem), true),
    bind(&[ch('c', "c")], Cmd::Ops(OpsCmd::MakeMeasure), true),
    bind(&[ch('q', "q"), key(KeyCode::Esc, "Esc")], Cmd::Back, true),
];

/// Which list has the selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum List {
    #[default]
    Risks,
    Deviations,
}

/// The panel's state.
#[derive(Debug, Default)]
pub struct RisksPanel {
    /// The panel has the keyboard.
    pub focused: bool,
    pub list: List,
    /// The selected risk and deviation, by id (a reload never moves them).
    pub risk: Option<String>,
    pub deviation: Option<String>,
    /// `x` was pressed on this risk or deviation: `x` again takes it out,
    /// any other key keeps it.
    pub asking: Option<From>,
    /// The ids of the risks and deviations when last refreshed: one that
    /// comes (registered, or put back by undo) is selected.
    seen: Option<(Vec<String>, Vec<String>)>,
}

/// The column a measure card made from a risk, a deviation or a wheel
/// event goes into: the board's first column that is not its done column
/// ([`Board::done_column`]), else its first.
pub fn measure_column(board: &Board) -> String {
    let done = board.done_column().map(|c| c.id.as_str());
    (board.columns.iter())
        .find(|c| Some(c.id.as_str()) != done)
        .or(board.columns.first())
        .map(|c| c.id.clone())
        .unwrap_or_default()
}

/// The board's deviations as the panel lists them: newest first (by date,
/// then the one registered last).
pub fn deviations(board: &Board) -> Vec<&Deviation> {
    let mut out: Vec<&Deviation> = board.deviations.iter().rev().collect();
    out.sort_by_key(|d| std::cmp::Reverse(d.date));
    out
}

/// The board's risks as the panel lists them: worst first.
pub fn risks(board: &Board) -> Vec<&Risk> {
    worst_first(board)
}

impl RisksPanel {
    fn ids(&self, s: &Shared) -> Vec<String> {
        let Some(b) = s.board() else {
            return Vec::new();
        };
        match self.list {
            List::Risks => risks(b).iter().map(|r| r.id.clone()).collect(),
            List::Deviations => deviations(b).iter().map(|d| d.id.clone()).collect(),
        }
    }

    fn step(&mut self, s: &Shared, delta: isize) {
        let ids = self.ids(s);
        let slot = match self.list {
            List::Risks => &mut self.risk,
            List::Deviations => &mut self.deviation,
        };
        *slot = step_in(&ids, slot.as_deref(), delta);
    }

    /// The selected risk or deviation of the list that has the selection.
    pub fn selected(&self) -> Option<From> {
        match self.list {
            List::Risks => self.risk.clone().map(From::Risk),
            List::Deviations => self.deviation.clone().map(From::Deviation),
        }
    }

    fn edit(&self, s: &Shared, rq: &mut Requests) {
        let Some(board) = s.board() else {
            return;
        };
        let form = match self.selected() {
            Some(From::Risk(id)) => board.risk(&id).map(|r| form::risk(Some(r))),
            Some(From::Deviation(id)) => board
                .deviation(&id)
                .map(|d| form::deviation(Some(d), s.today())),
            None => None,
        };
        if let Some(form) = form
            && rq.writable(s)
        {
            rq.open(Overlay::Editor(form));
        }
    }

    fn remove(&mut self, s: &Shared, rq: &mut Requests) {
        let Some(sel) = self.selected() else {
            return;
        };
        if self.asking.as_ref() != Some(&sel) {
            self.asking = Some(sel);
            return;
        }
        self.asking = None;
        let op = match sel {
            From::Risk(id) => Op::Risk(RiskOp::Remove { id }),
            From::Deviation(id) => Op::Deviation(DeviationOp::Remove { id }),
        };
        rq.apply(s, vec![op], Origin::Edit);
    }

    fn make_measure(&self, s: &Shared, rq: &mut Requests) {
        let Some(from) = self.selected() else {
            return;
        };
        let column = s.board().map(measure_column).unwrap_or_default();
        let op = MeasureOp::Make { from, column };
        rq.apply(s, vec![Op::Measure(op)], Origin::Edit);
    }
}

impl RisksPanel {
    /// While the panel has the keyboard, select the one risk or deviation
    /// that came since the last refresh, so `c` or `e` can follow at once.
    fn select_new(&mut self, s: &Shared) {
        let Some(b) = s.board() else {
            return;
        };
        let risks: Vec<String> = b.risks.iter().map(|r| r.id.clone()).collect();
        let devs: Vec<String> = b.deviations.iter().map(|d| d.id.clone()).collect();
        if let Some((old_r, old_d)) = &self.seen
            && self.focused
        {
            let new_r: Vec<&String> = risks.iter().filter(|id| !old_r.contains(id)).collect();
            let new_d: Vec<&String> = devs.iter().filter(|id| !old_d.contains(id)).collect();
            match (new_r.as_slice(), new_d.as_slice()) {
                ([id], []) => {
                    self.list = List::Risks;
                    self.risk = Some((*id).clone());
                }
                ([], [id]) => {
                    self.list = List::Deviations;
                    self.deviation = Some((*id).clone());
                }
                _ => {}
            }
        }
        self.seen = Some((risks, devs));
    }
}

impl PanelComponent for RisksPanel {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn focused(&self) -> bool {
        self.focused
    }

    fn toggle(&mut self, s: &Shared) {
        self.focused = !self.focused;
        self.asking = None;
        if self.focused {
            self.step(s, 0);
        }
    }

    fn refresh(&mut self, s: &Shared) {
        self.select_new(s);
        let list = self.list;
        for l in [List::Risks, List::Deviations] {
            self.list = l;
            self.step(s, 0);
        }
        self.list = list;
        if self.asking.is_some() && self.asking != self.selected() {
            self.asking = None;
        }
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> (Ask, Requests) {
        let mut requests = Requests::new();
        let rq = &mut requests;
        let asked = self.asking.take();
        match cmd {
            Cmd::Up => self.step(s, -1),
            Cmd::Down => self.step(s, 1),
            // Esc while asking keeps the item and the keyboard.
            Cmd::Back if asked.is_some() => {}
            Cmd::Back => self.focused = false,
            Cmd::Ops(OpsCmd::OtherList) => {
                self.list = match self.list {
                    List::Risks => List::Deviations,
                    List::Deviations => List::Risks,
                };
                self.step(s, 0);
            }
            Cmd::Ops(OpsCmd::NewRisk) if rq.writable(s) => {
                rq.open(Overlay::Editor(form::risk(None)));
            }
            Cmd::Ops(OpsCmd::NewDeviation) if rq.writable(s) => {
                rq.open(Overlay::Editor(form::deviation(None, s.today())));
            }
            Cmd::Ops(OpsCmd::EditItem) => self.edit(s, rq),
            Cmd::Ops(OpsCmd::RemoveItem) => {
                self.asking = asked;
                self.remove(s, rq);
            }
            Cmd::Ops(OpsCmd::MakeMeasure) => self.make_measure(s, rq),
            _ => {}
        }
        (Ask::Nothing, requests)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(crate::app::keymap::clashes(super::KEYS), []);
    }
}

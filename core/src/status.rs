//! The status of every board in a folder, for the leadership group's report
//! (`tavle status`): an organisation total that counts each measure once,
//! then per board, worst first, honest traffic-light counts, every red and
//! every overdue measure by name, the goals' rolled-up lights, open
//! follow-ups, indicators with the date of their latest value, and, asked
//! for, what changed since a day ([`crate::changes`]). Nothing is left out
//! without being counted. The JSON form is a stable contract, documented in
//! `docs/status.md`; `format` changes if it ever breaks.

mod cards;
mod indicators;
mod parts;
mod total;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::changes::{self, Changes};
use crate::log::Logged;
use crate::model::{Board, Kind};
use crate::plan::{self, Counts};

pub use cards::{CardReport, DecisionReport, GoalReport, decision_report, follow_ups, goals};
pub use indicators::{IndicatorReport, SignalReport, indicator_report};
pub use parts::{Part, assemble};
pub use total::{Key, Organisation, left_out, organisation};

/// The version of the JSON shape. 2: the organisation total, every red
/// measure named (`red`), `next_deadlines` without a cap and without the
/// red ones, goals, follow-ups, copies, filters and changes since a day.
pub const FORMAT: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Version of this JSON shape.
    pub format: u32,
    /// The day the statuses are computed for (deadlines before it are overdue).
    pub date: NaiveDate,
    /// Only cards with this owner are counted, when given.
    pub owner: Option<String>,
    /// Only boards whose unit contains this, when given.
    pub unit: Option<String>,
    /// Only this board (its id), when given.
    pub board: Option<String>,
    /// Changes are told from the start of this day on (`changes` of each board).
    pub since: Option<NaiveDate>,
    /// The whole organisation: every board in the report, each measure once.
    pub total: Total,
    /// Worst first.
    pub boards: Vec<BoardReport>,
    /// Files left out because they are sync clients' conflict copies of a
    /// board here: named, so that nothing is hidden without saying so.
    pub held_back: Vec<HeldBack>,
}

/// The organisation's total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Total {
    /// Boards in the report, readable or not.
    pub boards: usize,
    /// Of them, boards that could not be read: their cards are not counted.
    pub unreadable: usize,
    /// Every measure once ([`organisation`]): the boards' counts less their copies.
    pub counts: Counts,
    /// The escalated copies left out of `counts`, their original being
    /// counted: the sum of the boards' `copies`, so that `counts` is the sum
    /// of the boards' `counts` less this.
    pub copies: Counts,
    /// Open follow-ups on every board.
    pub follow_ups: usize,
    /// Of them, past their deadline.
    pub follow_ups_overdue: usize,
}

/// A file held back from the report as a conflict copy of another board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeldBack {
    /// The copy's file name.
    pub file: String,
    /// The file name of the board it is a copy of.
    pub copy_of: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoardReport {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub unit: Option<String>,
    /// Why the board could not be read (`file:line:col: message`); then nothing else is filled in.
    pub error: Option<String>,
    /// Every card on the board, copies too.
    pub counts: Counts,
    /// Of `counts`, the escalated copies left out of the organisation's total.
    pub copies: Counts,
    /// Every open red card, overdue first: as many as `counts.red`.
    pub red: Vec<CardReport>,
    /// Every other open card with a deadline, soonest first.
    pub next_deadlines: Vec<CardReport>,
    /// The action plan's goals with their rolled-up light.
    pub goals: Vec<GoalReport>,
    /// Every open follow-up (a decision with an owner and a deadline, not done).
    pub follow_ups: Vec<DecisionReport>,
    pub indicators: Vec<IndicatorReport>,
    /// With an owner filter: every open card of that owner on this board.
    pub responsible: Vec<CardReport>,
    /// With an owner filter: every decision that person is responsible for,
    /// open follow-ups first (earliest deadline first), then the rest,
    /// newest first ([`crate::owner::decisions`]). Empty without one.
    pub decisions: Vec<DecisionReport>,
    /// With a day to tell changes from: what changed since ([`changes::since`]).
    pub changes: Option<Changes>,
    /// The routines' yearly revisions, soonest first, each flagged overdue
    /// by the one rule ([`crate::improvement::revisions`]); the overdue ones
    /// are counted in `counts.overdue`. Empty with an owner filter.
    pub revisions: Vec<crate::improvement::Revision>,
}

/// One board file for the report.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A board that was read, its id (file name without `.json`) and its
    /// change log (empty when it has none).
    Board {
        id: &'a str,
        board: &'a Board,
        log: &'a [Logged],
    },
    /// A board file that could not be read, and why (`file:line:col: message`).
    Broken { id: &'a str, error: &'a str },
}

impl Input<'_> {
    fn id(&self) -> &str {
        match self {
            Input::Board { id, .. } | Input::Broken { id, .. } => id,
        }
    }
}

/// What the report is asked for.
#[derive(Debug, Clone, Default)]
pub struct Asked {
    /// Only this person's cards and decisions ([`crate::owner::matches`]).
    pub owner: Option<String>,
    /// Only boards whose unit contains this ([`unit_matches`]).
    pub unit: Option<String>,
    /// Only the board with this id.
    pub board: Option<String>,
    /// Changes since the start of this day, up to `now`.
    pub since: Option<(NaiveDate, DateTime<FixedOffset>)>,
}

/// Whether a board's unit is the one asked for: its words in any case, a
/// part being enough (`hjemmetjenesten` is both zones); a board without a
/// unit is never it. Any unit when nothing is asked.
pub fn unit_matches(unit: Option<&str>, asked: Option<&str>) -> bool {
    match asked.map(str::trim).filter(|a| !a.is_empty()) {
        None => true,
        Some(_) => unit.is_some() && crate::owner::matches(unit, asked),
    }
}

/// The report of `inputs` for `today`, as `asked`. Boards that could not
/// be read are always in it (nobody can tell their unit or owners) unless
/// one other board is asked for by `board`.
pub fn report(
    inputs: &[Input],
    today: NaiveDate,
    asked: &Asked,
    held_back: Vec<HeldBack>,
) -> Report {
    let owner = asked.owner.as_deref();
    let kept: Vec<&Input> = inputs
        .iter()
        .filter(|i| asked.board.as_deref().is_none_or(|b| i.id() == b))
        .filter(|i| match i {
            Input::Board { board, .. } => {
                unit_matches(board.unit.as_deref(), asked.unit.as_deref())
            }
            Input::Broken { .. } => true,
        })
        .collect();
    let readable: Vec<(&str, &Board)> = kept
        .iter()
        .filter_map(|i| match i {
            Input::Board { id, board, .. } => Some((*id, *board)),
            Input::Broken { .. } => None,
        })
        .collect();
    let org = organisation(&readable, today, owner);
    let mut boards: Vec<BoardReport> = Vec::new();
    let mut n = 0;
    for i in &kept {
        match i {
            Input::Broken { id, error } => boards.push(broken_report(id, error.to_string())),
            Input::Board { id, board, log } => {
                let mut r = board_in(id, board, today, owner, &org.left_out);
                r.copies = org.copies[n];
                n += 1;
                r.changes = asked
                    .since
                    .map(|(day, now)| changes::since(board, log, day, now, today, owner));
                boards.push(r);
            }
        }
    }
    if owner.is_some() {
        // "What am I responsible for?": boards where the person has no card
        // and no decision are noise (none of their cards is counted).
        boards.retain(|b| {
            b.error.is_some() || b.counts != Counts::default() || !b.decisions.is_empty()
        });
        for b in &mut boards {
            b.indicators.clear();
            b.goals.clear();
        }
    }
    sort(&mut boards);
    let follow_ups = boards.iter().flat_map(|b| &b.follow_ups);
    let total = Total {
        boards: boards.len(),
        unreadable: boards.iter().filter(|b| b.error.is_some()).count(),
        counts: org.total,
        copies: org
            .copies
            .iter()
            .fold(Counts::default(), |a, b| total::plus(a, *b)),
        follow_ups: follow_ups.clone().count(),
        follow_ups_overdue: follow_ups.filter(|d| d.overdue).count(),
    };
    Report {
        format: FORMAT,
        date: today,
        owner: asked.owner.clone(),
        unit: asked.unit.clone(),
        board: asked.board.clone(),
        since: asked.since.map(|(d, _)| d),
        total,
        boards,
        held_back,
    }
}

/// The report of one readable board as if it were the only one.
pub fn board_report(id: &str, board: &Board, today: NaiveDate, owner: Option<&str>) -> BoardReport {
    board_in(id, board, today, owner, &Default::default())
}

/// The report of one readable board; `left_out` names the copies left out
/// of the organisation's total ([`left_out`]).
fn board_in(
    id: &str,
    board: &Board,
    today: NaiveDate,
    owner: Option<&str>,
    left_out: &std::collections::HashSet<Key>,
) -> BoardReport {
    let card = |c| cards::card_report(id, board, c, today, left_out);
    let responsible = match owner {
        Some(o) => crate::owner::cards(board, o, today)
            .into_iter()
            .map(card)
            .collect(),
        None => Vec::new(),
    };
    let decisions = match owner {
        Some(o) => crate::owner::decisions(board, o, today)
            .into_iter()
            .map(|o| decision_report(o.decision, today))
            .collect(),
        None => Vec::new(),
    };
    BoardReport {
        id: id.to_string(),
        title: board.title.clone(),
        kind: board.kind,
        unit: board.unit.clone(),
        error: None,
        counts: plan::counts(board, today, owner),
        copies: Counts::default(),
        red: cards::red(board, today, owner)
            .into_iter()
            .map(card)
            .collect(),
        next_deadlines: cards::next_deadlines(board, today, owner)
            .into_iter()
            .map(card)
            .collect(),
        goals: goals(board, today),
        follow_ups: follow_ups(board, today, owner),
        indicators: board.indicators.iter().map(indicator_report).collect(),
        responsible,
        decisions,
        changes: None,
        revisions: match owner {
            Some(_) => Vec::new(),
            None => crate::improvement::revisions(board, today),
        },
    }
}

/// The report of a board file that could not be read.
pub fn broken_report(id: &str, error: String) -> BoardReport {
    BoardReport {
        id: id.to_string(),
        title: id.to_string(),
        kind: Kind::Drift,
        unit: None,
        error: Some(error),
        counts: Counts::default(),
        copies: Counts::default(),
        red: Vec::new(),
        next_deadlines: Vec::new(),
        goals: Vec::new(),
        follow_ups: Vec::new(),
        indicators: Vec::new(),
        responsible: Vec::new(),
        decisions: Vec::new(),
        changes: None,
        revisions: Vec::new(),
    }
}

/// Sort worst first: unreadable boards, then most red, most overdue, most yellow; then by id.
pub fn sort(boards: &mut [BoardReport]) {
    boards.sort_by(|a, b| {
        let key = |r: &BoardReport| {
            (
                r.error.is_none(),
                std::cmp::Reverse(plan::badness(&r.counts)),
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
}

/// The report as pretty JSON (see `docs/status.md`).
pub fn json(r: &Report) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests;

//! The status of every board in a folder, for the leadership group's report
//! (`tavle status`): worst first, honest traffic-light counts, overdue
//! measures, next deadlines and indicator signals. The JSON form is a stable
//! contract, documented in `docs/status.md`; `format` changes if it ever breaks.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Board, Kind, Light};
use crate::plan::{self, Counts};
use crate::runchart;

/// The version of the JSON shape.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Version of this JSON shape.
    pub format: u32,
    /// The day the statuses are computed for (deadlines before it are overdue).
    pub date: NaiveDate,
    /// Only cards with this owner are counted, when given.
    pub owner: Option<String>,
    /// Worst first.
    pub boards: Vec<BoardReport>,
    /// Files left out because they are sync clients' conflict copies of a
    /// board here: named, so that nothing is hidden without saying so.
    pub held_back: Vec<HeldBack>,
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
    pub counts: Counts,
    /// Open cards with the nearest deadlines (overdue first), at most five.
    pub next_deadlines: Vec<CardReport>,
    pub indicators: Vec<IndicatorReport>,
    /// With an owner filter: every open card of that owner on this board.
    pub responsible: Vec<CardReport>,
    /// With an owner filter: every decision that person is responsible for,
    /// open follow-ups first (earliest deadline first), then the rest,
    /// newest first ([`crate::owner::decisions`]). Empty without one.
    pub decisions: Vec<DecisionReport>,
}

/// A decision someone is responsible for (with `--owner`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionReport {
    pub id: String,
    /// When it was decided, as written in the board.
    pub at: String,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    /// The card it concerns, by id.
    pub card: Option<String>,
    /// The follow-up is marked done.
    pub done: bool,
    /// An open follow-up: a deadline, and not done.
    pub follow_up: bool,
    /// Past its deadline and not done.
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardReport {
    pub id: String,
    pub title: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    /// The honest light: red when overdue.
    pub light: Option<Light>,
    /// The light set by hand in the file, when the honest light differs from
    /// it (absent when they agree, or when nothing was set).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_light: Option<Light>,
    /// Why the honest light differs from the one set by hand: `deadline`
    /// (absent when they agree).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<&'static str>,
    pub overdue: bool,
    /// The whole status, for words beside the catalogue.
    #[serde(skip)]
    pub status: plan::Status,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorReport {
    pub id: String,
    pub title: String,
    pub unit: Option<String>,
    pub latest: Option<f64>,
    pub target: Option<f64>,
    pub meets_target: Option<bool>,
    pub median: Option<f64>,
    pub points: usize,
    /// Fewer than 10 points: no signals are read.
    pub too_few: bool,
    pub signals: Vec<SignalReport>,
}

/// A signal: kind, direction, points, and the dates and ISO weeks of its
/// first and last point — the one description the indicator screen words too.
pub use crate::runchart::SignalInfo as SignalReport;

fn card_report(board: &Board, c: &crate::model::Card, today: NaiveDate) -> CardReport {
    let s = plan::card_status(board, c, today);
    CardReport {
        id: c.id.clone(),
        title: c.title.clone(),
        owner: c.owner.clone(),
        due: c.due,
        light: s.light,
        set_light: s.overridden().and(s.set),
        why: s.overridden().map(|w| match w {
            plan::Why::Deadline => "deadline",
        }),
        overdue: s.overdue,
        status: s,
    }
}

/// The report of one readable board.
pub fn board_report(id: &str, board: &Board, today: NaiveDate, owner: Option<&str>) -> BoardReport {
    let responsible = match owner {
        Some(o) => crate::owner::cards(board, o, today)
            .into_iter()
            .map(|c| card_report(board, c, today))
            .collect(),
        None => Vec::new(),
    };
    let decisions = match owner {
        Some(o) => crate::owner::decisions(board, o, today)
            .into_iter()
            .map(|o| DecisionReport {
                id: o.decision.id.clone(),
                at: o.decision.at.as_str().to_string(),
                text: o.decision.text.clone(),
                owner: o.decision.owner.clone(),
                due: o.decision.due,
                card: o.decision.card.clone(),
                done: o.decision.done,
                follow_up: o.open,
                overdue: o.overdue,
            })
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
        next_deadlines: plan::next_deadlines(board, today, owner, 5)
            .into_iter()
            .map(|c| card_report(board, c, today))
            .collect(),
        indicators: board
            .indicators
            .iter()
            .map(|ind| {
                let rc = runchart::of(ind);
                IndicatorReport {
                    id: ind.id.clone(),
                    title: ind.title.clone(),
                    unit: ind.unit.clone(),
                    latest: rc.latest,
                    target: ind.target,
                    meets_target: rc.meets_target,
                    median: rc.median,
                    points: ind.values.len(),
                    too_few: rc.too_few,
                    signals: runchart::describe(ind),
                }
            })
            .collect(),
        responsible,
        decisions,
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
        next_deadlines: Vec::new(),
        indicators: Vec::new(),
        responsible: Vec::new(),
        decisions: Vec::new(),
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

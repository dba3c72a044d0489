//! "What changed since last week?" for the leadership group (`tavle status
//! --since DATE` and the overview's view of the same): per board, from the
//! change log, which measures turned red, which were finished, which passed
//! their deadline in the period and are still open, and which run-chart
//! signals appeared. Net, by the one rule the minutes and "since last time"
//! use ([`crate::meeting::between`]): a move or a light taken back in the
//! period is no change. Pure and wordless; owned data, so a screen can keep it.

use std::collections::HashSet;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::log::Logged;
use crate::model::{Board, Card, Indicator, Light};
use crate::plan;
use crate::runchart::{self, SignalInfo};

/// What changed on one board from the start of a day up to now.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Changes {
    /// Measures whose light was set to red in the period (net), or that
    /// were added red in it, and are still on the board (not archived).
    pub turned_red: Vec<Changed>,
    /// Measures moved into the finished column in the period and still there.
    pub finished: Vec<Changed>,
    /// Measures whose deadline passed in the period (on or after the day,
    /// before today) and that are still open: overdue now, not before.
    pub new_overdue: Vec<Changed>,
    /// Run-chart signals there now that were not there before the period.
    pub signals: Vec<NewSignal>,
    /// Improvement work done in the period ([`crate::ops::Change::is_improvement`]):
    /// PDSA cycles, evaluations, benefit plans, routines, roles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub improvement: Vec<crate::ops::Change>,
    /// Staffing, risks, deviations and the annual wheel changed in the
    /// period (net, [`crate::operations::minutes_changes`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operations: Vec<crate::ops::Change>,
}

impl Changes {
    /// Nothing to tell.
    pub fn is_empty(&self) -> bool {
        self.turned_red.is_empty()
            && self.finished.is_empty()
            && self.new_overdue.is_empty()
            && self.signals.is_empty()
            && self.improvement.is_empty()
            && self.operations.is_empty()
    }

    /// How many lines there are to tell.
    pub fn len(&self) -> usize {
        self.turned_red.len()
            + self.finished.len()
            + self.new_overdue.len()
            + self.signals.len()
            + self.improvement.len()
            + self.operations.len()
    }
}

/// A measure that changed, as it stands now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changed {
    pub id: String,
    pub title: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    /// Its honest light now ([`plan::card_status`]).
    pub light: Option<Light>,
    /// For a measure that turned red: its light before the period (`null`:
    /// none, or the card is new). Absent in the other lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Option<Light>>,
    /// For a measure that turned red: it was added in the period.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub added: bool,
    /// It is an escalated copy: the original, `board` and `card`.
    pub copy_of: Option<Origin>,
}

/// Where an escalated copy came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    pub board: String,
    pub card: String,
}

impl Origin {
    /// The original of `card`, when it is an escalated copy.
    pub fn of(card: &Card) -> Option<Origin> {
        card.escalated_from.as_ref().map(|f| Origin {
            board: f.board.clone(),
            card: f.card.clone(),
        })
    }
}

/// A run-chart signal that appeared in the period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewSignal {
    pub indicator: String,
    /// The indicator's title.
    pub title: String,
    /// The signal as the indicator screen and the report describe it
    /// ([`runchart::describe_series`]): kind, direction, points, dates, weeks.
    #[serde(flatten)]
    pub signal: SignalInfo,
}

/// The changes on `board` from the start of `day` up to `now`, by its change
/// `log`. `today` decides what is overdue. With `owner`, only that person's
/// cards are told (and no indicators: they belong to the board).
pub fn since(
    board: &Board,
    log: &[Logged],
    day: NaiveDate,
    now: DateTime<FixedOffset>,
    today: NaiveDate,
    owner: Option<&str>,
) -> Changes {
    let start = day
        .and_hms_opt(0, 0, 0)
        .and_then(|t| t.and_local_timezone(*now.offset()).single())
        .unwrap_or(now);
    let (summary, finished) = crate::meeting::between(board, log, start, now);
    let open = |id: &str| {
        board
            .card(id)
            .filter(|c| !c.archived && plan::owner_matches(c, owner))
    };
    let changed = |c: &Card| {
        let s = plan::card_status(board, c, today);
        Changed {
            id: c.id.clone(),
            title: c.title.clone(),
            owner: c.owner.clone(),
            due: c.due,
            light: s.light,
            from: None,
            added: false,
            copy_of: Origin::of(c),
        }
    };
    let added: HashSet<&str> = summary.added.iter().map(|c| c.id.as_str()).collect();
    let mut turned_red: Vec<Changed> = Vec::new();
    for r in &summary.lights {
        if r.to != Some(Light::Red) || r.from == Some(Light::Red) {
            continue;
        }
        if let Some(c) = open(&r.card.id) {
            turned_red.push(Changed {
                from: Some(r.from),
                added: added.contains(c.id.as_str()),
                ..changed(c)
            });
        }
    }
    // Added red in the period with no light change logged: new, and red.
    for a in &summary.added {
        let Some(c) = open(&a.id) else { continue };
        if c.light == Some(Light::Red) && !turned_red.iter().any(|t| t.id == c.id) {
            turned_red.push(Changed {
                from: Some(None),
                added: true,
                ..changed(c)
            });
        }
    }
    let finished = finished
        .iter()
        .filter_map(|f| open(&f.id))
        .map(changed)
        .collect();
    let mut new_overdue: Vec<Changed> = board
        .cards
        .iter()
        .filter(|c| !c.archived && plan::owner_matches(c, owner))
        .filter(|c| c.due.is_some_and(|d| d >= day))
        .filter(|c| plan::card_status(board, c, today).overdue)
        .map(changed)
        .collect();
    new_overdue.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(&b.id)));
    let signals = if owner.is_some() {
        Vec::new()
    } else {
        let recorded: HashSet<(&str, NaiveDate)> = summary
            .values
            .iter()
            .map(|v| (v.indicator.as_str(), v.date))
            .collect();
        board
            .indicators
            .iter()
            .flat_map(|ind| new_signals(ind, day, &recorded))
            .collect()
    };
    // One person's view keeps the work on their own cards.
    let improvement = (summary.improvement.iter())
        .filter(|c| owner.is_none() || c.card().is_some_and(|id| open(id).is_some()))
        .cloned()
        .collect();
    // The unit's staffing and risks are no one person's: the whole board's view only.
    let operations = if owner.is_some() {
        Vec::new()
    } else {
        summary.operations.clone()
    };
    Changes {
        turned_red,
        finished,
        new_overdue,
        signals,
        improvement,
        operations,
    }
}

/// The signals of `ind`'s run chart that were not in it before the period:
/// the chart before is drawn without the measurements dated on or after
/// `day` and without those recorded in the period (`recorded`, from the
/// log: a late entry for an earlier week is new too). A signal is the same
/// signal when its kind, direction and first point's date are: a run that
/// grew is not new.
fn new_signals(
    ind: &Indicator,
    day: NaiveDate,
    recorded: &HashSet<(&str, NaiveDate)>,
) -> Vec<NewSignal> {
    // In date order, as the run chart reads them.
    let points = runchart::series(ind);
    let before: Vec<(NaiveDate, f64)> = points
        .iter()
        .copied()
        .filter(|&(d, _)| d < day && !recorded.contains(&(ind.id.as_str(), d)))
        .collect();
    let described = |pts: &[(NaiveDate, f64)]| {
        let values: Vec<f64> = pts.iter().map(|&(_, v)| v).collect();
        runchart::describe_series(pts, &runchart::analyze(&values, ind.target, ind.better))
    };
    let key = |s: &SignalInfo| (s.kind, s.direction, s.from);
    let old: Vec<_> = described(&before).iter().map(key).collect();
    described(&points)
        .into_iter()
        .filter(|s| !old.contains(&key(s)))
        .map(|signal| NewSignal {
            indicator: ind.id.clone(),
            title: ind.title.clone(),
            signal,
        })
        .collect()
}

#[cfg(test)]
mod tests;

//! What a board's report names: its measures (every red one, every other
//! open one with a deadline, the owner's), its goals with their rolled-up
//! light, and its decisions and open follow-ups, as the JSON shows them.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;

use crate::changes::Origin;
use crate::model::{Board, Card, Decision, Light};
use crate::plan::{self, Row};

/// A card as the report names it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardReport {
    /// The id of the board it stands on.
    pub board: String,
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
    /// An escalated copy: the card it is a copy of (`null` otherwise).
    pub copy_of: Option<Origin>,
    /// Counted in the organisation's total: `false` for a copy whose
    /// original is counted in this report ([`super::total::left_out`]).
    pub in_total: bool,
    /// The whole status, for words beside the catalogue.
    #[serde(skip)]
    pub status: plan::Status,
}

/// A card in the report of board `board`; `left_out` from [`super::total`].
pub fn card_report(
    board_id: &str,
    board: &Board,
    c: &Card,
    today: NaiveDate,
    left_out: &HashSet<super::Key>,
) -> CardReport {
    let s = plan::card_status(board, c, today);
    CardReport {
        board: board_id.to_string(),
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
        copy_of: Origin::of(c),
        in_total: !left_out.contains(&(board_id.to_string(), c.id.clone())),
        status: s,
    }
}

/// Every open, counted card of the board (the owner's, with one) whose
/// honest light is red — every overdue one among them — overdue first,
/// then by deadline (none last), then in board order.
pub fn red<'b>(board: &'b Board, today: NaiveDate, owner: Option<&str>) -> Vec<&'b Card> {
    let mut out: Vec<&Card> = open(board, today, owner)
        .into_iter()
        .filter(|c| plan::card_status(board, c, today).light == Some(Light::Red))
        .collect();
    out.sort_by_key(|c| {
        let overdue = plan::card_status(board, c, today).overdue;
        (!overdue, c.due.is_none(), c.due)
    });
    out
}

/// Every other open card with a deadline (not red), soonest first: with
/// [`red`], every open card with a deadline is named once.
pub fn next_deadlines<'b>(
    board: &'b Board,
    today: NaiveDate,
    owner: Option<&str>,
) -> Vec<&'b Card> {
    let mut out: Vec<&Card> = open(board, today, owner)
        .into_iter()
        .filter(|c| c.due.is_some())
        .filter(|c| plan::card_status(board, c, today).light != Some(Light::Red))
        .collect();
    out.sort_by_key(|c| c.due);
    out
}

/// The open cards that are counted: not archived, not done, the owner's.
fn open<'b>(board: &'b Board, today: NaiveDate, owner: Option<&str>) -> Vec<&'b Card> {
    board
        .cards
        .iter()
        .filter(|c| {
            !c.archived && plan::owner_matches(c, owner) && !plan::card_status(board, c, today).done
        })
        .collect()
}

/// A goal and its rolled-up light, as the action plan shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalReport {
    pub id: String,
    pub title: String,
    /// The goal it is a sub-goal of (`null` for a main goal).
    pub parent: Option<String>,
    /// 0 for a main goal, 1 for its sub-goals, and so on (the plan's tree).
    pub depth: usize,
    /// Set by hand, else the worst light of its open measures and sub-goals.
    pub light: Option<Light>,
    /// `hand`, `derived` or `unset`.
    pub source: &'static str,
    pub due: Option<NaiveDate>,
    /// Everything under it is done.
    pub done: bool,
    /// Past its deadline, or an open measure under it is.
    pub overdue: bool,
    /// The whole status, for words beside the catalogue.
    #[serde(skip)]
    pub status: plan::Status,
}

/// The board's goals in the action plan's order, each with the plan's own
/// status ([`plan::rows`], [`plan::goal_status`]).
pub fn goals(board: &Board, today: NaiveDate) -> Vec<GoalReport> {
    plan::rows(board, today)
        .into_iter()
        .filter_map(|r| match r {
            Row::Goal {
                goal,
                depth,
                status,
                ..
            } => Some(GoalReport {
                id: goal.id.clone(),
                title: goal.title.clone(),
                parent: goal.parent.clone(),
                depth,
                light: status.light,
                source: match status.source {
                    plan::Source::Hand => "hand",
                    plan::Source::Derived => "derived",
                    plan::Source::Deadline => "deadline",
                    plan::Source::Unset => "unset",
                },
                due: goal.due,
                done: status.done,
                overdue: status.overdue,
                status,
            }),
            _ => None,
        })
        .collect()
}

/// A decision as the report names it.
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
    /// An open follow-up: an owner and a deadline, and not done.
    pub follow_up: bool,
    /// Past its deadline and not done.
    pub overdue: bool,
}

pub fn decision_report(d: &Decision, today: NaiveDate) -> DecisionReport {
    DecisionReport {
        id: d.id.clone(),
        at: d.at.as_str().to_string(),
        text: d.text.clone(),
        owner: d.owner.clone(),
        due: d.due,
        card: d.card.clone(),
        done: d.done,
        follow_up: d.is_follow_up() && !d.done,
        overdue: plan::is_overdue(d.due, today, d.done),
    }
}

/// Every open follow-up of the board (the owner's, with one): a decision
/// with an owner and a deadline, not done; earliest deadline first.
pub fn follow_ups(board: &Board, today: NaiveDate, owner: Option<&str>) -> Vec<DecisionReport> {
    let mut out: Vec<&Decision> = board
        .decisions
        .iter()
        .filter(|d| d.is_follow_up() && !d.done)
        .filter(|d| crate::owner::matches(d.owner.as_deref(), owner))
        .collect();
    out.sort_by_key(|d| (d.due, d.at.at()));
    out.into_iter().map(|d| decision_report(d, today)).collect()
}

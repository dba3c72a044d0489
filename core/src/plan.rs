//! The action plan (handlingsplan) as rules: goals → sub-goals → measures,
//! the status of each with an honest traffic light, and what makes a measure
//! or goal not SMART. A red that should be red must not show green: a measure
//! past its deadline and not done is red, whatever light was set by hand.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::model::{Board, Card, Goal, Light};

/// Where a status comes from, so the screen can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Set by hand in the file (`light`).
    Hand,
    /// Worked out: a goal's worst open measure.
    Derived,
    /// Red because the deadline passed, whatever was set by hand.
    Deadline,
    /// Nobody set a light and nothing to derive it from.
    Unset,
}

/// The status of a measure or goal: the one rule every screen, report and
/// the minutes take their lights from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    /// The honest light, shown and counted everywhere.
    pub light: Option<Light>,
    /// The light set by hand in the file (`light`), kept visible beside an
    /// honest light that differs, so nobody thinks it was overwritten.
    pub set: Option<Light>,
    pub done: bool,
    /// Past its deadline and not done.
    pub overdue: bool,
    pub source: Source,
}

/// Why an honest light differs from the light set by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The deadline has passed and the measure is not done: red.
    Deadline,
}

impl Status {
    /// Why the honest light is not the light set by hand, when it is not.
    /// A goal whose light is worked out from its measures has nothing set by
    /// hand to differ from: it is marked derived, not overridden.
    pub fn overridden(&self) -> Option<Why> {
        (self.source == Source::Deadline).then_some(Why::Deadline)
    }
}

/// Whether a deadline has passed: before `today` and not done. The one rule
/// every screen, report and the minutes draw "overdue" (⚠, red, "over
/// frist") by: a finished card or a follow-up marked done is never overdue,
/// however old its deadline; a deadline today is not overdue yet.
pub fn is_overdue(due: Option<NaiveDate>, today: NaiveDate, done: bool) -> bool {
    !done && due.is_some_and(|d| d < today)
}

/// The status of a card: done in the done column; red (derived) when past its
/// deadline; otherwise the light set by hand.
pub fn card_status(board: &Board, card: &Card, today: NaiveDate) -> Status {
    status_of(board.is_done(card), card.due, card.light, today)
}

/// The status of a card from what decides it: whether it stands in a done
/// column, its deadline and the light set by hand. The one rule behind
/// [`card_status`] and a board summary's cards ([`crate::summary`]).
pub fn status_of(
    done: bool,
    due: Option<NaiveDate>,
    light: Option<Light>,
    today: NaiveDate,
) -> Status {
    let overdue = is_overdue(due, today, done);
    if overdue {
        return Status {
            light: Some(Light::Red),
            set: light,
            done,
            overdue,
            source: if light == Some(Light::Red) {
                Source::Hand
            } else {
                Source::Deadline
            },
        };
    }
    Status {
        light,
        set: light,
        done,
        overdue,
        source: if light.is_some() {
            Source::Hand
        } else {
            Source::Unset
        },
    }
}

/// The measures serving a goal directly (archived cards left out).
pub fn measures<'b>(board: &'b Board, goal: &str) -> impl Iterator<Item = &'b Card> {
    board
        .cards
        .iter()
        .filter(move |c| !c.archived && c.goal.as_deref() == Some(goal))
}

/// Sub-goals of a goal, in file order.
pub fn children<'b>(board: &'b Board, goal: &str) -> impl Iterator<Item = &'b Goal> {
    board
        .goals
        .iter()
        .filter(move |g| g.parent.as_deref() == Some(goal))
}

/// A goal's status: its light set by hand, else the worst light of its measures
/// and sub-goals that are not done. Done when everything under it is done.
pub fn goal_status(board: &Board, goal: &Goal, today: NaiveDate) -> Status {
    let mut seen = HashSet::new();
    goal_status_inner(board, goal, today, &mut seen)
}

fn goal_status_inner<'b>(
    board: &'b Board,
    goal: &'b Goal,
    today: NaiveDate,
    seen: &mut HashSet<&'b str>,
) -> Status {
    seen.insert(goal.id.as_str());
    let mut parts: Vec<Status> = measures(board, &goal.id)
        .map(|c| card_status(board, c, today))
        .collect();
    for sub in children(board, &goal.id) {
        // A loop of parents is reported by `tavle check`; here it must not recurse forever.
        if !seen.contains(sub.id.as_str()) {
            parts.push(goal_status_inner(board, sub, today, seen));
        }
    }
    let open: Vec<&Status> = parts.iter().filter(|s| !s.done).collect();
    let done = !parts.is_empty() && open.is_empty();
    let overdue = open.iter().any(|s| s.overdue) || is_overdue(goal.due, today, done);
    if let Some(light) = goal.light {
        return Status {
            light: Some(light),
            set: Some(light),
            done,
            overdue,
            source: Source::Hand,
        };
    }
    let worst = open.iter().filter_map(|s| s.light).max();
    Status {
        light: worst,
        set: None,
        done,
        overdue,
        source: if worst.is_some() {
            Source::Derived
        } else {
            Source::Unset
        },
    }
}

/// What keeps a measure or goal from being SMART.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Owner,
    Deadline,
    /// A measurable target (on the goal the measure serves, or on the goal itself).
    Target,
}

/// What a measure lacks: an owner, a deadline, or a goal with a measurable target.
pub fn card_missing(board: &Board, card: &Card) -> Vec<Missing> {
    let mut m = Vec::new();
    if card.owner.as_deref().is_none_or(|o| o.trim().is_empty()) {
        m.push(Missing::Owner);
    }
    if card.due.is_none() {
        m.push(Missing::Deadline);
    }
    let target = card
        .goal
        .as_deref()
        .and_then(|g| board.goal(g))
        .and_then(|g| g.target.as_deref())
        .is_some_and(|t| !t.trim().is_empty());
    if !target {
        m.push(Missing::Target);
    }
    m
}

/// What a goal lacks: a measurable target or a deadline.
pub fn goal_missing(goal: &Goal) -> Vec<Missing> {
    let mut m = Vec::new();
    if goal.target.as_deref().is_none_or(|t| t.trim().is_empty()) {
        m.push(Missing::Target);
    }
    if goal.due.is_none() {
        m.push(Missing::Deadline);
    }
    m
}

/// One row of the action plan, in tree order.
#[derive(Debug, Clone, PartialEq)]
pub enum Row<'b> {
    Goal {
        goal: &'b Goal,
        depth: usize,
        status: Status,
        missing: Vec<Missing>,
    },
    Measure {
        card: &'b Card,
        depth: usize,
        status: Status,
        missing: Vec<Missing>,
    },
    /// The heading over measures that serve no goal (or a goal that does not exist).
    NoGoal,
    /// The heading over the routines' yearly revisions.
    Routines,
    /// A routine's yearly revision, a deadline of the board like a
    /// measure's ([`crate::improvement::revisions`]).
    Revision(crate::improvement::Revision),
}

impl Row<'_> {
    /// The id of the goal or card on the row.
    pub fn id(&self) -> Option<&str> {
        match self {
            Row::Goal { goal, .. } => Some(&goal.id),
            Row::Measure { card, .. } => Some(&card.id),
            Row::NoGoal | Row::Routines | Row::Revision(_) => None,
        }
    }
}

/// The action plan as rows: each top goal, its measures, then its sub-goals
/// (recursively); last, active cards that serve no goal.
pub fn rows(board: &Board, today: NaiveDate) -> Vec<Row<'_>> {
    let mut out = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let roots: Vec<&Goal> = board
        .goals
        .iter()
        .filter(|g| g.parent.as_deref().is_none_or(|p| board.goal(p).is_none()))
        .collect();
    for g in roots {
        push_goal(board, g, 0, today, &mut seen, &mut out);
    }
    // Goals only reachable through a loop of parents still get shown.
    for g in &board.goals {
        if !seen.contains(g.id.as_str()) {
            push_goal(board, g, 0, today, &mut seen, &mut out);
        }
    }
    let orphans: Vec<&Card> = board
        .cards
        .iter()
        .filter(|c| !c.archived && c.goal.as_deref().is_none_or(|g| board.goal(g).is_none()))
        .collect();
    if !orphans.is_empty() {
        out.push(Row::NoGoal);
        for c in orphans {
            out.push(Row::Measure {
                card: c,
                depth: 1,
                status: card_status(board, c, today),
                missing: card_missing(board, c),
            });
        }
    }
    let revisions = crate::improvement::revisions(board, today);
    if !revisions.is_empty() {
        out.push(Row::Routines);
        out.extend(revisions.into_iter().map(Row::Revision));
    }
    out
}

fn push_goal<'b>(
    board: &'b Board,
    goal: &'b Goal,
    depth: usize,
    today: NaiveDate,
    seen: &mut HashSet<&'b str>,
    out: &mut Vec<Row<'b>>,
) {
    if !seen.insert(goal.id.as_str()) {
        return;
    }
    out.push(Row::Goal {
        goal,
        depth,
        status: goal_status(board, goal, today),
        missing: goal_missing(goal),
    });
    for c in measures(board, &goal.id) {
        out.push(Row::Measure {
            card: c,
            depth: depth + 1,
            status: card_status(board, c, today),
            missing: card_missing(board, c),
        });
    }
    for sub in children(board, &goal.id) {
        push_goal(board, sub, depth + 1, today, seen, out);
    }
}

/// Counts of a board's active cards by honest status, for the overview and
/// the report. `overdue` also counts the routines past their yearly
/// revision date ([`crate::improvement::is_revision_overdue`]) when no owner
/// is asked for (a routine has no owner): the board's deadlines, one count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Counts {
    pub red: usize,
    pub yellow: usize,
    pub green: usize,
    /// No light and not done.
    pub none: usize,
    pub done: usize,
    /// Open measures past their deadline, and (no owner asked) routines
    /// past their revision date.
    pub overdue: usize,
}

pub fn counts(board: &Board, today: NaiveDate, owner: Option<&str>) -> Counts {
    let cards = (board.cards.iter())
        .filter(|c| !c.archived && owner_matches(c, owner))
        .map(|card| card_status(board, card, today));
    let mut c = tally(cards);
    if owner.is_none() {
        c.overdue += crate::improvement::overdue_count(board, today);
    }
    c
}

/// The counts of cards with these statuses (done, overdue, each light):
/// the one tally behind [`counts`] and a board summary's counts.
pub fn tally(statuses: impl IntoIterator<Item = Status>) -> Counts {
    let mut c = Counts::default();
    for s in statuses {
        if s.done {
            c.done += 1;
            continue;
        }
        if s.overdue {
            c.overdue += 1;
        }
        match s.light {
            Some(Light::Red) => c.red += 1,
            Some(Light::Yellow) => c.yellow += 1,
            Some(Light::Green) => c.green += 1,
            None => c.none += 1,
        }
    }
    c
}

/// Whether a card's owner is `owner` ([`crate::owner::matches`]); any card when `None`.
pub fn owner_matches(card: &Card, owner: Option<&str>) -> bool {
    crate::owner::matches(card.owner.as_deref(), owner)
}

/// The next deadlines of open cards, soonest first (overdue included).
pub fn next_deadlines<'b>(
    board: &'b Board,
    today: NaiveDate,
    owner: Option<&str>,
    n: usize,
) -> Vec<&'b Card> {
    let mut cards: Vec<&Card> = board
        .cards
        .iter()
        .filter(|c| {
            !c.archived
                && c.due.is_some()
                && owner_matches(c, owner)
                && !card_status(board, c, today).done
        })
        .collect();
    cards.sort_by_key(|c| c.due);
    cards.truncate(n);
    cards
}

/// How bad a board looks, for sorting the overview worst first.
pub fn badness(c: &Counts) -> (usize, usize, usize) {
    (c.red, c.overdue, c.yellow)
}

#[cfg(test)]
mod tests;

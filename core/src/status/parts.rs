//! The report made board by board, for a folder too large to hold: each
//! board is turned into its [`Part`] as soon as it is read (its report, and
//! the few facts the organisation's total needs across boards), and the
//! board itself can be dropped. [`assemble`] then counts each escalated copy
//! once at its origin, as [`super::report`] does over whole boards, and
//! gives the same report: `tavle status` on 10,000 boards reads them on
//! every core and never holds more than a board per core.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::{Asked, BoardReport, HeldBack, Key, Report, Total, total};
use crate::changes;
use crate::log::Logged;
use crate::model::Board;
use crate::plan::{self, Counts};

/// What one board file gives the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// Its report with every card in the total and no copies counted: both
    /// are settled across boards by [`assemble`].
    report: BoardReport,
    /// A readable board (not a broken one).
    readable: bool,
    /// The ids of the cards counted on it (not archived; the owner's, with
    /// one), sorted, each once.
    counted: Vec<String>,
    /// Its counted cards that are copies sent up from another board.
    sent: Vec<Sent>,
}

/// A counted card that names the card it is a copy of.
#[derive(Debug, Clone, PartialEq)]
struct Sent {
    /// The card's id (the first counted card with it, as the board finds it).
    id: String,
    /// The board and card it is a copy of.
    from: Key,
    /// The statuses of every counted card with this id, added up: what the
    /// board's `copies` gains when the copy is left out of the total.
    counts: Counts,
}

impl Part {
    /// The part of a readable board `id` with its change log (empty when
    /// none, or when no changes are asked for); `None` when `asked` leaves
    /// the board out (another board, another unit).
    pub fn of(
        id: &str,
        board: &Board,
        log: &[Logged],
        today: NaiveDate,
        asked: &Asked,
    ) -> Option<Part> {
        if asked.board.as_deref().is_some_and(|b| b != id)
            || !super::unit_matches(board.unit.as_deref(), asked.unit.as_deref())
        {
            return None;
        }
        let owner = asked.owner.as_deref();
        let mut report = super::board_in(id, board, today, owner, &HashSet::new());
        report.changes = asked
            .since
            .map(|(day, now)| changes::since(board, log, day, now, today, owner));
        let is_counted = |c: &&crate::model::Card| !c.archived && plan::owner_matches(c, owner);
        let cards: Vec<&crate::model::Card> = board.cards.iter().filter(is_counted).collect();
        let mut sent: Vec<Sent> = Vec::new();
        for (i, c) in cards.iter().enumerate() {
            // The first counted card with an id is the one the board finds.
            if let Some(from) = &c.escalated_from
                && !cards[..i].iter().any(|e| e.id == c.id)
            {
                sent.push(Sent {
                    id: c.id.clone(),
                    from: (from.board.clone(), from.card.clone()),
                    counts: Counts::default(),
                });
            }
        }
        if !sent.is_empty() {
            for c in &cards {
                if let Some(s) = sent.iter_mut().find(|s| s.id == c.id) {
                    total::add(&mut s.counts, &plan::card_status(board, c, today));
                }
            }
        }
        let mut counted: Vec<String> = cards.iter().map(|c| c.id.clone()).collect();
        counted.sort_unstable();
        counted.dedup();
        Some(Part {
            report,
            readable: true,
            counted,
            sent,
        })
    }

    /// The part of a board file `id` that could not be read, and why
    /// (`file:line:col: message`); `None` when another board is asked for.
    pub fn broken(id: &str, error: String, asked: &Asked) -> Option<Part> {
        if asked.board.as_deref().is_some_and(|b| b != id) {
            return None;
        }
        Some(Part {
            report: super::broken_report(id, error),
            readable: false,
            counted: Vec::new(),
            sent: Vec::new(),
        })
    }

    /// The board's id.
    pub fn id(&self) -> &str {
        &self.report.id
    }
}

/// The report of `parts` (the boards kept, in any order: the report sorts
/// them) for `today`, as `asked`: what [`super::report`] gives for the
/// same boards.
pub fn assemble(
    parts: Vec<Part>,
    today: NaiveDate,
    asked: &Asked,
    held_back: Vec<HeldBack>,
) -> Report {
    let left_out = left_out(&parts);
    let mut total_counts = Counts::default();
    let mut total_copies = Counts::default();
    let mut boards: Vec<BoardReport> = Vec::with_capacity(parts.len());
    for p in parts {
        let mut r = p.report;
        if p.readable {
            let copies = p
                .sent
                .iter()
                .filter(|s| left_out.contains(&(r.id.clone(), s.id.clone())))
                .fold(Counts::default(), |a, s| total::plus(a, s.counts));
            total_counts = total::plus(total_counts, total::sub(r.counts, copies));
            total_copies = total::plus(total_copies, copies);
            r.copies = copies;
            if !left_out.is_empty() {
                for c in r
                    .red
                    .iter_mut()
                    .chain(r.next_deadlines.iter_mut())
                    .chain(r.responsible.iter_mut())
                {
                    c.in_total = !left_out.contains(&(c.board.clone(), c.id.clone()));
                }
            }
        }
        boards.push(r);
    }
    if asked.owner.is_some() {
        // As in `report`: boards with nothing of the person's are noise.
        boards.retain(|b| {
            b.error.is_some() || b.counts != Counts::default() || !b.decisions.is_empty()
        });
        for b in &mut boards {
            b.indicators.clear();
            b.goals.clear();
        }
    }
    super::sort(&mut boards);
    let follow_ups = boards.iter().flat_map(|b| &b.follow_ups);
    let total = Total {
        boards: boards.len(),
        unreadable: boards.iter().filter(|b| b.error.is_some()).count(),
        counts: total_counts,
        copies: total_copies,
        follow_ups: follow_ups.clone().count(),
        follow_ups_overdue: follow_ups.filter(|d| d.overdue).count(),
    };
    Report {
        format: super::FORMAT,
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

/// The copies left out of the total, by [`total::left_out`]'s rule, from
/// the parts' facts: a copy whose origin is counted in the report, the one
/// with the smallest key of a ring kept.
fn left_out(parts: &[Part]) -> HashSet<Key> {
    let by_id: HashMap<&str, &Part> = parts
        .iter()
        .filter(|p| p.readable)
        .map(|p| (p.id(), p))
        .collect();
    let counted = |(board, card): (&str, &str)| {
        by_id
            .get(board)
            .is_some_and(|p| p.counted.binary_search_by(|c| c.as_str().cmp(card)).is_ok())
    };
    // Each copy whose origin is counted, to that origin.
    let mut origin: HashMap<(&str, &str), (&str, &str)> = HashMap::new();
    for p in by_id.values() {
        for s in &p.sent {
            let o = (s.from.0.as_str(), s.from.1.as_str());
            if counted(o) {
                origin.insert((p.id(), s.id.as_str()), o);
            }
        }
    }
    let mut out = HashSet::new();
    for &k in origin.keys() {
        // Walk to the root; a walk that comes back to `k` is a ring.
        let mut seen = vec![k];
        let mut cur = k;
        let mut ring = false;
        while let Some(&o) = origin.get(&cur) {
            if o == k {
                ring = true;
                break;
            }
            if seen.contains(&o) {
                break;
            }
            seen.push(o);
            cur = o;
        }
        let keeps = ring && seen.iter().min() == Some(&k);
        if !keeps {
            out.insert((k.0.to_string(), k.1.to_string()));
        }
    }
    out
}

#[cfg(test)]
#[path = "parts_tests.rs"]
mod tests;

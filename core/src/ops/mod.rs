//! Changes to a board as values. An [`Op`] is applied by a pure function to
//! whatever the board is *now* (the folder layer re-reads the file under a
//! lock first), so two screens editing different cards never overwrite each
//! other. Applying returns the inverse op, which is what undo applies, and a
//! [`Change`] that says in words-as-data what happened, for the minutes.
//!
//! Ops are grouped by subject, one small enum and `apply` each: [`cards`],
//! [`decisions`], [`meeting`], [`goals`], [`indicators`], [`board`] for the
//! board as a whole (merging a sync conflict copy), [`prepare`] for the
//! meeting's plan and attendance, and for improvement boards [`pdsa`] (a
//! card's PDSA cycles), [`routines`] and [`team`] (the team's roles).
//! [`Op`] wraps them, so undo,
//! saving, the change log and the CLI handle one type.

mod board;
mod cards;
mod change;
mod columns;
mod decisions;
mod goals;
mod indicators;
mod measure;
mod meeting;
mod pdsa;
mod prepare;
mod risks;
mod routines;
mod staffing;
mod team;
mod tidy;
mod wheel;

pub use board::BoardOp;
pub use cards::{CardOp, CardPatch, NewCard};
pub use change::{Change, Gone, Limit};
pub use columns::{ColumnOp, ColumnPatch, NewColumn, column_id, slug};
pub use decisions::{DecisionOp, NewDecision};
pub use goals::{GoalOp, GoalPatch};
pub use indicators::IndicatorOp;
pub use measure::{MeasureOp, Origin};
pub use meeting::{MeetingOp, log_incomplete, mark_log_incomplete};
pub use pdsa::{CyclePatch, PdsaOp};
pub use prepare::{ItemRef, MAX_MINUTES, PrepareOp, same_person};
pub use risks::{DeviationOp, DeviationPatch, NewDeviation, NewRisk, RiskOp, RiskPatch};
pub use routines::{NewRoutine, RoutineOp, RoutinePatch};
pub use staffing::StaffingOp;
pub use team::TeamOp;
pub use wheel::{EventPatch, NewEvent, WheelOp};

use crate::model::{Board, Light, Timestamp};

/// One change to a board, of any subject.
// Large by its card edits, the common op: see [`CardOp`].
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Card(CardOp),
    Decision(DecisionOp),
    Meeting(MeetingOp),
    Goal(GoalOp),
    Indicator(IndicatorOp),
    /// The board as a whole: merging a conflict copy, and its undo.
    Board(BoardOp),
    /// The meeting's goal, length and agenda, and who is ticked present.
    Prepare(PrepareOp),
    /// The columns: add, rename, WIP limit, reorder.
    Column(ColumnOp),
    /// A card's PDSA cycles.
    Pdsa(PdsaOp),
    /// The routines improvements became.
    Routine(RoutineOp),
    /// The improvement team's roles.
    Team(TeamOp),
    /// Staffing: planned and present per date and shift, the shifts.
    Staffing(StaffingOp),
    Risk(RiskOp),
    Deviation(DeviationOp),
    /// A measure card made of a risk or a deviation.
    Measure(MeasureOp),
    /// The annual wheel and the cards its events become.
    Wheel(WheelOp),
}

impl Op {
    /// Whether `u` should offer to undo it. Meeting steps are shared state of the
    /// room, not edits: undoing "next agenda item" would surprise everyone.
    pub fn undoable(&self) -> bool {
        !matches!(self, Op::Meeting(_))
    }
}

macro_rules! from_subject {
    ($($t:ident => $v:ident),*) => {
        $(impl From<$t> for Op {
            fn from(op: $t) -> Op {
                Op::$v(op)
            }
        })*
    };
}
from_subject!(CardOp => Card, DecisionOp => Decision, MeetingOp => Meeting, GoalOp => Goal, IndicatorOp => Indicator, BoardOp => Board, PrepareOp => Prepare, ColumnOp => Column, PdsaOp => Pdsa, RoutineOp => Routine, TeamOp => Team, StaffingOp => Staffing, RiskOp => Risk, DeviationOp => Deviation, MeasureOp => Measure, WheelOp => Wheel);

/// Why an op could not be applied to the current board.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpError {
    #[error("no card with id {0}")]
    NoSuchCard(String),
    #[error("no column with id {0}")]
    NoSuchColumn(String),
    #[error("a card with id {0} exists already")]
    DuplicateCard(String),
    #[error("the title is empty")]
    EmptyTitle,
    #[error("no decision with id {0}")]
    NoSuchDecision(String),
    #[error("no meeting is running")]
    NoMeeting,
    #[error("no goal with id {0}")]
    NoSuchGoal(String),
    #[error("no indicator with id {0}")]
    NoSuchIndicator(String),
    #[error("effect and effort are 1, 2 or 3")]
    OutOfRange,
    /// A merge found conflicts with no choice: the board changed since the
    /// user chose, and the new questions must be asked.
    #[error("{0} conflicts of the merge have no choice")]
    MergeUnsettled(usize),
    #[error("no agenda item called {0}")]
    NoSuchAgendaItem(String),
    #[error("a time box is 1 to 1440 minutes, not {0}")]
    MinutesOutOfRange(u64),
    /// A column cannot be taken away while cards stand in it.
    #[error("cards stand in the column {0}")]
    ColumnNotEmpty(String),
    /// A WIP limit is at least 1 (none is no limit).
    #[error("a WIP limit is at least 1")]
    ZeroLimit,
    /// The card has no PDSA cycle at this place (from 0).
    #[error("the card {0} has no PDSA cycle {1}")]
    NoSuchCycle(String, usize),
    #[error("no routine with id {0}")]
    NoSuchRoutine(String),
    #[error("a routine with id {0} exists already")]
    DuplicateRoutine(String),
    #[error("the board has no shift {0}")]
    NoSuchShift(String),
    #[error("the board has a shift {0} already")]
    ShiftExists(String),
    #[error("the staffing has an entry {0} already")]
    DuplicateStaff(String),
    #[error("fewer than 0 present")]
    CountBelowZero,
    #[error("no risk with id {0}")]
    NoSuchRisk(String),
    #[error("a risk with id {0} exists already")]
    DuplicateRisk(String),
    #[error("likelihood and consequence are 1 to 5, not {0}")]
    NotOneToFive(u8),
    #[error("no deviation with id {0}")]
    NoSuchDeviation(String),
    #[error("a deviation with id {0} exists already")]
    DuplicateDeviation(String),
    /// The risk or deviation has its measure card already.
    #[error("the measure card {0} is made already")]
    AlreadyLinked(String),
    #[error("no event with id {0}")]
    NoSuchEvent(String),
    #[error("an event with id {0} exists already")]
    DuplicateEvent(String),
    /// A week is 1 to 53, and 53 only in years that have one.
    #[error("no week {0}")]
    NoSuchWeek(u8),
    #[error("the event {0} has its card for {1} already")]
    AlreadyMade(String, i32),
    #[error("the event {0} has no card for {1}")]
    NotMade(String, i32),
}

/// Who made a change and when; written to the card's `updated` and `updated_by`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    pub at: Timestamp,
    pub by: String,
}

/// What applying a subject's op did: how to undo it and what it did.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Outcome<T> {
    pub inverse: T,
    pub change: Change,
}

/// The result of applying an op: how to undo it and what it did.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub inverse: Op,
    pub change: Change,
}

/// Apply `op` to `board`. On error the board is unchanged.
pub fn apply(board: &mut Board, op: &Op, stamp: &Stamp) -> Result<Applied, OpError> {
    fn done<T: Into<Op>>(o: Outcome<T>) -> Applied {
        Applied {
            inverse: o.inverse.into(),
            change: o.change,
        }
    }
    Ok(match op {
        Op::Card(o) => done(cards::apply(board, o, stamp)?),
        Op::Decision(o) => done(decisions::apply(board, o, stamp)?),
        Op::Meeting(o) => done(meeting::apply(board, o, stamp)?),
        Op::Goal(o) => done(goals::apply(board, o, stamp)?),
        Op::Indicator(o) => done(indicators::apply(board, o, stamp)?),
        Op::Board(o) => done(board::apply(board, o, stamp)?),
        Op::Prepare(o) => done(prepare::apply(board, o, stamp)?),
        Op::Column(o) => done(columns::apply(board, o, stamp)?),
        Op::Pdsa(o) => done(pdsa::apply(board, o, stamp)?),
        Op::Routine(o) => done(routines::apply(board, o, stamp)?),
        Op::Team(o) => done(team::apply(board, o, stamp)?),
        Op::Staffing(o) => done(staffing::apply(board, o, stamp)?),
        Op::Risk(o) => done(risks::apply_risk(board, o, stamp)?),
        Op::Deviation(o) => done(risks::apply_deviation(board, o, stamp)?),
        Op::Measure(o) => done(measure::apply(board, o, stamp)?),
        Op::Wheel(o) => done(wheel::apply(board, o, stamp)?),
    })
}

/// The next free id of the form `{prefix}{n}`: one more than the largest in use.
pub fn next_id<'a>(prefix: &str, ids: impl Iterator<Item = &'a str>) -> String {
    let max = ids
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max.saturating_add(1))
}

/// The light after `light` when cycling with the space key: none → green →
/// yellow → red → none.
pub fn cycle_light(light: Option<Light>) -> Option<Light> {
    match light {
        None => Some(Light::Green),
        Some(Light::Green) => Some(Light::Yellow),
        Some(Light::Yellow) => Some(Light::Red),
        Some(Light::Red) => None,
    }
}

pub(crate) fn clean(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze as store;

    fn board() -> Board {
        let text = r#"{"tavle":1,"title":"T","kind":"drift",
          "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"}],
          "cards":[{"id":"k1","title":"one","column":"a"},{"id":"k2","title":"two","column":"b"},
                   {"id":"k3","title":"three","column":"a"}]}"#;
        store::analyze_text(text).0.unwrap()
    }

    fn stamp() -> Stamp {
        Stamp {
            at: Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
            by: "Kari".into(),
        }
    }

    fn order(b: &Board, column: &str) -> Vec<String> {
        b.cards
            .iter()
            .filter(|c| c.column == column)
            .map(|c| c.id.clone())
            .collect()
    }

    /// Applying an op and then its inverse gives back the board (but for stamps).
    fn round_trip(op: Op) {
        let original = board();
        let mut b = original.clone();
        let applied = apply(&mut b, &op, &stamp()).unwrap();
        assert_ne!(b, original);
        apply(&mut b, &applied.inverse, &stamp()).unwrap();
        // What is shown is the order within each column; stamps record the undo.
        for col in ["a", "b"] {
            assert_eq!(order(&b, col), order(&original, col));
        }
        for card in &mut b.cards {
            let o = original.card(&card.id).unwrap();
            card.updated = o.updated.clone();
            card.updated_by = o.updated_by.clone();
        }
        b.cards.sort_by(|x, y| x.id.cmp(&y.id));
        assert_eq!(b.cards, original.cards);
    }

    #[test]
    fn inverses_undo() {
        round_trip(Op::Card(CardOp::Move {
            id: "k1".into(),
            column: "b".into(),
            before: None,
        }));
        round_trip(Op::Card(CardOp::Move {
            id: "k3".into(),
            column: "a".into(),
            before: Some("k1".into()),
        }));
        round_trip(Op::Card(CardOp::Set {
            id: "k2".into(),
            patch: CardPatch {
                title: Some("to".into()),
                owner: Some(Some("Ola".into())),
                light: Some(Some(Light::Red)),
                archived: Some(true),
                ..CardPatch::default()
            },
        }));
        round_trip(Op::Card(CardOp::Remove { id: "k1".into() }));
    }

    #[test]
    fn add_picks_the_next_free_id_and_goes_last_in_its_column() {
        let mut b = board();
        let op = Op::Card(CardOp::Add(NewCard {
            title: " Ny ".into(),
            column: "a".into(),
            owner: Some("".into()),
            due: None,
            light: None,
            source: None,
            received: None,
        }));
        let applied = apply(&mut b, &op, &stamp()).unwrap();
        assert_eq!(applied.change.card(), Some("k4"));
        assert_eq!(order(&b, "a"), ["k1", "k3", "k4"]);
        let card = b.card("k4").unwrap();
        assert_eq!(card.title, "Ny");
        assert_eq!(card.owner, None);
        assert_eq!(card.updated_by.as_deref(), Some("Kari"));
        apply(&mut b, &applied.inverse, &stamp()).unwrap();
        assert!(b.card("k4").is_none());
    }

    #[test]
    fn moves_reorder_within_a_column() {
        let mut b = board();
        apply(
            &mut b,
            &Op::Card(CardOp::Move {
                id: "k3".into(),
                column: "a".into(),
                before: Some("k1".into()),
            }),
            &stamp(),
        )
        .unwrap();
        assert_eq!(order(&b, "a"), ["k3", "k1"]);
        apply(
            &mut b,
            &Op::Card(CardOp::Move {
                id: "k3".into(),
                column: "a".into(),
                before: None,
            }),
            &stamp(),
        )
        .unwrap();
        assert_eq!(order(&b, "a"), ["k1", "k3"]);
    }

    #[test]
    fn ops_on_missing_things_fail_without_change() {
        let mut b = board();
        let before = b.clone();
        assert_eq!(
            apply(
                &mut b,
                &Op::Card(CardOp::Move {
                    id: "k9".into(),
                    column: "a".into(),
                    before: None
                }),
                &stamp()
            ),
            Err(OpError::NoSuchCard("k9".into()))
        );
        assert_eq!(
            apply(
                &mut b,
                &Op::Card(CardOp::Move {
                    id: "k1".into(),
                    column: "x".into(),
                    before: None
                }),
                &stamp()
            ),
            Err(OpError::NoSuchColumn("x".into()))
        );
        assert_eq!(
            apply(
                &mut b,
                &Op::Card(CardOp::Set {
                    id: "k1".into(),
                    patch: CardPatch {
                        title: Some(" ".into()),
                        ..Default::default()
                    }
                }),
                &stamp()
            ),
            Err(OpError::EmptyTitle)
        );
        assert_eq!(b, before);
    }

    #[test]
    fn next_id_ignores_other_shapes() {
        let ids = ["k1", "k10", "kx", "m3", "k"];
        assert_eq!(next_id("k", ids.into_iter()), "k11");
        assert_eq!(next_id("b", ids.into_iter()), "b1");
    }

    #[test]
    fn light_cycles_through_none() {
        let mut l = None;
        let mut seen = vec![];
        for _ in 0..4 {
            l = cycle_light(l);
            seen.push(l);
        }
        assert_eq!(
            seen,
            [
                Some(Light::Green),
                Some(Light::Yellow),
                Some(Light::Red),
                None
            ]
        );
    }
}

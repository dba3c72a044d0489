//! Changes to a board as values. An [`Op`] is applied by a pure function to
//! whatever the board is *now* (the storage layer re-reads the file under a
//! lock first), so two screens editing different cards never overwrite each
//! other. Applying returns the inverse op, which is what undo applies, and a
//! [`Change`] that says in words-as-data what happened, for the minutes.

use chrono::NaiveDate;

use crate::model::{
    Board, Card, CardRef, Correction, Decision, Extra, Light, Measurement, Running, Timestamp,
};

/// Fields of a card to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CardPatch {
    pub title: Option<String>,
    pub owner: Option<Option<String>>,
    pub due: Option<Option<NaiveDate>>,
    pub light: Option<Option<Light>>,
    pub archived: Option<bool>,
    pub escalated_to: Option<Option<CardRef>>,
}

impl CardPatch {
    pub fn is_empty(&self) -> bool {
        *self == CardPatch::default()
    }
}

/// New card contents; the id is chosen when the op is applied to the fresh board.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCard {
    pub title: String,
    /// The column's id; empty means the first column.
    pub column: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub light: Option<Light>,
}

/// Fields of a goal to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoalPatch {
    pub title: Option<String>,
    pub target: Option<Option<String>>,
    pub due: Option<Option<NaiveDate>>,
    pub light: Option<Option<Light>>,
}

/// A decision to log; the id and time are set when it is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct NewDecision {
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub card: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Add a card at the end of its column.
    AddCard(NewCard),
    /// Put back a card exactly as it was (undo of a removal), before `before` if given.
    InsertCard {
        card: Box<Card>,
        before: Option<String>,
    },
    /// Remove a card from the file (only as the undo of an add; users archive).
    RemoveCard { id: String },
    /// Move a card to `column`, before the card `before` (or to the column's end).
    MoveCard {
        id: String,
        column: String,
        before: Option<String>,
    },
    /// Change some fields of a card.
    SetCard { id: String, patch: CardPatch },
    /// Log a decision.
    AddDecision(NewDecision),
    /// Remove a decision (only as the undo of logging it).
    RemoveDecision { id: String },
    /// Put back a removed decision.
    InsertDecision(Box<Decision>),
    /// Correct a decision; the earlier wording is kept in `corrections`.
    CorrectDecision {
        id: String,
        text: String,
        owner: Option<String>,
        due: Option<NaiveDate>,
    },
    /// Take back the latest correction (undo of a correction).
    RevertCorrection { id: String },
    /// Mark a follow-up done or not done.
    SetDecisionDone { id: String, done: bool },
    /// Start the meeting now; if another screen already started it, join it.
    StartMeeting,
    /// End the meeting.
    EndMeeting,
    /// Go to agenda item `item` (from 0), which starts now.
    SetAgendaItem { item: u64 },
    /// Set who takes part in the running meeting.
    SetAttendees(Vec<String>),
    /// Put the meeting state back as it was (undo of the meeting ops).
    SetRunning(Option<Box<Running>>),
    /// Change some fields of a goal.
    SetGoal { id: String, patch: GoalPatch },
    /// Record a value of an indicator; a value on the same date is replaced.
    Measure {
        indicator: String,
        date: NaiveDate,
        value: f64,
    },
    /// Remove the value of an indicator on a date (undo of recording it).
    Unmeasure { indicator: String, date: NaiveDate },
    /// Add a copy of a card sent up from another board, linked back to it.
    AddEscalated { card: Box<Card>, from: CardRef },
}

impl Op {
    /// Whether `u` should offer to undo it. Meeting steps are shared state of the
    /// room, not edits: undoing "next agenda item" would surprise everyone.
    pub fn undoable(&self) -> bool {
        !matches!(
            self,
            Op::StartMeeting
                | Op::EndMeeting
                | Op::SetAgendaItem { .. }
                | Op::SetAttendees(_)
                | Op::SetRunning(_)
        )
    }
}

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
}

/// Who made a change and when; written to the card's `updated` and `updated_by`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    pub at: Timestamp,
    pub by: String,
}

/// What an op did, as data: the history log and the minutes are made from it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    Added {
        card: String,
        title: String,
        column: String,
    },
    Removed {
        card: String,
        title: String,
    },
    Moved {
        card: String,
        title: String,
        from: String,
        to: String,
    },
    Archived {
        card: String,
        title: String,
    },
    Restored {
        card: String,
        title: String,
    },
    Light {
        card: String,
        title: String,
        from: Option<Light>,
        to: Option<Light>,
    },
    Edited {
        card: String,
        title: String,
    },
    Decided {
        decision: String,
        text: String,
    },
    Escalated {
        card: String,
        title: String,
        to_board: String,
    },
    GoalChanged {
        goal: String,
        title: String,
    },
    Measured {
        indicator: String,
        date: NaiveDate,
        value: Option<f64>,
    },
    Corrected {
        decision: String,
        text: String,
    },
    FollowedUp {
        decision: String,
        text: String,
        done: bool,
    },
    MeetingStarted,
    /// The meeting ended; carries what the minutes need after the running state is gone.
    MeetingEnded {
        started: String,
        attendees: Vec<String>,
    },
    Meeting,
}

impl Change {
    /// The card the change is about, if it is about a card.
    pub fn card(&self) -> Option<&str> {
        match self {
            Change::Added { card, .. }
            | Change::Removed { card, .. }
            | Change::Moved { card, .. }
            | Change::Archived { card, .. }
            | Change::Restored { card, .. }
            | Change::Light { card, .. }
            | Change::Edited { card, .. } => Some(card),
            _ => None,
        }
    }
}

/// The result of applying an op: how to undo it and what it did.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub inverse: Op,
    pub change: Change,
}

/// The next free id of the form `{prefix}{n}`: one more than the largest in use.
pub fn next_id<'a>(prefix: &str, ids: impl Iterator<Item = &'a str>) -> String {
    let max = ids
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max.saturating_add(1))
}

fn index_of(board: &Board, id: &str) -> Result<usize, OpError> {
    board
        .cards
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| OpError::NoSuchCard(id.to_string()))
}

fn decision_index(board: &Board, id: &str) -> Result<usize, OpError> {
    board
        .decisions
        .iter()
        .position(|d| d.id == id)
        .ok_or_else(|| OpError::NoSuchDecision(id.to_string()))
}

/// The id of the card after `index` in the same column, if any.
fn next_in_column(board: &Board, index: usize) -> Option<String> {
    let column = &board.cards[index].column;
    board.cards[index + 1..]
        .iter()
        .find(|c| &c.column == column)
        .map(|c| c.id.clone())
}

/// Insert `card` before the card `before` (if it is still in the card's column),
/// else after the last card of its column, else at the end.
fn insert(board: &mut Board, card: Card, before: Option<&str>) {
    let at = before
        .and_then(|b| {
            board
                .cards
                .iter()
                .position(|c| c.id == b && c.column == card.column)
        })
        .or_else(|| {
            board
                .cards
                .iter()
                .rposition(|c| c.column == card.column)
                .map(|i| i + 1)
        })
        .unwrap_or(board.cards.len());
    board.cards.insert(at, card);
}

fn touch(card: &mut Card, stamp: &Stamp) {
    card.updated = Some(stamp.at.clone());
    card.updated_by = Some(stamp.by.clone());
}

fn set_running(board: &mut Board, running: Option<Running>) -> Option<Box<Running>> {
    let meeting = board.meeting.get_or_insert_with(Default::default);
    std::mem::replace(&mut meeting.running, running).map(Box::new)
}

fn running_mut(board: &mut Board) -> Result<&mut Running, OpError> {
    board
        .meeting
        .as_mut()
        .and_then(|m| m.running.as_mut())
        .ok_or(OpError::NoMeeting)
}

fn clean(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Apply `op` to `board`. On error the board is unchanged.
pub fn apply(board: &mut Board, op: &Op, stamp: &Stamp) -> Result<Applied, OpError> {
    match op {
        Op::AddCard(new) => {
            if new.title.trim().is_empty() {
                return Err(OpError::EmptyTitle);
            }
            let column = if new.column.is_empty() {
                board
                    .columns
                    .first()
                    .map(|c| c.id.clone())
                    .unwrap_or_default()
            } else {
                new.column.clone()
            };
            if board.column(&column).is_none() {
                return Err(OpError::NoSuchColumn(column));
            }
            let id = next_id("k", board.cards.iter().map(|c| c.id.as_str()));
            let title = new.title.trim().to_string();
            let card = Card {
                id: id.clone(),
                title: title.clone(),
                column: column.clone(),
                owner: clean(&new.owner),
                due: new.due,
                light: new.light,
                tags: Vec::new(),
                note: None,
                goal: None,
                archived: false,
                created: Some(stamp.at.clone()),
                updated: Some(stamp.at.clone()),
                updated_by: Some(stamp.by.clone()),
                source: None,
                effect: None,
                effort: None,
                escalated_to: None,
                escalated_from: None,
                extra: Extra::new(),
            };
            insert(board, card, None);
            Ok(Applied {
                inverse: Op::RemoveCard { id: id.clone() },
                change: Change::Added {
                    card: id,
                    title,
                    column,
                },
            })
        }
        Op::InsertCard { card, before } => {
            if board.card(&card.id).is_some() {
                return Err(OpError::DuplicateCard(card.id.clone()));
            }
            if board.column(&card.column).is_none() {
                return Err(OpError::NoSuchColumn(card.column.clone()));
            }
            let (id, title, column) = (card.id.clone(), card.title.clone(), card.column.clone());
            insert(board, (**card).clone(), before.as_deref());
            Ok(Applied {
                inverse: Op::RemoveCard { id: id.clone() },
                change: Change::Added {
                    card: id,
                    title,
                    column,
                },
            })
        }
        Op::RemoveCard { id } => {
            let i = index_of(board, id)?;
            let before = next_in_column(board, i);
            let card = board.cards.remove(i);
            let title = card.title.clone();
            Ok(Applied {
                inverse: Op::InsertCard {
                    card: Box::new(card),
                    before,
                },
                change: Change::Removed {
                    card: id.clone(),
                    title,
                },
            })
        }
        Op::MoveCard { id, column, before } => {
            if board.column(column).is_none() {
                return Err(OpError::NoSuchColumn(column.clone()));
            }
            let i = index_of(board, id)?;
            let old_column = board.cards[i].column.clone();
            let old_before = next_in_column(board, i);
            let mut card = board.cards.remove(i);
            card.column = column.clone();
            touch(&mut card, stamp);
            let title = card.title.clone();
            insert(board, card, before.as_deref().filter(|b| b != id));
            Ok(Applied {
                inverse: Op::MoveCard {
                    id: id.clone(),
                    column: old_column.clone(),
                    before: old_before,
                },
                change: Change::Moved {
                    card: id.clone(),
                    title,
                    from: old_column,
                    to: column.clone(),
                },
            })
        }
        Op::SetCard { id, patch } => {
            if patch.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
                return Err(OpError::EmptyTitle);
            }
            let i = index_of(board, id)?;
            let card = &mut board.cards[i];
            let mut old = CardPatch::default();
            if let Some(title) = &patch.title {
                old.title = Some(std::mem::replace(&mut card.title, title.trim().to_string()));
            }
            if let Some(owner) = &patch.owner {
                old.owner = Some(std::mem::replace(&mut card.owner, clean(owner)));
            }
            if let Some(due) = patch.due {
                old.due = Some(std::mem::replace(&mut card.due, due));
            }
            if let Some(light) = patch.light {
                old.light = Some(std::mem::replace(&mut card.light, light));
            }
            if let Some(archived) = patch.archived {
                old.archived = Some(std::mem::replace(&mut card.archived, archived));
            }
            if let Some(to) = &patch.escalated_to {
                old.escalated_to = Some(std::mem::replace(&mut card.escalated_to, to.clone()));
            }
            touch(card, stamp);
            let (card_id, title) = (id.clone(), card.title.clone());
            let change = match (patch.archived, patch.light) {
                _ if patch.escalated_to.as_ref().is_some_and(|t| t.is_some()) => {
                    Change::Escalated {
                        card: card_id,
                        title,
                        to_board: patch
                            .escalated_to
                            .clone()
                            .flatten()
                            .map(|r| r.board)
                            .unwrap_or_default(),
                    }
                }
                (Some(true), _) => Change::Archived {
                    card: card_id,
                    title,
                },
                (Some(false), _) => Change::Restored {
                    card: card_id,
                    title,
                },
                (None, Some(to))
                    if patch.title.is_none() && patch.owner.is_none() && patch.due.is_none() =>
                {
                    Change::Light {
                        card: card_id,
                        title,
                        from: old.light.flatten(),
                        to,
                    }
                }
                _ => Change::Edited {
                    card: card_id,
                    title,
                },
            };
            Ok(Applied {
                inverse: Op::SetCard {
                    id: id.clone(),
                    patch: old,
                },
                change,
            })
        }
        Op::AddDecision(new) => {
            let text = new.text.trim().to_string();
            if text.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            if let Some(card) = &new.card {
                index_of(board, card)?;
            }
            let id = next_id("b", board.decisions.iter().map(|d| d.id.as_str()));
            board.decisions.push(Decision {
                id: id.clone(),
                at: stamp.at.clone(),
                text: text.clone(),
                owner: clean(&new.owner),
                due: new.due,
                card: new.card.clone(),
                by: Some(stamp.by.clone()),
                done: false,
                done_at: None,
                corrections: Vec::new(),
                extra: Extra::new(),
            });
            Ok(Applied {
                inverse: Op::RemoveDecision { id: id.clone() },
                change: Change::Decided { decision: id, text },
            })
        }
        Op::RemoveDecision { id } => {
            let i = decision_index(board, id)?;
            let d = board.decisions.remove(i);
            let text = d.text.clone();
            Ok(Applied {
                inverse: Op::InsertDecision(Box::new(d)),
                change: Change::Removed {
                    card: id.clone(),
                    title: text,
                },
            })
        }
        Op::InsertDecision(d) => {
            if board.decisions.iter().any(|x| x.id == d.id) {
                return Err(OpError::DuplicateCard(d.id.clone()));
            }
            // Decisions are kept oldest first.
            let at = board
                .decisions
                .iter()
                .position(|x| x.at.at() > d.at.at())
                .unwrap_or(board.decisions.len());
            board.decisions.insert(at, (**d).clone());
            Ok(Applied {
                inverse: Op::RemoveDecision { id: d.id.clone() },
                change: Change::Decided {
                    decision: d.id.clone(),
                    text: d.text.clone(),
                },
            })
        }
        Op::CorrectDecision {
            id,
            text,
            owner,
            due,
        } => {
            let text = text.trim().to_string();
            if text.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            let i = decision_index(board, id)?;
            let d = &mut board.decisions[i];
            d.corrections.push(Correction {
                at: stamp.at.clone(),
                by: Some(stamp.by.clone()),
                text: std::mem::replace(&mut d.text, text.clone()),
                owner: std::mem::replace(&mut d.owner, clean(owner)),
                due: std::mem::replace(&mut d.due, *due),
                extra: Extra::new(),
            });
            Ok(Applied {
                inverse: Op::RevertCorrection { id: id.clone() },
                change: Change::Corrected {
                    decision: id.clone(),
                    text,
                },
            })
        }
        Op::RevertCorrection { id } => {
            let i = decision_index(board, id)?;
            let d = &mut board.decisions[i];
            let Some(c) = d.corrections.pop() else {
                return Err(OpError::NoSuchDecision(id.clone()));
            };
            let now = (d.text.clone(), d.owner.clone(), d.due);
            d.text = c.text;
            d.owner = c.owner;
            d.due = c.due;
            Ok(Applied {
                inverse: Op::CorrectDecision {
                    id: id.clone(),
                    text: now.0,
                    owner: now.1,
                    due: now.2,
                },
                change: Change::Corrected {
                    decision: id.clone(),
                    text: d.text.clone(),
                },
            })
        }
        Op::SetDecisionDone { id, done } => {
            let i = decision_index(board, id)?;
            let d = &mut board.decisions[i];
            let was = d.done;
            d.done = *done;
            d.done_at = done.then(|| stamp.at.clone());
            Ok(Applied {
                inverse: Op::SetDecisionDone {
                    id: id.clone(),
                    done: was,
                },
                change: Change::FollowedUp {
                    decision: id.clone(),
                    text: d.text.clone(),
                    done: *done,
                },
            })
        }
        Op::StartMeeting => {
            let running = board.meeting.as_ref().and_then(|m| m.running.clone());
            if running.is_some() {
                // Someone else started it a moment ago: join their meeting.
                return Ok(Applied {
                    inverse: Op::SetRunning(running.map(Box::new)),
                    change: Change::Meeting,
                });
            }
            let old = set_running(
                board,
                Some(Running {
                    started: stamp.at.clone(),
                    item: 0,
                    item_started: stamp.at.clone(),
                    attendees: Vec::new(),
                    extra: Extra::new(),
                }),
            );
            Ok(Applied {
                inverse: Op::SetRunning(old),
                change: Change::MeetingStarted,
            })
        }
        Op::EndMeeting => {
            let Some(old) = set_running(board, None) else {
                return Err(OpError::NoMeeting);
            };
            let change = Change::MeetingEnded {
                started: old.started.as_str().to_string(),
                attendees: old.attendees.clone(),
            };
            Ok(Applied {
                inverse: Op::SetRunning(Some(old)),
                change,
            })
        }
        Op::SetAgendaItem { item } => {
            let items = board.meeting.as_ref().map_or(0, |m| m.agenda.len() as u64);
            let old = board
                .meeting
                .as_ref()
                .and_then(|m| m.running.clone())
                .map(Box::new);
            let r = running_mut(board)?;
            r.item = (*item).min(items.saturating_sub(1));
            r.item_started = stamp.at.clone();
            Ok(Applied {
                inverse: Op::SetRunning(old),
                change: Change::Meeting,
            })
        }
        Op::SetAttendees(people) => {
            let old = board
                .meeting
                .as_ref()
                .and_then(|m| m.running.clone())
                .map(Box::new);
            let r = running_mut(board)?;
            r.attendees = people
                .iter()
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect();
            Ok(Applied {
                inverse: Op::SetRunning(old),
                change: Change::Meeting,
            })
        }
        Op::SetRunning(running) => {
            let old = set_running(board, running.as_deref().cloned());
            Ok(Applied {
                inverse: Op::SetRunning(old),
                change: Change::Meeting,
            })
        }
        Op::SetGoal { id, patch } => {
            if patch.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
                return Err(OpError::EmptyTitle);
            }
            let goal = board
                .goals
                .iter_mut()
                .find(|g| &g.id == id)
                .ok_or_else(|| OpError::NoSuchGoal(id.clone()))?;
            let mut old = GoalPatch::default();
            if let Some(t) = &patch.title {
                old.title = Some(std::mem::replace(&mut goal.title, t.trim().to_string()));
            }
            if let Some(t) = &patch.target {
                old.target = Some(std::mem::replace(&mut goal.target, clean(t)));
            }
            if let Some(d) = patch.due {
                old.due = Some(std::mem::replace(&mut goal.due, d));
            }
            if let Some(l) = patch.light {
                old.light = Some(std::mem::replace(&mut goal.light, l));
            }
            let change = Change::GoalChanged {
                goal: id.clone(),
                title: goal.title.clone(),
            };
            Ok(Applied {
                inverse: Op::SetGoal {
                    id: id.clone(),
                    patch: old,
                },
                change,
            })
        }
        Op::Measure {
            indicator,
            date,
            value,
        } => {
            let ind = board
                .indicators
                .iter_mut()
                .find(|i| &i.id == indicator)
                .ok_or_else(|| OpError::NoSuchIndicator(indicator.clone()))?;
            let old = match ind.values.iter_mut().find(|m| m.date == *date) {
                Some(m) => Some(std::mem::replace(&mut m.value, *value)),
                None => {
                    // Keep the values in date order, as a run chart reads them.
                    let at = ind
                        .values
                        .iter()
                        .position(|m| m.date > *date)
                        .unwrap_or(ind.values.len());
                    ind.values.insert(
                        at,
                        Measurement {
                            date: *date,
                            value: *value,
                            extra: Extra::new(),
                        },
                    );
                    None
                }
            };
            let inverse = match old {
                Some(v) => Op::Measure {
                    indicator: indicator.clone(),
                    date: *date,
                    value: v,
                },
                None => Op::Unmeasure {
                    indicator: indicator.clone(),
                    date: *date,
                },
            };
            Ok(Applied {
                inverse,
                change: Change::Measured {
                    indicator: indicator.clone(),
                    date: *date,
                    value: Some(*value),
                },
            })
        }
        Op::Unmeasure { indicator, date } => {
            let ind = board
                .indicators
                .iter_mut()
                .find(|i| &i.id == indicator)
                .ok_or_else(|| OpError::NoSuchIndicator(indicator.clone()))?;
            let i = ind
                .values
                .iter()
                .position(|m| m.date == *date)
                .ok_or_else(|| OpError::NoSuchIndicator(indicator.clone()))?;
            let m = ind.values.remove(i);
            Ok(Applied {
                inverse: Op::Measure {
                    indicator: indicator.clone(),
                    date: *date,
                    value: m.value,
                },
                change: Change::Measured {
                    indicator: indicator.clone(),
                    date: *date,
                    value: None,
                },
            })
        }
        Op::AddEscalated { card, from } => {
            let column = board
                .columns
                .first()
                .map(|c| c.id.clone())
                .ok_or_else(|| OpError::NoSuchColumn(String::new()))?;
            let id = next_id("k", board.cards.iter().map(|c| c.id.as_str()));
            let mut copy = (**card).clone();
            copy.id = id.clone();
            copy.column = column.clone();
            // The goal, if any, belongs to the other board.
            copy.goal = None;
            copy.archived = false;
            copy.escalated_to = None;
            copy.escalated_from = Some(from.clone());
            copy.created = Some(stamp.at.clone());
            touch(&mut copy, stamp);
            let title = copy.title.clone();
            insert(board, copy, None);
            Ok(Applied {
                inverse: Op::RemoveCard { id: id.clone() },
                change: Change::Added {
                    card: id,
                    title,
                    column,
                },
            })
        }
    }
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
        round_trip(Op::MoveCard {
            id: "k1".into(),
            column: "b".into(),
            before: None,
        });
        round_trip(Op::MoveCard {
            id: "k3".into(),
            column: "a".into(),
            before: Some("k1".into()),
        });
        round_trip(Op::SetCard {
            id: "k2".into(),
            patch: CardPatch {
                title: Some("to".into()),
                owner: Some(Some("Ola".into())),
                light: Some(Some(Light::Red)),
                archived: Some(true),
                ..CardPatch::default()
            },
        });
        round_trip(Op::RemoveCard { id: "k1".into() });
    }

    #[test]
    fn add_picks_the_next_free_id_and_goes_last_in_its_column() {
        let mut b = board();
        let op = Op::AddCard(NewCard {
            title: " Ny ".into(),
            column: "a".into(),
            owner: Some("".into()),
            due: None,
            light: None,
        });
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
            &Op::MoveCard {
                id: "k3".into(),
                column: "a".into(),
                before: Some("k1".into()),
            },
            &stamp(),
        )
        .unwrap();
        assert_eq!(order(&b, "a"), ["k3", "k1"]);
        apply(
            &mut b,
            &Op::MoveCard {
                id: "k3".into(),
                column: "a".into(),
                before: None,
            },
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
                &Op::MoveCard {
                    id: "k9".into(),
                    column: "a".into(),
                    before: None
                },
                &stamp()
            ),
            Err(OpError::NoSuchCard("k9".into()))
        );
        assert_eq!(
            apply(
                &mut b,
                &Op::MoveCard {
                    id: "k1".into(),
                    column: "x".into(),
                    before: None
                },
                &stamp()
            ),
            Err(OpError::NoSuchColumn("x".into()))
        );
        assert_eq!(
            apply(
                &mut b,
                &Op::SetCard {
                    id: "k1".into(),
                    patch: CardPatch {
                        title: Some(" ".into()),
                        ..Default::default()
                    }
                },
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

//! Changes to the annual wheel (årshjul, seed 001): add, change, take away
//! and put back an event, and make the card of an event whose week has come
//! ([`crate::operations::wheel::due`]) as one op: a card titled as the
//! event, due on the Sunday of its week, owned by whoever holds the event's
//! role on the board, with the event's note, and the year written in the
//! event's `made` list so the card is made once. The undo takes both away
//! again. Pure; see [`super`].

use crate::model::{Board, Card, Extra, Made, WheelEvent, WheelRole};
use crate::operations::Week;
use crate::operations::wheel::is_made;

use super::cards::{self, index_of};
use super::tidy::clean_note;
use super::{CardOp, Change, NewCard, OpError, Outcome, Stamp, next_id};

/// A new event; its id (`e1`, `e2`, …) is chosen when the op is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub week: u8,
    pub title: String,
    pub role: Option<WheelRole>,
    pub note: Option<String>,
}

/// Fields of an event to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventPatch {
    pub week: Option<u8>,
    pub title: Option<String>,
    pub role: Option<Option<WheelRole>>,
    pub note: Option<Option<String>>,
}

/// A change to the annual wheel.
#[derive(Debug, Clone, PartialEq)]
pub enum WheelOp {
    Add(NewEvent),
    /// Put an event back exactly as it was at place `at` (undo of Remove).
    Insert {
        event: Box<WheelEvent>,
        at: usize,
    },
    Set {
        id: String,
        patch: EventPatch,
    },
    Remove {
        id: String,
    },
    /// Make the event's card for ISO week-year `year`, in `column` (empty:
    /// the first column).
    MakeCard {
        event: String,
        year: i32,
        column: String,
    },
    /// Take the card of `year` away, and the year from `made`: the undo of
    /// making it.
    UnmakeCard {
        event: String,
        year: i32,
    },
    /// Put the card back at place `at`, and its `made` entry at `made_at`:
    /// the undo of unmaking it.
    RemakeCard {
        event: String,
        made: Box<Made>,
        made_at: usize,
        card: Box<Card>,
        at: usize,
    },
}

fn week_ok(week: u8) -> Result<u8, OpError> {
    if (1..=53).contains(&week) {
        Ok(week)
    } else {
        Err(OpError::NoSuchWeek(week))
    }
}

fn event_mut<'b>(board: &'b mut Board, id: &str) -> Result<&'b mut WheelEvent, OpError> {
    board
        .wheel
        .iter_mut()
        .find(|e| e.id == id)
        .ok_or_else(|| OpError::NoSuchEvent(id.to_string()))
}

/// Who holds `role` on the board, if anyone is named.
fn holder(board: &Board, role: Option<WheelRole>) -> Option<String> {
    match role? {
        WheelRole::Leader => None,
        WheelRole::TeamLeader => board.team_leader.clone(),
        WheelRole::MeasurementLead => board.measurement_lead.clone(),
    }
}

pub(super) fn apply(
    board: &mut Board,
    op: &WheelOp,
    stamp: &Stamp,
) -> Result<Outcome<WheelOp>, OpError> {
    match op {
        WheelOp::Add(new) => {
            let title = new.title.trim().to_string();
            if title.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            let week = week_ok(new.week)?;
            let id = next_id("e", board.wheel.iter().map(|e| e.id.as_str()));
            board.wheel.push(WheelEvent {
                id: id.clone(),
                week,
                title: title.clone(),
                role: new.role,
                note: clean_note(&new.note),
                made: Vec::new(),
                extra: Extra::new(),
            });
            Ok(Outcome {
                inverse: WheelOp::Remove { id: id.clone() },
                change: Change::EventAdded {
                    event: id,
                    title,
                    week,
                },
            })
        }
        WheelOp::Insert { event, at } => {
            if board.event(&event.id).is_some() {
                return Err(OpError::DuplicateEvent(event.id.clone()));
            }
            let at = (*at).min(board.wheel.len());
            board.wheel.insert(at, (**event).clone());
            Ok(Outcome {
                inverse: WheelOp::Remove {
                    id: event.id.clone(),
                },
                change: Change::EventAdded {
                    event: event.id.clone(),
                    title: event.title.clone(),
                    week: event.week,
                },
            })
        }
        WheelOp::Set { id, patch } => {
            if patch.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
                return Err(OpError::EmptyTitle);
            }
            patch.week.map(week_ok).transpose()?;
            let e = event_mut(board, id)?;
            let mut old = EventPatch::default();
            let mut fields: Vec<String> = Vec::new();
            macro_rules! swap {
                ($field:ident, $value:expr) => {
                    if let Some(v) = $value {
                        if e.$field != v {
                            fields.push(stringify!($field).to_string());
                        }
                        old.$field = Some(std::mem::replace(&mut e.$field, v));
                    }
                };
            }
            swap!(week, patch.week);
            swap!(title, patch.title.as_ref().map(|t| t.trim().to_string()));
            swap!(role, patch.role);
            swap!(note, patch.note.as_ref().map(clean_note));
            Ok(Outcome {
                inverse: WheelOp::Set {
                    id: id.clone(),
                    patch: old,
                },
                change: Change::EventChanged {
                    event: id.clone(),
                    title: e.title.clone(),
                    week: e.week,
                    fields,
                },
            })
        }
        WheelOp::Remove { id } => {
            let at = board
                .wheel
                .iter()
                .position(|e| &e.id == id)
                .ok_or_else(|| OpError::NoSuchEvent(id.clone()))?;
            let event = board.wheel.remove(at);
            let title = event.title.clone();
            Ok(Outcome {
                inverse: WheelOp::Insert {
                    event: Box::new(event),
                    at,
                },
                change: Change::EventRemoved {
                    event: id.clone(),
                    title,
                },
            })
        }
        WheelOp::MakeCard {
            event,
            year,
            column,
        } => {
            let e = board
                .event(event)
                .ok_or_else(|| OpError::NoSuchEvent(event.clone()))?;
            if is_made(e, *year) {
                return Err(OpError::AlreadyMade(event.clone(), *year));
            }
            let week = Week {
                year: *year,
                week: u32::from(e.week),
            };
            let due = week.sunday().ok_or(OpError::NoSuchWeek(e.week))?;
            let (title, note, owner) = (e.title.clone(), e.note.clone(), holder(board, e.role));
            let new = NewCard {
                title: title.clone(),
                column: column.clone(),
                owner,
                due: Some(due),
                light: None,
                source: None,
                received: None,
            };
            let added = cards::apply(board, &CardOp::Add(new), stamp)?;
            let Some(card) = added.change.card().map(str::to_string) else {
                return Err(OpError::EmptyTitle);
            };
            let i = index_of(board, &card)?;
            board.cards[i].note = note;
            event_mut(board, event)?.made.push(Made {
                year: *year,
                card: card.clone(),
                extra: Extra::new(),
            });
            Ok(Outcome {
                inverse: WheelOp::UnmakeCard {
                    event: event.clone(),
                    year: *year,
                },
                change: Change::EventCard {
                    event: event.clone(),
                    title,
                    year: *year,
                    week: week.week,
                    card,
                },
            })
        }
        WheelOp::UnmakeCard { event, year } => {
            let e = board
                .event(event)
                .ok_or_else(|| OpError::NoSuchEvent(event.clone()))?;
            let made_at = e
                .made
                .iter()
                .position(|m| m.year == *year)
                .ok_or_else(|| OpError::NotMade(event.clone(), *year))?;
            let at = index_of(board, &e.made[made_at].card)?;
            let made = event_mut(board, event)?.made.remove(made_at);
            let card = board.cards.remove(at);
            Ok(Outcome {
                change: Change::Removed {
                    card: card.id.clone(),
                    title: card.title.clone(),
                },
                inverse: WheelOp::RemakeCard {
                    event: event.clone(),
                    made: Box::new(made),
                    made_at,
                    card: Box::new(card),
                    at,
                },
            })
        }
        WheelOp::RemakeCard {
            event,
            made,
            made_at,
            card,
            at,
        } => {
            let e = board
                .event(event)
                .ok_or_else(|| OpError::NoSuchEvent(event.clone()))?;
            if is_made(e, made.year) {
                return Err(OpError::AlreadyMade(event.clone(), made.year));
            }
            if board.card(&card.id).is_some() {
                return Err(OpError::DuplicateCard(card.id.clone()));
            }
            let (title, week) = (e.title.clone(), u32::from(e.week));
            let list = &mut event_mut(board, event)?.made;
            list.insert((*made_at).min(list.len()), (**made).clone());
            let at = (*at).min(board.cards.len());
            board.cards.insert(at, (**card).clone());
            Ok(Outcome {
                inverse: WheelOp::UnmakeCard {
                    event: event.clone(),
                    year: made.year,
                },
                change: Change::EventCard {
                    event: event.clone(),
                    title,
                    year: made.year,
                    week,
                    card: card.id.clone(),
                },
            })
        }
    }
}

#[cfg(test)]
#[path = "wheel_tests.rs"]
mod tests;

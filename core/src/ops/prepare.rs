//! Preparing the meeting from the screen: its goal, its length, the agenda
//! (items added, removed, renamed, moved, each with its own time box) and who
//! is ticked present. Unlike the steps of a running meeting ([`super::meeting`]),
//! these are edits: each has an inverse that undo applies, and a [`Change`]
//! the change log and the minutes show. Pure; see [`super`].
//!
//! An agenda item is named by its place *and* its title ([`ItemRef`]): the op
//! is applied to the board as it is on disk now, where another screen may
//! have added an item above it, so the title finds the item that was meant.

use crate::model::{AgendaItem, Board, Meeting};

use super::{Change, OpError, Outcome, Stamp, clean};

/// The longest time box tavle accepts, in minutes (a day), as the format says.
pub const MAX_MINUTES: u64 = 24 * 60;

/// An agenda item as the user saw it: its place (from 0) and its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRef {
    pub at: usize,
    pub title: String,
}

/// A change to the meeting's plan or to who is present.
#[derive(Debug, Clone, PartialEq)]
pub enum PrepareOp {
    /// Set the goal; `None` (or only spaces) removes it.
    SetGoal(Option<String>),
    /// Set the length in minutes; `None` goes back to the default (15).
    SetLength(Option<u64>),
    /// Add an item at `at` (from 0; `None`: last).
    AddItem {
        at: Option<usize>,
        item: AgendaItem,
    },
    RemoveItem(ItemRef),
    RenameItem {
        item: ItemRef,
        title: String,
    },
    /// Move an item to place `to` (from 0, among the items as they are after
    /// it is taken out).
    MoveItem {
        item: ItemRef,
        to: usize,
    },
    /// Give an item its own time box, or take it away (`None`).
    SetItemMinutes {
        item: ItemRef,
        minutes: Option<u64>,
    },
    /// Tick `name` present at the running meeting, at place `at` of the list
    /// (`None`: last); `guest`: not one of the board's team.
    Present {
        name: String,
        at: Option<usize>,
        guest: bool,
    },
    /// Untick `name`.
    Absent {
        name: String,
    },
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &PrepareOp,
    _stamp: &Stamp,
) -> Result<Outcome<PrepareOp>, OpError> {
    match op {
        PrepareOp::SetGoal(goal) => {
            let to = clean(goal);
            let from = std::mem::replace(&mut meeting(board).goal, to.clone());
            Ok(Outcome {
                inverse: PrepareOp::SetGoal(from.clone()),
                change: Change::MeetingGoal { from, to },
            })
        }
        PrepareOp::SetLength(minutes) => {
            check_minutes(*minutes)?;
            let from = std::mem::replace(&mut meeting(board).minutes, *minutes);
            Ok(Outcome {
                inverse: PrepareOp::SetLength(from),
                change: Change::MeetingLength { from, to: *minutes },
            })
        }
        PrepareOp::AddItem { at, item } => {
            let title = item.title.trim().to_string();
            if title.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            check_minutes(item.minutes)?;
            let agenda = &mut meeting(board).agenda;
            let at = at.unwrap_or(agenda.len()).min(agenda.len());
            agenda.insert(
                at,
                AgendaItem {
                    title: title.clone(),
                    ..item.clone()
                },
            );
            keep_current(board, |i| if i >= at { i + 1 } else { i });
            Ok(Outcome {
                inverse: PrepareOp::RemoveItem(ItemRef {
                    at,
                    title: title.clone(),
                }),
                change: Change::AgendaAdded {
                    title,
                    place: at,
                    minutes: item.minutes,
                },
            })
        }
        PrepareOp::RemoveItem(r) => {
            let at = find(board, r)?;
            let agenda = &mut meeting(board).agenda;
            let item = agenda.remove(at);
            keep_current(board, |i| match i.cmp(&at) {
                std::cmp::Ordering::Greater => i - 1,
                _ => i,
            });
            Ok(Outcome {
                change: Change::AgendaRemoved {
                    title: item.title.clone(),
                    place: at,
                },
                inverse: PrepareOp::AddItem { at: Some(at), item },
            })
        }
        PrepareOp::RenameItem { item, title } => {
            let title = title.trim().to_string();
            if title.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            let at = find(board, item)?;
            let from = std::mem::replace(&mut meeting(board).agenda[at].title, title.clone());
            Ok(Outcome {
                inverse: PrepareOp::RenameItem {
                    item: ItemRef {
                        at,
                        title: title.clone(),
                    },
                    title: from.clone(),
                },
                change: Change::AgendaRenamed {
                    from,
                    to: title,
                    place: at,
                },
            })
        }
        PrepareOp::MoveItem { item, to } => {
            let from = find(board, item)?;
            let agenda = &mut meeting(board).agenda;
            let moved = agenda.remove(from);
            let to = (*to).min(agenda.len());
            let title = moved.title.clone();
            agenda.insert(to, moved);
            // The item under way stays the one under way.
            keep_current(board, |i| {
                if i == from {
                    to
                } else {
                    let without = if i > from { i - 1 } else { i };
                    if without >= to { without + 1 } else { without }
                }
            });
            Ok(Outcome {
                inverse: PrepareOp::MoveItem {
                    item: ItemRef {
                        at: to,
                        title: title.clone(),
                    },
                    to: from,
                },
                change: Change::AgendaMoved { title, from, to },
            })
        }
        PrepareOp::SetItemMinutes { item, minutes } => {
            check_minutes(*minutes)?;
            let at = find(board, item)?;
            let it = &mut meeting(board).agenda[at];
            let from = std::mem::replace(&mut it.minutes, *minutes);
            let title = it.title.clone();
            Ok(Outcome {
                inverse: PrepareOp::SetItemMinutes {
                    item: ItemRef {
                        at,
                        title: title.clone(),
                    },
                    minutes: from,
                },
                change: Change::AgendaTimeBox {
                    title,
                    place: at,
                    from,
                    to: *minutes,
                },
            })
        }
        PrepareOp::Present { name, at, guest } => {
            let name = name.trim().to_string();
            if name.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            let people = &mut running(board)?.attendees;
            let there = people.iter().any(|p| same_person(p, &name));
            if !there {
                let at = at.unwrap_or(people.len()).min(people.len());
                people.insert(at, name.clone());
            }
            Ok(Outcome {
                // Ticking someone already ticked changes nothing, nor does its undo.
                inverse: if there {
                    op.clone()
                } else {
                    PrepareOp::Absent { name: name.clone() }
                },
                change: Change::Attended {
                    name,
                    present: true,
                    guest: *guest,
                },
            })
        }
        PrepareOp::Absent { name } => {
            let people = &mut running(board)?.attendees;
            let at = people.iter().position(|p| same_person(p, name));
            let found = at.map(|i| people.remove(i));
            let inverse = match (&found, at) {
                (Some(n), Some(at)) => PrepareOp::Present {
                    name: n.clone(),
                    at: Some(at),
                    guest: false,
                },
                _ => op.clone(),
            };
            let name = found.unwrap_or_else(|| name.trim().to_string());
            Ok(Outcome {
                inverse,
                change: Change::Attended {
                    name,
                    present: false,
                    guest: false,
                },
            })
        }
    }
}

/// Two spellings of one name: the same but for case and surrounding spaces.
pub fn same_person(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn check_minutes(minutes: Option<u64>) -> Result<(), OpError> {
    match minutes {
        Some(m) if m == 0 || m > MAX_MINUTES => Err(OpError::MinutesOutOfRange(m)),
        _ => Ok(()),
    }
}

fn meeting(board: &mut Board) -> &mut Meeting {
    board.meeting.get_or_insert_with(Meeting::default)
}

fn running(board: &mut Board) -> Result<&mut crate::model::Running, OpError> {
    board
        .meeting
        .as_mut()
        .and_then(|m| m.running.as_mut())
        .ok_or(OpError::NoMeeting)
}

/// The place of the item `r` names on the board as it is now: at its place
/// if the title is still there, else the first item with its title.
fn find(board: &Board, r: &ItemRef) -> Result<usize, OpError> {
    let agenda = board.meeting.as_ref().map_or(&[][..], |m| &m.agenda[..]);
    if agenda.get(r.at).is_some_and(|i| i.title == r.title) {
        return Ok(r.at);
    }
    agenda
        .iter()
        .position(|i| i.title == r.title)
        .ok_or_else(|| OpError::NoSuchAgendaItem(r.title.clone()))
}

/// Keep the running meeting on the item it was at, now at `place(old)`.
fn keep_current(board: &mut Board, place: impl Fn(usize) -> usize) {
    if let Some(m) = board.meeting.as_mut() {
        let last = m.agenda.len().saturating_sub(1) as u64;
        if let Some(r) = m.running.as_mut() {
            let at = usize::try_from(r.item).unwrap_or(usize::MAX);
            r.item = (place(at) as u64).min(last);
        }
    }
}

#[cfg(test)]
#[path = "prepare_tests.rs"]
mod tests;

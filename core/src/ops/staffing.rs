//! Changes to the staffing (bemanning) of an operations board: planned and
//! present per date and shift, one up or down as sick calls come in, the
//! board's shifts, and rolling off the entries of days gone by. Every op
//! returns its exact inverse: an entry is put back as it was, where it was,
//! and a board that had no `staffing` before has none after the undo. Pure;
//! see [`super`] and the rules in [`crate::operations::staffing`].

use chrono::NaiveDate;

use crate::model::{Board, Extra, StaffEntry, Staffing};
use crate::operations::staffing::present;

use super::{Change, OpError, Outcome, Stamp};

/// A change to the staffing of a board.
#[derive(Debug, Clone, PartialEq)]
pub enum StaffingOp {
    /// Set how many are planned on a shift of a date (`None`: not known).
    SetPlanned {
        date: NaiveDate,
        shift: String,
        planned: Option<u32>,
    },
    /// Set how many are present (`None`: as planned).
    SetPresent {
        date: NaiveDate,
        shift: String,
        present: Option<u32>,
    },
    /// One (or more) more or fewer present than now: the quick keys when a
    /// sick call comes in. Never below 0.
    Adjust {
        date: NaiveDate,
        shift: String,
        by: i32,
    },
    /// Put an entry back exactly as it was (or take it away: `entry` none),
    /// at place `at` of `days`; `drop`: the board had no `staffing` before,
    /// and has none again when nothing else is in it. The undo of the above.
    Put {
        date: NaiveDate,
        shift: String,
        entry: Option<Box<StaffEntry>>,
        at: usize,
        drop: bool,
    },
    /// Add a shift to the board's shifts, at place `at` (from 0; last when
    /// none). A board with no shifts of its own has `dag`, `kveld`, `natt`
    /// and gets them written out with the new one.
    AddShift { name: String, at: Option<usize> },
    /// Take a shift out of the board's shifts. Its entries stay (they are
    /// what happened); `tavle check` names them.
    RemoveShift { name: String },
    /// Set the board's shifts as a whole (empty: the default three); `drop`
    /// as for [`StaffingOp::Put`]. The undo of adding or removing a shift.
    SetShifts { shifts: Vec<String>, drop: bool },
    /// Take out the entries dated before `before` (yesterday's figures roll
    /// off; see [`crate::operations::staffing::rolled_off`]).
    RollOff { before: NaiveDate },
    /// Put entries back at their places (from 0, ascending): the undo of
    /// rolling them off.
    PutBack { entries: Vec<(usize, StaffEntry)> },
    /// Take out the entries of these dates and shifts: the undo of putting
    /// them back.
    Take { keys: Vec<(NaiveDate, String)> },
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &StaffingOp,
    _stamp: &Stamp,
) -> Result<Outcome<StaffingOp>, OpError> {
    match op {
        StaffingOp::SetPlanned {
            date,
            shift,
            planned,
        } => edit(board, *date, shift, |e| {
            e.planned = *planned;
            Ok(())
        }),
        StaffingOp::SetPresent {
            date,
            shift,
            present,
        } => edit(board, *date, shift, |e| {
            e.present = *present;
            Ok(())
        }),
        StaffingOp::Adjust { date, shift, by } => edit(board, *date, shift, |e| {
            let now = i64::from(present(e).unwrap_or(0));
            let to = now + i64::from(*by);
            e.present = Some(u32::try_from(to).map_err(|_| OpError::CountBelowZero)?);
            Ok(())
        }),
        StaffingOp::Put {
            date,
            shift,
            entry,
            at,
            drop,
        } => {
            let was_none = board.staffing.is_none();
            let s = board.staffing.get_or_insert_with(Staffing::default);
            let old = s
                .days
                .iter()
                .position(|e| e.date == *date && &e.shift == shift)
                .map(|i| (i, s.days.remove(i)));
            let place = match entry {
                Some(e) => {
                    let place = (*at).min(s.days.len());
                    s.days.insert(place, (**e).clone());
                    place
                }
                None => old.as_ref().map_or(*at, |(i, _)| *i),
            };
            let change = Change::StaffSet {
                date: *date,
                shift: shift.clone(),
                planned: entry.as_ref().and_then(|e| e.planned),
                present: entry.as_ref().and_then(|e| e.present),
            };
            drop_if_empty(board, *drop);
            Ok(Outcome {
                inverse: StaffingOp::Put {
                    date: *date,
                    shift: shift.clone(),
                    entry: old.map(|(_, e)| Box::new(e)),
                    at: place,
                    drop: was_none,
                },
                change,
            })
        }
        StaffingOp::AddShift { name, at } => {
            let name = name.trim().to_string();
            if name.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            let mut names = shift_names(board);
            if names.contains(&name) {
                return Err(OpError::ShiftExists(name));
            }
            names.insert(at.unwrap_or(names.len()).min(names.len()), name);
            set_shifts(board, names, false)
        }
        StaffingOp::RemoveShift { name } => {
            let mut names = shift_names(board);
            let i = names
                .iter()
                .position(|n| n == name)
                .ok_or_else(|| OpError::NoSuchShift(name.clone()))?;
            names.remove(i);
            set_shifts(board, names, false)
        }
        StaffingOp::SetShifts { shifts, drop } => set_shifts(board, shifts.clone(), *drop),
        StaffingOp::RollOff { before } => {
            let Some(s) = &mut board.staffing else {
                return Ok(put_back(Vec::new()));
            };
            let mut entries = Vec::new();
            let mut i = 0;
            // Places as they were, ascending: where each goes back.
            s.days.retain(|e| {
                let keep = e.date >= *before;
                if !keep {
                    entries.push((i, e.clone()));
                }
                i += 1;
                keep
            });
            Ok(put_back(entries))
        }
        StaffingOp::PutBack { entries } if entries.is_empty() => Ok(Outcome {
            // The undo of rolling off nothing: nothing, not even a `staffing`.
            inverse: StaffingOp::Take { keys: Vec::new() },
            change: Change::StaffPutBack { count: 0 },
        }),
        StaffingOp::PutBack { entries } => {
            let s = board.staffing.get_or_insert_with(Staffing::default);
            if let Some((_, e)) = entries
                .iter()
                .find(|(_, e)| s.entry(e.date, &e.shift).is_some())
            {
                return Err(OpError::DuplicateStaff(e.key()));
            }
            for (at, e) in entries {
                let at = (*at).min(s.days.len());
                s.days.insert(at, e.clone());
            }
            Ok(Outcome {
                inverse: StaffingOp::Take {
                    keys: entries
                        .iter()
                        .map(|(_, e)| (e.date, e.shift.clone()))
                        .collect(),
                },
                change: Change::StaffPutBack {
                    count: entries.len(),
                },
            })
        }
        StaffingOp::Take { keys } => {
            let Some(s) = &mut board.staffing else {
                return Ok(put_back(Vec::new()));
            };
            let mut entries = Vec::new();
            let mut i = 0;
            s.days.retain(|e| {
                let keep = !keys.iter().any(|(d, sh)| *d == e.date && *sh == e.shift);
                if !keep {
                    entries.push((i, e.clone()));
                }
                i += 1;
                keep
            });
            Ok(put_back(entries))
        }
    }
}

fn put_back(entries: Vec<(usize, StaffEntry)>) -> Outcome<StaffingOp> {
    let count = entries.len();
    Outcome {
        inverse: StaffingOp::PutBack { entries },
        change: Change::StaffRolledOff { count },
    }
}

/// The board's shift names (the default three when it names none).
fn shift_names(board: &Board) -> Vec<String> {
    board
        .staffing
        .as_ref()
        .map_or_else(|| Staffing::default().shift_names(), Staffing::shift_names)
}

/// Change one entry (made when missing) by `f`; the inverse puts the old
/// entry back, or takes the new one away.
fn edit(
    board: &mut Board,
    date: NaiveDate,
    shift: &str,
    f: impl FnOnce(&mut StaffEntry) -> Result<(), OpError>,
) -> Result<Outcome<StaffingOp>, OpError> {
    if !shift_names(board).iter().any(|n| n == shift) {
        return Err(OpError::NoSuchShift(shift.to_string()));
    }
    let was_none = board.staffing.is_none();
    let days_len = board.staffing.as_ref().map_or(0, |s| s.days.len());
    let at = board.staffing.as_ref().and_then(|s| {
        s.days
            .iter()
            .position(|e| e.date == date && e.shift == shift)
    });
    let old = at.and_then(|i| board.staffing.as_ref().map(|s| s.days[i].clone()));
    let mut e = old.clone().unwrap_or_else(|| StaffEntry {
        date,
        shift: shift.to_string(),
        planned: None,
        present: None,
        who: Vec::new(),
        extra: Extra::new(),
    });
    f(&mut e)?;
    let change = Change::StaffSet {
        date,
        shift: shift.to_string(),
        planned: e.planned,
        present: e.present,
    };
    let s = board.staffing.get_or_insert_with(Staffing::default);
    match at {
        Some(i) => s.days[i] = e,
        None => s.days.push(e),
    }
    Ok(Outcome {
        inverse: StaffingOp::Put {
            date,
            shift: shift.to_string(),
            entry: old.map(Box::new),
            at: at.unwrap_or(days_len),
            drop: was_none,
        },
        change,
    })
}

fn set_shifts(
    board: &mut Board,
    names: Vec<String>,
    drop: bool,
) -> Result<Outcome<StaffingOp>, OpError> {
    let was_none = board.staffing.is_none();
    let from = shift_names(board);
    let s = board.staffing.get_or_insert_with(Staffing::default);
    let old = std::mem::replace(&mut s.shifts, names);
    let to = s.shift_names();
    drop_if_empty(board, drop);
    Ok(Outcome {
        inverse: StaffingOp::SetShifts {
            shifts: old,
            drop: was_none,
        },
        change: Change::ShiftsSet { from, to },
    })
}

/// Take `staffing` away when `drop` and nothing is in it.
fn drop_if_empty(board: &mut Board, drop: bool) {
    if drop && board.staffing.as_ref() == Some(&Staffing::default()) {
        board.staffing = None;
    }
}

#[cfg(test)]
#[path = "staffing_tests.rs"]
mod tests;

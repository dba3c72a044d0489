//! Staffing (bemanning) as rules: the shifts of one day with planned,
//! present and the number missing, and which entries have rolled off (dated
//! before today). An entry's `present` left out means as planned: nobody has
//! called in sick, so nobody is missing. Pure.

use chrono::NaiveDate;

use crate::model::{Board, StaffEntry};

/// The staffing of one shift on one day, as the standup reads it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ShiftDay {
    pub shift: String,
    /// How many were planned; `None` when nobody wrote it.
    pub planned: Option<u32>,
    /// How many are present ([`present`]); `None` when nothing is known.
    pub present: Option<u32>,
    /// How many are missing: planned − present when that is more than 0
    /// ([`gap`]); shown red with the number.
    pub gap: u32,
    pub who: Vec<String>,
    /// The shift is not one of the board's shifts (an entry left from a
    /// shift that was taken away, or a typo in the file).
    pub unknown: bool,
}

/// How many are present on an entry: its `present`, or as planned.
pub fn present(e: &StaffEntry) -> Option<u32> {
    e.present.or(e.planned)
}

/// How many are missing on an entry: planned − present, or 0.
pub fn gap(e: &StaffEntry) -> u32 {
    match (e.planned, present(e)) {
        (Some(p), Some(n)) => p.saturating_sub(n),
        _ => 0,
    }
}

/// The board's shifts on `date`, in the board's order, each with its entry's
/// figures (none when the day has no entry for it); then any entry of that
/// day for a shift the board does not name, in file order.
pub fn day(board: &Board, date: NaiveDate) -> Vec<ShiftDay> {
    let Some(s) = &board.staffing else {
        return crate::model::DEFAULT_SHIFTS
            .iter()
            .map(|name| empty(name))
            .collect();
    };
    let names = s.shift_names();
    let mut out: Vec<ShiftDay> = names
        .iter()
        .map(|name| match s.entry(date, name) {
            Some(e) => of(e, false),
            None => empty(name),
        })
        .collect();
    for e in s.days.iter().filter(|e| e.date == date) {
        if !names.contains(&e.shift) && !out.iter().any(|d| d.shift == e.shift) {
            out.push(of(e, true));
        }
    }
    out
}

fn of(e: &StaffEntry, unknown: bool) -> ShiftDay {
    ShiftDay {
        shift: e.shift.clone(),
        planned: e.planned,
        present: present(e),
        gap: gap(e),
        who: e.who.clone(),
        unknown,
    }
}

fn empty(name: &str) -> ShiftDay {
    ShiftDay {
        shift: name.to_string(),
        planned: None,
        present: None,
        gap: 0,
        who: Vec::new(),
        unknown: false,
    }
}

/// How many are missing on `date`, all shifts together.
pub fn missing(board: &Board, date: NaiveDate) -> u32 {
    day(board, date).iter().map(|d| d.gap).sum()
}

/// The places (from 0) in `staffing.days` of the entries that have rolled
/// off: dated before `today`. Yesterday's figures are not today's; the
/// screen shows only today, and [`crate::ops::StaffingOp::RollOff`] takes
/// these out of the file (its undo puts them back where they were).
pub fn rolled_off(board: &Board, today: NaiveDate) -> Vec<usize> {
    board.staffing.as_ref().map_or_else(Vec::new, |s| {
        s.days
            .iter()
            .enumerate()
            .filter(|(_, e)| e.date < today)
            .map(|(i, _)| i)
            .collect()
    })
}

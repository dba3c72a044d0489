//! The annual wheel (årshjul, seed 001) as rules: the events of the weeks
//! ahead, the strip of the year's 52 or 53 weeks, and the events whose week
//! has come and that are to become cards.
//!
//! An event becomes a card when its week comes: it is *due* in the ISO week
//! it names, and stays due for [`CATCH_UP`] more weeks (a board nobody
//! opened over a holiday week still gets the card), until the card is made
//! for that week-year (the event's `made` list says which years have one).
//! An event of week 53 comes only in years that have a week 53. Pure.

use chrono::NaiveDate;

use super::{Week, weeks_in_year};
use crate::model::{Board, WheelEvent};

/// How many weeks after its own week an event still becomes a card.
pub const CATCH_UP: u32 = 2;

/// An event in a coming week.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Ahead<'b> {
    pub week: Week,
    /// The Monday of the week.
    pub monday: NaiveDate,
    pub event: &'b WheelEvent,
}

/// The events of the `n` weeks starting with the week of `today` (n = 1:
/// this week only), by week, board order within a week; across the new
/// year too.
pub fn ahead(board: &Board, today: NaiveDate, n: u32) -> Vec<Ahead<'_>> {
    let now = Week::of(today);
    let mut out = Vec::new();
    for k in 0..n {
        let Some(week) = now.plus(i64::from(k)) else {
            break;
        };
        let Some(monday) = week.monday() else {
            continue;
        };
        for e in board
            .wheel
            .iter()
            .filter(|e| u32::from(e.week) == week.week)
        {
            out.push(Ahead {
                week,
                monday,
                event: e,
            });
        }
    }
    out
}

/// One week of the year's strip.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StripWeek {
    /// 1–52 or 1–53.
    pub week: u32,
    /// The ids of the events of the week, in board order.
    pub events: Vec<String>,
    /// The week of `today`.
    pub current: bool,
}

/// The weeks of the ISO week-year of `today`, 52 or 53 of them, each with
/// its events. An event of week 53 in a year of 52 weeks is in no week.
pub fn strip(board: &Board, today: NaiveDate) -> Vec<StripWeek> {
    let now = Week::of(today);
    (1..=weeks_in_year(now.year))
        .map(|week| StripWeek {
            week,
            events: board
                .wheel
                .iter()
                .filter(|e| u32::from(e.week) == week)
                .map(|e| e.id.clone())
                .collect(),
            current: week == now.week,
        })
        .collect()
}

/// An event whose week has come and whose card is not made yet.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Due<'b> {
    pub event: &'b WheelEvent,
    /// The week it came in: the card is for its week-year.
    pub week: Week,
}

/// Whether the event has its card for week-year `year`.
pub fn is_made(event: &WheelEvent, year: i32) -> bool {
    event.made.iter().any(|m| m.year == year)
}

/// The events due to become cards on `today` (see the module doc), in board
/// order, each once (the latest week it came in).
pub fn due(board: &Board, today: NaiveDate) -> Vec<Due<'_>> {
    let now = Week::of(today);
    let mut out = Vec::new();
    for e in &board.wheel {
        let came = (0..=CATCH_UP)
            .filter_map(|back| now.plus(-i64::from(back)))
            .find(|w| w.week == u32::from(e.week));
        if let Some(week) = came
            && !is_made(e, week.year)
        {
            out.push(Due { event: e, week });
        }
    }
    out
}

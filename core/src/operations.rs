//! The operations board (driftstavle, Kvalitetshåndbok §4.1.4) as rules: the
//! standup's order of business. Today's staffing with its gaps and the
//! entries that have rolled off ([`staffing`]); risks in the 5×5 matrix with
//! their level, and deviations counted per ISO week ([`risks`]); this week's
//! and next week's deadlines from every card, goal and routine revision
//! ([`deadlines`]); and the annual wheel: the weeks ahead, the year's strip
//! and the events whose week has come and that are to become cards
//! ([`wheel`]). Pure: every `today` is passed in.

pub mod deadlines;
pub mod risks;
pub mod staffing;
pub mod wheel;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::ops::Change;

/// An ISO week: its week-year and number (`uke 37` of 2026).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Week {
    /// The ISO week-year (2027-01-01 is in week 53 of 2026).
    pub year: i32,
    /// 1–53.
    pub week: u32,
}

impl Week {
    /// The week `day` falls in.
    pub fn of(day: NaiveDate) -> Week {
        let w = day.iso_week();
        Week {
            year: w.year(),
            week: w.week(),
        }
    }

    /// Its Monday, if the week exists (week 53 only in some years).
    pub fn monday(self) -> Option<NaiveDate> {
        NaiveDate::from_isoywd_opt(self.year, self.week, Weekday::Mon)
    }

    /// Its Sunday, the last day of the week, if the week exists.
    pub fn sunday(self) -> Option<NaiveDate> {
        NaiveDate::from_isoywd_opt(self.year, self.week, Weekday::Sun)
    }

    /// The week `n` weeks later (earlier for a negative `n`).
    pub fn plus(self, n: i64) -> Option<Week> {
        let monday = self.monday()?;
        monday.checked_add_signed(Duration::weeks(n)).map(Week::of)
    }
}

/// How many ISO weeks the week-year `year` has: 52, or 53 when it has a
/// week 53 (a year that starts on a Thursday, or a leap year that starts on
/// a Wednesday).
pub fn weeks_in_year(year: i32) -> u32 {
    if NaiveDate::from_isoywd_opt(year, 53, Weekday::Mon).is_some() {
        53
    } else {
        52
    }
}

/// The operations changes of a meeting or day, as the minutes list them:
/// in the order they were made, a shift's staffing once, as it stood last
/// (three sick calls on the day shift are one line: 2 of 5 present).
pub fn minutes_changes<'c>(changes: impl IntoIterator<Item = &'c Change>) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    for c in changes.into_iter().filter(|c| c.is_operations()) {
        if let Change::StaffSet { date, shift, .. } = c {
            out.retain(|o| {
                !matches!(o, Change::StaffSet { date: d, shift: s, .. } if d == date && s == shift)
            });
        }
        out.push(c.clone());
    }
    out
}

#[cfg(test)]
mod tests;

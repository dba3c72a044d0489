//! The measurement lead's round (måleansvarlig, seed 001): which indicators
//! need a value today. An indicator says how often it is measured (`every`)
//! and who measures it (`measured_by`, else the board's measurement lead);
//! its next value is due one period after its last one, and one never
//! measured is due at once. The round of a day lists every indicator due on
//! or before it, and marks as done those whose value of that day is there,
//! so a screen entering the values one by one keeps showing what it did.
//! Pure: the day comes from the caller, the boards too.

use chrono::{Days, Months, NaiveDate};

use crate::model::{Board, Indicator, Measurement};

/// How often an indicator is measured: the `every` key of an indicator.
///
/// Written `week`, `month`, `quarter`, `year` (any case), or a number of
/// days as `"14 days"` (`"1 day"`), 1 to 366 days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Days(u32),
    Week,
    Month,
    Quarter,
    Year,
}

/// The longest period written in days.
pub const MAX_DAYS: u32 = 366;

impl Every {
    /// The words `every` takes besides a number of days.
    pub const NAMES: &'static [&'static str] = &["week", "month", "quarter", "year"];

    /// Read `every` as written in a file; `None` when it is not one of the forms.
    pub fn parse(text: &str) -> Option<Every> {
        let text = text.trim().to_lowercase();
        match text.as_str() {
            "week" => return Some(Every::Week),
            "month" => return Some(Every::Month),
            "quarter" => return Some(Every::Quarter),
            "year" => return Some(Every::Year),
            _ => {}
        }
        let (n, word) = text.split_once(' ')?;
        let n: u32 = n.parse().ok()?;
        let word_fits = match n {
            1 => word.trim() == "day",
            _ => word.trim() == "days",
        };
        (word_fits && (1..=MAX_DAYS).contains(&n)).then_some(Every::Days(n))
    }

    /// The day one period after `date`. A month later from a day the next
    /// month does not have is that month's last day (31 January → 28 or
    /// 29 February); `None` past the calendar's end.
    pub fn after(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Every::Days(n) => date.checked_add_days(Days::new(u64::from(n))),
            Every::Week => date.checked_add_days(Days::new(7)),
            Every::Month => date.checked_add_months(Months::new(1)),
            Every::Quarter => date.checked_add_months(Months::new(3)),
            Every::Year => date.checked_add_months(Months::new(12)),
        }
    }
}

/// One indicator in the round of a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Due<'b> {
    /// Its place in the board's `indicators`.
    pub index: usize,
    pub indicator: &'b Indicator,
    pub every: Every,
    /// The day its value was due: one period after `last`; `None` when it
    /// was never measured (due from the start).
    pub due: Option<NaiveDate>,
    /// Who measures it: its `measured_by`, else the board's measurement
    /// lead; `None` when neither is written.
    pub who: Option<&'b str>,
    /// Its latest value before the day of the round.
    pub last: Option<&'b Measurement>,
    /// The value recorded on the day of the round: done.
    pub done: Option<&'b Measurement>,
}

impl Due<'_> {
    /// Whether this person measures it (names compared without case and
    /// surrounding blanks).
    pub fn is_for(&self, name: &str) -> bool {
        self.who
            .is_some_and(|w| w.trim().to_lowercase() == name.trim().to_lowercase())
    }
}

fn name(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// The round of `today` on `board`, in the board's order: each indicator
/// with a frequency tavle reads whose value was due on or before `today`
/// (counted from its values before `today`), with `done` set when a value
/// of `today` is there. Values dated after `today` are not counted.
pub fn due(board: &Board, today: NaiveDate) -> Vec<Due<'_>> {
    let lead = name(board.measurement_lead.as_deref());
    board
        .indicators
        .iter()
        .enumerate()
        .filter_map(|(index, indicator)| {
            let every = Every::parse(indicator.every.as_deref()?)?;
            // The values may be out of order in a file: the latest by date.
            let last = (indicator.values.iter())
                .filter(|m| m.date < today)
                .max_by_key(|m| m.date);
            let due = match last {
                Some(m) => Some(every.after(m.date)?),
                None => None,
            };
            if due.is_some_and(|d| d > today) {
                return None;
            }
            Some(Due {
                index,
                indicator,
                every,
                due,
                who: name(indicator.measured_by.as_deref()).or(lead),
                last,
                done: indicator.values.iter().rfind(|m| m.date == today),
            })
        })
        .collect()
}

/// The round of `today` across boards, each named by the caller's `key`
/// (its path, its name): the boards with something in the round, in the
/// order given, with only what `who` measures when a name is given.
pub fn across<'b, K>(
    boards: impl IntoIterator<Item = (K, &'b Board)>,
    today: NaiveDate,
    who: Option<&str>,
) -> Vec<(K, Vec<Due<'b>>)> {
    boards
        .into_iter()
        .filter_map(|(key, board)| {
            let mut items = due(board, today);
            if let Some(who) = who {
                items.retain(|d| d.is_for(who));
            }
            (!items.is_empty()).then_some((key, items))
        })
        .collect()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod fields_tests;

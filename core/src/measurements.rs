//! Measurements in a board that a run chart would mislead with: two values
//! on one date of one indicator (which one was measured?), and a value dated
//! after today (nothing was measured on a day that has not come). tavle does
//! not write either, but a board edited by hand, merged from a copy or
//! written by another program may hold them. `tavle check` and `tavle
//! measure import` report them; they are warnings, because the board still
//! works.
//!
//! Pure: the board and today in, findings out.

use chrono::NaiveDate;

use crate::model::Board;

/// What is doubtful about one indicator's values.
#[derive(Debug, Clone, PartialEq)]
pub enum Doubt {
    /// Dates that have more than one value, each with its values in file
    /// order; oldest date first.
    SameDate(Vec<(NaiveDate, Vec<f64>)>),
    /// Values dated after today, oldest first.
    Future(Vec<(NaiveDate, f64)>),
}

/// A doubt about one indicator of a board.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Position of the indicator in the board's `indicators`.
    pub indicator: usize,
    /// Position in its `values` of the first value concerned, to point at.
    pub value: usize,
    pub doubt: Doubt,
}

impl Finding {
    /// JSON pointer to the first value concerned.
    pub fn pointer(&self) -> String {
        format!("/indicators/{}/values/{}", self.indicator, self.value)
    }
}

/// Every doubtful value of `board`, per indicator in board order: dates
/// with several values first, then dates after `today`.
pub fn doubts(board: &Board, today: NaiveDate) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, ind) in board.indicators.iter().enumerate() {
        // Dates with more than one value, the first position of each.
        let mut twice: Vec<(usize, NaiveDate, Vec<f64>)> = Vec::new();
        for (j, m) in ind.values.iter().enumerate() {
            if twice.iter().any(|(_, d, _)| *d == m.date) {
                continue;
            }
            let same: Vec<f64> = ind.values[j..]
                .iter()
                .filter(|o| o.date == m.date)
                .map(|o| o.value)
                .collect();
            if same.len() > 1 {
                twice.push((j, m.date, same));
            }
        }
        if let Some(first) = twice.iter().map(|t| t.0).min() {
            twice.sort_by_key(|t| t.1);
            out.push(Finding {
                indicator: i,
                value: first,
                doubt: Doubt::SameDate(twice.into_iter().map(|(_, d, v)| (d, v)).collect()),
            });
        }
        let mut future: Vec<(usize, NaiveDate, f64)> = (ind.values.iter().enumerate())
            .filter(|(_, m)| m.date > today)
            .map(|(j, m)| (j, m.date, m.value))
            .collect();
        if let Some(first) = future.iter().map(|f| f.0).min() {
            future.sort_by_key(|f| f.1);
            out.push(Finding {
                indicator: i,
                value: first,
                doubt: Doubt::Future(future.into_iter().map(|(_, d, v)| (d, v)).collect()),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn board(values: &str) -> Board {
        let text = format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[],"cards":[],
            "indicators":[{{"id":"ok","title":"Fin","values":[{{"date":"2026-11-02","value":1}}]}},
                          {{"id":"syk","title":"Sykefravær","values":[{values}]}}]}}"#
        );
        crate::analyze::analyze_text(&text).0.unwrap()
    }

    #[test]
    fn a_clean_board_has_no_doubts() {
        let b = board(r#"{"date":"2026-11-02","value":6.2},{"date":"2026-11-09","value":5.9}"#);
        assert_eq!(doubts(&b, day(2026, 11, 24)), vec![]);
        // Today is a day that has been.
        assert_eq!(doubts(&b, day(2026, 11, 9)), vec![]);
    }

    #[test]
    fn dates_twice_and_dates_to_come_are_found_per_indicator() {
        let b = board(
            r#"{"date":"2026-11-09","value":1},
               {"date":"2026-11-02","value":6.2},
               {"date":"2026-11-09","value":2},
               {"date":"2027-01-04","value":8},
               {"date":"2026-11-02","value":6.2},
               {"date":"2026-12-01","value":7},
               {"date":"2026-11-09","value":3}"#,
        );
        assert_eq!(
            doubts(&b, day(2026, 11, 24)),
            vec![
                Finding {
                    indicator: 1,
                    value: 0,
                    doubt: Doubt::SameDate(vec![
                        (day(2026, 11, 2), vec![6.2, 6.2]),
                        (day(2026, 11, 9), vec![1.0, 2.0, 3.0]),
                    ]),
                },
                Finding {
                    indicator: 1,
                    value: 3,
                    doubt: Doubt::Future(vec![(day(2026, 12, 1), 7.0), (day(2027, 1, 4), 8.0)]),
                },
            ]
        );
        assert_eq!(
            doubts(&b, day(2026, 11, 24))[1].pointer(),
            "/indicators/1/values/3"
        );
    }
}

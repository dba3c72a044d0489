//! From the good rows of a CSV file to what the import stores, row by row,
//! so that every row is accounted for: stored, left as it was (the board
//! already has that value on that date), or skipped with a reason.
//!
//! A row names its indicator as people do (id or title, see
//! [`crate::names`]); one that names none, or several, is skipped. Two rows
//! that give one indicator a value on the same date are a question only the
//! person can answer when the values differ: every such row is skipped, so
//! neither value is guessed. A row that repeats an earlier one exactly is
//! stored once and the repeat is skipped with a warning, as nothing is lost.
//!
//! Whether a stored row replaced a value is not decided here: the save
//! applies it to the board as it is under the lock, and says so.
//!
//! Pure: rows and the board in, the plan out.

use chrono::NaiveDate;

use super::Row;
use crate::model::Board;
use crate::names::{self, NameError};

/// A row to store: an indicator (by id) on a date.
#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    pub line: usize,
    /// The indicator's id.
    pub indicator: String,
    pub date: NaiveDate,
    pub value: f64,
}

/// Why a good row is not stored.
#[derive(Debug, Clone, PartialEq)]
pub enum Skip {
    /// The first column names no indicator of the board, or several.
    Name { name: String, error: NameError },
    /// Rows on these lines (this one among them) give the indicator (its
    /// title) different values on one date; each line with its value.
    Conflict {
        indicator: String,
        date: NaiveDate,
        rows: Vec<(usize, f64)>,
    },
    /// The same indicator, date and value as the row on line `first`, which
    /// is stored.
    Repeat { first: usize },
}

impl Skip {
    /// Whether the row is a bad row (the import writes nothing without
    /// `--skip-bad`); a repeat is only a warning.
    pub fn is_error(&self) -> bool {
        !matches!(self, Skip::Repeat { .. })
    }
}

/// What the import does with each good row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    /// Rows to store, in file order.
    pub store: Vec<Store>,
    /// Rows whose value the board already has on that date: nothing to do.
    pub unchanged: Vec<Store>,
    /// Rows not stored, by line, in file order.
    pub skip: Vec<(usize, Skip)>,
}

/// Plan the import of `rows` (in file order) into `board`.
pub fn plan(rows: &[Row], board: &Board) -> Plan {
    let known: Vec<(&str, &str)> = board
        .indicators
        .iter()
        .map(|i| (i.id.as_str(), i.title.as_str()))
        .collect();
    let mut plan = Plan::default();
    // Rows with a known indicator, grouped by indicator and date in the
    // order each pair first appears.
    let mut groups: Vec<(&str, NaiveDate, Vec<&Row>)> = Vec::new();
    for r in rows {
        match names::resolve(&r.indicator, &known) {
            Ok(id) => match groups.iter_mut().find(|g| g.0 == id && g.1 == r.date) {
                Some(g) => g.2.push(r),
                None => groups.push((id, r.date, vec![r])),
            },
            Err(error) => plan.skip.push((
                r.line,
                Skip::Name {
                    name: r.indicator.clone(),
                    error,
                },
            )),
        }
    }
    for (id, date, group) in groups {
        let Some(first) = group.first() else {
            continue;
        };
        if group.iter().any(|r| r.value != first.value) {
            let title = board
                .indicators
                .iter()
                .find(|i| i.id == id)
                .map_or(id, |i| i.title.as_str());
            let rows: Vec<(usize, f64)> = group.iter().map(|r| (r.line, r.value)).collect();
            for r in &group {
                plan.skip.push((
                    r.line,
                    Skip::Conflict {
                        indicator: title.to_owned(),
                        date,
                        rows: rows.clone(),
                    },
                ));
            }
            continue;
        }
        for r in &group[1..] {
            plan.skip.push((r.line, Skip::Repeat { first: first.line }));
        }
        let store = Store {
            line: first.line,
            indicator: id.to_owned(),
            date,
            value: first.value,
        };
        // The value the board has on that date, as a measurement op finds it.
        let has = board
            .indicators
            .iter()
            .find(|i| i.id == id)
            .and_then(|i| i.values.iter().find(|m| m.date == date))
            .map(|m| m.value);
        if has == Some(first.value) {
            plan.unchanged.push(store);
        } else {
            plan.store.push(store);
        }
    }
    plan.store.sort_by_key(|s| s.line);
    plan.unchanged.sort_by_key(|s| s.line);
    plan.skip.sort_by_key(|s| s.0);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn row(line: usize, indicator: &str, d: u32, value: f64) -> Row {
        Row {
            line,
            indicator: indicator.into(),
            date: day(d),
            value,
        }
    }

    fn board() -> Board {
        crate::analyze::analyze_text(
            r#"{"tavle":1,"title":"T","kind":"drift","columns":[],"cards":[],
            "indicators":[
              {"id":"syk","title":"Sykefravær","values":[{"date":"2026-11-02","value":6.2},
                                                          {"date":"2026-11-09","value":5.9}]},
              {"id":"fall","title":"Fall","values":[]}]}"#,
        )
        .0
        .unwrap()
    }

    fn store(line: usize, indicator: &str, d: u32, value: f64) -> Store {
        Store {
            line,
            indicator: indicator.into(),
            date: day(d),
            value,
        }
    }

    #[test]
    fn every_row_is_stored_unchanged_or_skipped_with_its_reason() {
        let rows = [
            row(2, "Sykefravær", 2, 6.2),  // the board has it: unchanged
            row(3, "syk", 9, 11.0),        // replaces 5,9
            row(4, "Fall", 16, 1.0),       // conflicts with line 6
            row(5, "Trivsel", 16, 3.0),    // no such indicator
            row(6, "fall", 16, 2.0),       // conflicts with line 4
            row(7, "sykefravær", 16, 4.0), // new
            row(8, "SYK", 16, 4.0),        // repeats line 7
        ];
        let p = plan(&rows, &board());
        assert_eq!(
            p.store,
            vec![store(3, "syk", 9, 11.0), store(7, "syk", 16, 4.0)]
        );
        assert_eq!(p.unchanged, vec![store(2, "syk", 2, 6.2)]);
        let conflict = Skip::Conflict {
            indicator: "Fall".into(),
            date: day(16),
            rows: vec![(4, 1.0), (6, 2.0)],
        };
        assert_eq!(
            p.skip,
            vec![
                (4, conflict.clone()),
                (
                    5,
                    Skip::Name {
                        name: "Trivsel".into(),
                        error: NameError::Unknown {
                            valid: vec!["Sykefravær".into(), "Fall".into()]
                        }
                    }
                ),
                (6, conflict),
                (8, Skip::Repeat { first: 7 }),
            ]
        );
        let errors: Vec<usize> = (p.skip.iter())
            .filter(|s| s.1.is_error())
            .map(|s| s.0)
            .collect();
        assert_eq!(errors, vec![4, 5, 6]);
    }
}

//! Changes to indicator values (measurements). Pure; see [`super`].

use chrono::NaiveDate;

use crate::model::{Board, Extra, Measurement};

use super::{Change, OpError, Outcome, Stamp};

/// A change to the indicator values of a board.
#[derive(Debug, Clone, PartialEq)]
pub enum IndicatorOp {
    /// Record a value of an indicator; a value on the same date is replaced.
    Measure {
        indicator: String,
        date: NaiveDate,
        value: f64,
    },
    /// Remove the value of an indicator on a date (undo of recording it).
    Unmeasure { indicator: String, date: NaiveDate },
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &IndicatorOp,
    _stamp: &Stamp,
) -> Result<Outcome<IndicatorOp>, OpError> {
    match op {
        IndicatorOp::Measure {
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
                Some(v) => IndicatorOp::Measure {
                    indicator: indicator.clone(),
                    date: *date,
                    value: v,
                },
                None => IndicatorOp::Unmeasure {
                    indicator: indicator.clone(),
                    date: *date,
                },
            };
            Ok(Outcome {
                inverse,
                change: Change::Measured {
                    indicator: indicator.clone(),
                    date: *date,
                    value: Some(*value),
                },
            })
        }
        IndicatorOp::Unmeasure { indicator, date } => {
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
            Ok(Outcome {
                inverse: IndicatorOp::Measure {
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
    }
}

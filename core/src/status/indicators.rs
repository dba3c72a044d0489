//! An indicator as the report tells it: the latest value and its date, the
//! target, the median and the run chart's signals ([`crate::runchart`]).

use chrono::NaiveDate;
use serde::Serialize;

use crate::changes::signal_parts;
use crate::model::Indicator;
use crate::runchart;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorReport {
    pub id: String,
    pub title: String,
    pub unit: Option<String>,
    pub latest: Option<f64>,
    /// The date of the latest value.
    pub latest_date: Option<NaiveDate>,
    pub target: Option<f64>,
    pub meets_target: Option<bool>,
    pub median: Option<f64>,
    pub points: usize,
    /// Fewer than 10 points: no signals are read.
    pub too_few: bool,
    pub signals: Vec<SignalReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignalReport {
    /// `shift` or `trend`.
    pub kind: &'static str,
    /// `above`/`below` for a shift, `rising`/`falling` for a trend.
    pub direction: &'static str,
    pub points: usize,
}

/// The report of one indicator.
pub fn indicator_report(ind: &Indicator) -> IndicatorReport {
    let rc = runchart::of(ind);
    // The run chart's latest value is the last usable one in date order
    // (a stable sort, as `runchart::of` reads them): its date is this one's.
    let mut points: Vec<(NaiveDate, f64)> = ind.values.iter().map(|m| (m.date, m.value)).collect();
    points.sort_by_key(|&(d, _)| d);
    let latest_date = points.iter().rev().find(|(_, v)| !v.is_nan()).map(|p| p.0);
    IndicatorReport {
        id: ind.id.clone(),
        title: ind.title.clone(),
        unit: ind.unit.clone(),
        latest: rc.latest,
        latest_date,
        target: ind.target,
        meets_target: rc.meets_target,
        median: rc.median,
        points: ind.values.len(),
        too_few: rc.too_few,
        signals: rc
            .signals
            .iter()
            .map(|s| {
                let (kind, direction, points) = signal_parts(s);
                SignalReport {
                    kind,
                    direction,
                    points,
                }
            })
            .collect(),
    }
}

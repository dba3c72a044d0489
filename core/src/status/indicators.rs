//! An indicator as the report tells it: the latest value and its date, the
//! target, the median and the run chart's signals ([`crate::runchart`]).

use chrono::NaiveDate;
use serde::Serialize;

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

/// A signal: kind, direction, points, and the dates and ISO weeks of its
/// first and last point — the one description the indicator screen words too.
pub use crate::runchart::SignalInfo as SignalReport;

/// The report of one indicator.
pub fn indicator_report(ind: &Indicator) -> IndicatorReport {
    let reading = runchart::read(ind);
    let rc = &reading.chart;
    // The run chart's latest value is the last usable one in date order:
    // its date is this one's.
    let latest_date = reading
        .series
        .iter()
        .rev()
        .find(|(_, v)| !v.is_nan())
        .map(|p| p.0);
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
        signals: reading.signals,
    }
}

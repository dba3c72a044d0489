//! Run charts (seriediagram): the median line and the non-random signals the
//! measurement lead (måleansvarlig) reads out in the status meeting.
//!
//! The rules are the IHI run chart rules used in Norwegian patient-safety work
//! (see DOMAIN.md, "Indicators and run charts"): a *shift* is 6 or more points in
//! a row on one side of the median, a *trend* is 5 or more points in a row all
//! rising or all falling. Pure functions only: no terminal, no files, no clock,
//! and no panics on any input, since the values come from hand-edited files.
//!
//! Layout: the rules themselves on plain values ([`rules`]: median, shifts,
//! trends), the reading of a series here ([`analyze`], [`read`]), and a signal
//! told with its weeks, dates and points ([`describe`]): the one description the
//! indicator screen, the board and `tavle status` all word.

use chrono::NaiveDate;

use crate::model::{Better, Indicator};

mod describe;
mod rules;
#[cfg(test)]
mod tests;

pub use describe::{Direction, SignalInfo, SignalKind, Week, describe, describe_series};
pub use rules::{median, shifts, trends};

/// Fewer points than this: too few to read signals; say so instead of guessing.
///
/// With a short series, runs of 5–6 happen by chance too often for a signal to
/// mean anything, so the chart shows the points and the median but no signals.
pub const MIN_POINTS: usize = 10;

/// How many points in a row on one side of the median make a shift.
pub const SHIFT_LEN: usize = 6;

/// How many points in a row all rising (or all falling) make a trend.
pub const TREND_LEN: usize = 5;

/// A non-random pattern in a run chart.
///
/// `first` and `last` are indices into the series as given, and they are the
/// first and last points that *counted*: skipped points (on the median, repeated
/// values, NaN) can lie between them, so `len` may be less than
/// `last - first + 1`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Signal {
    /// `len` points in a row on one side of the median. Points on the median
    /// between `first` and `last` were skipped, so they are not in `len`.
    Shift {
        /// Above the median (otherwise below).
        above: bool,
        /// Index of the first counted point.
        first: usize,
        /// Index of the last counted point.
        last: usize,
        /// How many points counted.
        len: usize,
    },
    /// `len` points in a row all rising or all falling.
    Trend {
        /// Rising (otherwise falling).
        rising: bool,
        /// Index of the first counted point.
        first: usize,
        /// Index of the last counted point.
        last: usize,
        /// How many points counted (one more than the number of steps).
        len: usize,
    },
}

impl Signal {
    /// Index of the first counted point, for ordering signals along the chart.
    pub fn first(&self) -> usize {
        match *self {
            Signal::Shift { first, .. } | Signal::Trend { first, .. } => first,
        }
    }

    /// Index of the last counted point.
    pub fn last(&self) -> usize {
        match *self {
            Signal::Shift { last, .. } | Signal::Trend { last, .. } => last,
        }
    }
}

/// Everything a run chart view needs to say about one series.
#[derive(Debug, Clone, PartialEq)]
pub struct RunChart {
    /// The median of the usable (non-NaN) values; None when there are none.
    pub median: Option<f64>,
    /// Empty when there are too few points.
    ///
    /// Ordered along the chart by first point; at the same first point a shift
    /// comes before a trend.
    pub signals: Vec<Signal>,
    /// Fewer than [`MIN_POINTS`] usable values: the view should say the series
    /// is too short to read signals rather than show none.
    pub too_few: bool,
    /// Whether the latest value meets the target given `better`; None without target, better or values.
    pub meets_target: Option<bool>,
    /// The latest usable (non-NaN) value.
    pub latest: Option<f64>,
}

/// Analyse one series, oldest value first.
///
/// `too_few` counts usable (non-NaN) values, because a gap in the data is not a
/// point on the chart. The median is given whenever there are values at all, so
/// a short series can still be drawn with its line.
pub fn analyze(values: &[f64], target: Option<f64>, better: Option<Better>) -> RunChart {
    let usable = values.iter().filter(|v| !v.is_nan()).count();
    let median = median(values);
    let too_few = usable < MIN_POINTS;
    let mut signals = Vec::new();
    if !too_few {
        if let Some(m) = median {
            signals.extend(shifts(values, m));
        }
        signals.extend(trends(values));
        // Stable: at the same position a shift stays before a trend.
        signals.sort_by_key(|s| (s.first(), s.last()));
    }
    let latest = values.iter().rev().copied().find(|v| !v.is_nan());
    let meets_target = match (latest, target.filter(|t| !t.is_nan()), better) {
        (Some(v), Some(t), Some(Better::Higher)) => Some(v >= t),
        (Some(v), Some(t), Some(Better::Lower)) => Some(v <= t),
        _ => None,
    };
    RunChart {
        median,
        signals,
        too_few,
        meets_target,
        latest,
    }
}

/// An indicator's measurements as (date, value), oldest first: the series
/// every run chart is read and drawn from.
///
/// The file keeps them oldest first, but a hand-edited file may not, and a run
/// chart read out of order shows false signals; so they are sorted by date. The
/// sort is stable, so several measurements on one date keep their file order.
pub fn series(ind: &Indicator) -> Vec<(NaiveDate, f64)> {
    let mut points: Vec<_> = ind.values.iter().map(|m| (m.date, m.value)).collect();
    points.sort_by_key(|&(date, _)| date);
    points
}

/// Analyse an indicator's measurements, in date order ([`series`]).
pub fn of(ind: &Indicator) -> RunChart {
    let values: Vec<f64> = series(ind).into_iter().map(|(_, v)| v).collect();
    analyze(&values, ind.target, ind.better)
}

/// Everything a drawn chart needs: the series in date order, its reading, and
/// each signal described with the points that form it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The measurements as (date, value), oldest first.
    pub series: Vec<(NaiveDate, f64)>,
    /// The median, the signals by index into `series`, the target.
    pub chart: RunChart,
    /// The signals of `chart`, in the same order, with weeks, dates and points.
    pub signals: Vec<SignalInfo>,
}

/// Read an indicator for drawing: [`series`], [`analyze`] and [`describe_series`].
pub fn read(ind: &Indicator) -> Reading {
    let series = series(ind);
    let values: Vec<f64> = series.iter().map(|&(_, v)| v).collect();
    let chart = analyze(&values, ind.target, ind.better);
    let signals = describe_series(&series, &chart);
    Reading {
        series,
        chart,
        signals,
    }
}

//! Run charts (seriediagram): the median line and the non-random signals the
//! measurement lead (måleansvarlig) reads out in the status meeting.
//!
//! The rules are the IHI run chart rules used in Norwegian patient-safety work
//! (see DOMAIN.md, "Indicators and run charts"): a *shift* is 6 or more points in
//! a row on one side of the median, a *trend* is 5 or more points in a row all
//! rising or all falling. Pure functions only: no terminal, no files, no clock,
//! and no panics on any input, since the values come from hand-edited files.

use crate::model::{Better, Indicator};

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

/// The median of `values`: the middle value, or the average of the two middle
/// values for an even count. NaN values are ignored (a missing measurement must
/// not move the line); None when nothing is left, or when the middle values are
/// `-inf` and `+inf` and the median has no value.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| !v.is_nan()).collect();
    if sorted.is_empty() {
        return None;
    }
    // total_cmp: a total order, so no comparison can fail.
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    let m = if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        // Halve first so two huge values cannot overflow to infinity; halving is
        // exact, so the result is the same as (a + b) / 2 otherwise.
        sorted[mid - 1] / 2.0 + sorted[mid] / 2.0
    };
    (!m.is_nan()).then_some(m)
}

/// Every shift in `values` around `median`: each maximal run of at least
/// [`SHIFT_LEN`] points all above or all below it, reported once.
///
/// Points exactly on the median (and NaN points) neither break a run nor count
/// towards it, as the IHI rules say: they are skipped. With a NaN median no point
/// is on either side, so there are no shifts.
pub fn shifts(values: &[f64], median: f64) -> Vec<Signal> {
    let mut out = Vec::new();
    // The run being built: (above, first index, last index, length).
    let mut run: Option<(bool, usize, usize, usize)> = None;
    let finish = |run: Option<(bool, usize, usize, usize)>, out: &mut Vec<Signal>| {
        if let Some((above, first, last, len)) = run
            && len >= SHIFT_LEN
        {
            out.push(Signal::Shift {
                above,
                first,
                last,
                len,
            });
        }
    };
    for (i, &v) in values.iter().enumerate() {
        let above = if v > median {
            true
        } else if v < median {
            false
        } else {
            // On the median, or NaN on either side: skip.
            continue;
        };
        run = match run {
            Some((side, first, _, len)) if side == above => Some((side, first, i, len + 1)),
            other => {
                finish(other, &mut out);
                Some((above, i, i, 1))
            }
        };
    }
    finish(run, &mut out);
    out
}

/// Every trend in `values`: each maximal run of at least [`TREND_LEN`] points
/// all rising or all falling, reported once.
///
/// A value equal to the previous counted one neither breaks nor counts (the IHI
/// rule for ties), and NaN points are skipped the same way. A turning point ends
/// one trend and starts the next, so it can be in two signals.
pub fn trends(values: &[f64]) -> Vec<Signal> {
    let mut out = Vec::new();
    // The previous counted point: (index, value).
    let mut prev: Option<(usize, f64)> = None;
    // The run being built: (rising, first index, last index, length in points).
    let mut run: Option<(bool, usize, usize, usize)> = None;
    let finish = |run: Option<(bool, usize, usize, usize)>, out: &mut Vec<Signal>| {
        if let Some((rising, first, last, len)) = run
            && len >= TREND_LEN
        {
            out.push(Signal::Trend {
                rising,
                first,
                last,
                len,
            });
        }
    };
    for (i, &v) in values.iter().enumerate() {
        if v.is_nan() {
            continue;
        }
        let Some((pi, pv)) = prev else {
            prev = Some((i, v));
            continue;
        };
        let rising = if v > pv {
            true
        } else if v < pv {
            false
        } else {
            // A repeated value: skip, keeping the earlier point as the one counted.
            continue;
        };
        run = match run {
            Some((dir, first, _, len)) if dir == rising => Some((dir, first, i, len + 1)),
            other => {
                finish(other, &mut out);
                // The new run starts at the previous counted point: the turning
                // point belongs to both runs.
                Some((rising, pi, i, 2))
            }
        };
        prev = Some((i, v));
    }
    finish(run, &mut out);
    out
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

/// Analyse an indicator's measurements.
///
/// The file keeps them oldest first, but a hand-edited file may not, and a run
/// chart read out of order shows false signals; so they are sorted by date. The
/// sort is stable, so several measurements on one date keep their file order.
pub fn of(ind: &Indicator) -> RunChart {
    let mut points: Vec<_> = ind.values.iter().map(|m| (m.date, m.value)).collect();
    points.sort_by_key(|&(date, _)| date);
    let values: Vec<f64> = points.into_iter().map(|(_, v)| v).collect();
    analyze(&values, ind.target, ind.better)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Measurement;
    use chrono::NaiveDate;

    fn shift(above: bool, first: usize, last: usize, len: usize) -> Signal {
        Signal::Shift {
            above,
            first,
            last,
            len,
        }
    }

    fn trend(rising: bool, first: usize, last: usize, len: usize) -> Signal {
        Signal::Trend {
            rising,
            first,
            last,
            len,
        }
    }

    #[test]
    fn median_odd_even_empty() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[7.0]), Some(7.0));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn median_ignores_nan_and_survives_extremes() {
        assert_eq!(median(&[f64::NAN, 1.0, 3.0]), Some(2.0));
        assert_eq!(median(&[f64::NAN, f64::NAN]), None);
        assert_eq!(median(&[f64::MAX, f64::MAX]), Some(f64::MAX));
        assert_eq!(median(&[f64::NEG_INFINITY, f64::INFINITY]), None);
        assert_eq!(median(&[1.0, f64::INFINITY, 2.0]), Some(2.0));
    }

    #[test]
    fn clear_shift_below_then_above() {
        let v = [1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 8.0, 9.0, 8.0, 9.0, 8.0, 9.0];
        let m = median(&v);
        assert_eq!(m, Some(5.0));
        assert_eq!(
            shifts(&v, 5.0),
            vec![shift(false, 0, 5, 6), shift(true, 6, 11, 6)]
        );
    }

    #[test]
    fn long_shift_is_one_signal() {
        let v = [6.0, 7.0, 6.0, 7.0, 6.0, 7.0, 6.0, 7.0, 1.0];
        assert_eq!(shifts(&v, 5.0), vec![shift(true, 0, 7, 8)]);
    }

    #[test]
    fn five_on_one_side_is_not_a_shift() {
        let v = [1.0, 1.0, 1.0, 1.0, 1.0, 9.0, 9.0, 9.0, 9.0, 9.0];
        assert_eq!(median(&v), Some(5.0));
        assert!(shifts(&v, 5.0).is_empty());
    }

    #[test]
    fn points_on_the_median_neither_break_nor_count() {
        // above, above, median, above ×4: six counted points, indices 0..=6.
        let v = [6.0, 7.0, 5.0, 6.0, 7.0, 6.0, 7.0];
        assert_eq!(shifts(&v, 5.0), vec![shift(true, 0, 6, 6)]);
        // Five above with a median point among them is still only five.
        let v = [6.0, 7.0, 5.0, 6.0, 7.0, 6.0, 1.0];
        assert!(shifts(&v, 5.0).is_empty());
    }

    #[test]
    fn nan_in_a_shift_is_skipped() {
        let v = [6.0, 7.0, f64::NAN, 6.0, 7.0, 6.0, 7.0];
        assert_eq!(shifts(&v, 5.0), vec![shift(true, 0, 6, 6)]);
        assert!(shifts(&v, f64::NAN).is_empty());
    }

    #[test]
    fn clear_rising_trend() {
        assert_eq!(
            trends(&[1.0, 2.0, 3.0, 4.0, 5.0]),
            vec![trend(true, 0, 4, 5)]
        );
    }

    #[test]
    fn four_rising_is_not_a_trend() {
        assert!(trends(&[1.0, 2.0, 3.0, 4.0]).is_empty());
        assert!(trends(&[9.0, 1.0, 2.0, 3.0, 4.0, 0.0]).is_empty());
    }

    #[test]
    fn ties_neither_break_nor_count() {
        assert_eq!(
            trends(&[1.0, 2.0, 2.0, 3.0, 4.0, 5.0]),
            vec![trend(true, 0, 5, 5)]
        );
        // Four counted points with a tie among them: not a trend.
        assert!(trends(&[1.0, 2.0, 2.0, 3.0, 4.0]).is_empty());
    }

    #[test]
    fn falling_trend() {
        assert_eq!(
            trends(&[9.0, 7.0, 7.0, 5.0, 3.0, 1.0, 2.0]),
            vec![trend(false, 0, 5, 5)]
        );
    }

    #[test]
    fn turning_point_is_in_both_trends() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0, 4.0, 3.0, 2.0, 1.0];
        assert_eq!(
            trends(&v),
            vec![trend(true, 0, 4, 5), trend(false, 4, 8, 5)]
        );
    }

    #[test]
    fn too_few_points_give_no_signals() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0];
        assert_eq!(v.len(), MIN_POINTS - 1);
        let rc = analyze(&v, None, None);
        assert!(rc.too_few);
        assert!(rc.signals.is_empty());
        assert_eq!(rc.median, Some(5.0));
        assert_eq!(rc.latest, Some(9.0));
    }

    #[test]
    fn nan_does_not_count_towards_min_points() {
        let mut v: Vec<f64> = (1..=9).map(f64::from).collect();
        v.push(f64::NAN);
        assert!(analyze(&v, None, None).too_few);
    }

    #[test]
    fn exactly_ten_points_are_read() {
        let v: Vec<f64> = (1..=10).map(f64::from).collect();
        let rc = analyze(&v, None, None);
        assert!(!rc.too_few);
        assert_eq!(rc.median, Some(5.5));
        // Five below and five above the median: a trend, but no shift.
        assert_eq!(rc.signals, vec![trend(true, 0, 9, 10)]);
    }

    #[test]
    fn signals_are_ordered_along_the_chart() {
        // Six below, then six above that also rise from the last low point.
        let v = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 5.0, 6.0, 7.0, 8.0, 9.0, 9.0];
        let rc = analyze(&v, None, None);
        assert_eq!(rc.median, Some(3.0));
        // The tie rule keeps the first of the repeated 1s as the counted point,
        // so the trend starts at index 0 and skips the repeated 9 at the end.
        assert_eq!(
            rc.signals,
            vec![
                shift(false, 0, 5, 6),
                trend(true, 0, 10, 6),
                shift(true, 6, 11, 6),
            ]
        );
    }

    #[test]
    fn meets_target_both_directions() {
        let v = [3.0, 4.0, 5.0];
        assert_eq!(
            analyze(&v, Some(5.0), Some(Better::Higher)).meets_target,
            Some(true)
        );
        assert_eq!(
            analyze(&v, Some(6.0), Some(Better::Higher)).meets_target,
            Some(false)
        );
        assert_eq!(
            analyze(&v, Some(5.0), Some(Better::Lower)).meets_target,
            Some(true)
        );
        assert_eq!(
            analyze(&v, Some(4.0), Some(Better::Lower)).meets_target,
            Some(false)
        );
    }

    #[test]
    fn meets_target_needs_target_better_and_values() {
        let v = [3.0, 4.0, 5.0];
        assert_eq!(analyze(&v, None, Some(Better::Higher)).meets_target, None);
        assert_eq!(analyze(&v, Some(5.0), None).meets_target, None);
        assert_eq!(
            analyze(&[], Some(5.0), Some(Better::Higher)).meets_target,
            None
        );
        assert_eq!(
            analyze(&v, Some(f64::NAN), Some(Better::Higher)).meets_target,
            None
        );
    }

    #[test]
    fn nan_and_infinities_do_not_panic() {
        let v = [
            f64::NAN,
            1.0,
            f64::INFINITY,
            f64::NAN,
            f64::NEG_INFINITY,
            2.0,
            f64::INFINITY,
            f64::INFINITY,
            3.0,
            f64::NAN,
            4.0,
            5.0,
            6.0,
        ];
        let rc = analyze(&v, Some(1.0), Some(Better::Higher));
        assert!(!rc.too_few);
        assert_eq!(rc.latest, Some(6.0));
        assert_eq!(rc.meets_target, Some(true));
        let all_nan = [f64::NAN; 12];
        let rc = analyze(&all_nan, Some(1.0), Some(Better::Lower));
        assert_eq!(rc.median, None);
        assert!(rc.too_few);
        assert!(rc.signals.is_empty());
        assert_eq!(rc.latest, None);
        assert_eq!(rc.meets_target, None);
        let rc = analyze(&[f64::NAN, 2.0, f64::NAN], None, None);
        assert_eq!(rc.latest, Some(2.0));
        let rc = analyze(&[4.0], Some(3.0), Some(Better::Lower));
        assert_eq!(rc.median, Some(4.0));
        assert_eq!(rc.meets_target, Some(false));
        let rc = analyze(&[], None, None);
        assert_eq!(rc.median, None);
        assert!(rc.too_few);
    }

    #[test]
    fn of_sorts_by_date_stably() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 1, d).unwrap_or_default();
        let m = |d: u32, value: f64| Measurement {
            date: day(d),
            value,
            extra: Default::default(),
        };
        let ind = Indicator {
            id: "trykksar".into(),
            title: "Trykksår".into(),
            unit: Some("%".into()),
            target: Some(2.0),
            better: Some(Better::Lower),
            // Out of order in the file, with two values on the 10th.
            values: vec![
                m(10, 5.0),
                m(1, 14.0),
                m(10, 4.0),
                m(2, 12.0),
                m(3, 10.0),
                m(4, 9.0),
                m(5, 8.0),
                m(6, 7.0),
                m(7, 6.0),
                m(11, 1.0),
            ],
            extra: Default::default(),
        };
        let rc = of(&ind);
        assert!(!rc.too_few);
        assert_eq!(rc.latest, Some(1.0));
        assert_eq!(rc.meets_target, Some(true));
        // Sorted: 14, 12, 10, 9, 8, 7, 6, 5, 4, 1 — one falling trend.
        assert_eq!(rc.median, Some(7.5));
        assert_eq!(rc.signals, vec![trend(false, 0, 9, 10)]);
    }
}

//! The three rules of a run chart, each on a plain series of values: the
//! median line, shifts around it and trends. Kept apart from the reading of
//! an indicator ([`super::analyze`]) so each rule can be checked on its own
//! against series written by hand.

use super::{SHIFT_LEN, Signal, TREND_LEN};

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

/// A run of points being built: all on one side of the median (a shift) or
/// all one way (a trend), from index `first` to `last`, `len` points counted
/// (skipped points between them do not count).
#[derive(Debug, Clone, Copy)]
struct Run {
    /// Above the median, or rising.
    up: bool,
    first: usize,
    last: usize,
    len: usize,
}

impl Run {
    /// A run of the points `first` and (when another) `last`.
    fn new(up: bool, first: usize, last: usize) -> Run {
        let len = if first == last { 1 } else { 2 };
        Run {
            up,
            first,
            last,
            len,
        }
    }

    /// The run with one more point, at `i`.
    fn to(self, i: usize) -> Run {
        Run {
            last: i,
            len: self.len + 1,
            ..self
        }
    }
}

/// Every shift in `values` around `median`: each maximal run of at least
/// [`SHIFT_LEN`] points all above or all below it, reported once.
///
/// Points exactly on the median (and NaN points) neither break a run nor count
/// towards it, as the IHI rules say: they are skipped. With a NaN median no point
/// is on either side, so there are no shifts.
pub fn shifts(values: &[f64], median: f64) -> Vec<Signal> {
    let mut out = Vec::new();
    // The run being built; `up`: above the median.
    let mut run: Option<Run> = None;
    let finish = |run: Option<Run>, out: &mut Vec<Signal>| {
        if let Some(r) = run.filter(|r| r.len >= SHIFT_LEN) {
            out.push(Signal::Shift {
                above: r.up,
                first: r.first,
                last: r.last,
                len: r.len,
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
            Some(r) if r.up == above => Some(r.to(i)),
            other => {
                finish(other, &mut out);
                Some(Run::new(above, i, i))
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
    // The run being built; `up`: rising.
    let mut run: Option<Run> = None;
    let finish = |run: Option<Run>, out: &mut Vec<Signal>| {
        if let Some(r) = run.filter(|r| r.len >= TREND_LEN) {
            out.push(Signal::Trend {
                rising: r.up,
                first: r.first,
                last: r.last,
                len: r.len,
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
            Some(r) if r.up == rising => Some(r.to(i)),
            other => {
                finish(other, &mut out);
                // The new run starts at the previous counted point: the turning
                // point belongs to both runs.
                Some(Run::new(rising, pi, i))
            }
        };
        prev = Some((i, v));
    }
    finish(run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
}

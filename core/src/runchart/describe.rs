//! A run-chart signal told the way the measurement lead presents it: which
//! kind, which way, how many points, which weeks (and dates) and which points
//! on the chart — "Skift: uke 3–9 (7 punkter over medianen)". One description,
//! so the indicator screen, the board, the overview and `tavle status` cannot
//! tell the same signal differently; the words come from the program's
//! catalogue, and this module only says what they are about.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use super::{RunChart, Signal};
use crate::model::Indicator;

/// A shift or a trend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SignalKind {
    /// Points in a row on one side of the median.
    Shift,
    /// Points in a row all rising or all falling.
    Trend,
}

/// Which side of the median (a shift) or which way (a trend).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Above,
    Below,
    Rising,
    Falling,
}

/// An ISO week: the week Norwegians plan by ("uke 47") and the ISO
/// week-year it belongs to, which can differ from the calendar year around
/// New Year (2027-01-01 is in week 53 of 2026).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Week {
    /// The ISO week-year.
    pub year: i32,
    /// 1 to 53.
    pub week: u32,
}

impl Week {
    /// The ISO week a date is in.
    pub fn of(d: NaiveDate) -> Week {
        let w = d.iso_week();
        Week {
            year: w.year(),
            week: w.week(),
        }
    }
}

/// ISO 8601's way of writing a week: `2026-W03`.
impl fmt::Display for Week {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-W{:02}", self.year, self.week)
    }
}

impl Serialize for Week {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One signal described: everything its sentence says and where its points
/// are on the chart. In `tavle status --format json` as an element of
/// `indicators[…].signals`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignalInfo {
    /// `shift` or `trend`.
    pub kind: SignalKind,
    /// `above`/`below` for a shift, `rising`/`falling` for a trend.
    pub direction: Direction,
    /// How many points counted (points on the median inside a shift, and
    /// repeated values inside a trend, do not).
    pub points: usize,
    /// The date of the first point that counted.
    pub from: NaiveDate,
    /// The date of the last point that counted.
    pub to: NaiveDate,
    /// The ISO week of `from`.
    pub from_week: Week,
    /// The ISO week of `to`.
    pub to_week: Week,
    /// The weeks need their year to be read right: they lie in two years, or
    /// in another year than the series' newest point.
    #[serde(skip)]
    pub with_year: bool,
    /// The points that counted, as indices into the series in date order
    /// ([`super::series`]); `points` of them, oldest first.
    #[serde(skip)]
    pub members: Vec<usize>,
}

/// Every signal of an indicator, described, in the order they start on the
/// chart. What the indicator screen and `tavle status` both word.
pub fn describe(ind: &Indicator) -> Vec<SignalInfo> {
    super::read(ind).signals
}

/// The signals of `chart`, read from `series` (date order, the series the
/// chart was read from), described.
pub fn describe_series(series: &[(NaiveDate, f64)], chart: &RunChart) -> Vec<SignalInfo> {
    let values: Vec<f64> = series.iter().map(|&(_, v)| v).collect();
    let newest_year = series.last().map(|&(d, _)| Week::of(d).year);
    chart
        .signals
        .iter()
        .filter_map(|s| {
            let members = members(s, &values, chart.median);
            let from = series.get(*members.first()?)?.0;
            let to = series.get(*members.last()?)?.0;
            let (kind, direction) = match *s {
                Signal::Shift { above: true, .. } => (SignalKind::Shift, Direction::Above),
                Signal::Shift { .. } => (SignalKind::Shift, Direction::Below),
                Signal::Trend { rising: true, .. } => (SignalKind::Trend, Direction::Rising),
                Signal::Trend { .. } => (SignalKind::Trend, Direction::Falling),
            };
            let (from_week, to_week) = (Week::of(from), Week::of(to));
            Some(SignalInfo {
                kind,
                direction,
                points: members.len(),
                from,
                to,
                from_week,
                to_week,
                with_year: from_week.year != to_week.year
                    || newest_year.is_some_and(|y| y != to_week.year),
                members,
            })
        })
        .collect()
}

/// The points that counted towards `signal`, by the same rules that found
/// it: in a shift, the points strictly on its side of the median; in a trend,
/// the first point and every later one that differs from the point counted
/// before it (NaN and repeated values are skipped).
pub fn members(signal: &Signal, values: &[f64], median: Option<f64>) -> Vec<usize> {
    // Indices past the end (a signal read from another series) are left out.
    let span = || (signal.first()..=signal.last()).filter_map(|i| values.get(i).map(|&v| (i, v)));
    match *signal {
        Signal::Shift { above, .. } => {
            let Some(m) = median else {
                return Vec::new();
            };
            span()
                .filter(|&(_, v)| if above { v > m } else { v < m })
                .map(|(i, _)| i)
                .collect()
        }
        Signal::Trend { .. } => {
            let mut out = Vec::new();
            let mut prev: Option<f64> = None;
            for (i, v) in span() {
                if v.is_nan() || prev == Some(v) {
                    continue;
                }
                out.push(i);
                prev = Some(v);
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runchart::analyze;

    fn monday(week_of_2026: u32) -> NaiveDate {
        NaiveDate::from_isoywd_opt(2026, week_of_2026, chrono::Weekday::Mon).unwrap()
    }

    #[test]
    fn weeks_are_written_the_iso_way() {
        assert_eq!(Week::of(monday(3)).to_string(), "2026-W03");
        // New Year's Day 2027 is in the last week of 2026.
        let d = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        assert_eq!(
            Week::of(d),
            Week {
                year: 2026,
                week: 53
            }
        );
    }

    #[test]
    fn members_skip_median_points_and_ties() {
        // Median 5: index 2 is on it, so the shift 0..=6 counts six points.
        let v = [6.0, 7.0, 5.0, 6.0, 7.0, 6.0, 7.0];
        let s = Signal::Shift {
            above: true,
            first: 0,
            last: 6,
            len: 6,
        };
        assert_eq!(members(&s, &v, Some(5.0)), vec![0, 1, 3, 4, 5, 6]);
        // The repeated 2 at index 2 does not count.
        let v = [1.0, 2.0, 2.0, 3.0, 4.0, 5.0];
        let t = Signal::Trend {
            rising: true,
            first: 0,
            last: 5,
            len: 5,
        };
        assert_eq!(members(&t, &v, None), vec![0, 1, 3, 4, 5]);
    }

    #[test]
    fn a_signal_across_new_year_names_its_years() {
        // Twelve weekly points from week 45 of 2025: six low, then six high.
        let start = NaiveDate::from_isoywd_opt(2025, 45, chrono::Weekday::Mon).unwrap();
        let series: Vec<(NaiveDate, f64)> = (0..12)
            .map(|i| {
                let d = start + chrono::Days::new(7 * i);
                (d, if i < 6 { 1.0 + (i % 2) as f64 } else { 8.0 })
            })
            .collect();
        let values: Vec<f64> = series.iter().map(|p| p.1).collect();
        let info = describe_series(&series, &analyze(&values, None, None));
        let shifts: Vec<_> = info
            .iter()
            .filter(|s| s.kind == SignalKind::Shift)
            .collect();
        assert_eq!(shifts.len(), 2);
        // Weeks 45–50 of 2025: all in one year, but not the newest point's.
        assert_eq!(
            (shifts[0].from_week, shifts[0].to_week, shifts[0].with_year),
            (
                Week {
                    year: 2025,
                    week: 45
                },
                Week {
                    year: 2025,
                    week: 50
                },
                true
            )
        );
        // Weeks 51/2025 to 4/2026: two years.
        assert_eq!(shifts[1].from_week.week, 51);
        assert_eq!(
            shifts[1].to_week,
            Week {
                year: 2026,
                week: 4
            }
        );
        assert!(shifts[1].with_year);
    }
}

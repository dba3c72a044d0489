//! The run-chart signals as the measurement lead presents them — kind, way,
//! points, weeks — checked against series written by hand with their
//! signals worked out on paper, and against a brute-force reading of the
//! rules' definitions on generated series.
//!
//! The rules (DOMAIN.md, "Indicators and run charts"; the learning network's
//! run-chart rules): a shift is 6 or more points in a row on one side of the
//! median, a trend 5 or more in a row all rising or all falling; points on
//! the median neither break nor add to a shift, and a value repeating the one
//! before neither breaks nor adds to a trend; fewer than 10 points are too
//! few to read.

use chrono::{Days, NaiveDate};
use tavle_core::model::{Indicator, Measurement};
use tavle_core::runchart::{Direction, SignalInfo, SignalKind, describe};

fn weekly(start: NaiveDate, values: &[f64]) -> Vec<(NaiveDate, f64)> {
    (values.iter().enumerate())
        .map(|(k, &v)| (start + Days::new(7 * k as u64), v))
        .collect()
}

fn indicator(points: &[(NaiveDate, f64)]) -> Indicator {
    Indicator {
        id: "i".into(),
        title: "I".into(),
        unit: None,
        target: None,
        better: None,
        every: None,
        measured_by: None,
        values: points
            .iter()
            .map(|&(date, value)| Measurement {
                date,
                value,
                extra: Default::default(),
            })
            .collect(),
        extra: Default::default(),
    }
}

/// A signal as written by hand: kind, way, points, first and last week of
/// 2026, and the points (indices) that count.
type Hand = (SignalKind, Direction, usize, u32, u32, Vec<usize>);

fn as_hand(s: &SignalInfo) -> Hand {
    assert_eq!(s.from_week.year, 2026);
    assert_eq!(s.to_week.year, 2026);
    (
        s.kind,
        s.direction,
        s.points,
        s.from_week.week,
        s.to_week.week,
        s.members.clone(),
    )
}

fn monday(week: u32) -> NaiveDate {
    NaiveDate::from_isoywd_opt(2026, week, chrono::Weekday::Mon).unwrap()
}

#[test]
fn the_presented_series_has_the_signals_worked_out_by_hand() {
    // Weeks 2–21 of 2026, median 5 (the indicator screen's test series).
    let v = [
        3.0, 4.0, 3.0, 2.0, 4.0, 3.0, 3.0, 6.0, 5.0, 7.0, 5.0, 6.0, 5.0, 4.0, 6.0, 8.0, 9.0, 10.0,
        12.0, 14.0,
    ];
    let got: Vec<Hand> = describe(&indicator(&weekly(monday(2), &v)))
        .iter()
        .map(as_hand)
        .collect();
    use Direction::*;
    use SignalKind::*;
    assert_eq!(
        got,
        vec![
            (Shift, Below, 7, 2, 8, (0..=6).collect()),
            (Trend, Rising, 7, 15, 21, (13..=19).collect()),
            (Shift, Above, 6, 16, 21, (14..=19).collect()),
        ]
    );
}

#[test]
fn a_point_on_the_median_inside_a_shift_neither_breaks_nor_counts() {
    // Sorted: 2 2 2 3 3 3 5 7 8 8 8 9 9 — median 5, met once (week 13).
    let v = [
        2.0, 3.0, 2.0, 5.0, 3.0, 2.0, 3.0, 8.0, 9.0, 8.0, 9.0, 8.0, 7.0,
    ];
    let got: Vec<Hand> = describe(&indicator(&weekly(monday(10), &v)))
        .iter()
        .map(as_hand)
        .collect();
    assert_eq!(
        got,
        vec![
            (
                SignalKind::Shift,
                Direction::Below,
                6,
                10,
                16,
                vec![0, 1, 2, 4, 5, 6]
            ),
            (
                SignalKind::Shift,
                Direction::Above,
                6,
                17,
                22,
                (7..=12).collect()
            ),
        ]
    );
}

#[test]
fn a_repeated_value_inside_a_trend_neither_breaks_nor_counts() {
    // 10 9 9 8 7 6 6 5: six falling points over weeks 10–17, the repeats
    // (weeks 12 and 16) not counted. Median 8.5: no run of six on one side.
    let v = [
        10.0, 9.0, 9.0, 8.0, 7.0, 6.0, 6.0, 5.0, 11.0, 12.0, 1.0, 13.0,
    ];
    let got: Vec<Hand> = describe(&indicator(&weekly(monday(10), &v)))
        .iter()
        .map(as_hand)
        .collect();
    assert_eq!(
        got,
        vec![(
            SignalKind::Trend,
            Direction::Falling,
            6,
            10,
            17,
            vec![0, 1, 3, 4, 5, 7]
        )]
    );
}

#[test]
fn five_below_and_four_rising_are_not_signals() {
    // Five points below the median and four rising: one short of each rule.
    let v = [
        1.0, 2.0, 1.0, 2.0, 1.0, 9.0, 8.0, 9.0, 8.0, 3.0, 4.0, 5.0, 6.0,
    ];
    let d = describe(&indicator(&weekly(monday(10), &v)));
    assert_eq!(d, vec![], "{d:?}");
}

/// A small deterministic generator, so a failure is repeatable.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What the rules say, read straight from their definitions by trying every
/// stretch of points: (kind, direction, counted points, dates, ISO weeks as
/// `%G-W%V`, and whether the year must be named).
type Expected = (
    SignalKind,
    Direction,
    Vec<usize>,
    NaiveDate,
    NaiveDate,
    String,
    String,
    bool,
);

fn by_definition(points: &[(NaiveDate, f64)]) -> Vec<Expected> {
    let mut sorted = points.to_vec();
    sorted.sort_by_key(|p| p.0);
    let v: Vec<f64> = sorted.iter().map(|p| p.1).collect();
    if v.len() < 10 {
        return Vec::new();
    }
    let mut s = v.clone();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = if s.len() % 2 == 1 {
        s[s.len() / 2]
    } else {
        (s[s.len() / 2 - 1] + s[s.len() / 2]) / 2.0
    };
    let mut found: Vec<(usize, usize, SignalKind, Direction, Vec<usize>)> = Vec::new();

    // Shifts: the points off the median, in order; every stretch of them all
    // on one side, at least six long, that cannot be made longer.
    let off: Vec<(usize, bool)> = (0..v.len())
        .filter(|&i| v[i] != median)
        .map(|i| (i, v[i] > median))
        .collect();
    for p in 0..off.len() {
        for q in p..off.len() {
            let side = off[p].1;
            let same = off[p..=q].iter().all(|o| o.1 == side);
            let from_start = p == 0 || off[p - 1].1 != side;
            let to_end = q + 1 == off.len() || off[q + 1].1 != side;
            if same && from_start && to_end && q - p + 1 >= 6 {
                let dir = if side {
                    Direction::Above
                } else {
                    Direction::Below
                };
                let members = off[p..=q].iter().map(|o| o.0).collect();
                found.push((off[p].0, off[q].0, SignalKind::Shift, dir, members));
            }
        }
    }
    // Trends: the points left when a value repeating the one kept before it
    // is dropped; every stretch all rising or all falling, at least five
    // long, that cannot be made longer (a turning point ends one and starts
    // the next).
    let mut kept: Vec<usize> = Vec::new();
    for i in 0..v.len() {
        if kept.last().is_none_or(|&k| v[k] != v[i]) {
            kept.push(i);
        }
    }
    let up = |a: usize, b: usize| v[kept[b]] > v[kept[a]];
    for p in 0..kept.len() {
        for q in p + 1..kept.len() {
            let rising = up(p, p + 1);
            let same = (p..q).all(|k| up(k, k + 1) == rising);
            let from_start = p == 0 || up(p - 1, p) != rising;
            let to_end = q + 1 == kept.len() || up(q, q + 1) != rising;
            if same && from_start && to_end && q - p + 1 >= 5 {
                let dir = if rising {
                    Direction::Rising
                } else {
                    Direction::Falling
                };
                found.push((
                    kept[p],
                    kept[q],
                    SignalKind::Trend,
                    dir,
                    kept[p..=q].to_vec(),
                ));
            }
        }
    }
    // Along the chart; at the same place a shift first.
    found.sort_by_key(|f| (f.0, f.1, f.2 != SignalKind::Shift));
    let week = |d: NaiveDate| d.format("%G-W%V").to_string();
    let year = |d: NaiveDate| d.format("%G").to_string();
    let newest = sorted.last().unwrap().0;
    found
        .into_iter()
        .map(|(first, last, kind, dir, members)| {
            let (a, b) = (sorted[first].0, sorted[last].0);
            let with_year = year(a) != year(b) || year(b) != year(newest);
            (kind, dir, members, a, b, week(a), week(b), with_year)
        })
        .collect()
}

fn as_expected(s: &SignalInfo) -> Expected {
    assert_eq!(s.points, s.members.len());
    (
        s.kind,
        s.direction,
        s.members.clone(),
        s.from,
        s.to,
        s.from_week.to_string(),
        s.to_week.to_string(),
        s.with_year,
    )
}

#[test]
fn generated_series_agree_with_the_rules_read_by_definition() {
    let mut rng = Lcg(185);
    let (mut shifts, mut trends, mut quiet, mut across_years) = (0, 0, 0, 0);
    for n in 0..600 {
        let len = 5 + rng.below(36) as usize;
        // Small integers give points on the median and repeats; a walk gives
        // trends; both kinds of series, some around New Year.
        let walk = n % 2 == 0;
        let mut x = rng.below(10) as f64;
        let values: Vec<f64> = (0..len)
            .map(|_| {
                if walk {
                    x += rng.below(5) as f64 - 2.0;
                    x
                } else {
                    rng.below(6) as f64
                }
            })
            .collect();
        let start = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap() + Days::new(rng.below(500) * 3);
        let mut points = weekly(start, &values);
        // Half of the files list their measurements out of order.
        if n % 4 < 2 {
            for i in (1..points.len()).rev() {
                points.swap(i, rng.below(i as u64 + 1) as usize);
            }
        }
        let want = by_definition(&points);
        let got: Vec<Expected> = describe(&indicator(&points))
            .iter()
            .map(as_expected)
            .collect();
        assert_eq!(got, want, "series {n}: {values:?} from {start}");
        for w in &want {
            match w.0 {
                SignalKind::Shift => shifts += 1,
                SignalKind::Trend => trends += 1,
            }
            across_years += usize::from(w.7);
        }
        quiet += usize::from(want.is_empty());
    }
    // The generated series hold every case, so the comparison is not empty.
    assert!(
        shifts > 100 && trends > 100,
        "{shifts} shifts, {trends} trends"
    );
    assert!(
        quiet > 50 && across_years > 20,
        "{quiet} quiet, {across_years} across years"
    );
}

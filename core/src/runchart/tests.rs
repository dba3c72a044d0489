//! The reading of a whole series: too few points, the order of signals, the
//! target, and measurements out of date order in the file.

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
        every: None,
        measured_by: None,
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

//! Where everything of a run chart goes, worked out before anything is
//! drawn ([`super::runchart_view`] draws it): the mark of every point (its
//! own symbol for a point in a shift or trend, so colour is never the only
//! sign), the legend's lines above the plot, the plot's size and range, each
//! point's cell, and which dates fit under the x axis. Pure layout, so tests
//! can check it without a terminal.

use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

use crate::i18n::{self, ChartWord, Lang, PlanWord as W};
use tavle_core::runchart::{Direction, Reading, SignalInfo, SignalKind};
use tavle_core::text::width;

/// How a point is marked on the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// An ordinary measurement.
    Point,
    /// In a shift.
    Shift,
    /// In a rising trend.
    Rising,
    /// In a falling trend.
    Falling,
    /// In a shift and a trend.
    Both,
}

impl Mark {
    /// The symbol drawn on the point, and before the signal's sentence.
    pub fn glyph(self) -> &'static str {
        match self {
            Mark::Point => "•",
            Mark::Shift => "◆",
            Mark::Rising => "△",
            Mark::Falling => "▽",
            Mark::Both => "◈",
        }
    }

    pub fn style(self) -> Style {
        match self {
            Mark::Point => Style::new().fg(Color::Cyan).bold(),
            Mark::Shift | Mark::Both => Style::new().fg(Color::Magenta).bold(),
            Mark::Rising | Mark::Falling => Style::new().fg(Color::Yellow).bold(),
        }
    }

    fn word(self) -> ChartWord {
        match self {
            Mark::Point => ChartWord::Point,
            Mark::Shift => ChartWord::Shift,
            Mark::Rising => ChartWord::Rising,
            Mark::Falling => ChartWord::Falling,
            Mark::Both => ChartWord::Both,
        }
    }

    /// The mark of a signal's own points (before its sentence).
    pub fn of(s: &SignalInfo) -> Mark {
        match (s.kind, s.direction) {
            (SignalKind::Shift, _) => Mark::Shift,
            (_, Direction::Rising) => Mark::Rising,
            _ => Mark::Falling,
        }
    }
}

/// The mark of every point of a series of `n` points: a point in a shift and
/// a trend is [`Mark::Both`]; a turning point of two trends takes the later.
pub fn marks(n: usize, signals: &[SignalInfo]) -> Vec<Mark> {
    let mut shift = vec![false; n];
    let mut trend: Vec<Option<Mark>> = vec![None; n];
    for s in signals {
        for &i in &s.members {
            match Mark::of(s) {
                Mark::Shift => {
                    if let Some(x) = shift.get_mut(i) {
                        *x = true;
                    }
                }
                m => {
                    if let Some(x) = trend.get_mut(i) {
                        *x = Some(m);
                    }
                }
            }
        }
    }
    (0..n)
        .map(|i| match (shift[i], trend[i]) {
            (true, Some(_)) => Mark::Both,
            (true, None) => Mark::Shift,
            (false, Some(m)) => m,
            (false, None) => Mark::Point,
        })
        .collect()
}

/// Which points get a date under the x axis, as (point, first column of its
/// label): the first, then every `k`-th point after it — the same number of
/// measurements apart, so weekly data reads every `k` weeks — and the last,
/// with the `k` that gives the most labels keeping two blank columns between
/// them (the smallest such `k`; a regular label too close to the first or the
/// last gives way to it). `cols` are the
/// points' columns, left to right; `label_w` a label's width; `plot_w` the
/// width of the row the labels are written in. When not even two fit, the newest alone; nothing when not
/// even one does. A label is centred under its point, kept inside the plot.
pub fn x_labels(cols: &[u16], label_w: u16, plot_w: u16) -> Vec<(usize, u16)> {
    const GAP: u16 = 2;
    let m = cols.len();
    if m == 0 || label_w > plot_w {
        return Vec::new();
    }
    let start = |i: usize| cols[i].saturating_sub(label_w / 2).min(plot_w - label_w);
    let apart = |a: u16, b: u16| b >= a + label_w + GAP;
    let mut best = vec![(m - 1, start(m - 1))];
    for k in 1..m {
        let mut picked: Vec<(usize, u16)> = (0..m - 1).step_by(k).map(|i| (i, start(i))).collect();
        let last = (m - 1, start(m - 1));
        if picked.len() > 1 && picked.last().is_some_and(|p| !apart(p.1, last.1)) {
            picked.pop();
        }
        picked.push(last);
        if picked.len() > 2 && !apart(picked[0].1, picked[1].1) {
            picked.remove(1);
        }
        if picked.len() > best.len() && picked.windows(2).all(|w| apart(w[0].1, w[1].1)) {
            best = picked;
        }
    }
    best
}

/// Where everything of the chart goes inside its area.
#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    /// Width of the value labels left of the y axis.
    pub label_w: u16,
    /// The plot: left column, top row, width and height in cells.
    pub plot: Rect,
    /// The points drawn, as (index into the series, column, row) within
    /// `plot`; the newest `plot.width` finite points when there are more.
    pub points: Vec<(usize, u16, u16)>,
    /// The legend's lines, above the plot.
    pub legend: Vec<Vec<(String, Style)>>,
    /// Lowest and highest value of the plot.
    pub range: (f64, f64),
    /// Finite points of the series, drawn or not.
    pub finite: usize,
}

pub(super) fn finite(v: Option<f64>) -> Option<f64> {
    v.filter(|v| v.is_finite())
}

/// The legend's items, packed into lines of at most `width` cells.
fn legend(items: Vec<(String, Style)>, width: u16) -> Vec<Vec<(String, Style)>> {
    let mut lines: Vec<Vec<(String, Style)>> = Vec::new();
    let mut used = 0usize;
    for (text, style) in items {
        let w = tavle_core::text::width(&text);
        match lines.last_mut() {
            Some(line) if used + 2 + w <= usize::from(width) => {
                line.push(("  ".into(), Style::new()));
                line.push((text, style));
                used += 2 + w;
            }
            _ => {
                lines.push(vec![(text, style)]);
                used = w;
            }
        }
    }
    lines
}

/// Lay the chart out in `area`; None when there is nothing to draw or no room.
pub fn geometry(
    lang: Lang,
    reading: &Reading,
    target: Option<f64>,
    area: Rect,
) -> Option<Geometry> {
    let finite_points: Vec<(usize, f64)> = (reading.series.iter().enumerate())
        .filter(|(_, (_, v))| v.is_finite())
        .map(|(i, &(_, v))| (i, v))
        .collect();
    let median = finite(reading.chart.median);
    let target = finite(target);
    let (lo_all, hi_all) = finite_points
        .iter()
        .map(|p| p.1)
        .chain(median)
        .chain(target)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(v), b.max(v))
        });
    if finite_points.is_empty() {
        return None;
    }
    let label_w = [lo_all, hi_all]
        .into_iter()
        .chain(median)
        .chain(target)
        .map(|v| width(&i18n::number(lang, v)))
        .max()
        .unwrap_or(1) as u16;
    let plot_w = area.width.checked_sub(label_w + 1).filter(|w| *w >= 2)?;
    let shown = &finite_points[finite_points.len().saturating_sub(usize::from(plot_w))..];

    // The legend: only the marks that are on the chart.
    let marks = marks(reading.series.len(), &reading.signals);
    let mut items: Vec<(String, Style)> = Vec::new();
    for m in [
        Mark::Point,
        Mark::Shift,
        Mark::Rising,
        Mark::Falling,
        Mark::Both,
    ] {
        if m == Mark::Point || shown.iter().any(|&(i, _)| marks[i] == m) {
            items.push((
                format!("{} {}", m.glyph(), i18n::chart_word(lang, m.word())),
                m.style(),
            ));
        }
    }
    if median.is_some() {
        items.push((
            format!("┄ {}", i18n::plan_word(lang, W::Median)),
            median_style(),
        ));
    }
    if target.is_some() {
        items.push((
            format!("─ {}", i18n::plan_word(lang, W::TargetLine)),
            target_style(),
        ));
    }
    if shown.len() < finite_points.len() {
        items.push((
            format!(
                "({})",
                i18n::chart_newest(lang, shown.len(), finite_points.len())
            ),
            Style::new().italic(),
        ));
    }
    let legend = legend(items, area.width);
    // Legend, plot, the axis line and its dates.
    let plot_h = area
        .height
        .checked_sub(legend.len() as u16 + 2)
        .filter(|h| *h >= 2)?;

    let (mut lo, mut hi) = shown
        .iter()
        .map(|p| p.1)
        .chain(median)
        .chain(target)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(v), b.max(v))
        });
    if hi - lo <= f64::EPSILON * hi.abs().max(1.0) {
        (lo, hi) = (lo - 1.0, hi + 1.0);
    }
    let m = shown.len();
    let points = (shown.iter().enumerate())
        .map(|(k, &(i, v))| {
            let col = if m == 1 {
                plot_w / 2
            } else {
                ((k as f64) * f64::from(plot_w - 1) / ((m - 1) as f64)).round() as u16
            };
            (i, col, dot_row(v, lo, hi, plot_h) / 4)
        })
        .collect();
    Some(Geometry {
        label_w,
        plot: Rect::new(
            area.x + label_w + 1,
            area.y + legend.len() as u16,
            plot_w,
            plot_h,
        ),
        points,
        legend,
        range: (lo, hi),
        finite: finite_points.len(),
    })
}

/// The braille dot row of `v` (4 dots a cell, 0 at the top).
pub(super) fn dot_row(v: f64, lo: f64, hi: f64, plot_h: u16) -> u16 {
    let dots = f64::from(plot_h) * 4.0 - 1.0;
    ((hi - v) / (hi - lo) * dots).round().clamp(0.0, dots) as u16
}

pub(super) fn median_style() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub(super) fn target_style() -> Style {
    Style::new().fg(Color::Green)
}

#[cfg(test)]
mod tests {
    use super::super::runchart_view::render;
    use super::*;
    use chrono::NaiveDate;
    use ratatui::buffer::Buffer;

    /// Labels as cell ranges, for checking they do not touch.
    fn spans(labels: &[(usize, u16)], w: u16) -> Vec<(u16, u16)> {
        labels.iter().map(|&(_, s)| (s, s + w)).collect()
    }

    #[test]
    fn x_labels_fit_first_and_last_and_keep_apart() {
        // Twenty points over 54 columns, labels 10 wide.
        let cols: Vec<u16> = (0..20u16)
            .map(|k| (f64::from(k) * 53.0 / 19.0).round() as u16)
            .collect();
        let labels = x_labels(&cols, 10, 54);
        assert_eq!(labels.first().map(|l| l.0), Some(0));
        assert_eq!(labels.last().map(|l| l.0), Some(19));
        // 54 columns hold at most four labels of 10 with 2 between (4×10+3×2 =
        // 46; five need 58). Every 5th point gives three (the 5th is too close
        // to the first, the 15th to the last); every 6th gives four.
        assert_eq!(labels.len(), 4, "{labels:?}");
        // Evenly spaced: the same number of points between the regular labels.
        assert_eq!(
            labels.iter().map(|l| l.0).collect::<Vec<_>>(),
            vec![0, 6, 12, 19]
        );
        for w in spans(&labels, 10).windows(2) {
            assert!(w[1].0 >= w[0].1 + 2, "{w:?}");
        }
        // Every label inside the plot, and under its own point.
        for &(i, s) in &labels {
            assert!(s + 10 <= 54);
            assert!((s..s + 10).contains(&cols[i]), "{i} at {s}");
        }
    }

    #[test]
    fn x_labels_when_narrow_or_few() {
        assert_eq!(x_labels(&[0, 5], 10, 12), vec![(1, 0)]);
        assert_eq!(x_labels(&[0, 5], 10, 8), vec![]);
        assert_eq!(x_labels(&[], 10, 80), vec![]);
        assert_eq!(x_labels(&[40], 10, 80), vec![(0, 35)]);
        // Three points far apart: all three.
        assert_eq!(x_labels(&[0, 40, 79], 10, 80).len(), 3);
    }

    fn reading(values: &[f64]) -> Reading {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
        let ind = tavle_core::model::Indicator {
            id: "i".into(),
            title: "I".into(),
            unit: None,
            target: Some(3.0),
            better: None,
            every: None,
            measured_by: None,
            values: (values.iter().enumerate())
                .map(|(k, &value)| tavle_core::model::Measurement {
                    date: day + chrono::Days::new(7 * k as u64),
                    value,
                    extra: Default::default(),
                })
                .collect(),
            extra: Default::default(),
        };
        tavle_core::runchart::read(&ind)
    }

    #[test]
    fn more_points_than_columns_shows_the_newest_and_says_so() {
        let values: Vec<f64> = (0..100).map(|k| f64::from(k % 7)).collect();
        let r = reading(&values);
        let area = Rect::new(0, 0, 40, 12);
        let g = geometry(Lang::Nb, &r, Some(3.0), area).unwrap();
        assert_eq!(g.points.len(), usize::from(g.plot.width));
        assert_eq!(g.points.last().map(|p| p.0), Some(99));
        assert_eq!(g.points.last().map(|p| p.1), Some(g.plot.width - 1));
        let legend: String = g.legend.iter().flatten().map(|(t, _)| t.as_str()).collect();
        let note = i18n::chart_newest(Lang::Nb, g.points.len(), 100);
        assert!(legend.contains(&note), "{legend}");
        // Each drawn point in its own column.
        let mut cols: Vec<u16> = g.points.iter().map(|p| p.1).collect();
        cols.dedup();
        assert_eq!(cols.len(), g.points.len());
    }

    #[test]
    fn odd_series_and_small_areas_draw_without_panicking() {
        let series: [&[f64]; 6] = [
            &[],
            &[4.0],
            &[2.0, 2.0, 2.0],
            &[f64::NAN, 1.0, f64::INFINITY, 2.0],
            &[1e300, -1e300, 0.0],
            &[f64::MAX, -f64::MAX, f64::MAX],
        ];
        for values in series {
            let r = reading(values);
            for (w, h) in [(0, 0), (1, 1), (5, 3), (12, 5), (30, 8), (80, 20)] {
                let area = Rect::new(0, 0, w, h);
                let mut buf = Buffer::empty(area);
                render(Lang::En, &r, Some(3.0), area, &mut buf);
                if let Some(g) = geometry(Lang::En, &r, Some(3.0), area) {
                    assert!(g.plot.right() <= area.right() && g.plot.bottom() + 2 <= area.bottom());
                    for &(_, col, row) in &g.points {
                        assert!(col < g.plot.width && row < g.plot.height);
                    }
                }
            }
        }
        // One point: in the middle of the plot.
        let g = geometry(Lang::En, &reading(&[4.0]), None, Rect::new(0, 0, 40, 10)).unwrap();
        assert_eq!(g.points.len(), 1);
        assert_eq!(g.points[0].1, g.plot.width / 2);
    }
}

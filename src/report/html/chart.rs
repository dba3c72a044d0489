//! An indicator's run chart (seriediagram) as inline SVG for the status
//! page: the points in date order joined by a line, the median as a dashed
//! line, the target as a solid one, and every point of a shift or a trend
//! drawn with its own shape — the shapes the screen uses (◆ shift, △ rising,
//! ▽ falling, ◈ both, • a plain measurement), so that colour is never the
//! only sign and the marks survive a black-and-white print. What is a shift
//! or a trend is the core's rule ([`tavle_core::runchart`]); each signal's
//! points are the ones the core says counted ([`SignalInfo::members`]).
//!
//! Only numbers and the page's own escaped words go into the SVG: no script,
//! no link, no reference to anything outside the page.

use std::fmt::Write;

use tavle_core::runchart::{Direction, Reading, SignalInfo, SignalKind};

use crate::i18n::{self, ChartWord, Lang, PlanWord};

/// How a point is marked: the screen's marks, by the same reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Point,
    Shift,
    Rising,
    Falling,
    Both,
}

impl Mark {
    pub const ALL: [Mark; 5] = [
        Mark::Point,
        Mark::Shift,
        Mark::Rising,
        Mark::Falling,
        Mark::Both,
    ];

    /// The class the page's stylesheet colours it by, and tests find it by.
    pub fn class(self) -> &'static str {
        match self {
            Mark::Point => "mark-point",
            Mark::Shift => "mark-shift",
            Mark::Rising => "mark-rising",
            Mark::Falling => "mark-falling",
            Mark::Both => "mark-both",
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

    /// The mark of a signal's own points.
    pub fn of(s: &SignalInfo) -> Mark {
        match (s.kind, s.direction) {
            (SignalKind::Shift, _) => Mark::Shift,
            (_, Direction::Rising) => Mark::Rising,
            _ => Mark::Falling,
        }
    }

    /// The shape centred on (`x`, `y`), `r` its half size.
    fn shape(self, x: f64, y: f64, r: f64) -> String {
        let diamond = format!(
            "<polygon points=\"{},{} {},{} {},{} {},{}\"/>",
            n(x),
            n(y - r * 1.3),
            n(x + r * 1.3),
            n(y),
            n(x),
            n(y + r * 1.3),
            n(x - r * 1.3),
            n(y)
        );
        match self {
            Mark::Point => format!("<circle cx=\"{}\" cy=\"{}\" r=\"{}\"/>", n(x), n(y), n(r)),
            Mark::Shift => diamond,
            Mark::Both => format!(
                "{diamond}<circle class=\"hole\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
                n(x),
                n(y),
                n(r * 0.45)
            ),
            Mark::Rising | Mark::Falling => {
                let s = if self == Mark::Rising { 1.0 } else { -1.0 };
                let h = r * 1.4;
                format!(
                    "<polygon points=\"{},{} {},{} {},{}\"/>",
                    n(x),
                    n(y - s * h),
                    n(x + h),
                    n(y + s * h * 0.8),
                    n(x - h),
                    n(y + s * h * 0.8)
                )
            }
        }
    }

    /// A small picture of the mark, for the legend and the signals' list.
    pub fn icon(self) -> String {
        format!(
            "<svg class=\"icon\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\"><g class=\"mark {}\">{}</g></svg>",
            self.class(),
            self.shape(7.0, 7.0, 4.2)
        )
    }

    /// `◆ skift`, the legend's words.
    pub fn legend(self, lang: Lang) -> String {
        i18n::chart_word(lang, self.word()).to_string()
    }
}

/// The mark of every point of a series of `len` points: in a shift and a
/// trend, [`Mark::Both`]; the turning point of two trends takes the later.
pub fn marks(len: usize, signals: &[SignalInfo]) -> Vec<Mark> {
    let mut shift = vec![false; len];
    let mut trend: Vec<Option<Mark>> = vec![None; len];
    for s in signals {
        let m = Mark::of(s);
        for &i in &s.members {
            if m == Mark::Shift {
                if let Some(x) = shift.get_mut(i) {
                    *x = true;
                }
            } else if let Some(x) = trend.get_mut(i) {
                *x = Some(m);
            }
        }
    }
    (0..len)
        .map(|i| match (shift[i], trend[i]) {
            (true, Some(_)) => Mark::Both,
            (true, None) => Mark::Shift,
            (false, Some(m)) => m,
            (false, None) => Mark::Point,
        })
        .collect()
}

/// A coordinate with one decimal: short, and the same on every machine.
fn n(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

const W: f64 = 640.0;
const H: f64 = 240.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 30.0;
/// Room one date label takes on the x axis, so that labels never overlap.
const LABEL_W: f64 = 76.0;

/// The chart of `reading` as an `<svg>` element, or None when it has no
/// finite value to draw. `caption` (escaped already) names it for screen
/// readers; `id` is unique on the page. Returns the SVG and the marks that
/// are on it, for the legend.
pub fn svg(
    lang: Lang,
    reading: &Reading,
    target: Option<f64>,
    caption: &str,
    id: &str,
) -> Option<(String, Vec<Mark>)> {
    let finite = |v: Option<f64>| v.filter(|v| v.is_finite());
    let points: Vec<(usize, f64)> = (reading.series.iter().enumerate())
        .filter(|(_, (_, v))| v.is_finite())
        .map(|(i, &(_, v))| (i, v))
        .collect();
    if points.is_empty() {
        return None;
    }
    let median = finite(reading.chart.median);
    let target = finite(target);
    let (mut lo, mut hi) = (points.iter().map(|p| p.1))
        .chain(median)
        .chain(target)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(v), b.max(v))
        });
    if hi - lo <= f64::EPSILON * hi.abs().max(1.0) {
        (lo, hi) = (lo - 1.0, hi + 1.0);
    }
    let pad = (hi - lo) * 0.08;
    (lo, hi) = (lo - pad, hi + pad);
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let y = |v: f64| TOP + (hi - v) / (hi - lo) * plot_h;
    let m = points.len();
    let x = |k: usize| {
        if m == 1 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + (k as f64) * plot_w / ((m - 1) as f64)
        }
    };
    let marks = marks(reading.series.len(), &reading.signals);
    let num = |v: f64| i18n::number(lang, v);

    let mut s = String::new();
    let _ = write!(
        s,
        "<svg class=\"runchart\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-labelledby=\"{id}\"><title id=\"{id}\">{caption}</title>"
    );
    // The axes, and the range's values beside the y axis.
    let (bottom, right) = (TOP + plot_h, LEFT + plot_w);
    let _ = write!(
        s,
        "<path class=\"axis\" d=\"M{left} {top} V{b} H{r}\"/>",
        left = n(LEFT),
        top = n(TOP),
        b = n(bottom),
        r = n(right)
    );
    let (data_lo, data_hi) = (lo + pad, hi - pad);
    for v in [data_lo, data_hi] {
        let _ = write!(
            s,
            "<text class=\"value\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            n(LEFT - 6.0),
            n(y(v) + 4.0),
            super::escape(&num(v))
        );
    }
    // The target (solid) and the median (dashed), each named at its end.
    for (class, value, word) in [
        ("target", target, PlanWord::TargetLine),
        ("median", median, PlanWord::Median),
    ] {
        if let Some(v) = value {
            let _ = write!(
                s,
                "<line class=\"{class}\" x1=\"{}\" y1=\"{yv}\" x2=\"{}\" y2=\"{yv}\"/><text class=\"line-label {class}-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{} {}</text>",
                n(LEFT),
                n(right),
                n(right - 2.0),
                n(y(v) - 4.0),
                super::escape(i18n::plan_word(lang, word)),
                super::escape(&num(v)),
                yv = n(y(v)),
            );
        }
    }
    let line: Vec<String> = (points.iter().enumerate())
        .map(|(k, &(_, v))| format!("{},{}", n(x(k)), n(y(v))))
        .collect();
    let _ = write!(
        s,
        "<polyline class=\"series\" points=\"{}\"/>",
        line.join(" ")
    );
    let mut shown = Vec::new();
    for (k, &(i, v)) in points.iter().enumerate() {
        let mark = marks.get(i).copied().unwrap_or(Mark::Point);
        if !shown.contains(&mark) {
            shown.push(mark);
        }
        let date = reading
            .series
            .get(i)
            .map(|p| tavle_core::dates::format_nb(p.0))
            .unwrap_or_default();
        let _ = write!(
            s,
            "<g class=\"mark {}\">{}<title>{}: {}</title></g>",
            mark.class(),
            mark.shape(x(k), y(v), 4.5),
            super::escape(&date),
            super::escape(&num(v))
        );
    }
    // Dates under the axis: the first, every k-th, the last, never overlapping.
    let every = ((LABEL_W * (m as f64) / plot_w).ceil() as usize).max(1);
    let mut labelled: Vec<usize> = (0..m).step_by(every).collect();
    if labelled.last() != Some(&(m - 1)) {
        if labelled.len() > 1 && x(m - 1) - x(labelled[labelled.len() - 1]) < LABEL_W {
            labelled.pop();
        }
        labelled.push(m - 1);
    }
    for k in labelled {
        let Some(&(date, _)) = points.get(k).and_then(|p| reading.series.get(p.0)) else {
            continue;
        };
        let anchor = match k {
            0 if m > 1 => "start",
            k if k + 1 == m && m > 1 => "end",
            _ => "middle",
        };
        let _ = write!(
            s,
            "<text class=\"date\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
            n(x(k)),
            n(bottom + 18.0),
            date.format("%d.%m.%y")
        );
    }
    s.push_str("</svg>");
    shown.sort_by_key(|m| Mark::ALL.iter().position(|a| a == m));
    Some((s, shown))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn reading(values: &[f64]) -> Reading {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
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
    fn a_shift_and_a_trend_get_their_own_marks_and_the_rest_are_points() {
        // Six low points (a shift under the median), then six rising ones
        // (a shift above it and a rising trend), then a plain point between.
        let values = [
            1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 3.0,
        ];
        let r = reading(&values);
        let kinds: Vec<_> = r.signals.iter().map(|s| (s.kind, s.direction)).collect();
        assert!(
            kinds.contains(&(SignalKind::Shift, Direction::Below)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(SignalKind::Trend, Direction::Rising)),
            "{kinds:?}"
        );
        // What each point should be, from the core's members directly.
        let in_kind = |i: usize, kind: SignalKind| {
            (r.signals.iter()).any(|s| s.kind == kind && s.members.contains(&i))
        };
        let expected: Vec<Mark> = (0..values.len())
            .map(
                |i| match (in_kind(i, SignalKind::Shift), in_kind(i, SignalKind::Trend)) {
                    (true, true) => Mark::Both,
                    (true, false) => Mark::Shift,
                    (false, true) => Mark::Rising,
                    (false, false) => Mark::Point,
                },
            )
            .collect();
        assert_eq!(marks(values.len(), &r.signals), expected);
        assert!(expected.contains(&Mark::Both) && expected.contains(&Mark::Point));
        let (svg, shown) = svg(Lang::En, &r, Some(3.0), "c", "c1").unwrap();
        for m in Mark::ALL {
            let want = expected.iter().filter(|e| **e == m).count();
            let class = format!("class=\"mark {}\"", m.class());
            assert_eq!(svg.matches(&class).count(), want, "{m:?}");
            assert_eq!(shown.contains(&m), want > 0, "{m:?}");
        }
        assert_eq!(svg.matches("class=\"median\"").count(), 1);
        assert_eq!(svg.matches("class=\"target\"").count(), 1);
    }

    #[test]
    fn the_lines_sit_at_their_values() {
        // Values 0..=10 (median 5), target 8: the target line lies above the
        // median line (a smaller y), the lowest point at the bottom.
        let values: Vec<f64> = (0..=10).map(f64::from).collect();
        let r = reading(&values);
        let (svg, _) = svg(Lang::Nb, &r, Some(8.0), "c", "c1").unwrap();
        let y_of = |class: &str| -> f64 {
            let at = svg.find(&format!("<line class=\"{class}\"")).unwrap();
            let rest = &svg[at..];
            let y1 = rest.find("y1=\"").unwrap() + 4;
            rest[y1..y1 + rest[y1..].find('"').unwrap()]
                .parse()
                .unwrap()
        };
        let (median, target) = (y_of("median"), y_of("target"));
        assert!(target < median, "target {target} median {median}");
        // 8 is 3/10 of the data's range above 5.
        let plot_h = H - TOP - BOTTOM;
        let per = plot_h / (10.0 * 1.16);
        assert!(
            (median - target - 3.0 * per).abs() < 0.2,
            "{median} {target}"
        );
    }

    #[test]
    fn nothing_to_draw_without_a_finite_value_and_one_point_is_centred() {
        assert!(svg(Lang::Nb, &reading(&[]), None, "c", "c1").is_none());
        assert!(svg(Lang::Nb, &reading(&[f64::NAN]), None, "c", "c1").is_none());
        let (one, shown) = svg(Lang::Nb, &reading(&[4.0]), None, "c", "c1").unwrap();
        assert_eq!(shown, vec![Mark::Point]);
        let cx = LEFT + (W - LEFT - RIGHT) / 2.0;
        assert!(one.contains(&format!("cx=\"{}\"", n(cx))), "{one}");
    }
}

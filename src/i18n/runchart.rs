//! Run-chart signals in words, named by their weeks the way the measurement
//! lead presents them — "Skift: uke 3–9 (7 punkter over medianen)" — and the
//! words of the chart's legend. The indicator screen, the board, the overview
//! and `tavle status` all word a signal with [`signal_text`] from the core's
//! one description ([`tavle_core::runchart::describe`]), so they agree.

use tavle_core::runchart::{Direction, SignalInfo, SignalKind, Week};

use super::Lang;

/// One signal in a sentence: kind, weeks, and how many points which way.
pub fn signal_text(lang: Lang, s: &SignalInfo) -> String {
    let kind = match s.kind {
        SignalKind::Shift => "shift",
        SignalKind::Trend => "trend",
    };
    let direction = match s.direction {
        Direction::Above => "above",
        Direction::Below => "below",
        Direction::Rising => "rising",
        Direction::Falling => "falling",
    };
    f!(
        lang,
        "runchart-signal",
        kind = kind,
        weeks = weeks_text(lang, s),
        len = s.points,
        direction = direction,
    )
}

/// The weeks of a signal: "uke 3–9", "uke 3" when it lies in one week, and
/// "uke 50/2025–4/2026" when the year is needed to read it right.
pub fn weeks_text(lang: Lang, s: &SignalInfo) -> String {
    let week = |w: Week| {
        if s.with_year {
            format!("{}/{}", w.week, w.year)
        } else {
            w.week.to_string()
        }
    };
    if s.from_week == s.to_week {
        f!(lang, "runchart-week", week = week(s.from_week))
    } else {
        f!(
            lang,
            "runchart-weeks",
            from = week(s.from_week),
            to = week(s.to_week),
        )
    }
}

/// The words of the run chart's legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartWord {
    /// An ordinary measurement.
    Point,
    /// A point in a shift.
    Shift,
    /// A point in a rising trend.
    Rising,
    /// A point in a falling trend.
    Falling,
    /// A point in both a shift and a trend.
    Both,
}

pub fn chart_word(lang: Lang, w: ChartWord) -> &'static str {
    match w {
        ChartWord::Point => s!(lang, "runchart-legend-point"),
        ChartWord::Shift => s!(lang, "runchart-legend-shift"),
        ChartWord::Rising => s!(lang, "runchart-legend-rising"),
        ChartWord::Falling => s!(lang, "runchart-legend-falling"),
        ChartWord::Both => s!(lang, "runchart-legend-both"),
    }
}

/// When the chart is too narrow for every point: which of them it shows.
pub fn chart_newest(lang: Lang, shown: usize, total: usize) -> String {
    f!(lang, "runchart-newest", shown = shown, total = total)
}

/// Under the signals that fit: how many more there are.
pub fn chart_more(lang: Lang, n: usize) -> String {
    f!(lang, "runchart-more", n = n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn info(
        kind: SignalKind,
        direction: Direction,
        from: (i32, u32),
        to: (i32, u32),
    ) -> SignalInfo {
        let day =
            |(y, w): (i32, u32)| NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon).unwrap();
        SignalInfo {
            kind,
            direction,
            points: 7,
            from: day(from),
            to: day(to),
            from_week: Week::of(day(from)),
            to_week: Week::of(day(to)),
            with_year: from.0 != to.0,
            members: Vec::new(),
        }
    }

    #[test]
    fn a_signal_reads_with_its_weeks_in_every_language() {
        let s = info(SignalKind::Shift, Direction::Above, (2026, 3), (2026, 9));
        assert_eq!(
            signal_text(Lang::Nb, &s),
            "Skift: uke 3–9 (7 punkter over medianen)"
        );
        assert_eq!(
            signal_text(Lang::Nn, &s),
            "Skift: veke 3–9 (7 punkt over medianen)"
        );
        assert_eq!(
            signal_text(Lang::En, &s),
            "Shift: weeks 3–9 (7 points above the median)"
        );
        let t = info(SignalKind::Trend, Direction::Falling, (2025, 50), (2026, 4));
        assert_eq!(
            signal_text(Lang::Nb, &t),
            "Trend: uke 50/2025–4/2026 (7 fallende punkter)"
        );
        assert_eq!(
            signal_text(Lang::En, &t),
            "Trend: weeks 50/2025–4/2026 (7 falling points)"
        );
        let one = info(SignalKind::Trend, Direction::Rising, (2026, 5), (2026, 5));
        assert_eq!(
            signal_text(Lang::Nn, &one),
            "Trend: veke 5 (7 stigande punkt)"
        );
        let below = info(SignalKind::Shift, Direction::Below, (2026, 1), (2026, 7));
        assert_eq!(
            signal_text(Lang::En, &below),
            "Shift: weeks 1–7 (7 points below the median)"
        );
    }
}

//! The annual wheel of the deadlines panel as the year's strip — one cell
//! per ISO week (52 or 53), `◉` where an event is, `·` where none is, the
//! current week under a `▼` and reversed, week numbers every five weeks,
//! two cells a week when the panel is wide enough — or, after `w`, as a
//! ring: the weeks placed around an ellipse clockwise from week 1 at the
//! top, the same glyphs, the current week's number in the middle. Draws
//! only; the weeks and their events are [`tavle_core::operations::wheel::strip`].

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::{self, Lang, PanelWord as W};
use tavle_core::model::Board;
use tavle_core::operations::Week;
use tavle_core::operations::wheel::{StripWeek, strip};
use tavle_core::text::fit;

/// The lines of the strip: heading, marker, cells, numbers.
pub const STRIP_H: u16 = 4;
/// The ring wants at least this many lines.
pub const RING_MIN_H: u16 = 9;

/// The glyph of a week: an event or none.
pub fn glyph(w: &StripWeek) -> char {
    if w.events.is_empty() { '·' } else { '◉' }
}

/// Lines the wheel takes at the foot of `area`: none when it does not fit
/// beside the `want` lines of the deadlines (up to 14 of them come first;
/// the weeks ahead are then the wheel).
pub fn height(area: Rect, ring: bool, want: u16) -> u16 {
    if area.width < 54 {
        return 0;
    }
    let keep = want.clamp(4, 14);
    if ring {
        // The ring was asked for (`w`): it comes first, the deadlines keep
        // four lines (the selected one stays in sight).
        let keep = keep.min(4);
        let h = (area.height / 2).max(RING_MIN_H);
        return if area.height >= h + keep { h } else { 0 };
    }
    if area.height >= STRIP_H + keep {
        STRIP_H
    } else {
        0
    }
}

pub fn render(
    board: &Board,
    today: NaiveDate,
    lang: Lang,
    ring: bool,
    area: Rect,
    frame: &mut Frame,
) {
    let weeks = strip(board, today);
    let year = Week::of(today).year;
    let heading = Line::from(vec![
        Span::raw(i18n::wheel_year(lang, year)).bold(),
        Span::raw("  "),
        Span::raw(i18n::panel_word(lang, W::StripLegend)).dim(),
    ]);
    if ring {
        render_ring(&weeks, heading, lang, area, frame);
    } else {
        render_strip(&weeks, heading, area, frame);
    }
}

fn cell_style(w: &StripWeek) -> Style {
    let s = if w.events.is_empty() {
        Style::new()
    } else {
        Style::new().fg(Color::Cyan).bold()
    };
    if w.current { s.reversed().bold() } else { s }
}

fn render_strip(weeks: &[StripWeek], heading: Line<'static>, area: Rect, frame: &mut Frame) {
    let n = weeks.len();
    // Two cells a week when they fit, else one.
    let per = if area.width as usize > 2 * n + 1 {
        2
    } else {
        1
    };
    let mut marker = String::new();
    let mut cells = Vec::new();
    for w in weeks {
        let pad = " ".repeat(per - 1);
        marker.push_str(&format!("{}{pad}", if w.current { '▼' } else { ' ' }));
        cells.push(Span::styled(glyph(w).to_string(), cell_style(w)));
        if per > 1 {
            cells.push(Span::raw(pad));
        }
    }
    // Week numbers at weeks 1, 5, 10, … where they do not run into each other.
    let mut numbers: Vec<char> = vec![' '; n * per + 3];
    let mut free = 0;
    for w in weeks.iter().filter(|w| w.week == 1 || w.week % 5 == 0) {
        let at = (w.week as usize - 1) * per;
        let text = w.week.to_string();
        if at < free || at + text.len() > numbers.len() {
            continue;
        }
        for (i, c) in text.chars().enumerate() {
            numbers[at + i] = c;
        }
        free = at + text.len() + 1;
    }
    let numbers: String = numbers.into_iter().collect();
    let w = area.width as usize;
    let lines = vec![
        heading,
        Line::raw(fit(marker.trim_end(), w)).bold(),
        Line::from(cells),
        Line::raw(fit(numbers.trim_end(), w)).dim(),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

fn render_ring(
    weeks: &[StripWeek],
    heading: Line<'static>,
    lang: Lang,
    area: Rect,
    frame: &mut Frame,
) {
    frame.render_widget(Paragraph::new(heading), Rect { height: 1, ..area });
    let ring = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    let n = weeks.len().max(1) as f64;
    // The ellipse, wider than high: terminal cells are about twice as high.
    let ry = (f64::from(ring.height) - 1.0) / 2.0;
    let rx = (ry * 2.2).min((f64::from(ring.width) - 8.0) / 2.0);
    let cx = f64::from(ring.x) + f64::from(ring.width) / 2.0;
    let cy = f64::from(ring.y) + ry;
    let place = |i: usize| {
        let a = std::f64::consts::TAU * i as f64 / n - std::f64::consts::FRAC_PI_2;
        let x = (cx + rx * a.cos()).round().max(0.0) as u16;
        let y = (cy + ry * a.sin()).round().max(0.0) as u16;
        (x, y)
    };
    let buf = frame.buffer_mut();
    // Weeks without events first, then the events, then this week: where
    // two weeks fall in one cell, the one that matters is seen.
    let rank = |w: &StripWeek| (w.current, !w.events.is_empty());
    let mut order: Vec<usize> = (0..weeks.len()).collect();
    order.sort_by_key(|&i| rank(&weeks[i]));
    for i in order {
        let w = &weeks[i];
        let (x, y) = place(i);
        if ring.contains((x, y).into()) {
            buf.set_string(x, y, glyph(w).to_string(), cell_style(w));
        }
    }
    // Week numbers at the quarters, beside the ring.
    for i in (0..4).map(|q| q * weeks.len() / 4) {
        let Some(w) = weeks.get(i) else { continue };
        let (x, y) = place(i);
        let label = w.week.to_string();
        let lx = if i * 2 > weeks.len() {
            x.saturating_sub(1 + label.len() as u16)
        } else {
            x + 2
        };
        if ring.contains((lx, y).into()) {
            buf.set_string(lx, y, &label, Style::new().dim());
        }
    }
    if let Some(now) = weeks.iter().find(|w| w.current) {
        let text = format!("▼ {} {}", i18n::week_word(lang), now.week);
        let x = (cx as u16).saturating_sub(text.chars().count() as u16 / 2);
        buf.set_string(x, cy as u16, &text, Style::new().bold());
    }
}

#[cfg(test)]
#[path = "wheel_tests.rs"]
mod more_tests;

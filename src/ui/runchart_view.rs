//! The drawn run chart of the indicator screen, made to be presented: every
//! measurement is a marker on the line, the points of a shift or a trend get
//! a symbol of their own (not colour alone), the median and the target are
//! lines, the legend sits above the plot (never over the data, so the newest
//! points in the top-right corner stay visible), and the x axis carries as
//! many dates as fit without overlapping, first and last always. Where each
//! thing goes is worked out in [`super::runchart_layout`]; this draws it.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

use super::runchart_layout::{
    dot_row, finite, geometry, marks, median_style, target_style, x_labels,
};
use crate::i18n::{self, Lang};
use tavle_core::dates::format_nb;
use tavle_core::runchart::Reading;
use tavle_core::text::width;

/// The bit of a braille dot at (x, y) in its cell (2 × 4 dots).
fn braille_bit(x: u16, y: u16) -> u8 {
    match (x % 2, y % 4) {
        (0, 3) => 0x40,
        (1, 3) => 0x80,
        (0, y) => 1 << y,
        (_, y) => 1 << (y + 3),
    }
}

/// Draw the chart of `reading` in `area` of `buf`.
pub fn render(lang: Lang, reading: &Reading, target: Option<f64>, area: Rect, buf: &mut Buffer) {
    let Some(g) = geometry(lang, reading, target, area) else {
        return;
    };
    let p = g.plot;
    let (lo, hi) = g.range;
    for (row, line) in g.legend.iter().enumerate() {
        let mut x = area.x;
        for (text, style) in line {
            let (nx, _) = buf.set_stringn(
                x,
                area.y + row as u16,
                text,
                usize::from(area.right() - x),
                *style,
            );
            x = nx;
        }
    }

    // The line through the points, in braille dots.
    let mut dots = vec![0u8; usize::from(p.width) * usize::from(p.height)];
    let dot_of = |&(i, col, _): &(usize, u16, u16)| {
        let v = reading.series[i].1;
        (i32::from(col) * 2, i32::from(dot_row(v, lo, hi, p.height)))
    };
    for pair in g.points.windows(2) {
        let ((x0, y0), (x1, y1)) = (dot_of(&pair[0]), dot_of(&pair[1]));
        let (dx, dy) = ((x1 - x0).abs(), -(y1 - y0).abs());
        let (sx, sy) = (if x0 < x1 { 1 } else { -1 }, if y0 < y1 { 1 } else { -1 });
        let (mut x, mut y, mut err) = (x0, y0, dx + dy);
        loop {
            let (cx, cy) = ((x / 2) as usize, (y / 4) as usize);
            if let Some(cell) = dots.get_mut(cy * usize::from(p.width) + cx) {
                *cell |= braille_bit(x as u16, y as u16);
            }
            if x == x1 && y == y1 {
                break;
            }
            let e2 = 2 * err;
            if e2 >= dy {
                err += dy;
                x += sx;
            }
            if e2 <= dx {
                err += dx;
                y += sy;
            }
        }
    }
    let row_of = |v: f64| dot_row(v, lo, hi, p.height) / 4;
    let median_row = finite(reading.chart.median).map(row_of);
    let target_row = finite(target).map(row_of);
    for row in 0..p.height {
        for col in 0..p.width {
            let bits = dots[usize::from(row) * usize::from(p.width) + usize::from(col)];
            let (x, y) = (p.x + col, p.y + row);
            if bits != 0 {
                let c = char::from_u32(0x2800 + u32::from(bits)).unwrap_or(' ');
                buf[(x, y)]
                    .set_char(c)
                    .set_style(Style::new().fg(Color::Cyan));
            } else if median_row == Some(row) {
                buf[(x, y)].set_symbol("┄").set_style(median_style());
            } else if target_row == Some(row) {
                buf[(x, y)].set_symbol("─").set_style(target_style());
            }
        }
    }
    let marks = marks(reading.series.len(), &reading.signals);
    for &(i, col, row) in &g.points {
        buf[(p.x + col, p.y + row)]
            .set_symbol(marks[i].glyph())
            .set_style(marks[i].style());
    }

    // The y axis with the values of the top, bottom, median and target rows.
    let axis = p.x - 1;
    let mut labelled: Vec<(u16, f64)> = Vec::new();
    let wanted = [Some((0, hi)), Some((p.height - 1, lo))]
        .into_iter()
        .chain([
            median_row.zip(finite(reading.chart.median)),
            target_row.zip(finite(target)),
        ]);
    for (row, v) in wanted.flatten() {
        if !labelled.iter().any(|&(r, _)| r == row) {
            labelled.push((row, v));
        }
    }
    for row in 0..p.height {
        let tick = labelled.iter().find(|&&(r, _)| r == row);
        buf[(axis, p.y + row)].set_symbol(if tick.is_some() { "┤" } else { "│" });
        if let Some(&(_, v)) = tick {
            let text = i18n::number(lang, v);
            let x = axis.saturating_sub(width(&text) as u16).max(area.x);
            buf.set_stringn(x, p.y + row, &text, usize::from(axis - x), Style::new());
        }
    }

    // The x axis: a tick under each dated point, the dates below.
    let base = p.bottom();
    buf[(axis, base)].set_symbol("└");
    for col in 0..p.width {
        buf[(p.x + col, base)].set_symbol("─");
    }
    let cols: Vec<u16> = g.points.iter().map(|&(_, c, _)| c).collect();
    let dates: Vec<NaiveDate> = g
        .points
        .iter()
        .map(|&(i, ..)| reading.series[i].0)
        .collect();
    let label_w = dates.first().map_or(10, |d| width(&format_nb(*d)) as u16);
    // The dates may reach left under the value labels, which leave that row empty.
    let room = p.x - area.x;
    let in_row: Vec<u16> = cols.iter().map(|c| c + room).collect();
    for (k, start) in x_labels(&in_row, label_w, p.width + room) {
        buf[(p.x + cols[k], base)].set_symbol("┬");
        buf.set_stringn(
            area.x + start,
            base + 1,
            format_nb(dates[k]),
            usize::from(label_w),
            Style::new(),
        );
    }
}

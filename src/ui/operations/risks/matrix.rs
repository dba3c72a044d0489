//! The 5×5 risk matrix of the risks panel: likelihood up (5 at the top),
//! consequence across (1 at the left), axis numbers 1–5. Each cell shows
//! its level's glyph (░ low, ▒ medium, ▓ high: it reads in monochrome,
//! colour comes on top) and how many risks stand in it; the selected
//! risk's cell is bracketed and reversed. A legend names the levels.
//! Draws only.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{colour, glyph};
use crate::i18n::{self, Lang, PanelWord as W};
use tavle_core::model::Board;
use tavle_core::operations::risks::{Cell, Level, matrix};
use tavle_core::text::fit;

/// Columns the matrix takes: the axis and 5 cells of 4.
pub const WIDTH: u16 = 4 + 5 * 4 + 2;
/// Lines: 5 rows, the axis numbers, the legend.
pub const HEIGHT: usize = 7;

/// A cell's text, 3 wide: its glyph around the count, `[n]` when selected.
pub fn cell_text(level: Level, count: usize, selected: bool) -> String {
    let g = glyph(level);
    let n = match count {
        0 => g.to_string(),
        1..=9 => count.to_string(),
        _ => "+".to_string(),
    };
    if selected {
        format!("[{n}]")
    } else {
        format!("{g}{n}{g}")
    }
}

pub fn render(board: &Board, selected: Option<Cell>, lang: Lang, area: Rect, frame: &mut Frame) {
    let m = matrix(board);
    let mut lines = Vec::new();
    for l in (1..=5u8).rev() {
        let axis = if l == 5 {
            i18n::panel_word(lang, W::AxisLikelihood)
        } else {
            ""
        };
        let mut spans = vec![Span::raw(format!("{:<1}{l:>2} ", fit(axis, 1))).bold()];
        for c in 1..=5u8 {
            let Some(cell) = Cell::new(l, c) else {
                continue;
            };
            let on = selected == Some(cell);
            let text = cell_text(cell.level(), m.at(cell).len(), on);
            let style = Style::new().fg(colour(cell.level()));
            let style = if on { style.reversed().bold() } else { style };
            spans.push(Span::styled(text, style));
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
    }
    let mut axis = String::from("    ");
    for c in 1..=5 {
        axis.push_str(&format!(" {c}  "));
    }
    axis.push_str(i18n::panel_word(lang, W::AxisConsequence));
    lines.push(Line::raw(axis).bold());
    let legend: Vec<String> = [Level::Low, Level::Medium, Level::High]
        .iter()
        .map(|&l| format!("{} {}", glyph(l), i18n::risk_level(lang, l)))
        .collect();
    lines.push(Line::raw(fit(&legend.join(" "), area.width as usize)).dim());
    frame.render_widget(Paragraph::new(lines), area);
}

//! The 5×5 risk matrix of the risks panel: likelihood up (5 at the top),
//! consequence across (1 at the left), axis numbers 1–5. Each cell shows
//! its level's glyph (░ low, ▒ medium, ▓ high: it reads in monochrome,
//! colour comes on top) and how many risks stand in it; the selected
//! risk's cell is bracketed and reversed. A legend names the levels.
//! Given room (a TV read from across the room), each cell is two lines
//! high and seven columns wide ([`Size::Large`]). Draws only.

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

/// Columns the small matrix takes: the axis and 5 cells of 4.
pub const WIDTH: u16 = 4 + 5 * 4 + 2;
/// Lines of the small matrix: 5 rows, the axis numbers, the legend.
pub const HEIGHT: usize = 7;

/// The size of the matrix's cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// One line, three columns.
    Small,
    /// Two lines, seven columns.
    Large,
}

impl Size {
    /// The columns the matrix takes.
    pub fn width(self) -> u16 {
        match self {
            Size::Small => WIDTH,
            Size::Large => 4 + 5 * 8 + 2,
        }
    }

    /// The lines the matrix takes.
    pub fn height(self) -> u16 {
        match self {
            Size::Small => HEIGHT as u16,
            Size::Large => 5 * 2 + 2,
        }
    }

    /// The large cells when `area` has room for them beside the lists.
    pub fn for_area(area: Rect) -> Size {
        if area.height >= Size::Large.height() && area.width >= 2 * Size::Large.width() + 20 {
            Size::Large
        } else {
            Size::Small
        }
    }
}

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

/// A large cell's two lines: the glyph, then the count between glyphs;
/// bracketed when selected.
pub fn large_text(level: Level, count: usize, selected: bool) -> [String; 2] {
    let g = glyph(level);
    let n = match count {
        0 => g.to_string(),
        1..=9 => count.to_string(),
        _ => "+".to_string(),
    };
    let fill = |k: usize| g.to_string().repeat(k);
    if selected {
        [format!("[{}]", fill(5)), format!("[{n:^5}]")]
    } else if count == 0 {
        [fill(7), fill(7)]
    } else {
        [fill(7), format!("{} {n} {}", fill(2), fill(2))]
    }
}

pub fn render(
    board: &Board,
    selected: Option<Cell>,
    lang: Lang,
    size: Size,
    area: Rect,
    frame: &mut Frame,
) {
    if size == Size::Large {
        return render_large(board, selected, lang, area, frame);
    }
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
    lines.push(legend(lang, area.width));
    frame.render_widget(Paragraph::new(lines), area);
}

/// The levels' glyphs and words.
fn legend(lang: Lang, width: u16) -> Line<'static> {
    let legend: Vec<String> = [Level::Low, Level::Medium, Level::High]
        .iter()
        .map(|&l| format!("{} {}", glyph(l), i18n::risk_level(lang, l)))
        .collect();
    Line::raw(fit(&legend.join(" "), width as usize)).dim()
}

fn render_large(board: &Board, selected: Option<Cell>, lang: Lang, area: Rect, frame: &mut Frame) {
    let m = matrix(board);
    let mut lines = Vec::new();
    for l in (1..=5u8).rev() {
        for half in 0..2 {
            let axis = match (l, half) {
                (5, 0) => fit(i18n::panel_word(lang, W::AxisLikelihood), 1),
                _ => String::new(),
            };
            let number = if half == 1 {
                l.to_string()
            } else {
                String::new()
            };
            let mut spans = vec![Span::raw(format!("{axis:<1}{number:>2} ")).bold()];
            for c in 1..=5u8 {
                let Some(cell) = Cell::new(l, c) else {
                    continue;
                };
                let on = selected == Some(cell);
                let [top, bottom] = large_text(cell.level(), m.at(cell).len(), on);
                let text = if half == 0 { top } else { bottom };
                let style = Style::new().fg(colour(cell.level()));
                let style = if on { style.reversed().bold() } else { style };
                spans.push(Span::styled(text, style));
                spans.push(Span::raw(" "));
            }
            lines.push(Line::from(spans));
        }
    }
    let mut axis = String::from("    ");
    for c in 1..=5 {
        axis.push_str(&format!("   {c}    "));
    }
    axis.push_str(i18n::panel_word(lang, W::AxisConsequence));
    lines.push(Line::raw(axis).bold());
    lines.push(legend(lang, area.width));
    frame.render_widget(Paragraph::new(lines), area);
}

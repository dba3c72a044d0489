//! Large letters: text drawn in the largest size that fits the area it is
//! given, from the 8×8 font (`font8x8`, the one tui-big-text draws with)
//! scaled by a whole factor, words wrapped over lines. At scale `s` a
//! letter takes `8·s` columns and `4·s` rows: every font pixel is `s`
//! columns wide and `s` half-rows high (drawn with `█`, `▀` and `▄`), so
//! letters keep their shape on a terminal's tall cells. Scale 2 is as large
//! as tui-big-text's biggest letters; a 4K TV gets scale 5 or more.
//!
//! The public API ([`fits`], [`render`]) is what the zoomed card, the big
//! clock, the large header and the wallboard use. Text is sanitized here.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use font8x8::UnicodeFonts;
use tavle_core::text::sanitize;

/// Columns of one letter at scale 1.
pub const CELL_W: u16 = 8;
/// Rows of one letter at scale 1.
pub const CELL_H: u16 = 4;

/// The traffic lights' shapes and the done mark, which the font lacks:
/// a row a byte, bit 0 leftmost, like font8x8.
const SHAPES: &[(char, [u8; 8])] = &[
    ('●', [0x3C, 0x7E, 0xFF, 0xFF, 0xFF, 0xFF, 0x7E, 0x3C]),
    ('○', [0x3C, 0x42, 0x81, 0x81, 0x81, 0x81, 0x42, 0x3C]),
    ('▲', [0x18, 0x18, 0x3C, 0x3C, 0x7E, 0x7E, 0xFF, 0xFF]),
    ('■', [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]),
    ('✓', [0x00, 0x80, 0xC0, 0x60, 0x33, 0x1E, 0x0C, 0x00]),
    ('·', [0x00, 0x00, 0x00, 0x18, 0x18, 0x00, 0x00, 0x00]),
    ('…', [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xDB, 0xDB]),
];

/// The 8×8 bitmap of `c`: the font's Latin letters (æøå ÆØÅ too), the
/// shapes above, else a question mark.
pub fn glyph(c: char) -> [u8; 8] {
    SHAPES
        .iter()
        .find(|(s, _)| *s == c)
        .map(|(_, g)| *g)
        .or_else(|| font8x8::BASIC_FONTS.get(c))
        .or_else(|| font8x8::LATIN_FONTS.get(c))
        .or_else(|| font8x8::BASIC_FONTS.get('?'))
        .unwrap_or([0; 8])
}

/// `text` broken into lines of at most `per_line` letters: at spaces where
/// it can, inside a word longer than a line where it must.
pub fn wrap(text: &str, per_line: usize) -> Vec<Vec<char>> {
    let mut lines: Vec<Vec<char>> = Vec::new();
    if per_line == 0 {
        return lines;
    }
    let mut line: Vec<char> = Vec::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        if !line.is_empty() && line.len() + 1 + word.len() <= per_line {
            line.push(' ');
            line.append(&mut word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        while word.len() > per_line {
            let rest = word.split_off(per_line);
            lines.push(std::mem::replace(&mut word, rest));
        }
        line = word;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The largest scale at which `text` fits `area` with every word whole on
/// its line; when no scale keeps the longest word whole, the largest at
/// which it fits broken (0: not even scale 1). Empty text fits at any
/// scale, and gets the largest one letter allows.
pub fn fits(text: &str, area: Rect) -> u16 {
    let text = sanitize(text);
    let longest = text.split_whitespace().map(|w| w.chars().count()).max();
    let most = (area.width / CELL_W).min(area.height / CELL_H);
    let fit = |s: u16, whole: bool| {
        let per_line = usize::from(area.width / (CELL_W * s));
        let rows = usize::from(area.height / (CELL_H * s));
        (!whole || longest.is_none_or(|l| l <= per_line)) && wrap(&text, per_line).len() <= rows
    };
    let largest = |whole: bool| (1..=most).rev().find(|s| fit(*s, whole));
    largest(true).or_else(|| largest(false)).unwrap_or(0)
}

/// The cells `text` takes at `scale` in an area `width` wide: columns of
/// the longest line, and rows.
pub fn size(text: &str, scale: u16, width: u16) -> (u16, u16) {
    if scale == 0 {
        return (0, 0);
    }
    let lines = wrap(&sanitize(text), usize::from(width / (CELL_W * scale)));
    let longest = lines.iter().map(Vec::len).max().unwrap_or(0) as u16;
    (
        longest * CELL_W * scale,
        lines.len() as u16 * CELL_H * scale,
    )
}

/// Draw `text` in `area` in the largest letters that fit, each line
/// centred, the block centred from top to bottom; where even scale 1 does
/// not fit, as plain bold text. Returns the scale drawn (0: plain).
pub fn render(text: &str, area: Rect, style: Style, frame: &mut Frame) -> u16 {
    draw(text, area, style, frame.buffer_mut())
}

/// [`render`] into a buffer.
pub fn draw(text: &str, area: Rect, style: Style, buf: &mut Buffer) -> u16 {
    let area = area.intersection(buf.area);
    let scale = fits(text, area);
    let text = sanitize(text);
    if scale == 0 {
        let lines: Vec<Line> = tavle_core::text::wrap(
            &text,
            usize::from(area.width.max(1)),
            usize::from(area.height.max(1)),
        )
        .into_iter()
        .map(|l| Line::from(l).centered())
        .collect();
        Paragraph::new(lines).style(style).render(area, buf);
        return 0;
    }
    let lines = wrap(&text, usize::from(area.width / (CELL_W * scale)));
    let block_h = lines.len() as u16 * CELL_H * scale;
    let mut y = area.y + (area.height - block_h) / 2;
    for line in &lines {
        let line_w = line.len() as u16 * CELL_W * scale;
        let x0 = area.x + (area.width - line_w) / 2;
        for (i, c) in line.iter().enumerate() {
            let x = x0 + i as u16 * CELL_W * scale;
            letter(glyph(*c), x, y, scale, style, buf);
        }
        y += CELL_H * scale;
    }
    scale
}

/// One letter with its top left corner at (`x`, `y`).
fn letter(g: [u8; 8], x: u16, y: u16, scale: u16, style: Style, buf: &mut Buffer) {
    let lit = |half: u16, col: u16| {
        let row = usize::from(half / scale);
        let bit = col / scale;
        g.get(row).is_some_and(|r| r & (1 << bit) != 0)
    };
    for row in 0..CELL_H * scale {
        for col in 0..CELL_W * scale {
            let (top, bottom) = (lit(row * 2, col), lit(row * 2 + 1, col));
            let symbol = match (top, bottom) {
                (true, true) => "█",
                (true, false) => "▀",
                (false, true) => "▄",
                (false, false) => continue,
            };
            if let Some(cell) = buf.cell_mut((x + col, y + row)) {
                cell.set_symbol(symbol).set_style(style);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_at_spaces_and_long_words_break() {
        let l = |v: Vec<Vec<char>>| -> Vec<String> {
            v.into_iter().map(|c| c.into_iter().collect()).collect()
        };
        assert_eq!(l(wrap("ab cd ef", 5)), ["ab cd", "ef"]);
        assert_eq!(l(wrap("abcdefg h", 3)), ["abc", "def", "g h"]);
        assert!(wrap("abc", 0).is_empty());
    }

    #[test]
    fn the_largest_scale_that_fits_is_picked() {
        // "AB" on one line at scale s needs 16·s columns and 4·s rows.
        let area = |w, h| Rect::new(0, 0, w, h);
        assert_eq!(fits("AB", area(48, 12)), 3);
        assert_eq!(fits("AB", area(47, 12)), 2);
        assert_eq!(fits("AB", area(48, 11)), 2);
        // Two lines of one letter at scale 2: 16 wide, 16 high.
        assert_eq!(fits("A B", area(16, 16)), 2);
        assert_eq!(fits("AB", area(7, 40)), 0);
        // A word is not broken for a larger scale while a smaller keeps it
        // whole: "TAVLE" at 5 on one line, not "TAVL"/"E" at 7.
        assert_eq!(fits("TAVLE", area(239, 60)), 5);
        // Broken only when no scale keeps it whole: one letter a line.
        assert_eq!(fits("TAVLE", area(16, 40)), 2);
    }
}

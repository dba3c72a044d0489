//! What every symbol on screen means: the table of the glyphs the views
//! draw ([`SYMBOLS`]) and the `?` overlay's second page that lists them
//! (`?` twice). A test reads the views' own source and fails when a view
//! draws a symbol the table does not explain. Draws only.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use crate::app::App;
use crate::i18n::{self, OpsSymbol, Symbol as S, SymbolPage};
use tavle_core::text::{fit, width};

/// Every symbol the screens draw, with what it means and its colour.
pub const SYMBOLS: &[(&str, S, Color)] = &[
    ("●", S::Green, Color::Green),
    ("▲", S::Yellow, Color::Yellow),
    ("■", S::Red, Color::Red),
    ("○", S::NoLight, Color::DarkGray),
    ("✓", S::Done, Color::Green),
    ("■(▲)", S::SetByHand, Color::Red),
    ("⚠", S::Overdue, Color::Red),
    ("◆", S::DueToday, Color::Yellow),
    ("✗", S::MissesTarget, Color::Red),
    ("✱", S::ChangedBy, Color::Cyan),
    ("⇪", S::EscalatedTo, Color::Reset),
    ("⇩", S::EscalatedFrom, Color::Reset),
    ("▶", S::Selected, Color::Reset),
    ("◀", S::MoreLeft, Color::Reset),
    ("↑", S::MoreAbove, Color::Reset),
    ("↓", S::MoreBelow, Color::Reset),
    ("▸", S::Goal, Color::Reset),
    ("•", S::Measure, Color::Reset),
    ("☐", S::FollowUpOpen, Color::Reset),
    ("☑", S::FollowUpDone, Color::Reset),
    ("⏱", S::TimeLeft, Color::Reset),
    ("⏰", S::OverTime, Color::Red),
    ("▏", S::Cursor, Color::Reset),
    ("ℹ", S::Info, Color::Cyan),
    ("+", S::Added, Color::Reset),
    ("−", S::Removed, Color::Reset),
    ("~", S::Changed, Color::Reset),
    ("▁▃▅▇█", S::Sparkline, Color::Reset),
    ("•", S::ChartPoint, Color::Cyan),
    ("◆", S::ChartShift, Color::Magenta),
    ("△▽", S::ChartTrend, Color::Yellow),
    ("◈", S::ChartBoth, Color::Magenta),
    ("░", S::Ops(OpsSymbol::RiskLow), Color::Green),
    ("▒", S::Ops(OpsSymbol::RiskMedium), Color::Yellow),
    ("▓", S::Ops(OpsSymbol::RiskHigh), Color::Red),
    ("◉", S::Ops(OpsSymbol::WheelEvent), Color::Cyan),
    ("▼", S::Ops(OpsSymbol::ThisWeek), Color::Reset),
    ("→", S::Ops(OpsSymbol::ToCard), Color::Reset),
    ("▀▄█", S::BigLetters, Color::Reset),
];

/// The symbols page of the `?` overlay: one column when it fits the
/// height, two side by side when not, every symbol with its meaning.
pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let glyph_w = SYMBOLS.iter().map(|(g, ..)| width(g)).max().unwrap_or(1);
    let room = usize::from(area.height.saturating_sub(4)).max(1);
    let columns = if SYMBOLS.len() <= room { 1 } else { 2 };
    let per = SYMBOLS.len().div_ceil(columns);
    let col_w = (usize::from(area.width.saturating_sub(2)) / columns).min(48);
    let cell = |(glyph, s, colour): &(&str, S, Color)| -> Vec<Span<'static>> {
        let pad = " ".repeat(glyph_w.saturating_sub(width(glyph)));
        let head = format!(" {glyph}{pad}  ");
        let room = col_w.saturating_sub(width(&head));
        let text = fit(i18n::symbol(lang, *s), room);
        let fill = " ".repeat(room.saturating_sub(width(&text)));
        vec![
            Span::styled(head, Style::new().fg(*colour).bold()),
            Span::raw(format!("{text}{fill}")),
        ]
    };
    let mut lines: Vec<Line> = (0..per)
        .map(|r| {
            let mut spans = Vec::new();
            for c in 0..columns {
                if let Some(row) = SYMBOLS.get(c * per + r) {
                    spans.extend(cell(row));
                }
            }
            Line::from(spans)
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::from(
        Span::raw(format!(" {}", i18n::symbol_page(lang, SymbolPage::Close))).dim(),
    ));
    let h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let w = u16::try_from(col_w * columns + 2).unwrap_or(u16::MAX);
    let rect = super::centered(area, w, h);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_type(BorderType::Thick)
                .title(format!(" {} ", i18n::symbol_page(lang, SymbolPage::Title))),
        ),
        rect,
    );
}

#[cfg(test)]
mod tests {
    use super::SYMBOLS;

    /// Characters that are writing, not symbols: punctuation and the lines
    /// of frames are not explained.
    fn is_typography(c: char) -> bool {
        c.is_alphanumeric()
            || c.is_whitespace()
            || ('\u{2500}'..='\u{257F}').contains(&c)
            || "–—…·«»“”‘’×".contains(c)
    }

    /// The non-ASCII characters in the string and char literals of `src`,
    /// comments left out.
    fn literal_symbols(src: &str) -> Vec<char> {
        let mut out = Vec::new();
        for line in src.lines() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let mut chars = code.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '/' if chars.peek() == Some(&'/') => break,
                    '"' => {
                        while let Some(c) = chars.next() {
                            match c {
                                '\\' => {
                                    chars.next();
                                }
                                '"' => break,
                                c if !c.is_ascii() && !is_typography(c) => out.push(c),
                                _ => {}
                            }
                        }
                    }
                    '\'' => {
                        let mut ahead = chars.clone();
                        if let (Some(x), Some('\'')) = (ahead.next(), ahead.next()) {
                            if !x.is_ascii() && !is_typography(x) {
                                out.push(x);
                            }
                            chars.next();
                            chars.next();
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }

    #[test]
    fn every_symbol_the_views_draw_is_explained() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
        let explained: String = SYMBOLS.iter().map(|(g, ..)| *g).collect();
        let mut files = 0;
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("symbols.rs") {
                continue;
            }
            files += 1;
            let src = std::fs::read_to_string(&path).unwrap();
            for c in literal_symbols(&src) {
                // The sparkline draws all eight levels; the table shows five.
                let c = if ('▁'..='█').contains(&c) {
                    '▁'
                } else {
                    c
                };
                if !explained.contains(c) {
                    missing.push((path.file_name().unwrap().to_owned(), c));
                }
            }
        }
        assert!(files >= 10, "the views were read ({files} files)");
        // The lights' own glyphs come from the core.
        for l in [
            tavle_core::model::Light::Green,
            tavle_core::model::Light::Yellow,
            tavle_core::model::Light::Red,
        ] {
            assert!(explained.contains(l.glyph()), "{}", l.glyph());
        }
        missing.dedup();
        assert!(missing.is_empty(), "drawn but not explained: {missing:?}");
    }

    #[test]
    fn the_scan_finds_symbols_in_strings_and_chars_but_not_comments() {
        let src = "// ★ in a comment\nlet a = \"x ⚠ y\"; let b = '✱'; let t = '\\''; // ☂\nlet c = \"– · …\";";
        assert_eq!(literal_symbols(src), ['⚠', '✱']);
    }
}

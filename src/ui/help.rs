//! The `?` overlay, generated from the key table of the screen on view and
//! then the global keys in force there: one
//! column of keys when the screen is high enough, more side by side when
//! not, and a help text too long for its column wrapped under itself rather
//! than cut, so every key and every word of it is there even at 80×24.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Stylize;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::centered;
use super::fit::wrap_words;
use crate::app::{App, Binding, keymap};
use crate::i18n::{self, Ui};
use tavle_core::text::width;

/// The most columns of keys side by side.
const MAX_COLUMNS: usize = 3;

/// One column of the overlay: `rows` (keys, help) laid out `col_w` cells
/// wide, the keys `key_w` wide, each help text in at most `lines` lines
/// (cut at a word with `…` beyond); each line padded to the full width. A
/// row with no keys is a heading.
fn column(rows: &[(String, &str)], key_w: usize, col_w: usize, lines: usize) -> Vec<Line<'static>> {
    let help_w = col_w.saturating_sub(key_w + 3).max(1);
    let mut out = Vec::new();
    for (k, h) in rows {
        let keys = format!(" {k}{}  ", " ".repeat(key_w.saturating_sub(width(k))));
        for (i, part) in wrap_words(h, help_w, lines).into_iter().enumerate() {
            let lead = if i == 0 {
                Span::raw(keys.clone()).bold()
            } else {
                Span::raw(" ".repeat(width(&keys)))
            };
            let pad = " ".repeat(help_w.saturating_sub(width(&part)));
            let text = Span::raw(format!("{part}{pad}"));
            // A row without keys is a heading (the global keys').
            let text = if k.is_empty() { text.bold() } else { text };
            out.push(Line::from(vec![lead, text]));
        }
    }
    out
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    // The screen's own keys, then under a heading the global ones (each once).
    let row = |b: &Binding| (keymap::labels(b, " "), i18n::cmd_help(lang, b.cmd.id()));
    // The keys of panels the board does not show are left out, as in the hint bar.
    let shown = |b: &&Binding| match b.cmd {
        keymap::Cmd::Focus(kind) => crate::app::operations::can_focus(&app.shared, kind),
        _ => true,
    };
    let mut rows: Vec<(String, &str)> = app.keys().iter().filter(shown).map(row).collect();
    let globals = app.global_keys();
    if !globals.is_empty() {
        let heading = i18n::ui(lang, Ui::HelpEverywhere);
        rows.push((String::new(), heading));
        rows.extend(globals.into_iter().map(row));
    }
    let key_w = rows.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
    // The closing words and the border take three rows.
    let room = area.height.saturating_sub(3).max(1) as usize;
    // As few columns as hold one line per key; a help text too long for its
    // column wraps when the wrapped column still fits, else it is cut at a word.
    let columns = rows.len().div_ceil(room).clamp(1, MAX_COLUMNS);
    let col_w = (area.width.saturating_sub(4) as usize / columns).min(64);
    let per = rows.len().div_ceil(columns).max(1);
    let lay = |lines| -> Vec<Vec<Line>> {
        rows.chunks(per)
            .map(|c| column(c, key_w, col_w, lines))
            .collect()
    };
    let wrapped = lay(3);
    let cols = if wrapped.iter().all(|c| c.len() <= room) {
        wrapped
    } else {
        lay(1)
    };
    let layout = (columns, col_w, cols);
    let (columns, col_w, cols) = layout;
    let height = cols.iter().map(Vec::len).max().unwrap_or(0);
    let mut lines: Vec<Line> = (0..height)
        .map(|r| {
            let mut spans = Vec::new();
            for c in &cols {
                match c.get(r) {
                    Some(l) => spans.extend(l.spans.iter().cloned()),
                    None => spans.push(Span::raw(" ".repeat(col_w))),
                }
            }
            Line::from(spans)
        })
        .collect();
    if height + 4 <= area.height as usize {
        lines.push(Line::raw(""));
    }
    lines.push(Line::from(
        Span::raw(format!(
            " {}",
            i18n::symbol_page(lang, i18n::SymbolPage::FromHelp)
        ))
        .dim(),
    ));
    let h = lines.len() as u16 + 2;
    let rect = centered(area, (col_w * columns) as u16 + 2, h);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_type(BorderType::Thick)
                .title(format!(" {} ", i18n::ui(lang, Ui::Help))),
        ),
        rect,
    );
}

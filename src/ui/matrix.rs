//! The priority matrix screen: a title naming the axes, the 3 × 3 grid —
//! effect by rows (high at the top), effort by columns (low at the left) —
//! each cell with its numpad digit and its ideas' titles (cut to fit, `+2
//! til` for those that do not), the quick-win cell with a double border
//! and `★ Rask gevinst` (not colour alone), the ideas not placed in a list
//! beside the grid (below it on a narrow screen), the selected idea's whole
//! title and how the digits are laid out. Draws only.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::fit::wrap_words;
use super::selected_style;
use crate::app::App;
use crate::app::matrix::{Spot, at, digit, ideas};
use crate::i18n::{self, IntakeWord as W, Lang};
use tavle_core::improvement::Cell;
use tavle_core::model::{Board, Card};
use tavle_core::text::{fit, sanitize, width};

/// Below this width the list of ideas not placed goes under the grid.
const BESIDE_FROM: u16 = 72;
/// The most lines an idea's title gets in a cell with room to spare.
const TITLE_LINES: usize = 3;
/// The list's width beside the grid: a quarter of the screen, within these.
const LIST_MIN: u16 = 22;
const LIST_MAX: u16 = 44;

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let Some(board) = app.board() else {
        return;
    };
    let m = &app.screens.matrix;
    let [title, body, selected, numpad] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let head = format!(
        " {} · {}",
        i18n::intake_word(lang, W::Matrix),
        i18n::intake_word(lang, W::Axes),
    );
    frame.render_widget(
        Paragraph::new(Span::raw(fit(&head, title.width as usize)).bold()),
        title,
    );
    let unplaced = at(board, Spot::Unplaced);
    let (grid, list) = if area.width >= BESIDE_FROM {
        let w = (area.width / 4).clamp(LIST_MIN, LIST_MAX);
        let [g, l] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(w)]).areas(body);
        (g, l)
    } else {
        let h = (unplaced.len().max(1) as u16 + 2)
            .min(body.height / 3)
            .max(3);
        let [g, l] = Layout::vertical([Constraint::Fill(1), Constraint::Length(h)]).areas(body);
        (g, l)
    };
    render_grid(app, board, grid, frame);
    render_list(app, board, &unplaced, list, frame);
    let chosen = (m.card.as_deref()).and_then(|id| board.card(id));
    if let Some(card) = chosen {
        let line = format!(" ▶ {}", sanitize(&card.title));
        frame.render_widget(
            Paragraph::new(Span::raw(fit(&line, selected.width as usize)).bold()),
            selected,
        );
    }
    let keys = format!(" {}", i18n::intake_word(lang, W::Numpad));
    frame.render_widget(
        Paragraph::new(Span::raw(fit(&keys, numpad.width as usize)).dim()),
        numpad,
    );
}

/// The grid: a header of effort levels, then a row per effect level with
/// its label at the left.
fn render_grid(app: &App, board: &Board, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let label_w = [3u8, 2, 1]
        .iter()
        .map(|&v| width(i18n::level(lang, v)))
        .max()
        .unwrap_or(0) as u16
        + 2;
    let [header, rows] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let [_, heads] =
        Layout::horizontal([Constraint::Length(label_w), Constraint::Fill(1)]).areas(header);
    let cols = Layout::horizontal([Constraint::Ratio(1, 3); 3]).split(heads);
    for (effort, rect) in (1u8..=3).zip(cols.iter()) {
        let word = i18n::level(lang, effort);
        frame.render_widget(
            Paragraph::new(Line::from(Span::raw(word).bold()).centered()),
            *rect,
        );
    }
    let lines = Layout::vertical([Constraint::Ratio(1, 3); 3]).split(rows);
    for (effect, row) in (1u8..=3).rev().zip(lines.iter()) {
        let [label, cells] =
            Layout::horizontal([Constraint::Length(label_w), Constraint::Fill(1)]).areas(*row);
        let mid = Rect {
            y: label.y + label.height / 2,
            height: 1.min(label.height),
            ..label
        };
        frame.render_widget(
            Paragraph::new(Span::raw(format!(" {}", i18n::level(lang, effect))).bold()),
            mid,
        );
        let rects = Layout::horizontal([Constraint::Ratio(1, 3); 3]).split(cells);
        for (effort, rect) in (1u8..=3).zip(rects.iter()) {
            if let Some(c) = Cell::new(effect, effort) {
                render_cell(app, board, c, *rect, frame);
            }
        }
    }
}

/// One cell: its digit (and the quick win's label) in the border, its ideas inside.
fn render_cell(app: &App, board: &Board, c: Cell, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let m = &app.screens.matrix;
    let here = m.spot == Spot::Grid(c);
    let quick = c.is_quick_win();
    let room = area.width.saturating_sub(2) as usize;
    let label = i18n::intake_word(lang, W::QuickWin);
    let full = format!(" {} {label} ", digit(c));
    // The quick win's label in the top border when it fits whole, else
    // its star at the top and the words in the bottom border.
    let (title, bottom) = match (quick, width(&full) <= room) {
        (true, true) => (full, None),
        (true, false) => {
            let star = label.split_whitespace().next().unwrap_or_default();
            let words = label.trim_start_matches(star).trim();
            (format!(" {} {star} ", digit(c)), Some(format!(" {words} ")))
        }
        (false, _) => (format!(" {} ", digit(c)), None),
    };
    let mut border = Style::new();
    if quick {
        border = border.fg(Color::Green).bold();
    }
    if here {
        border = border.add_modifier(Modifier::BOLD | Modifier::REVERSED);
    }
    let kind = match (here, quick) {
        (true, _) => BorderType::Thick,
        (false, true) => BorderType::Double,
        (false, false) => BorderType::Plain,
    };
    let mut block = Block::bordered()
        .border_type(kind)
        .border_style(border)
        .title(Span::styled(fit(&title, room), border));
    if let Some(words) = bottom {
        block = block.title_bottom(Span::styled(fit(&words, room), border));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cards = at(board, Spot::Grid(c));
    let lines = idea_lines(lang, &cards, m.card.as_deref(), inner);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The list of ideas not placed.
fn render_list(app: &App, board: &Board, cards: &[&Card], area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let m = &app.screens.matrix;
    let here = m.spot == Spot::Unplaced;
    let title = format!(
        " {} ({}) ",
        i18n::intake_word(lang, W::Unplaced),
        cards.len()
    );
    let style = if here {
        Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
    } else {
        Style::new().bold()
    };
    let block = Block::bordered()
        .border_type(if here {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if here {
            Style::new().bold()
        } else {
            Style::new()
        })
        .title(Span::styled(
            fit(&title, area.width.saturating_sub(2) as usize),
            style,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if ideas(board).is_empty() {
        let text = fit(
            &format!(" {}", i18n::intake_word(lang, W::NoIdeas)),
            inner.width as usize,
        );
        frame.render_widget(Paragraph::new(Span::raw(text).dim()), inner);
        return;
    }
    let lines = idea_lines(lang, cards, m.card.as_deref(), inner);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The ideas of a cell or the list, cut to the width — a line each, or up
/// to three wrapped at words when the cell has room to spare; the selected
/// one marked `▶` and reversed, kept in sight; `+2 til` for those that do
/// not fit.
fn idea_lines(
    lang: Lang,
    cards: &[&Card],
    selected: Option<&str>,
    area: Rect,
) -> Vec<Line<'static>> {
    let h = area.height as usize;
    let w = area.width as usize;
    if h == 0 || cards.is_empty() {
        return Vec::new();
    }
    let sel = cards.iter().position(|c| Some(c.id.as_str()) == selected);
    let fits = cards.len() <= h;
    let shown = if fits { cards.len() } else { h - 1 };
    // Room to spare: each title gets up to three lines, wrapped at words.
    let per = if fits {
        (h / cards.len()).clamp(1, TITLE_LINES)
    } else {
        1
    };
    let start = match sel {
        Some(i) if shown > 0 && i >= shown => i + 1 - shown,
        _ => 0,
    };
    let mut out: Vec<Line> = Vec::new();
    for (i, c) in cards.iter().enumerate().skip(start).take(shown) {
        let is_sel = Some(i) == sel;
        let mark = if is_sel { "▶ " } else { "· " };
        let title = sanitize(&c.title);
        let mut wrapped = wrap_words(&title, w.saturating_sub(2), per);
        if wrapped.is_empty() {
            wrapped.push(String::new());
        }
        for (k, part) in wrapped.into_iter().enumerate() {
            let lead = if k == 0 { mark } else { "  " };
            let text = fit(&format!("{lead}{part}"), w);
            out.push(if is_sel {
                Line::from(Span::styled(text, selected_style()))
            } else {
                Line::raw(text)
            });
        }
    }
    if !fits {
        let more = cards.len() - shown;
        out.push(Line::from(
            Span::raw(fit(&i18n::more_ideas(lang, more), w)).bold(),
        ));
    }
    out
}

#[cfg(test)]
#[path = "matrix_tests.rs"]
mod more_tests;

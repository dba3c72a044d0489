//! One column of the board and how its cards use the height there is. When
//! every card fits as a box, cards are boxes with as many title lines as the
//! height allows (three, two or one), then who and when. When they do not
//! (a laptop at 80×24, a meeting header and the decisions above and below),
//! the column turns compact: one line per card — light, title cut at a word,
//! the owner's initials, `⇩`/`⇪` for its links — and the selected card
//! expanded to its whole height, so a column shows several cards instead
//! of three. The light's
//! shape is always there: colour is never the only signal. Draws only.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::fit::{cut_words, initials, window, wrap_words};
use super::selected_style;
use crate::app::{App, Entry};
use crate::i18n::{self, Ui};
use tavle_core::dates::{Due, describe_due};
use tavle_core::model::{Board, Card, Column};
use tavle_core::text::{fit, sanitize, width};

/// The title lines a boxed card is offered before fewer (and the selected
/// card in a compact column, at most): a title that needs more gets them
/// all when the column is tall enough.
const MAX_TITLE_LINES: usize = 3;
/// No title is wrapped over more lines than this, however tall the screen.
const TITLE_LINES_CAP: usize = 40;

/// The most cells an idea's source gets on a card (another source as written).
const SOURCE_MAX: usize = 16;
/// A compact line this wide or wider shows the idea's source too.
const COMPACT_SOURCE_FROM: usize = 28;

/// How a column lays out its cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every card in a box, its title in at most this many lines.
    Boxed(usize),
    /// One line per card, the selected one expanded.
    Compact,
}

/// The header of a column: title, count against the WIP limit, and the
/// markers for columns out of sight. The count is never cut: the title
/// gives way first (at a word), then the words of the warning.
fn title_line(app: &App, col: &Column, active: usize, more: (bool, bool), room: usize) -> String {
    let over = col.wip.is_some_and(|w| active as u64 > w);
    let count = match col.wip {
        Some(w) => format!("{active}/{w}"),
        None => active.to_string(),
    };
    let left = if more.0 { "◀ " } else { " " };
    let right = if more.1 { " ▶" } else { " " };
    let title = sanitize(&col.title);
    let long = format!(" ⚠ {}", i18n::ui(app.shared.lang(), Ui::OverLimit));
    for warn in [long.as_str(), " ⚠"] {
        let warn = if over { warn } else { "" };
        let fixed = width(left) + 1 + width(&count) + width(warn) + width(right);
        let full = width(&title) + fixed;
        if full <= room || warn == " ⚠" || !over {
            let t = cut_words(&title, room.saturating_sub(fixed));
            return fit(&format!("{left}{t} {count}{warn}{right}"), room);
        }
    }
    String::new()
}

/// The honest light of a card as glyphs and colour, `■(▲)` when the deadline overrides it.
fn glyph(app: &App, board: &Board, card: &Card) -> (String, Color) {
    let status = tavle_core::plan::card_status(board, card, app.shared.today());
    super::status_glyphs(&status)
}

/// Who and when, for a card `width` cells wide: `Kari · ⚠ 2 d over` on one
/// line when it fits, else without the dot, else on two lines. Names and
/// dates are never cut while a line break would keep them whole.
fn meta_lines(app: &App, board: &Board, card: &Card, width: usize) -> Vec<Line<'static>> {
    let lang = app.shared.lang();
    let owner = card.owner.as_deref().map(|o| sanitize(o).into_owned());
    let due = card.due.map(|due| {
        let d = describe_due(due, app.shared.today());
        let done = board.is_done(card);
        let text = i18n::deadline(lang, due, app.shared.today(), done);
        match d {
            Due::Overdue(_) if !done => {
                Span::styled(format!("⚠ {text}"), Style::new().fg(Color::Red).bold())
            }
            Due::Today if !done => {
                Span::styled(format!("◆ {text}"), Style::new().fg(Color::Yellow).bold())
            }
            _ => Span::raw(text),
        }
    });
    let archived = card
        .archived
        .then(|| Span::raw(i18n::ui(lang, Ui::Archived)).italic());
    // An idea's source, in words: `fra bruker`.
    let source =
        super::source::word(lang, card, SOURCE_MAX).map(|w| Span::raw(i18n::source_from(lang, &w)));
    let parts: Vec<Span<'static>> = owner
        .map(Span::raw)
        .into_iter()
        .chain(source)
        .chain(due)
        .chain(archived)
        .collect();
    if parts.is_empty() {
        return Vec::new();
    }
    for sep in [" · ", " "] {
        let total: usize = parts.iter().map(|s| self::width(&s.content)).sum::<usize>()
            + self::width(sep) * (parts.len() - 1);
        if total <= width {
            let mut spans = Vec::new();
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::raw(sep));
                }
                spans.push(p.clone());
            }
            return vec![Line::from(spans)];
        }
    }
    parts
        .into_iter()
        .map(|p| fit_line(vec![p], width))
        .collect()
}

/// The lines of one card for a given inner width, its title in at most
/// `title_lines` lines (cut at a word, with `…`).
pub fn card_lines(
    app: &App,
    entry: &Entry,
    board: &Board,
    card: &Card,
    width: usize,
    title_lines: usize,
) -> Vec<Line<'static>> {
    let lang = app.shared.lang();
    let (glyph, colour) = glyph(app, board, card);
    let lead_w = self::width(&glyph) + 1;
    let title = sanitize(&card.title);
    let mut lines: Vec<Line> = wrap_words(&title, width.saturating_sub(lead_w), title_lines)
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let lead = if i == 0 {
                Span::styled(format!("{glyph} "), Style::new().fg(colour).bold())
            } else {
                Span::raw(" ".repeat(lead_w))
            };
            Line::from(vec![lead, Span::raw(l).bold()])
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::from(Span::styled(glyph, Style::new().fg(colour))));
    }
    lines.extend(meta_lines(app, board, card, width));
    lines.extend(super::links::link_lines(app, card, width));
    if let Some(h) = entry.highlights.get(&card.id) {
        let text = match &h.by {
            Some((who, when)) => format!(
                "✱ {} {} {}",
                i18n::ui(lang, Ui::ChangedBy),
                sanitize(who),
                when.format("%H:%M")
            ),
            None => format!(
                "✱ {} {}",
                i18n::ui(lang, Ui::ChangedOutside),
                h.seen.format("%H:%M")
            ),
        };
        lines.push(Line::from(Span::styled(
            fit(text.trim_end(), width),
            Style::new().fg(Color::Magenta).bold(),
        )));
    }
    lines
}

/// One card in one line: light, title cut at a word, owner's initials at the right.
fn compact_line(
    app: &App,
    entry: &Entry,
    board: &Board,
    card: &Card,
    width: usize,
) -> Line<'static> {
    let (glyph, colour) = glyph(app, board, card);
    let mut who = card
        .owner
        .as_deref()
        .map(|o| initials(&sanitize(o)))
        .unwrap_or_default();
    let highlighted = entry.highlights.contains_key(&card.id);
    if highlighted {
        who = format!("✱{who}");
    }
    // Its links as arrows (`⇩⇪` in the middle tier); the lines say more when selected.
    let arrows: String = (tavle_core::links::of(card).iter())
        .map(|(w, _)| match w {
            tavle_core::links::Way::Origin => '⇩',
            tavle_core::links::Way::Escalation => '⇪',
        })
        .collect();
    if !arrows.is_empty() {
        who = format!("{arrows} {who}").trim_end().to_string();
    }
    if width >= COMPACT_SOURCE_FROM
        && let Some(source) = super::source::word(app.shared.lang(), card, width / 4)
    {
        who = format!("{source} {who}").trim_end().to_string();
    }
    let right = if who.is_empty() {
        0
    } else {
        self::width(&who) + 1
    };
    let room = width.saturating_sub(self::width(&glyph) + 1 + right);
    let title = cut_words(&sanitize(&card.title), room);
    let pad = room.saturating_sub(self::width(&title));
    let mut title_style = Style::new();
    if card.archived {
        title_style = title_style.add_modifier(Modifier::DIM | Modifier::ITALIC);
    }
    let who_style = if highlighted {
        Style::new().fg(Color::Magenta).bold()
    } else {
        Style::new()
    };
    let mut spans = vec![
        Span::styled(format!("{glyph} "), Style::new().fg(colour).bold()),
        Span::styled(title, title_style),
    ];
    if !who.is_empty() {
        spans.push(Span::raw(" ".repeat(pad + 1)));
        spans.push(Span::styled(who, who_style));
    }
    fit_line(spans, width)
}

/// Cut a line of spans to `width` cells.
pub fn fit_line(spans: Vec<Span<'static>>, width: usize) -> Line<'static> {
    let mut out = Vec::new();
    let mut used = 0;
    for s in spans {
        let w = self::width(&s.content);
        if used + w <= width {
            used += w;
            out.push(s);
        } else {
            let cut = fit(&s.content, width - used);
            out.push(Span::styled(cut, s.style));
            break;
        }
    }
    Line::from(out)
}

/// The richest layout in which every card of the column fits `height` rows.
pub fn mode(
    app: &App,
    entry: &Entry,
    board: &Board,
    cards: &[&Card],
    width: usize,
    height: usize,
) -> Mode {
    // A boxed card is at least three rows: a long column is compact at once.
    if cards.len() * 3 > height {
        return Mode::Compact;
    }
    // Every title whole when the column is tall enough (a TV), however
    // many lines the longest needs; else three lines, two, one.
    let lines_at = |c: &Card, t| card_lines(app, entry, board, c, width.saturating_sub(2), t).len();
    let most = (cards.iter())
        .map(|c| lines_at(c, TITLE_LINES_CAP) + 1 - lines_at(c, 1))
        .max()
        .unwrap_or(1)
        .max(MAX_TITLE_LINES);
    for t in (1..=most).rev() {
        let rows: usize = cards
            .iter()
            .map(|c| card_lines(app, entry, board, c, width.saturating_sub(2), t).len() + 2)
            .sum();
        if rows <= height {
            return Mode::Boxed(t);
        }
    }
    Mode::Compact
}

pub fn render_column(
    app: &App,
    entry: &Entry,
    board: &Board,
    col: &Column,
    area: Rect,
    more: (bool, bool),
    frame: &mut Frame,
) {
    let lang = app.shared.lang();
    let cards = app.screens.board.column_cards(board, &col.id);
    let active = board
        .cards
        .iter()
        .filter(|c| c.column == col.id && !c.archived)
        .count();
    let is_selected_col = app.screens.board.column.as_deref() == Some(col.id.as_str());
    let over = col.wip.is_some_and(|w| active as u64 > w);
    let title = title_line(
        app,
        col,
        active,
        more,
        area.width.saturating_sub(2) as usize,
    );
    let mut block = Block::bordered().border_type(if is_selected_col {
        BorderType::Double
    } else {
        BorderType::Plain
    });
    let title_style = if over {
        Style::new().fg(Color::Red).bold()
    } else if is_selected_col {
        Style::new().bold().add_modifier(Modifier::UNDERLINED)
    } else {
        Style::new().bold()
    };
    block = block.title(Line::from(Span::styled(title, title_style)));
    if over {
        block = block.border_style(Style::new().fg(Color::Red));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 4 || inner.height < 1 {
        return;
    }
    if cards.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::raw(format!(" {}", i18n::ui(lang, Ui::Empty))).dim()),
            inner,
        );
        return;
    }
    let sel = cards
        .iter()
        .position(|c| is_selected_col && Some(&c.id) == app.screens.board.card.as_ref());
    let w = inner.width as usize;
    match mode(app, entry, board, &cards, w, inner.height as usize) {
        Mode::Boxed(t) => render_boxed(app, entry, board, &cards, sel, t, inner, frame),
        Mode::Compact => render_compact(app, entry, board, &cards, sel, inner, frame),
    }
}

/// Every card as a box; they all fit.
#[allow(clippy::too_many_arguments)]
fn render_boxed(
    app: &App,
    entry: &Entry,
    board: &Board,
    cards: &[&Card],
    sel: Option<usize>,
    title_lines: usize,
    inner: Rect,
    frame: &mut Frame,
) {
    let mut y = inner.y;
    for (i, card) in cards.iter().enumerate() {
        let lines = card_lines(
            app,
            entry,
            board,
            card,
            inner.width.saturating_sub(2) as usize,
            title_lines,
        );
        let h = lines.len() as u16 + 2;
        if y + h > inner.y + inner.height {
            break;
        }
        let is_sel = sel == Some(i);
        let mut block = Block::bordered().border_type(if is_sel {
            BorderType::Thick
        } else {
            BorderType::Rounded
        });
        if is_sel {
            block = block.border_style(Style::new().bold());
        } else if entry.highlights.contains_key(&card.id) {
            block = block.border_style(Style::new().fg(Color::Magenta));
        } else if card.archived {
            block = block.border_style(Style::new().dim());
        }
        let mut p = Paragraph::new(lines).block(block);
        if is_sel {
            p = p.style(selected_style());
        }
        frame.render_widget(
            p,
            Rect {
                y,
                height: h,
                ..inner
            },
        );
        y += h;
    }
}

/// One line per card, the selected one expanded; scrolled so that it is in
/// view, with how many are out of sight above and below.
fn render_compact(
    app: &App,
    entry: &Entry,
    board: &Board,
    cards: &[&Card],
    sel: Option<usize>,
    inner: Rect,
    frame: &mut Frame,
) {
    let w = inner.width as usize;
    let h = inner.height as usize;
    // The selected card's title gets a line for every four rows of the
    // column (three or more), fewer in a low column: whole on a tall screen.
    let title_lines = (h / 4).clamp(1, TITLE_LINES_CAP);
    let expanded: Vec<Line> = sel
        .map(|s| card_lines(app, entry, board, cards[s], w, title_lines))
        .unwrap_or_default();
    // The expanded card never takes the whole column: one line above and below stay.
    let big = expanded.len().min(h.saturating_sub(2).max(1));
    let rows = |i: usize| if Some(i) == sel { big } else { 1 };
    let (first, last) = window(cards.len(), sel.unwrap_or(0), h, rows);
    let mut y = inner.y;
    if first > 0 {
        frame.render_widget(
            Paragraph::new(format!("↑ {first}")).dim(),
            Rect {
                y,
                height: 1,
                ..inner
            },
        );
        y += 1;
    }
    for (i, card) in cards.iter().enumerate().take(last).skip(first) {
        if Some(i) == sel {
            let lines: Vec<Line> = expanded.iter().take(big).cloned().collect();
            let rect = Rect {
                y,
                height: lines.len() as u16,
                ..inner
            };
            frame.render_widget(Paragraph::new(lines).style(selected_style()), rect);
            y += rect.height;
        } else {
            let line = compact_line(app, entry, board, card, w);
            frame.render_widget(
                Paragraph::new(line),
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
            );
            y += 1;
        }
    }
    if last < cards.len() {
        frame.render_widget(
            Paragraph::new(format!("↓ {}", cards.len() - last)).dim(),
            Rect {
                y: inner.y + inner.height - 1,
                height: 1,
                ..inner
            },
        );
    }
}

#[cfg(test)]
#[path = "columns_tests.rs"]
mod more_tests;

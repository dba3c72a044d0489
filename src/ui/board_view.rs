//! The board screen: columns side by side with their cards.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::{light_glyph, selected_style};
use crate::app::{App, Entry};
use crate::i18n::{self, Ui};
use tavle_core::dates::{Due, describe_due};
use tavle_core::model::{Board, Card, Column, Light};
use tavle_core::text::{fit, sanitize, wrap};

/// Columns narrower than this are not drawn; the view scrolls sideways instead.
const MIN_COLUMN: u16 = 18;

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let Some(entry) = app.entry() else {
        return;
    };
    let running = entry
        .board
        .as_ref()
        .and_then(|b| b.meeting.as_ref()?.running.as_ref());
    let [legend, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    render_legend(app, legend, frame);
    let Some(board) = &entry.board else {
        return;
    };
    if let Some(r) = running
        && app.screens.board.big_clock
    {
        super::meeting_view::render_big_clock(app, board, r, body, frame);
        return;
    }
    // The decisions panel sits beside the columns on wide screens, below them on narrow ones.
    let columns = if app.panel_visible() {
        let (columns, panel) = if body.width >= 110 {
            let [c, p] = Layout::horizontal([
                Constraint::Fill(1),
                Constraint::Length((body.width / 3).min(56)),
            ])
            .areas(body);
            (c, p)
        } else {
            let [c, p] = Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(8.min(body.height / 2)),
            ])
            .areas(body);
            (c, p)
        };
        super::meeting_view::render_panel(app, panel, frame);
        columns
    } else {
        body
    };
    if board.columns.is_empty() {
        return;
    }
    let n = board.columns.len();
    let fits = ((columns.width / MIN_COLUMN) as usize).clamp(1, n);
    let selected = app
        .screens
        .board
        .column
        .as_ref()
        .and_then(|c| board.columns.iter().position(|x| &x.id == c))
        .unwrap_or(0);
    // Slide the window of shown columns so the selected one is in it.
    let first = selected.saturating_sub(fits - 1).min(n - fits);
    let shown = &board.columns[first..first + fits];
    let areas = Layout::horizontal(vec![Constraint::Fill(1); shown.len()]).split(columns);
    for (i, (col, rect)) in shown.iter().zip(areas.iter()).enumerate() {
        let more_left = i == 0 && first > 0;
        let more_right = i + 1 == shown.len() && first + fits < n;
        render_column(
            app,
            entry,
            board,
            col,
            *rect,
            (more_left, more_right),
            frame,
        );
    }
}

fn render_legend(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang;
    let mut spans = vec![Span::raw(" ")];
    for l in [Light::Green, Light::Yellow, Light::Red] {
        let (glyph, colour) = light_glyph(Some(l));
        spans.push(Span::styled(
            format!("{glyph} {}", i18n::light_name(lang, l)),
            Style::new().fg(colour).bold(),
        ));
        spans.push(Span::raw("   "));
    }
    // The two marks that are not plain lights.
    spans.push(Span::styled(
        format!("■(▲) {}", i18n::ui(lang, Ui::OverDeadline)),
        Style::new().fg(Color::Red).bold(),
    ));
    spans.push(Span::raw("   "));
    spans.push(Span::raw(i18n::plan_word(lang, crate::i18n::PlanWord::Done)).bold());
    spans.push(Span::raw("   "));
    if app.screens.board.show_archived {
        spans.push(Span::raw(format!("[{}]   ", i18n::ui(lang, Ui::Archived))).dim());
    }
    // The indicators as sparklines, with their latest value against the target.
    if let Some(board) = app.board() {
        let mut used: usize = spans
            .iter()
            .map(|s| tavle_core::text::width(&s.content))
            .sum();
        for ind in &board.indicators {
            let rc = tavle_core::runchart::of(ind);
            let verdict = match rc.meets_target {
                Some(true) => " ✓",
                Some(false) => " ✗",
                None => "",
            };
            let signal = if super::indicator_view::signal_words(app, ind).is_empty() {
                ""
            } else {
                " ◆"
            };
            let text = format!(
                "{} {} {}{verdict}{signal}   ",
                fit(&sanitize(&ind.title), 18),
                super::indicator_view::sparkline(ind, 10),
                rc.latest
                    .map(|v| super::indicator_view::number(lang, v))
                    .unwrap_or_default(),
            );
            let w = tavle_core::text::width(&text);
            if used + w > area.width as usize {
                break;
            }
            used += w;
            let colour = match rc.meets_target {
                Some(true) => Color::Green,
                Some(false) => Color::Red,
                None => Color::Reset,
            };
            spans.push(Span::styled(text, Style::new().fg(colour)));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The line that shows a card's link to another board and that card's honest status.
pub(super) fn link_line(app: &App, card: &Card, width: usize) -> Option<Line<'static>> {
    let lang = app.shared.lang;
    let (arrow, word, link) = match (&card.escalated_to, &card.escalated_from) {
        (Some(to), _) => (
            "⇪",
            i18n::plan_word(lang, crate::i18n::PlanWord::EscalatedTo),
            to,
        ),
        (None, Some(from)) => (
            "⇩",
            i18n::plan_word(lang, crate::i18n::PlanWord::EscalatedFrom),
            from,
        ),
        (None, None) => return None,
    };
    let other = app.shared.entries.iter().find(|e| e.id == link.board);
    let linked = other.and_then(|e| Some((e.board.as_ref()?, e.board.as_ref()?.card(&link.card)?)));
    let (status, colour) = match linked {
        Some((b, c)) => {
            let s = tavle_core::plan::card_status(b, c, app.shared.today);
            let (glyph, colour) = super::status_glyphs(&s);
            let state = if s.done {
                i18n::plan_word(lang, crate::i18n::PlanWord::Done).to_string()
            } else {
                b.column(&c.column)
                    .map(|col| sanitize(&col.title).into_owned())
                    .unwrap_or_default()
            };
            (format!("{glyph} {state}"), colour)
        }
        None => ("?".to_string(), Color::DarkGray),
    };
    let title = other
        .and_then(|e| e.board.as_ref())
        .map(|b| sanitize(&b.title).into_owned())
        .unwrap_or_else(|| sanitize(&link.board).into_owned());
    Some(fit_line(
        vec![
            Span::styled(
                format!("{arrow} {word} {title}: "),
                Style::new().fg(Color::Cyan),
            ),
            Span::styled(status, Style::new().fg(colour).bold()),
        ],
        width,
    ))
}

/// The lines of one card inside its border, for a given inner width.
fn card_lines(
    app: &App,
    entry: &Entry,
    board: &Board,
    card: &Card,
    width: usize,
) -> Vec<Line<'static>> {
    let lang = app.shared.lang;
    let status = tavle_core::plan::card_status(board, card, app.shared.today);
    let (glyph, colour) = super::status_glyphs(&status);
    let lead_w = tavle_core::text::width(&glyph) + 1;
    let title = sanitize(&card.title);
    let mut lines: Vec<Line> = wrap(&title, width.saturating_sub(lead_w), 2)
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
    let mut meta: Vec<Span> = Vec::new();
    if let Some(owner) = &card.owner {
        meta.push(Span::raw(sanitize(owner).into_owned()));
    }
    if let Some(due) = card.due {
        let d = describe_due(due, app.shared.today);
        let done = board.is_done(card);
        let text = i18n::deadline(lang, due, app.shared.today, done);
        let span = match d {
            Due::Overdue(_) if !done => {
                Span::styled(format!("⚠ {text}"), Style::new().fg(Color::Red).bold())
            }
            Due::Today if !done => {
                Span::styled(format!("◆ {text}"), Style::new().fg(Color::Yellow).bold())
            }
            _ => Span::raw(text),
        };
        if !meta.is_empty() {
            meta.push(Span::raw(" · "));
        }
        meta.push(span);
    }
    if card.archived {
        if !meta.is_empty() {
            meta.push(Span::raw(" · "));
        }
        meta.push(Span::raw(i18n::ui(lang, Ui::Archived)).italic());
    }
    if !meta.is_empty() {
        lines.push(fit_line(meta, width));
    }
    if let Some(l) = link_line(app, card, width) {
        lines.push(l);
    }
    if let Some(h) = entry.highlights.get(&card.id) {
        let text = match &h.by {
            Some((who, when)) => format!(
                "✱ {} {} {when}",
                i18n::ui(lang, Ui::ChangedBy),
                sanitize(who)
            ),
            None => format!("✱ {} {}", i18n::ui(lang, Ui::ChangedOutside), h.seen),
        };
        lines.push(Line::from(Span::styled(
            fit(text.trim_end(), width),
            Style::new().fg(Color::Magenta).bold(),
        )));
    }
    lines
}

/// Cut a line of spans to `width` cells.
fn fit_line(spans: Vec<Span<'static>>, width: usize) -> Line<'static> {
    let mut out = Vec::new();
    let mut used = 0;
    for s in spans {
        let w = tavle_core::text::width(&s.content);
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

fn render_column(
    app: &App,
    entry: &Entry,
    board: &Board,
    col: &Column,
    area: Rect,
    more: (bool, bool),
    frame: &mut Frame,
) {
    let lang = app.shared.lang;
    let cards = app.screens.board.column_cards(board, &col.id);
    let active = board
        .cards
        .iter()
        .filter(|c| c.column == col.id && !c.archived)
        .count();
    let is_selected_col = app.screens.board.column.as_deref() == Some(col.id.as_str());
    let over = col.wip.is_some_and(|w| active as u64 > w);
    let count = match col.wip {
        Some(w) => format!("{active}/{w}"),
        None => active.to_string(),
    };
    let mut title = format!(
        "{}{} {count}{}",
        if more.0 { "◀ " } else { " " },
        sanitize(&col.title),
        if more.1 { " ▶" } else { " " }
    );
    if over {
        title = format!("{title} ⚠ {} ", i18n::ui(lang, Ui::OverLimit));
    }
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
    block = block.title(Line::from(Span::styled(
        fit(&title, area.width.saturating_sub(2) as usize),
        title_style,
    )));
    if over {
        block = block.border_style(Style::new().fg(Color::Red));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 4 || inner.height < 3 {
        return;
    }
    if cards.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::raw(format!(" {}", i18n::ui(lang, Ui::Empty))).dim()),
            inner,
        );
        return;
    }
    let card_width = inner.width.saturating_sub(2) as usize;
    let sel = cards
        .iter()
        .position(|c| is_selected_col && Some(&c.id) == app.screens.board.card.as_ref());
    // A card is at least three rows high, so only the cards within that many of
    // the selected one can be on screen: lay out those, not all of a long column.
    let avail = inner.height;
    let reach = (avail / 3) as usize + 1;
    let lo = sel.unwrap_or(0).saturating_sub(reach);
    let hi = (sel.unwrap_or(0) + reach + 1).min(cards.len());
    let contents: Vec<Vec<Line>> = cards[lo..hi]
        .iter()
        .map(|c| card_lines(app, entry, board, c, card_width))
        .collect();
    let heights: Vec<u16> = contents.iter().map(|l| l.len() as u16 + 2).collect();
    // Scroll so the selected card is fully visible (indices relative to `lo`).
    let mut first = 0;
    if let Some(s) = sel.map(|s| s - lo) {
        while first < s && heights[first..=s].iter().sum::<u16>() > avail.saturating_sub(1) {
            first += 1;
        }
    }
    let hidden_above = lo + first;
    let mut y = inner.y;
    if hidden_above > 0 {
        let text = format!("↑ {hidden_above}");
        frame.render_widget(Paragraph::new(text).dim(), Rect { height: 1, ..inner });
        y += 1;
    }
    let bottom = inner.y + inner.height;
    let more_below = |left: usize, frame: &mut Frame| {
        frame.render_widget(
            Paragraph::new(format!("↓ {left}")).dim(),
            Rect {
                y: bottom - 1,
                height: 1,
                ..inner
            },
        );
    };
    let mut shown_to = hi;
    for (k, lines) in contents.into_iter().enumerate().skip(first) {
        let i = lo + k;
        let h = heights[k];
        if y + h > bottom {
            shown_to = i;
            break;
        }
        let rect = Rect {
            x: inner.x,
            y,
            width: inner.width,
            height: h,
        };
        let is_sel = sel == Some(i);
        let highlighted = entry.highlights.contains_key(&cards[i].id);
        let mut block = Block::bordered().border_type(if is_sel {
            BorderType::Thick
        } else {
            BorderType::Rounded
        });
        if is_sel {
            block = block.border_style(Style::new().bold());
        } else if highlighted {
            block = block.border_style(Style::new().fg(Color::Magenta));
        } else if cards[i].archived {
            block = block.border_style(Style::new().dim());
        }
        let mut p = Paragraph::new(lines).block(block);
        if is_sel {
            p = p.style(selected_style());
        }
        frame.render_widget(p, rect);
        y += h;
    }
    if shown_to < cards.len() {
        more_below(cards.len() - shown_to, frame);
    }
}

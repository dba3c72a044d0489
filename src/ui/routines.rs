//! The routines screen (`R`): each routine with its yearly revision date —
//! one past its date flagged `⚠ over frist` in red, as the plan flags an
//! overdue measure — and the card it came from; the yes/no question that
//! offers a routine or guards removing one; and the board legend's count of
//! routines due for revision.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Cell, Clear, Paragraph, Row, Table, TableState};

use super::{centered, selected_style};
use crate::app::App;
use crate::app::routine_offer::Question;
use crate::i18n::{self, RoutineWord as W};
use tavle_core::text::{fit, sanitize};

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let Some(board) = app.board() else {
        return;
    };
    let w = |x| i18n::routine_word(lang, x);
    let block = Block::bordered().title(format!(
        " {} · {} ",
        w(W::ScreenTitle),
        sanitize(&board.title)
    ));
    let rows = crate::app::routines::rows(&app.shared);
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(w(W::Empty))
                .wrap(ratatui::widgets::Wrap { trim: true })
                .block(block),
            area,
        );
        return;
    }
    let today = app.shared.today();
    let widths = [
        Constraint::Fill(3),
        Constraint::Length(24),
        Constraint::Length(16),
        Constraint::Fill(1),
    ];
    let inner = block.inner(area);
    let cells = ratatui::layout::Layout::horizontal(widths)
        .spacing(1)
        .split(inner);
    let title_w = (cells[0].width as usize).saturating_sub(1);
    let card_w = cells[3].width as usize;
    let selected = app.screens.routines.sel.as_deref();
    let mut sel_index = None;
    let table_rows: Vec<Row> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if Some(r.id.as_str()) == selected {
                sel_index = Some(i);
            }
            let date = tavle_core::dates::format_nb(r.revision);
            let words = i18n::deadline(lang, r.revision, today, false);
            // A date long past or far ahead is said as a date itself: not twice.
            let only_date = words.chars().all(|c| c.is_ascii_digit() || c == '.');
            let due = if only_date {
                date
            } else {
                format!("{date} ({words})")
            };
            let card = (r.card.as_deref())
                .map(|c| {
                    board
                        .card(c)
                        .map_or_else(|| c.to_string(), |k| sanitize(&k.title).into_owned())
                })
                .unwrap_or_default();
            Row::new(vec![
                Cell::from(fit(&sanitize(&r.title), title_w)),
                Cell::from(due),
                Cell::from(super::plan::overdue_cell(app, r.overdue)),
                Cell::from(fit(&card, card_w)),
            ])
        })
        .collect();
    let header = Row::new(vec![
        Cell::from(w(W::ColRoutine)),
        Cell::from(w(W::ColRevision)),
        Cell::from(""),
        Cell::from(w(W::ColCard)),
    ])
    .bold()
    .underlined();
    let table = Table::new(table_rows, widths)
        .header(header)
        .column_spacing(1)
        .row_highlight_style(selected_style())
        .highlight_symbol("▶")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always)
        .block(block);
    let mut state = TableState::default().with_selected(sel_index);
    frame.render_stateful_widget(table, area, &mut state);
}

/// The question about a routine, with its two answers.
pub fn render_ask(app: &App, q: &Question, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let board = app.board();
    let text = match q {
        Question::MakeRoutine { card } => {
            let title = board
                .and_then(|b| b.card(card))
                .map_or(card.as_str(), |c| c.title.as_str());
            i18n::routine_offer(lang, &sanitize(title))
        }
        Question::RemoveRoutine { id } => {
            let title = board
                .and_then(|b| b.routine(id))
                .map_or(id.as_str(), |r| r.title.as_str());
            i18n::routine_remove_ask(lang, &sanitize(title))
        }
        Question::RemoveShift { name } => i18n::staff_remove_ask(lang, &sanitize(name)),
    };
    let heading = match q {
        Question::RemoveShift { .. } => {
            i18n::panel_title(lang, tavle_core::layout::PanelKind::Staffing)
        }
        _ => i18n::routine_word(lang, W::ScreenTitle).to_string(),
    };
    let rect = centered(area, 70, 6);
    let w = rect.width.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = tavle_core::text::wrap(&text, w.max(1), 2)
        .into_iter()
        .map(|l| Line::from(Span::raw(l).bold()))
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled(i18n::routine_word(lang, W::Yes), selected_style()),
        Span::raw("   "),
        Span::raw(i18n::routine_word(lang, W::No)).dim(),
    ]));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_type(BorderType::Thick)
                .title(format!(" {heading} ")),
        ),
        rect,
    );
}

/// For the board's legend: `⚠ 1 rutine til revisjon` in red, when a
/// routine of the board is past its revision date.
pub fn legend(app: &App) -> Option<Span<'static>> {
    let board = app.board()?;
    let n = tavle_core::improvement::overdue_count(board, app.shared.today());
    (n > 0).then(|| {
        Span::styled(
            format!("{}   ", i18n::routines_overdue(app.shared.lang(), n)),
            Style::new().fg(Color::Red).bold(),
        )
    })
}

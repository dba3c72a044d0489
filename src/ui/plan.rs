//! The action plan (`p`): goals → sub-goals → measures as a tree with owner,
//! deadline, an honest traffic light that says whether it was set by hand or
//! derived, and what keeps each line from being SMART.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::selected_style;
use crate::app::App;
use crate::i18n::{self, PlanWord as W};
use tavle_core::plan::{self, Missing, Source, Status};
use tavle_core::text::{fit, sanitize};

fn status_cell(app: &App, s: &Status) -> Line<'static> {
    let lang = app.shared.lang();
    if s.done {
        return Line::from(Span::raw(i18n::plan_word(lang, W::Done)).dim());
    }
    // `■(▲)`: red, and the light set by hand kept in sight.
    let (glyph, colour) = super::status_glyphs(s);
    let name = s.light.map(|l| i18n::light_name(lang, l)).unwrap_or("–");
    let source = match (s.overridden(), s.source) {
        (Some(plan::Why::Deadline), _) => {
            format!(" ({})", i18n::ui(lang, i18n::Ui::OverDeadline))
        }
        (None, Source::Hand) => format!(" ({})", i18n::plan_word(lang, W::ByHand)),
        (None, Source::Derived | Source::Deadline) => {
            format!(" ({})", i18n::plan_word(lang, W::Derived))
        }
        (None, Source::Unset) => String::new(),
    };
    let mut spans = vec![
        Span::styled(format!("{glyph} {name}"), Style::new().fg(colour).bold()),
        Span::raw(source),
    ];
    if s.overdue {
        spans.push(Span::styled(" ⚠", Style::new().fg(Color::Red).bold()));
    }
    Line::from(spans)
}

/// A routine's revision: `⚠ over frist` once it has passed, as an overdue
/// measure is marked (the same glyph, word and style); else nothing.
pub(super) fn overdue_cell(app: &App, overdue: bool) -> Line<'static> {
    if !overdue {
        return Line::from(Span::raw("–").dim());
    }
    Line::from(Span::styled(
        format!("⚠ {}", i18n::ui(app.shared.lang(), i18n::Ui::OverDeadline)),
        Style::new().fg(Color::Red).bold(),
    ))
}

fn missing_text(app: &App, m: &[Missing]) -> String {
    if m.is_empty() {
        return "✓".to_string();
    }
    let words: Vec<&str> = m
        .iter()
        .map(|x| match x {
            Missing::Owner => i18n::plan_word(app.shared.lang(), W::Owner),
            Missing::Deadline => i18n::plan_word(app.shared.lang(), W::Deadline),
            Missing::Target => i18n::plan_word(app.shared.lang(), W::Target),
        })
        .collect();
    format!(
        "{} {}",
        i18n::plan_word(app.shared.lang(), W::Missing),
        words.join(", ")
    )
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let Some(board) = app.board() else {
        return;
    };
    let block = Block::bordered().title(format!(
        " {} · {} ",
        i18n::plan_word(lang, W::Plan),
        sanitize(&board.title)
    ));
    let rows = plan::rows(board, app.shared.today());
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(i18n::plan_word(lang, W::NoGoals)).block(block),
            area,
        );
        return;
    }
    let widths = [
        Constraint::Fill(3),
        Constraint::Length(14),
        Constraint::Length(10),
        Constraint::Length(24),
        Constraint::Fill(2),
    ];
    let inner = block.inner(area);
    let cells = Layout::horizontal(widths).spacing(1).split(inner);
    // The first cell loses a column to the selection marker.
    let title_w = (cells[0].width as usize).saturating_sub(1);
    let owner_w = cells[1].width as usize;
    let smart_w = cells[4].width as usize;
    let selected = app.screens.plan.row.as_deref();
    let mut sel_index = None;
    let table_rows: Vec<Row> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if r.id().is_some() && r.id() == selected {
                sel_index = Some(i);
            }
            match r {
                plan::Row::Goal {
                    goal,
                    depth,
                    status,
                    missing,
                } => {
                    let indent = "  ".repeat(*depth);
                    let title = format!("{indent}▸ {}", sanitize(&goal.title));
                    let due = goal
                        .due
                        .map(|d| i18n::deadline(lang, d, app.shared.today(), status.done))
                        .unwrap_or_default();
                    let target = goal.target.as_deref().map(|t| {
                        format!("{}: {}", i18n::plan_word(lang, W::Measurable), sanitize(t))
                    });
                    let smart = match (missing.is_empty(), target) {
                        (true, Some(t)) => t,
                        _ => missing_text(app, missing),
                    };
                    Row::new(vec![
                        Cell::from(fit(&title, title_w)).bold(),
                        Cell::from(""),
                        Cell::from(due),
                        Cell::from(status_cell(app, status)),
                        Cell::from(fit(&smart, smart_w)),
                    ])
                }
                plan::Row::Measure {
                    card,
                    depth,
                    status,
                    missing,
                } => {
                    let indent = "  ".repeat(*depth);
                    let title = format!("{indent}• {}", sanitize(&card.title));
                    let owner = card
                        .owner
                        .as_deref()
                        .map(|o| sanitize(o).into_owned())
                        .unwrap_or_default();
                    // A finished measure's deadline is history, not a warning.
                    let due = card
                        .due
                        .map(|d| i18n::deadline(lang, d, app.shared.today(), status.done))
                        .unwrap_or_default();
                    let smart_style = if missing.is_empty() {
                        Style::new().fg(Color::Green)
                    } else {
                        Style::new().fg(Color::Yellow)
                    };
                    Row::new(vec![
                        Cell::from(fit(&title, title_w)),
                        Cell::from(fit(&owner, owner_w)),
                        Cell::from(due),
                        Cell::from(status_cell(app, status)),
                        Cell::from(Span::styled(
                            fit(&missing_text(app, missing), smart_w),
                            smart_style,
                        )),
                    ])
                }
                plan::Row::NoGoal => Row::new(vec![
                    Cell::from(fit(i18n::plan_word(lang, W::NoGoal), title_w)).italic(),
                ]),
                plan::Row::Routines => Row::new(vec![
                    Cell::from(fit(
                        i18n::routine_word(lang, i18n::RoutineWord::ScreenTitle),
                        title_w,
                    ))
                    .italic(),
                ]),
                plan::Row::Revision(r) => {
                    let title = format!("  • {}", sanitize(&r.title));
                    let due = i18n::deadline(lang, r.revision, app.shared.today(), false);
                    Row::new(vec![
                        Cell::from(fit(&title, title_w)),
                        Cell::from(""),
                        Cell::from(due),
                        Cell::from(overdue_cell(app, r.overdue)),
                    ])
                }
            }
        })
        .collect();
    let header = Row::new(vec![
        Cell::from(i18n::plan_word(lang, W::Goal)),
        Cell::from(i18n::ui(lang, i18n::Ui::Owner)),
        Cell::from(i18n::ui(lang, i18n::Ui::Due)),
        Cell::from(i18n::plan_word(lang, W::Status)),
        Cell::from(i18n::plan_word(lang, W::Smart)),
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

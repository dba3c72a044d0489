//! The board screen: columns side by side with their cards. On an
//! improvement board this is the whole screen ([`render`]); on an operations
//! board it is the measures panel of the layout (`super::operations`), drawn
//! by the same function ([`render_measures`]).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::light_glyph;
use crate::app::App;
use crate::i18n::{self, Ui};
use tavle_core::model::Light;
use tavle_core::text::{fit, sanitize};

/// Columns narrower than this are not drawn; the view scrolls sideways instead.
const MIN_COLUMN: u16 = 18;

/// The board screen of a board that shows only its columns.
pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    render_measures(app, area, frame, true);
}

/// The measures in `area`: the legend row, the columns, the decisions
/// panel beside or below them (`b`, and while a meeting runs), and the big
/// meeting clock (`t`) in their place; `legend`: the legend row above them
/// (a laptop's tabs take its row during a meeting).
pub fn render_measures(app: &App, area: Rect, frame: &mut Frame, legend: bool) {
    let Some(entry) = app.entry() else {
        return;
    };
    let running = entry
        .board
        .as_ref()
        .and_then(|b| b.meeting.as_ref()?.running.as_ref());
    let [legend_row, body] =
        Layout::vertical([Constraint::Length(u16::from(legend)), Constraint::Fill(1)]).areas(area);
    if legend {
        render_legend(app, legend_row, frame);
    }
    let Some(board) = &entry.board else {
        // Held in brief (a large folder): being read in full just now.
        if entry.brief {
            let text = crate::i18n::loading_board(app.shared.lang());
            frame.render_widget(Paragraph::new(format!(" {text}")), body);
        }
        return;
    };
    if let Some(r) = running
        && app.screens.board.big_clock
    {
        super::meeting::render_big_clock(app, board, r, body, frame);
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
            // Below the columns: two fifths of the height, 5 to 8 rows, so
            // a laptop keeps room for the cards.
            let h = (body.height * 2 / 5).clamp(5, 8).min(body.height / 2);
            let [c, p] = Layout::vertical([Constraint::Fill(1), Constraint::Length(h)]).areas(body);
            (c, p)
        };
        super::panel::render_panel(app, panel, frame);
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
        super::columns::render_column(
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
    let lang = app.shared.lang();
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
    if let Some(due) = super::routines::legend(app) {
        spans.push(due);
    }
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
            let signal = if super::indicators::signal_words(app, ind).is_empty() {
                ""
            } else {
                " ◆"
            };
            let text = format!(
                "{} {} {}{verdict}{signal}   ",
                fit(&sanitize(&ind.title), 18),
                super::indicators::sparkline(ind, 10),
                rc.latest
                    .map(|v| super::indicators::number(lang, v))
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

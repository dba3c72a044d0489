//! The view of what changed since a day ([`crate::app::changes`]): the day
//! asked for in a text field, then the organisation's total and each
//! board's changes as `tavle status --since` words them, word-wrapped to
//! the width and scrolled, with how much is above and below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::app::App;
use crate::i18n::{self, ReportWord};
use crate::report::since::Line as Doc;
use tavle_core::text::{fit, sanitize};

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let view = &app.screens.changes;
    let title = match view.day {
        Some(day) => crate::report::since::title(lang, day),
        None => i18n::report_word(lang, ReportWord::ChangesTitle).to_string(),
    };
    let block = Block::bordered().title(format!(
        " {} ",
        fit(&title, (area.width as usize).saturating_sub(4))
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let (ask, body) = if view.typing || view.day.is_none() {
        let [a, b] = Layout::vertical([Constraint::Length(3), Constraint::Fill(1)]).areas(inner);
        (Some(a), b)
    } else {
        (None, inner)
    };
    if let Some(a) = ask {
        let (before, after) = cursor_split(view);
        let field = if view.typing {
            format!("{before}▏{after}")
        } else {
            format!("{before}{after}")
        };
        let lines = vec![
            Line::from(Span::raw(fit(
                i18n::report_word(lang, ReportWord::ChangesAsk),
                width,
            )))
            .bold(),
            Line::from(Span::styled(
                fit(&format!(" {field} "), width),
                Style::new().reversed(),
            )),
            Line::from(Span::raw(fit(
                i18n::report_word(lang, ReportWord::ChangesKeysTyping),
                width,
            )))
            .dim(),
        ];
        frame.render_widget(Paragraph::new(lines), a);
    }
    if view.day.is_none() {
        return;
    }
    if view.report.is_none() {
        let reading = i18n::report_word(lang, ReportWord::ChangesReading);
        frame.render_widget(Paragraph::new(fit(reading, width)).dim(), body);
        return;
    }
    let rows = view.rows(&app.shared, width);
    let room = body.height as usize;
    let total = rows.len();
    let skip = view.scroll.min(total.saturating_sub(room));
    let mut shown: Vec<Line> = rows
        .into_iter()
        .skip(skip)
        .take(room)
        .map(|r| styled(r, width))
        .collect();
    if skip > 0
        && let Some(first) = shown.first_mut()
    {
        *first = Line::from(Span::raw(i18n::more_above(lang, skip + 1)).bold());
    }
    let below = total.saturating_sub(skip + room);
    if below > 0
        && let Some(last) = shown.last_mut()
    {
        *last = Line::from(Span::raw(i18n::more_below(lang, below + 1)).bold());
    }
    frame.render_widget(Paragraph::new(shown), body);
}

/// The field's text on each side of the cursor, made safe to draw.
fn cursor_split(view: &crate::app::ChangesScreen) -> (String, String) {
    let line = view.field.text();
    let col = view.field.area().cursor().1;
    let at = line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
    (
        sanitize(&line[..at]).into_owned(),
        sanitize(&line[at..]).into_owned(),
    )
}

/// One line of the document in its style; the text is sanitized already.
fn styled(line: Doc, width: usize) -> Line<'static> {
    let (text, style) = match line {
        Doc::Blank => return Line::raw(""),
        Doc::Title(t) => (t, Style::new().bold().underlined()),
        Doc::Board(t) | Doc::Heading(t) => (t, Style::new().bold()),
        Doc::Error(t) => (t, Style::new().fg(Color::Red).bold()),
        Doc::Counts(t) | Doc::Item(t) => (t, Style::new()),
        Doc::Quiet(t) => (t, Style::new().italic()),
    };
    Line::from(Span::styled(fit(&text, width), style))
}

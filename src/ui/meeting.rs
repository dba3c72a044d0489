//! The meeting on screen: goal, agenda and countdown in a header that stays
//! up, the large clock, and the closing summary (the decisions panel beside
//! the board is `panel.rs`).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::{centered, selected_style};
use crate::app::{App, TextField};
use crate::i18n::{self, Ui};
use tavle_core::meeting::{self, Countdown, Phase};
use tavle_core::model::{Board, Running};
use tavle_core::text::{fit, sanitize, width};

fn phase_style(phase: Phase) -> Style {
    match phase {
        Phase::Normal => Style::new().bold(),
        Phase::Warning => Style::new().fg(Color::Black).bg(Color::Yellow).bold(),
        Phase::Over => Style::new().fg(Color::White).bg(Color::Red).bold(),
    }
}

/// `⏱ 07:12 igjen` or `⏱ +01:05 over tiden`, with a phase marker that is not only colour.
fn countdown_text(app: &App, c: &Countdown) -> String {
    let lang = app.shared.lang();
    match c.phase {
        Phase::Over => format!(" ⏰ {} {} ", c.clock(), i18n::ui(lang, Ui::OverTime)),
        Phase::Warning => format!(" ⚠ {} {} ", c.clock(), i18n::ui(lang, Ui::Left)),
        Phase::Normal => format!(" ⏱ {} {} ", c.clock(), i18n::ui(lang, Ui::Left)),
    }
}

/// Height of the meeting header.
pub const HEADER: u16 = 3;

/// Goal, agenda with the current item, and the countdowns.
pub fn render_header(app: &App, board: &Board, running: &Running, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let total = meeting::meeting_countdown(board, running, app.shared.wall());
    let item = meeting::item_countdown(board, running, app.shared.wall());
    let w = area.width as usize;
    let clock = countdown_text(app, &total);
    let goal = board
        .meeting
        .as_ref()
        .and_then(|m| m.goal.as_deref())
        .unwrap_or("");
    let left = format!(
        " {} · {}: {}",
        i18n::ui(lang, Ui::Meeting),
        i18n::ui(lang, Ui::Goal),
        sanitize(goal)
    );
    let room = w.saturating_sub(width(&clock));
    let first = Line::from(vec![
        Span::styled(fit(&left, room), Style::new().bold()),
        Span::raw(" ".repeat(room.saturating_sub(width(&fit(&left, room))))),
        Span::styled(clock, phase_style(total.phase)),
    ]);
    // The agenda in one line, the current item marked; it scrolls to keep it visible.
    let agenda = board.meeting.as_ref().map(|m| &m.agenda[..]).unwrap_or(&[]);
    let current = running.item as usize;
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    let start = current.saturating_sub(1);
    for (i, a) in agenda.iter().enumerate().skip(start) {
        let text = format!("{}. {}", i + 1, sanitize(&a.title));
        let text = if i == current {
            format!("▶ {text}")
        } else {
            text
        };
        let tw = width(&text) + 3;
        if used + tw > w && i != current {
            spans.push(Span::raw("…"));
            break;
        }
        used += tw;
        let style = if i == current {
            selected_style()
        } else {
            Style::new().dim()
        };
        spans.push(Span::styled(fit(&text, w.saturating_sub(4)), style));
        spans.push(Span::raw("   "));
    }
    let mut third = vec![];
    if let Some(a) = agenda.get(current) {
        third.push(Span::raw(format!(
            " {} {}/{}: {}",
            i18n::ui(lang, Ui::Item),
            current + 1,
            agenda.len(),
            sanitize(&a.title)
        )));
        if let Some(c) = item {
            third.push(Span::raw("  "));
            third.push(Span::styled(countdown_text(app, &c), phase_style(c.phase)));
        }
    }
    if !running.attendees.is_empty() {
        third.push(Span::raw(format!(
            "   {}: {}",
            i18n::ui(lang, Ui::Attendees),
            sanitize(&running.attendees.join(", "))
        )));
    }
    let lines = vec![first, Line::from(spans), Line::from(third)];
    frame.render_widget(
        Paragraph::new(lines).style(Style::new().bg(Color::Blue).fg(Color::White)),
        area,
    );
}

/// The countdown in the largest digits the area takes, readable across a
/// room, with the current item below.
pub fn render_big_clock(
    app: &App,
    board: &Board,
    running: &Running,
    area: Rect,
    frame: &mut Frame,
) {
    let c = meeting::meeting_countdown(board, running, app.shared.wall());
    let text = c.clock();
    // The digits take the whole screen but the two lines of words below
    // them, in the largest letters that fit (`big`): far larger on a TV.
    let [digits, label] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(2)]).areas(area);
    let colour = match c.phase {
        Phase::Normal => Color::Reset,
        Phase::Warning => Color::Yellow,
        Phase::Over => Color::Red,
    };
    super::big::render(&text, digits, Style::new().fg(colour).bold(), frame);
    let item = board
        .meeting
        .as_ref()
        .and_then(|m| m.agenda.get(running.item as usize))
        .map(|a| sanitize(&a.title).into_owned())
        .unwrap_or_default();
    let words = countdown_text(app, &c);
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(Span::styled(words.trim().to_string(), Style::new().bold())).centered(),
            Line::from(Span::raw(fit(&item, area.width as usize))).centered(),
        ]),
        label,
    );
}

/// The closing summary: what the minutes will say, for the meeting under way
/// only (from its start to now), as formatted lines rather than Markdown.
pub fn render_closing(app: &App, closing: &crate::app::Closing, area: Rect, frame: &mut Frame) {
    let log = &closing.log;
    let lang = app.shared.lang();
    let (Some(entry), Some(board)) = (app.entry(), app.board()) else {
        return;
    };
    let now = app.shared.wall();
    let scope = match meeting::Span::running(board, now) {
        Some(span) => meeting::Scope::Meeting(span),
        None => meeting::scope(log, app.shared.today(), None, now)
            .unwrap_or(meeting::Scope::Day(app.shared.today())),
    };
    let s = meeting::summary(board, log, &scope);
    let doc = crate::minutes::document(lang, board, &entry.id, &s);
    let rect = centered(
        area,
        area.width.saturating_sub(8).max(40),
        area.height.saturating_sub(4),
    );
    let inner_w = rect.width.saturating_sub(2) as usize;
    let lines = crate::minutes::lines(&doc, inner_w.max(1));
    // Taller than the screen: it scrolls, and the keys always show.
    super::scrolled_dialog(
        app,
        i18n::ui(lang, Ui::Closing),
        lines,
        i18n::ui(lang, Ui::ClosingKeys),
        &closing.scroll,
        rect,
        frame,
    );
}

/// The line editor for who is present.
pub fn render_attendees(app: &App, field: &TextField, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let rect = centered(area, 70, 5);
    let w = rect.width.saturating_sub(4) as usize;
    // The text on each side of the cursor; cut from the left while too wide.
    let line = field.text();
    let col = field.area().cursor().1;
    let at = line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
    let mut before = sanitize(&line[..at]).into_owned();
    let after = sanitize(&line[at..]).into_owned();
    while width(&before) + 1 > w && !before.is_empty() {
        before.remove(0);
    }
    let shown = format!("{before}▏{after}");
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(Span::styled(fit(&shown, w), selected_style())),
            Line::raw(""),
            Line::from(Span::raw(i18n::ui(lang, Ui::AttendeesHint)).dim()),
        ])
        .block(
            Block::bordered()
                .border_type(BorderType::Thick)
                .title(format!(" {} ", i18n::ui(lang, Ui::Attendees))),
        ),
        rect,
    );
}

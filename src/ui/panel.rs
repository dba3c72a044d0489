//! The decisions panel beside the board (the view of `app/panel.rs`): the
//! decisions of the meeting, each with its owner, due date and card, the
//! one selected marked when the panel has the keyboard.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::selected_style;
use crate::app::App;
use crate::i18n::{self, MinutesWord, Ui};
use tavle_core::meeting;
use tavle_core::model::Decision;
use tavle_core::text::{fit, sanitize};

fn decision_line(app: &App, d: &Decision, width: usize, selected: bool) -> Line<'static> {
    let lang = app.shared.lang();
    let mut meta = Vec::new();
    if let Some(o) = &d.owner {
        meta.push(sanitize(o).into_owned());
    }
    if let Some(due) = d.due {
        meta.push(i18n::deadline(lang, due, app.shared.today(), d.done));
    }
    let overdue = tavle_core::plan::is_overdue(d.due, app.shared.today(), d.done);
    let mark = if d.done {
        "☑"
    } else if overdue {
        "⚠"
    } else if d.is_follow_up() {
        "☐"
    } else {
        "•"
    };
    // Who and when are never cut: the text gives way first, with `…`.
    let mut tail = String::new();
    if !meta.is_empty() {
        tail.push_str(&format!(" — {}", meta.join(" · ")));
    }
    if !d.corrections.is_empty() {
        tail.push_str(&format!(" ({})", i18n::ui(lang, Ui::Corrected)));
    }
    let head = format!("{mark} ");
    let room = width.saturating_sub(width_of(&head) + width_of(&tail));
    let body = if room >= 2 {
        fit(&sanitize(&d.text), room)
    } else {
        String::new()
    };
    let text = fit(&format!("{head}{body}{tail}"), width);
    let style = if selected {
        selected_style()
    } else if overdue {
        Style::new().fg(Color::Red).bold()
    } else if d.done {
        Style::new().dim()
    } else {
        Style::new()
    };
    Line::from(Span::styled(text, style))
}

fn width_of(s: &str) -> usize {
    tavle_core::text::width(s)
}

/// Follow-ups from earlier meetings, then today's decisions, newest first.
pub fn render_panel(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let Some(board) = app.board() else {
        return;
    };
    let focus = app.screens.board.panel.focused;
    let block = Block::bordered()
        .border_type(if focus {
            BorderType::Double
        } else {
            BorderType::Plain
        })
        .title(format!(
            " {} ",
            i18n::minutes_word(lang, MinutesWord::Decisions)
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let follow = meeting::follow_ups(board, app.shared.today());
    let mut lines = vec![Line::from(
        Span::raw(fit(i18n::ui(lang, Ui::FollowUps), w))
            .bold()
            .underlined(),
    )];
    if follow.is_empty() {
        lines.push(Line::from(
            Span::raw(format!(" {}", i18n::minutes_word(lang, MinutesWord::None))).dim(),
        ));
    }
    for d in &follow {
        let sel = focus && app.screens.board.panel.decision.as_deref() == Some(d.id.as_str());
        lines.push(decision_line(app, d, w, sel));
    }
    lines.push(Line::raw(""));
    lines.push(Line::from(
        Span::raw(fit(i18n::ui(lang, Ui::DecisionsToday), w))
            .bold()
            .underlined(),
    ));
    let today: Vec<&Decision> = crate::app::panel_items(&app.shared)
        .into_iter()
        .filter(|d| !follow.iter().any(|f| f.id == d.id))
        .collect();
    if today.is_empty() {
        lines.push(Line::from(
            Span::raw(format!(" {}", i18n::ui(lang, Ui::NoneYet))).dim(),
        ));
    }
    for d in today {
        let sel = focus && app.screens.board.panel.decision.as_deref() == Some(d.id.as_str());
        lines.push(decision_line(app, d, w, sel));
    }
    if app.shared.running().is_none() {
        lines.push(Line::raw(""));
        lines.push(Line::from(
            Span::raw(i18n::ui(lang, Ui::NoMeetingHint)).dim(),
        ));
    }
    // Keep the selected line in view, and say how many are out of sight.
    let h = inner.height as usize;
    let sel_line = lines.iter().position(|l| {
        l.style == selected_style() || l.spans.iter().any(|s| s.style == selected_style())
    });
    let mut skip = sel_line.map_or(0, |i| i.saturating_sub(h.saturating_sub(2)));
    if lines.len() > h && skip + h > lines.len() {
        skip = lines.len() - h;
    }
    let total = lines.len();
    let mut shown: Vec<Line> = lines.into_iter().skip(skip).take(h).collect();
    if skip > 0
        && let Some(first) = shown.first_mut()
    {
        *first = Line::from(Span::raw(i18n::more_above(lang, skip)).bold());
    }
    let below = total.saturating_sub(skip + h);
    if below > 0
        && let Some(last) = shown.last_mut()
    {
        *last = Line::from(Span::raw(i18n::more_below(lang, below + 1)).bold());
    }
    frame.render_widget(Paragraph::new(shown), inner);
}

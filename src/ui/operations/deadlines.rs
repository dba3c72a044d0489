//! The deadlines panel of an operations board (`app::operations::deadlines`):
//! "Uke 49 – denne uka" and "Uke 50 – neste uke" with their deadlines
//! (what each is — kort, mål, revisjon — its day, its title, ⚠ when
//! overdue), then the overdue ones from before; beside them (below on a
//! narrow panel) the annual wheel's events: those due as a card marked
//! "→ kort", then the weeks ahead with the owner role's word; under both
//! the strip of the year ([`wheel`]), or its ring after `w`. Every text
//! from the file is sanitized and cut to fit. Draws only.

mod wheel;

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::operations::deadlines::{Row, When, rows};
use crate::i18n::{self, Lang, PanelWord as W};
use tavle_core::layout::PanelKind;
use tavle_core::model::Board;
use tavle_core::operations::Week;
use tavle_core::operations::wheel::is_made;
use tavle_core::text::{fit, sanitize, width};

/// The rows the strip of the year takes at the panel's foot.
pub const STRIP_ROWS: usize = wheel::STRIP_H as usize;

/// The rows the ring (`w`) wants below four lines of deadlines.
pub const RING_ROWS: usize = wheel::RING_MIN_H as usize + 4;

/// The wheel's events go beside the deadlines from this inner width on
/// (narrower, the deadlines' titles would be cut to a word).
const BESIDE_FROM: u16 = 100;

/// Draw the panel in `area`, framed; `focused`: it has the keyboard.
pub fn render(app: &App, area: Rect, frame: &mut Frame, focused: bool) {
    let block = super::panel_block(app, PanelKind::Deadlines, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(board) = app.board() else {
        return;
    };
    let p = &app.screens.board.ops.deadlines;
    let lang = app.shared.lang();
    let today = app.shared.today();
    let all = rows(board, today);
    let selected = p.row.as_deref().filter(|_| focused);
    let deadlines: Vec<&Row> = all
        .iter()
        .filter(|r| matches!(r, Row::Deadline { .. }))
        .collect();
    let events: Vec<&Row> = all
        .iter()
        .filter(|r| matches!(r, Row::Event { .. }))
        .collect();
    let now = Week::of(today);
    let want = deadline_lines(&deadlines, now, lang, inner.width, selected).len() as u16;
    let mut body = inner;
    // The strip (or ring) at the foot, when there is room for it.
    // Stacked, the wheel's heading and its first event come before the strip.
    let stacked = inner.width < BESIDE_FROM;
    let wheel_h = wheel::height(inner, p.ring, want + if stacked { 2 } else { 0 });
    if wheel_h > 0 {
        let [top, foot] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(wheel_h)]).areas(inner);
        body = top;
        wheel::render(board, today, lang, p.ring, foot, frame);
    }
    let (left, right) = if !stacked {
        let [l, r] = Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(body);
        (l, r)
    } else {
        // The deadlines first, but the wheel keeps its heading and an
        // event, and a few more when the deadlines leave room.
        let wheel = event_need(&events)
            .min(body.height / 2)
            .min(body.height.saturating_sub(want).max(2));
        let deadlines_h = want.min(body.height.saturating_sub(wheel));
        let [l, r] =
            Layout::vertical([Constraint::Length(deadlines_h), Constraint::Fill(1)]).areas(body);
        (l, r)
    };
    let lines = deadline_lines(&deadlines, now, lang, left.width, selected);
    frame.render_widget(Paragraph::new(window(lines, left.height as usize)), left);
    let mut lines = vec![
        Line::from(Span::raw(fit(
            i18n::panel_word(lang, W::WheelAhead),
            right.width as usize,
        )))
        .bold(),
    ];
    if let Some(ask) = asking(board, p.asking.as_deref(), lang) {
        lines.push(Line::raw(fit(&ask, right.width as usize)).reversed().bold());
    }
    if events.is_empty() {
        lines.push(
            Line::raw(fit(
                i18n::panel_word(lang, W::NoEvents),
                right.width as usize,
            ))
            .dim(),
        );
    }
    for r in &events {
        lines.push(event_line(board, r, lang, right.width as usize, selected));
    }
    // One line only: the first event (a due one comes first) rather than
    // the heading, so a card to make is not forgotten in a small panel.
    if right.height <= 1 && !events.is_empty() {
        lines.remove(0);
    }
    frame.render_widget(Paragraph::new(window(lines, right.height as usize)), right);
}

/// Lines the events want: a heading and up to four rows.
fn event_need(events: &[&Row]) -> u16 {
    1 + events.len().clamp(1, 4) as u16
}

/// The lines that fit `height`, keeping the selected line (`▶`) in sight.
fn window(lines: Vec<Line<'static>>, height: usize) -> Vec<Line<'static>> {
    let at = lines
        .iter()
        .position(|l| l.spans.first().is_some_and(|s| s.content.starts_with('▶')))
        .unwrap_or(0);
    let skip = (at + 1).saturating_sub(height.max(1));
    lines.into_iter().skip(skip).collect()
}

/// The question while `x` waits for a second `x`.
fn asking(board: &Board, id: Option<&str>, lang: Lang) -> Option<String> {
    let e = board.event(id?)?;
    Some(i18n::remove_ask(lang, &fit(&sanitize(&e.title), 40)))
}

/// `▶` and reversed for the selected row while the panel has the keyboard.
fn mark(key: &str, selected: Option<&str>) -> (&'static str, Style) {
    if selected == Some(key) {
        ("▶ ", super::super::selected_style())
    } else {
        ("  ", Style::new())
    }
}

/// The deadlines under their weeks' headings.
fn deadline_lines(
    rows: &[&Row],
    now: Week,
    lang: Lang,
    w: u16,
    selected: Option<&str>,
) -> Vec<Line<'static>> {
    let w = w as usize;
    let mut out = Vec::new();
    let next = now.plus(1).map_or(now.week, |n| n.week);
    for (when, heading) in [
        (When::ThisWeek, i18n::this_week(lang, now.week)),
        (When::NextWeek, i18n::next_week(lang, next)),
        (
            When::Earlier,
            i18n::panel_word(lang, W::Earlier).to_string(),
        ),
    ] {
        let these: Vec<&&Row> = rows
            .iter()
            .filter(|r| matches!(r, Row::Deadline { when: x, .. } if *x == when))
            .collect();
        if these.is_empty() && when == When::Earlier {
            continue;
        }
        let style = if when == When::Earlier {
            Style::new().bold().fg(Color::Red)
        } else {
            Style::new().bold()
        };
        out.push(Line::from(Span::styled(fit(&heading, w), style)));
        if these.is_empty() {
            out.push(Line::raw(format!("  {}", i18n::panel_word(lang, W::NoDeadlines))).dim());
        }
        for r in these {
            let Row::Deadline { deadline: d, .. } = r else {
                continue;
            };
            let (m, style) = mark(&r.key(), selected);
            let day = format!(
                "{} {}",
                i18n::weekday_short(lang, d.date.weekday()),
                d.date.format("%d.%m")
            );
            // The overdue mark in a column of its own, so the rows align.
            let warn = if d.overdue { "⚠ " } else { "  " };
            let head = format!("{warn}{:<8} {day}  ", i18n::deadline_of(lang, d.of));
            let tail = match (&d.owner, d.overdue) {
                (_, true) => format!(" · {}", i18n::panel_word(lang, W::Overdue)),
                (Some(o), false) => format!(" · {}", sanitize(o)),
                (None, false) => String::new(),
            };
            let room = w
                .saturating_sub(width(m) + width(&head) + width(&tail))
                .max(4);
            let text = format!("{head}{}{tail}", fit(&sanitize(&d.title), room));
            let style = if d.overdue {
                style.fg(Color::Red)
            } else {
                style
            };
            out.push(Line::from(vec![
                Span::styled(m, style),
                Span::styled(fit(&text, w.saturating_sub(2)), style),
            ]));
        }
    }
    out
}

/// One event of the wheel: its week, title, role, and `→ kort` when its
/// card is due, `✓ kort k15` when it is made for the week's year.
fn event_line(
    board: &Board,
    row: &Row,
    lang: Lang,
    w: usize,
    selected: Option<&str>,
) -> Line<'static> {
    let Row::Event { id, week, due } = row else {
        return Line::raw("");
    };
    let Some(e) = board.event(id) else {
        return Line::raw("");
    };
    let (m, style) = mark(&row.key(), selected);
    let head = format!("{} {:>2}  ", i18n::week_word(lang), week.week);
    let mut tail = String::new();
    if let Some(r) = e.role {
        tail.push_str(&format!(" · {}", i18n::wheel_role(lang, r)));
    }
    if *due {
        tail.push_str(&format!(" {}", i18n::panel_word(lang, W::ToCard)));
    } else if is_made(e, week.year)
        && let Some(m) = e.made.iter().find(|m| m.year == week.year)
    {
        tail.push_str(&format!(
            " ✓ {}",
            i18n::wheel_made(lang, &sanitize(&m.card))
        ));
    }
    let room = w
        .saturating_sub(width(m) + width(&head) + width(&tail))
        .max(4);
    let text = format!("{head}{}{tail}", fit(&sanitize(&e.title), room));
    let style = if *due { style.bold() } else { style };
    Line::from(vec![
        Span::styled(m, style),
        Span::styled(fit(&text, w.saturating_sub(2)), style),
    ])
}

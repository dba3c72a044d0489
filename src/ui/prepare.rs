//! The meeting screen: the plan (goal, length, agenda with time boxes and
//! the item under way) and who is present (the team with boxes to tick, the
//! guests). Side by side on a wide screen, one under the other on a small
//! one, each part scrolled so the line with the cursor is always in view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::selected_style;
use crate::app::App;
use crate::app::prepare::{Row, is_present};
use crate::i18n::{self, Lang, PrepWord as P};
use tavle_core::model::Role;
use tavle_core::text::{fit, sanitize, width};

/// From this width the plan and the attendance stand side by side.
const SIDE_BY_SIDE: u16 = 100;
/// Width of the labels `Mål`, `Lengde`.
const LABEL: usize = 8;

/// A line of a part, and the row of the screen it is (none for headings).
type Part = Vec<(Line<'static>, Option<usize>)>;

fn heading(text: &str) -> (Line<'static>, Option<usize>) {
    (
        Line::from(Span::raw(format!(" {text}")).bold().underlined()),
        None,
    )
}

/// One line for `row` (number `i`), `w` cells wide.
fn row_line(app: &App, row: &Row, i: usize, w: usize) -> Line<'static> {
    let lang = app.shared.lang();
    let Some(board) = app.board() else {
        return Line::raw("");
    };
    let meeting = board.meeting.as_ref();
    let running = app.shared.running();
    let selected = app.screens.meeting.sel == i;
    let label = |l: &str| format!(" {:<LABEL$} ", fit(l, LABEL));
    let (text, dim) = match row {
        Row::Goal => match meeting.and_then(|m| m.goal.as_deref()) {
            Some(g) => (
                format!("{}{}", label(i18n::prep_word(lang, P::Goal)), sanitize(g)),
                false,
            ),
            None => (
                format!(
                    "{}({})",
                    label(i18n::prep_word(lang, P::Goal)),
                    i18n::prep_word(lang, P::NoGoal)
                ),
                true,
            ),
        },
        Row::Length => (
            format!(
                "{}{}",
                label(i18n::prep_word(lang, P::Length)),
                i18n::length_text(lang, meeting.and_then(|m| m.minutes))
            ),
            false,
        ),
        Row::Item(at) => {
            let Some(item) = meeting.and_then(|m| m.agenda.get(*at)) else {
                return Line::raw("");
            };
            let now = running.is_some_and(|r| r.item as usize == *at);
            let time = item
                .minutes
                .map(|m| format!("  {}", i18n::length_text(lang, Some(m))))
                .unwrap_or_default();
            let mark = if now { "▶" } else { " " };
            let head = format!("  {mark} {}. ", at + 1);
            // The time box stands at the right edge, where the eye finds it.
            let room = w.saturating_sub(width(&head) + width(&time) + 1);
            let title = fit(&sanitize(&item.title), room);
            let pad = " ".repeat(room.saturating_sub(width(&title)));
            (format!("{head}{title}{pad}{time} "), false)
        }
        Row::NewItem => (format!("    {}", i18n::prep_word(lang, P::AddItem)), true),
        Row::Person { name, guest } => {
            let ticked = is_present(board, name);
            let mark = if ticked { "[x]" } else { "[ ]" };
            let guest = if *guest {
                format!(" ({})", i18n::prep_word(lang, P::Guest))
            } else {
                String::new()
            };
            (
                format!("  {mark} {}{guest}", sanitize(name)),
                running.is_none(),
            )
        }
        Row::NewGuest => (format!("  {}", i18n::prep_word(lang, P::AddGuest)), true),
        Row::Role(role) => {
            let holder = match role {
                Role::TeamLeader => board.team_leader.as_deref(),
                Role::MeasurementLead => board.measurement_lead.as_deref(),
            };
            let name = i18n::role_name(lang, *role);
            match holder {
                Some(h) => (format!("  {name}: {}", sanitize(h)), false),
                None => (
                    format!("  {name}: ({})", i18n::prep_word(lang, P::NoGoal)),
                    true,
                ),
            }
        }
    };
    let text = fit(&text, w);
    let style = if selected {
        selected_style()
    } else if dim {
        Style::new().dim()
    } else {
        Style::new()
    };
    let pad = " ".repeat(w.saturating_sub(width(&text)));
    Line::from(Span::styled(format!("{text}{pad}"), style))
}

/// The plan and the attendance as two parts of lines, `plan_w` and `w` cells wide.
fn parts(app: &App, rows: &[Row], plan_w: usize, w: usize) -> (Part, Part) {
    let lang = app.shared.lang();
    let mut plan: Part = Vec::new();
    let mut people: Part = vec![heading(i18n::prep_word(lang, P::Team))];
    if app.shared.running().is_none() {
        let hint = fit(
            &format!("  {}", i18n::prep_word(lang, P::TickWhenRunning)),
            w,
        );
        people.push((Line::from(Span::raw(hint).dim()), None));
    }
    for (i, row) in rows.iter().enumerate() {
        let line_w = if matches!(row, Row::Person { .. } | Row::NewGuest | Row::Role(_)) {
            w
        } else {
            plan_w
        };
        let line = (row_line(app, row, i, line_w), Some(i));
        match row {
            Row::Goal | Row::Length => plan.push(line),
            Row::Item(_) | Row::NewItem => {
                if plan.len() == 2 {
                    plan.push((Line::raw(""), None));
                    plan.push(heading(i18n::prep_word(lang, P::Agenda)));
                    if matches!(row, Row::NewItem) {
                        let none = format!("    ({})", i18n::prep_word(lang, P::NoAgenda));
                        plan.push((Line::from(Span::raw(none).dim()), None));
                    }
                }
                plan.push(line);
            }
            Row::Person { .. } | Row::NewGuest | Row::Role(_) => people.push(line),
        }
    }
    (plan, people)
}

/// The lines of `part` that fit `h` rows, the line with the cursor in view.
fn scrolled(lang: Lang, part: Part, sel: usize, h: usize) -> Vec<Line<'static>> {
    let at = part.iter().position(|(_, r)| *r == Some(sel));
    let total = part.len();
    let skip = at
        .map_or(0, |a| (a + 2).saturating_sub(h))
        .min(total.saturating_sub(h));
    let mut shown: Vec<Line> = part
        .into_iter()
        .skip(skip)
        .take(h)
        .map(|(l, _)| l)
        .collect();
    if skip > 0
        && let Some(first) = shown.first_mut()
    {
        *first = Line::from(Span::raw(i18n::more_above(lang, skip + 1)).bold());
    }
    let below = total.saturating_sub(skip + h);
    if below > 0
        && let Some(last) = shown.last_mut()
    {
        *last = Line::from(Span::raw(i18n::more_below(lang, below + 1)).bold());
    }
    shown
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let state = match app.shared.running() {
        Some(r) => format!(
            "{} {}",
            i18n::prep_word(lang, P::Started),
            r.started.at().format("%H:%M")
        ),
        None => i18n::prep_word(lang, P::NotStarted).to_string(),
    };
    let block =
        Block::bordered().title(format!(" {} · {state} ", i18n::prep_word(lang, P::Screen)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = app.screens.meeting.rows(&app.shared);
    let sel = app.screens.meeting.sel;
    let h = inner.height as usize;
    if inner.width >= SIDE_BY_SIDE {
        let [left, _, right] = Layout::horizontal([
            Constraint::Percentage(58),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(inner);
        let (plan, people) = parts(app, &rows, left.width as usize, right.width as usize);
        frame.render_widget(Paragraph::new(scrolled(lang, plan, sel, h)), left);
        frame.render_widget(Paragraph::new(scrolled(lang, people, sel, h)), right);
    } else {
        let w = inner.width as usize;
        let (mut plan, people) = parts(app, &rows, w, w);
        plan.push((Line::raw(""), None));
        plan.extend(people);
        frame.render_widget(Paragraph::new(scrolled(lang, plan, sel, h)), inner);
    }
}

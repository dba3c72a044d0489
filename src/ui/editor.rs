//! The editor dialog: one row per field (a note gets several), the field
//! with the cursor drawn by the text area, the others as plain text, then the
//! card a decision is linked to, and what is wrong or which keys do what.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::centered;
use crate::app::{App, EditKind, Editor, Field};
use crate::i18n::{self, PlanWord, Ui};
use tavle_core::text::{fit, sanitize};

/// Rows a note gets while it is edited.
const NOTE_ROWS: u16 = 5;
/// Width of the labels.
const LABEL: usize = 13;

fn rows(field: Field) -> u16 {
    if field == Field::Note { NOTE_ROWS } else { 1 }
}

/// What a new decision is about, as its card field now says: the card it
/// names, the whole meeting (and how to name the card selected, `offer`),
/// or why the field names no card.
fn card_line(app: &App, ed: &Editor, offer: Option<&str>) -> String {
    let lang = app.shared.lang;
    let Some(board) = app.board() else {
        return String::new();
    };
    match crate::app::meeting_card(board, &ed.get(Field::Card)) {
        Ok(Some(c)) => format!("{} {}", sanitize(&c.id), sanitize(&c.title)),
        Ok(None) => match offer.and_then(|id| board.card(id)) {
            Some(c) => i18n::card_offer(lang, &sanitize(&c.id), &sanitize(&c.title)),
            None => i18n::prep_word(lang, i18n::PrepWord::WholeMeeting).to_string(),
        },
        Err(e) => format!("⚠ {}", sanitize(&i18n::msg(lang, &e))),
    }
}

pub fn render(app: &App, ed: &Editor, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang;
    let link = match &ed.kind {
        EditKind::NewDecision { card } => Some(card_line(app, ed, card.as_deref())),
        _ => None,
    };
    let body: u16 = ed.fields.iter().map(|f| rows(f.field)).sum();
    let h = body + u16::from(link.is_some()) + 2 + 2;
    let rect = centered(area, 78, h);
    frame.render_widget(Clear, rect);
    let title = match ed.kind {
        EditKind::NewCard { .. } => i18n::ui(lang, Ui::NewCard),
        EditKind::Card { .. } => i18n::ui(lang, Ui::EditCard),
        EditKind::NewDecision { .. } => i18n::ui(lang, Ui::NewDecision),
        EditKind::Decision { .. } => i18n::ui(lang, Ui::CorrectDecision),
        EditKind::Goal { .. } => i18n::plan_word(lang, PlanWord::EditGoal),
        EditKind::Measure { .. } => i18n::plan_word(lang, PlanWord::NewValue),
        EditKind::MeetingGoal => i18n::minutes_word(lang, i18n::MinutesWord::Goal),
        EditKind::MeetingLength => i18n::prep_word(lang, i18n::PrepWord::Length),
        EditKind::AgendaItem { item: None, .. } => i18n::prep_word(lang, i18n::PrepWord::ItemAdded),
        EditKind::AgendaItem { .. } => i18n::prep_word(lang, i18n::PrepWord::Agenda),
        EditKind::Guest => i18n::ui(lang, Ui::Attendees),
    };
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .title(format!(" {title} "));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut constraints: Vec<Constraint> = ed
        .fields
        .iter()
        .map(|f| Constraint::Length(rows(f.field)))
        .collect();
    constraints.push(Constraint::Length(u16::from(link.is_some())));
    constraints.push(Constraint::Length(1));
    constraints.push(Constraint::Length(1));
    let cells = Layout::vertical(constraints).split(inner);
    let input_w = inner.width.saturating_sub(LABEL as u16 + 2);
    for (i, f) in ed.fields.iter().enumerate() {
        let [label, input] = Layout::horizontal([
            Constraint::Length(LABEL as u16 + 2),
            Constraint::Length(input_w),
        ])
        .areas(cells[i]);
        let name = fit(i18n::label(lang, f.field.label()), LABEL);
        let focused = i == ed.focus;
        let style = if focused {
            Style::new().bold().reversed()
        } else {
            Style::new().bold()
        };
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {name:<LABEL$} "), style)),
            label,
        );
        if focused {
            frame.render_widget(f.input.area(), input);
        } else {
            let lines: Vec<Line> = f
                .input
                .area()
                .lines()
                .iter()
                .take(rows(f.field) as usize)
                .map(|l| Line::raw(fit(l, input_w as usize)))
                .collect();
            frame.render_widget(Paragraph::new(lines), input);
        }
    }
    let n = ed.fields.len();
    if let Some(link) = link {
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::raw(format!(
                    " {:<LABEL$} ",
                    fit(i18n::ui(lang, Ui::LinkedCard), LABEL)
                ))
                .bold(),
                Span::raw(fit(&link, input_w as usize)),
            ])),
            cells[n],
        );
    }
    let foot = if let Some(e) = &ed.error {
        Line::from(Span::styled(
            fit(
                &format!(" ⚠ {}", sanitize(&i18n::msg(lang, e))),
                inner.width as usize,
            ),
            Style::new().fg(Color::Red).bold(),
        ))
    } else if ed.confirm_discard {
        Line::from(Span::styled(
            fit(
                &format!(" ⚠ {}", i18n::ui(lang, Ui::DiscardAgain)),
                inner.width as usize,
            ),
            Style::new().fg(Color::Yellow).bold(),
        ))
    } else {
        let keys = if ed.fields.iter().any(|f| f.field == Field::Note) {
            i18n::ui(lang, Ui::EditKeysNote)
        } else {
            i18n::ui(lang, Ui::EditKeys)
        };
        Line::from(Span::raw(fit(&format!(" {keys}"), inner.width as usize)).dim())
    };
    frame.render_widget(Paragraph::new(foot), cells[n + 2]);
}

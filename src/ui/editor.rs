//! The editor dialog: one row per field (a note gets several), the field
//! with the cursor drawn by the text area, the others as plain text, then the
//! card a decision is linked to, what is wrong, and which keys do what. On a
//! screen too low for every field the fields scroll with the cursor (`↑ 2
//! til` says what is out of sight); what is wrong and the keys always show,
//! the keys broken into lines rather than cut.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::centered;
use super::fit::pack;
use super::fit::window;
use crate::app::{App, EditKind, Editor, Field};
use crate::i18n::{self, ColumnWord, PlanWord, Ui};
use tavle_core::text::{fit, sanitize};

/// Rows a note gets while it is edited; a tall screen gives it more.
const NOTE_ROWS: u16 = 5;
const NOTE_ROWS_TALL: u16 = 10;
/// Width of the labels.
const LABEL: usize = 13;

fn title(app: &App, kind: &EditKind) -> &'static str {
    let lang = app.shared.lang();
    match kind {
        EditKind::NewCard { .. } => i18n::ui(lang, Ui::NewCard),
        EditKind::Card { .. } => i18n::ui(lang, Ui::EditCard),
        EditKind::NewDecision { .. } => i18n::ui(lang, Ui::NewDecision),
        EditKind::Decision { .. } => i18n::ui(lang, Ui::CorrectDecision),
        EditKind::Goal { .. } => i18n::plan_word(lang, PlanWord::EditGoal),
        EditKind::Measure { .. } => i18n::plan_word(lang, PlanWord::NewValue),
        EditKind::NewColumn { .. } => i18n::column_word(lang, ColumnWord::New),
        EditKind::Column { .. } => i18n::column_word(lang, ColumnWord::Edit),
        EditKind::MeetingGoal => i18n::minutes_word(lang, i18n::MinutesWord::Goal),
        EditKind::MeetingLength => i18n::prep_word(lang, i18n::PrepWord::Length),
        EditKind::AgendaItem { item: None, .. } => i18n::prep_word(lang, i18n::PrepWord::ItemAdded),
        EditKind::AgendaItem { .. } => i18n::prep_word(lang, i18n::PrepWord::Agenda),
        EditKind::Guest => i18n::ui(lang, Ui::Attendees),
        EditKind::NewBoard => i18n::new_board_word(lang, i18n::NewBoardWord::Dialog),
        EditKind::Role(role) => i18n::role_name(lang, *role),
        EditKind::Routine { id: None, .. } => {
            i18n::routine_word(lang, i18n::RoutineWord::DialogNew)
        }
        EditKind::Routine { .. } => i18n::routine_word(lang, i18n::RoutineWord::DialogEdit),
        EditKind::Intake { .. } => i18n::intake_word(lang, i18n::IntakeWord::Dialog),
        EditKind::Cycle { cycle: None, .. } => i18n::pdsa_word(lang, i18n::PdsaWord::NewCycle),
        EditKind::Cycle { .. } => i18n::pdsa_word(lang, i18n::PdsaWord::Cycles),
        EditKind::Evaluation { .. } => i18n::pdsa_word(lang, i18n::PdsaWord::Evaluation),
        EditKind::Benefit { .. } => i18n::pdsa_word(lang, i18n::PdsaWord::BenefitForm),
        EditKind::Risk { id: None } => i18n::panel_word(lang, i18n::PanelWord::NewRisk),
        EditKind::Risk { .. } => i18n::panel_word(lang, i18n::PanelWord::EditRisk),
        EditKind::Deviation { id: None } => i18n::panel_word(lang, i18n::PanelWord::NewDeviation),
        EditKind::Deviation { .. } => i18n::panel_word(lang, i18n::PanelWord::EditDeviation),
        EditKind::Event { id: None } => i18n::panel_word(lang, i18n::PanelWord::NewEvent),
        EditKind::Event { .. } => i18n::panel_word(lang, i18n::PanelWord::EditEvent),
        EditKind::StaffCount { planned: true, .. } => {
            i18n::staff_word(lang, i18n::StaffWord::Planned)
        }
        EditKind::StaffCount { .. } => i18n::staff_word(lang, i18n::StaffWord::Present),
        EditKind::NewShift => i18n::staff_word(lang, i18n::StaffWord::NewShift),
    }
}

/// The dialog's title; a PDSA form names its cycle and its card, which a
/// move into Evaluere opens unasked.
fn dialog_title(app: &App, kind: &EditKind) -> String {
    let lang = app.shared.lang();
    if let EditKind::StaffCount { shift, .. } = kind {
        return format!(" {}: {} ", title(app, kind), sanitize(shift));
    }
    let (EditKind::Cycle { card, .. } | EditKind::Evaluation { card } | EditKind::Benefit { card }) =
        kind
    else {
        return format!(" {} ", title(app, kind));
    };
    let what = match kind {
        EditKind::Cycle { cycle: Some(n), .. } => i18n::cycle_title(lang, n + 1),
        kind => title(app, kind).to_string(),
    };
    match app.board().and_then(|b| b.card(card)) {
        Some(c) => format!(" {what}: {} ", sanitize(&c.title)),
        None => format!(" {what} "),
    }
}

/// The lines at the foot: what is wrong (or the second Esc), then the keys.
fn foot(app: &App, ed: &Editor, width: usize) -> Vec<Line<'static>> {
    let lang = app.shared.lang();
    let mut out = Vec::new();
    // The whole question of the field with the cursor (the PDSA forms).
    if let Some(Field::Pdsa(l)) = ed.fields.get(ed.focus).map(|f| f.field) {
        for part in super::fit::wrap_words(i18n::pdsa_ask(lang, l), width.saturating_sub(1), 2) {
            out.push(Line::from(Span::raw(format!(" {part}")).italic()));
        }
    }
    if let Some(e) = &ed.error {
        out.push(Line::from(Span::styled(
            fit(&format!(" ⚠ {}", sanitize(&i18n::msg(lang, e))), width),
            Style::new().fg(Color::Red).bold(),
        )));
    } else if ed.confirm_discard {
        out.push(Line::from(Span::styled(
            fit(&format!(" ⚠ {}", i18n::ui(lang, Ui::DiscardAgain)), width),
            Style::new().fg(Color::Yellow).bold(),
        )));
    }
    // A risk's, deviation's or event's form: what the field with the cursor
    // takes, the categories used before, an identity number in the text.
    let notes = crate::app::operations::risks::form::notes(ed, &app.shared)
        .into_iter()
        .chain(crate::app::operations::deadlines::form::notes(
            ed,
            &app.shared,
        ));
    for (warn, note) in notes {
        let parts = super::fit::wrap_words(&sanitize(&note), width.saturating_sub(3), 3);
        for (i, part) in parts.into_iter().enumerate() {
            let mark = if i == 0 { "⚠" } else { " " };
            out.push(if warn {
                Line::from(Span::styled(
                    format!(" {mark} {part}"),
                    Style::new().fg(Color::Yellow).bold(),
                ))
            } else {
                Line::from(Span::raw(format!(" {part}")).italic())
            });
        }
    }
    if matches!(ed.kind, EditKind::Intake { .. }) {
        let choices = i18n::intake_word(lang, i18n::IntakeWord::Choices);
        let parts: Vec<&str> = choices.split(" · ").collect();
        for l in pack(&parts, " · ", width.saturating_sub(1)) {
            out.push(Line::from(Span::raw(format!(" {l}"))));
        }
    }
    let keys = if ed.fields.iter().any(|f| f.field == Field::Note) {
        i18n::ui(lang, Ui::EditKeysNote)
    } else {
        i18n::ui(lang, Ui::EditKeys)
    };
    let parts: Vec<&str> = keys.split(" · ").collect();
    for l in pack(&parts, " · ", width.saturating_sub(1)) {
        out.push(Line::from(Span::raw(format!(" {l}")).dim()));
    }
    out
}

/// What a new decision is about, as its card field now says: the card it
/// names, the whole meeting (and how to name the card selected, `offer`),
/// or why the field names no card.
fn card_line(app: &App, ed: &Editor, offer: Option<&str>) -> String {
    let lang = app.shared.lang();
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
    let lang = app.shared.lang();
    let link = match &ed.kind {
        EditKind::NewDecision { card } => Some(card_line(app, ed, card.as_deref())),
        _ => None,
    };
    let note_rows = if area.height >= 40 {
        NOTE_ROWS_TALL
    } else {
        NOTE_ROWS
    };
    let rows = |field: Field| if field == Field::Note { note_rows } else { 1 };
    let width = area.width.min(78);
    let inner_w = width.saturating_sub(2) as usize;
    let foot = foot(app, ed, inner_w);
    let body: u16 = ed.fields.iter().map(|f| rows(f.field)).sum();
    let fixed = u16::from(link.is_some()) + 1 + foot.len() as u16 + 2;
    let rect = centered(area, width, body + fixed);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().border_type(BorderType::Thick).title(fit(
        &dialog_title(app, &ed.kind),
        width.saturating_sub(4) as usize,
    ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    // The foot first: it always shows. The fields get what is left.
    let foot_h = (foot.len() as u16).min(inner.height);
    let [fields_area, link_area, _, foot_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(u16::from(link.is_some())),
        Constraint::Length(1),
        Constraint::Length(foot_h),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(foot), foot_area);
    let room = fields_area.height as usize;
    // A note higher than the room gets the room (less the markers).
    let height = |i: usize| {
        let r = rows(ed.fields[i].field) as usize;
        r.min(room.saturating_sub(2).max(1))
    };
    let (first, last) = window(ed.fields.len(), ed.focus, room, height);
    let input_w = inner.width.saturating_sub(LABEL as u16 + 2);
    let mut y = fields_area.y;
    let bottom = fields_area.y + fields_area.height;
    if first > 0 && room > 1 {
        frame.render_widget(
            Paragraph::new(Span::raw(i18n::more_above(lang, first)).bold()),
            Rect {
                y,
                height: 1,
                ..fields_area
            },
        );
        y += 1;
    }
    for i in first..last {
        let f = &ed.fields[i];
        let cell = Rect {
            y,
            height: height(i) as u16,
            ..fields_area
        };
        if cell.y + cell.height > bottom {
            break;
        }
        y += cell.height;
        let [label, input] = Layout::horizontal([
            Constraint::Length(LABEL as u16 + 2),
            Constraint::Length(input_w),
        ])
        .areas(cell);
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
                .take(cell.height as usize)
                .map(|l| Line::raw(fit(l, input_w as usize)))
                .collect();
            frame.render_widget(Paragraph::new(lines), input);
        }
    }
    if last < ed.fields.len() && room > 1 {
        frame.render_widget(
            Paragraph::new(Span::raw(i18n::more_below(lang, ed.fields.len() - last)).bold()),
            Rect {
                y: fields_area.y + fields_area.height.saturating_sub(1),
                height: 1,
                ..fields_area
            },
        );
    }
    if let Some(link) = link {
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::raw(format!(
                    " {:<LABEL$} ",
                    fit(i18n::ui(lang, Ui::Concerns), LABEL)
                ))
                .bold(),
                Span::raw(fit(&link, input_w as usize)),
            ])),
            link_area,
        );
    }
}

#[cfg(test)]
#[path = "editor_tests.rs"]
mod more_tests;

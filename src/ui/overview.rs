//! The overview: every board in the folder on one screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::{light_glyph, selected_style};
use crate::app::{App, Entry};
use crate::i18n::{self, Ui};
use crate::model::{Kind, Light};
use crate::text::sanitize;

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.lang;
    if app.entries.is_empty() {
        let text = i18n::ui(lang, Ui::NoBoards);
        frame.render_widget(
            Paragraph::new(text)
                .wrap(ratatui::widgets::Wrap { trim: true })
                .block(Block::bordered()),
            area,
        );
        return;
    }
    let wide = area.width >= 110;
    let mut header = vec![
        Cell::from(" "),
        Cell::from(i18n::ui(lang, Ui::Board)),
        Cell::from(i18n::ui(lang, Ui::Kind)),
    ];
    if wide {
        header.push(Cell::from(i18n::ui(lang, Ui::Unit)));
    }
    header.extend([
        Cell::from(i18n::ui(lang, Ui::Cards)),
        Cell::from("● ▲ ■"),
        Cell::from(i18n::ui(lang, Ui::Overdue)),
        Cell::from(i18n::ui(lang, Ui::Changed)),
    ]);
    let rows: Vec<Row> = app.entries.iter().map(|e| row(app, e, wide)).collect();
    let mut widths = vec![
        Constraint::Length(2),
        Constraint::Fill(3),
        Constraint::Length(16),
    ];
    if wide {
        widths.push(Constraint::Fill(2));
    }
    widths.extend([
        Constraint::Length(16),
        Constraint::Length(9),
        Constraint::Length(8),
        Constraint::Length(16),
    ]);
    let table = Table::new(rows, widths)
        .header(Row::new(header).bold().underlined())
        .row_highlight_style(selected_style())
        .column_spacing(1)
        .block(Block::bordered().title(format!(" {} ", i18n::ui(lang, Ui::Overview))));
    let mut state = TableState::default().with_selected(Some(app.current));
    frame.render_stateful_widget(table, area, &mut state);
}

fn row<'a>(app: &App, e: &'a Entry, wide: bool) -> Row<'a> {
    let lang = app.lang;
    let Some(b) = &e.board else {
        let p = e.broken.as_ref();
        let text = format!(
            "⚠ {} {}",
            i18n::ui(lang, Ui::Broken),
            p.map(|p| format!("{}:{}", p.line, p.col))
                .unwrap_or_default()
        );
        return Row::new(vec![
            Cell::from("⚠"),
            Cell::from(sanitize(&e.id).into_owned()),
            Cell::from(Span::styled(text, Style::new().fg(Color::Red).bold())),
        ]);
    };
    let active: Vec<_> = b.cards.iter().filter(|c| !c.archived).collect();
    let per_column = b
        .columns
        .iter()
        .map(|col| {
            active
                .iter()
                .filter(|c| c.column == col.id)
                .count()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("·");
    let count = |l: Light| active.iter().filter(|c| c.light == Some(l)).count();
    let lights = Line::from(
        [Light::Green, Light::Yellow, Light::Red]
            .into_iter()
            .flat_map(|l| {
                let (_, colour) = light_glyph(Some(l));
                [
                    Span::styled(count(l).to_string(), Style::new().fg(colour).bold()),
                    Span::raw(" "),
                ]
            })
            .collect::<Vec<_>>(),
    );
    let overdue = active
        .iter()
        .filter(|c| !b.is_done(c) && c.due.is_some_and(|d| d < app.today))
        .count();
    let changed = e
        .last_change()
        .map(|(at, _)| at.format("%d.%m %H:%M").to_string())
        .unwrap_or_default();
    let marker = if e.broken.is_some() || e.missing_since.is_some() {
        "⚠"
    } else {
        " "
    };
    let kind = match b.kind {
        Kind::Drift => i18n::ui(lang, Ui::Drift),
        Kind::Forbedring => i18n::ui(lang, Ui::Forbedring),
    };
    let mut cells = vec![
        Cell::from(marker),
        Cell::from(sanitize(&b.title).into_owned()).bold(),
        Cell::from(kind),
    ];
    if wide {
        cells.push(Cell::from(
            sanitize(b.unit.as_deref().unwrap_or("")).into_owned(),
        ));
    }
    let overdue_cell = if overdue > 0 {
        Cell::from(Span::styled(
            format!("⚠ {overdue}"),
            Style::new().fg(Color::Red).bold(),
        ))
    } else {
        Cell::from("0")
    };
    cells.extend([
        Cell::from(per_column),
        Cell::from(lights),
        overdue_cell,
        Cell::from(changed),
    ]);
    Row::new(cells)
}

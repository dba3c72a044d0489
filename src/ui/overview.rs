//! The overview: every board in the folder on one screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::{light_glyph, selected_style};
use crate::app::{App, Entry};
use crate::i18n::{self, Ui};
use crate::model::{Kind, Light};
use crate::text::{fit, sanitize};

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
    // Less important columns give way on narrow screens; the title never does.
    let show_unit = area.width >= 120;
    let show_kind = area.width >= 96;
    let mut header = vec![Cell::from(" "), Cell::from(i18n::ui(lang, Ui::Board))];
    let mut widths = vec![Constraint::Length(1), Constraint::Fill(3)];
    if show_kind {
        header.push(Cell::from(i18n::ui(lang, Ui::Kind)));
        widths.push(Constraint::Length(16));
    }
    if show_unit {
        header.push(Cell::from(i18n::ui(lang, Ui::Unit)));
        widths.push(Constraint::Fill(2));
    }
    header.extend([
        Cell::from(i18n::ui(lang, Ui::Cards)),
        Cell::from("● ▲ ■"),
        Cell::from(i18n::ui(lang, Ui::Overdue)),
        Cell::from(i18n::ui(lang, Ui::Changed)),
    ]);
    widths.extend([
        Constraint::Length(16),
        Constraint::Length(9),
        Constraint::Length(7),
        Constraint::Length(11),
    ]);
    let block = Block::bordered().title(format!(" {} ", i18n::ui(lang, Ui::Overview)));
    // Cells are cut with `…` by display width, so the table is laid out here too.
    let cells = Layout::horizontal(widths.clone())
        .spacing(1)
        .split(block.inner(area));
    let cell_widths: Vec<usize> = cells.iter().map(|r| r.width as usize).collect();
    let rows: Vec<Row> = app
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| row(app, e, i == app.current, show_kind, show_unit, &cell_widths))
        .collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header).bold().underlined())
        .row_highlight_style(selected_style())
        .column_spacing(1)
        .block(block);
    let mut state = TableState::default().with_selected(Some(app.current));
    frame.render_stateful_widget(table, area, &mut state);
}

fn row<'a>(
    app: &App,
    e: &'a Entry,
    selected: bool,
    show_kind: bool,
    show_unit: bool,
    widths: &[usize],
) -> Row<'a> {
    let lang = app.lang;
    let marker = if selected { "▶" } else { " " };
    let title_w = widths.get(1).copied().unwrap_or(10);
    let Some(b) = &e.board else {
        let p = e.broken.as_ref();
        let text = format!(
            "⚠ {} {}",
            i18n::ui(lang, Ui::Broken),
            p.map(|p| format!("{}:{}", p.line, p.col))
                .unwrap_or_default()
        );
        return Row::new(vec![
            Cell::from(marker),
            Cell::from(fit(&sanitize(&e.id), title_w)),
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
    let warn = if e.broken.is_some() || e.missing_since.is_some() {
        "⚠ "
    } else {
        ""
    };
    let kind = match b.kind {
        Kind::Drift => i18n::ui(lang, Ui::Drift),
        Kind::Forbedring => i18n::ui(lang, Ui::Forbedring),
    };
    let mut cells = vec![
        Cell::from(marker),
        Cell::from(fit(&format!("{warn}{}", sanitize(&b.title)), title_w)).bold(),
    ];
    let mut i = 2;
    if show_kind {
        cells.push(Cell::from(kind));
        i += 1;
    }
    if show_unit {
        let w = widths.get(i).copied().unwrap_or(10);
        cells.push(Cell::from(fit(
            &sanitize(b.unit.as_deref().unwrap_or("")),
            w,
        )));
        i += 1;
    }
    let cards_w = widths.get(i).copied().unwrap_or(16);
    let overdue_cell = if overdue > 0 {
        Cell::from(Span::styled(
            format!("⚠ {overdue}"),
            Style::new().fg(Color::Red).bold(),
        ))
    } else {
        Cell::from("0")
    };
    cells.extend([
        Cell::from(fit(&per_column, cards_w)),
        Cell::from(lights),
        overdue_cell,
        Cell::from(changed),
    ]);
    Row::new(cells)
}

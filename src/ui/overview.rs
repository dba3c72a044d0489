//! The overview: every board in the folder on one screen, worst first, with
//! honest traffic-light counts, overdue measures, the next deadline and the
//! indicators; filtered by owner it answers "what am I responsible for?".

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::indicator_view::{signal_words, sparkline};
use super::{light_glyph, selected_style};
use crate::app::{App, Entry};
use crate::i18n::{self, OwnerWord, PlanWord, Ui};
use tavle_core::model::{Kind, Light};
use tavle_core::plan;
use tavle_core::text::{fit, sanitize};

/// Which optional columns fit at a width.
struct Shown {
    cards: bool,
    next: bool,
    indicators: bool,
    kind: bool,
    unit: bool,
    changed: bool,
}

impl Shown {
    fn at(width: u16) -> Shown {
        Shown {
            changed: width >= 90,
            cards: width >= 110,
            next: width >= 120,
            indicators: width >= 140,
            kind: width >= 160,
            unit: width >= 190,
        }
    }
}

fn owner(app: &App) -> Option<String> {
    Some(app.screens.overview.owner.text()).filter(|o| !o.is_empty())
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang;
    if app.shared.entries.is_empty() {
        let text = i18n::ui(lang, Ui::NoBoards);
        frame.render_widget(
            Paragraph::new(text)
                .wrap(ratatui::widgets::Wrap { trim: true })
                .block(Block::bordered()),
            area,
        );
        return;
    }
    let (table_area, list_area) = if owner(app).is_some() {
        let h = (app.shared.entries.len() as u16 + 4).min(area.height / 2);
        let [t, l] = Layout::vertical([Constraint::Length(h), Constraint::Fill(1)]).areas(area);
        (t, Some(l))
    } else {
        (area, None)
    };
    render_table(app, table_area, frame);
    if let Some(l) = list_area {
        render_responsibilities(app, l, frame);
    }
}

fn render_table(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang;
    let shown = Shown::at(area.width);
    let mut header = vec![Cell::from(" "), Cell::from(i18n::ui(lang, Ui::Board))];
    let mut widths = vec![Constraint::Length(1), Constraint::Fill(3)];
    let mut push = |h: Cell<'static>, w: Constraint| {
        header.push(h);
        widths.push(w);
    };
    if shown.kind {
        push(Cell::from(i18n::ui(lang, Ui::Kind)), Constraint::Length(16));
    }
    if shown.unit {
        push(Cell::from(i18n::ui(lang, Ui::Unit)), Constraint::Fill(2));
    }
    if shown.cards {
        push(
            Cell::from(i18n::ui(lang, Ui::Cards)),
            Constraint::Length(16),
        );
    }
    push(Cell::from("■  ▲  ●  ✓"), Constraint::Length(15));
    // As wide as the word in the user's language (nynorsk's is longer).
    let overdue = i18n::ui(lang, Ui::Overdue);
    push(
        Cell::from(overdue),
        Constraint::Length(tavle_core::text::width(overdue).max(7) as u16),
    );
    if shown.next {
        push(
            Cell::from(i18n::plan_word(lang, PlanWord::NextDeadlines)),
            Constraint::Fill(2),
        );
    }
    if shown.indicators {
        push(
            Cell::from(i18n::plan_word(lang, PlanWord::Indicators)),
            Constraint::Fill(2),
        );
    }
    if shown.changed {
        push(
            Cell::from(i18n::ui(lang, Ui::Changed)),
            Constraint::Length(11),
        );
    }
    let search = &app.screens.overview.owner;
    let title = if search.typing || !search.is_empty() {
        format!(
            " {} · {}: {} ",
            i18n::ui(lang, Ui::Overview),
            i18n::ui(lang, Ui::Owner),
            super::search_line(search)
        )
    } else {
        format!(" {} ", i18n::ui(lang, Ui::Overview))
    };
    let block = Block::bordered().title(title);
    // Cells are cut with `…` by display width, so the table is laid out here too.
    let cells = Layout::horizontal(widths.clone())
        .spacing(1)
        .split(block.inner(area));
    let cell_widths: Vec<usize> = cells.iter().map(|r| r.width as usize).collect();
    let names = crate::app::overview::board_names(&app.shared.entries);
    let rows: Vec<Row> = app
        .shared
        .entries
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(i, (e, name))| {
            row(
                app,
                (e, name),
                i == app.shared.current,
                &shown,
                &cell_widths,
            )
        })
        .collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header).bold().underlined())
        .row_highlight_style(selected_style())
        .column_spacing(1)
        .block(block);
    let mut state = TableState::default().with_selected(Some(app.shared.current));
    frame.render_stateful_widget(table, area, &mut state);
}

/// One board's row; `name` tells it apart from boards with the same title.
fn row<'a>(
    app: &App,
    (e, name): (&'a Entry, &(String, String)),
    selected: bool,
    shown: &Shown,
    widths: &[usize],
) -> Row<'a> {
    let lang = app.shared.lang;
    let marker = if selected { "▶" } else { " " };
    let w = |i: usize| widths.get(i).copied().unwrap_or(10);
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
            Cell::from(fit(&sanitize(&e.id), w(1))),
            Cell::from(Span::styled(text, Style::new().fg(Color::Red).bold())),
        ]);
    };
    let who = owner(app);
    let who = who.as_deref();
    let c = plan::counts(b, app.shared.today, who);
    let warn = if e.broken.is_some() || e.missing_since.is_some() || !e.copies.is_empty() {
        "⚠ "
    } else {
        ""
    };
    let mut cells = vec![
        Cell::from(marker),
        Cell::from(format!(
            "{warn}{}",
            crate::app::overview::fit_name(
                &(
                    sanitize(&name.0).into_owned(),
                    sanitize(&name.1).into_owned()
                ),
                w(1).saturating_sub(tavle_core::text::width(warn))
            )
        ))
        .bold(),
    ];
    let mut i = 2;
    if shown.kind {
        cells.push(Cell::from(match b.kind {
            Kind::Drift => i18n::ui(lang, Ui::Drift),
            Kind::Forbedring => i18n::ui(lang, Ui::Forbedring),
        }));
        i += 1;
    }
    if shown.unit {
        cells.push(Cell::from(fit(
            &sanitize(b.unit.as_deref().unwrap_or("")),
            w(i),
        )));
        i += 1;
    }
    if shown.cards {
        let per_column = b
            .columns
            .iter()
            .map(|col| {
                b.cards
                    .iter()
                    .filter(|c| !c.archived && c.column == col.id && plan::owner_matches(c, who))
                    .count()
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join("·");
        cells.push(Cell::from(fit(&per_column, w(i))));
        i += 1;
    }
    let count = |n: usize, l: Option<Light>| {
        let colour = l.map_or(Color::Reset, |l| light_glyph(Some(l)).1);
        Span::styled(
            format!("{n:<3}"),
            if n > 0 {
                Style::new().fg(colour).bold()
            } else {
                Style::new().dim()
            },
        )
    };
    cells.push(Cell::from(Line::from(vec![
        count(c.red, Some(Light::Red)),
        count(c.yellow, Some(Light::Yellow)),
        count(c.green, Some(Light::Green)),
        count(c.done, None),
    ])));
    i += 1;
    cells.push(if c.overdue > 0 {
        Cell::from(Span::styled(
            format!("⚠ {}", c.overdue),
            Style::new().fg(Color::Red).bold(),
        ))
    } else {
        Cell::from(Span::raw("0").dim())
    });
    i += 1;
    if shown.next {
        let next = plan::next_deadlines(b, app.shared.today, who, 1)
            .first()
            .map(|c| {
                let due = c
                    .due
                    .map(|d| i18n::deadline(lang, d, app.shared.today, false))
                    .unwrap_or_default();
                format!("{due}: {}", sanitize(&c.title))
            })
            .unwrap_or_default();
        cells.push(Cell::from(fit(&next, w(i))));
        i += 1;
    }
    if shown.indicators {
        let text = b
            .indicators
            .iter()
            .map(|ind| {
                let signal = if signal_words(app, ind).is_empty() {
                    ""
                } else {
                    "◆"
                };
                format!("{}{signal}", sparkline(ind, 8))
            })
            .collect::<Vec<_>>()
            .join(" ");
        cells.push(Cell::from(fit(&text, w(i))));
    }
    if shown.changed {
        let changed = e
            .last_change()
            .map(|(at, _)| i18n::stamp_short(at, app.shared.today))
            .unwrap_or_default();
        cells.push(Cell::from(changed));
    }
    Row::new(cells)
}

/// Everything the filtered owner is responsible for, across every board:
/// their open cards, their open follow-ups and their other decisions. When
/// it is longer than the screen, it starts at the board selected above.
fn render_responsibilities(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang;
    let Some(who) = owner(app) else {
        return;
    };
    let who = who.as_str();
    let today = app.shared.today;
    let w = area.width.saturating_sub(2) as usize;
    let names = crate::app::overview::board_names(&app.shared.entries);
    let mut lines = Vec::new();
    // Where each board's part starts, to scroll to the selected board.
    let mut starts: Vec<(usize, usize)> = Vec::new();
    // The title gives way; the deadline after it is never cut.
    let line = |glyph: &str, colour: Color, title: &str, when: String| {
        let tail = if when.is_empty() {
            String::new()
        } else {
            format!(" · {when}")
        };
        let room =
            w.saturating_sub(tavle_core::text::width(glyph) + 2 + tavle_core::text::width(&tail));
        Line::from(vec![
            Span::styled(format!(" {glyph} "), Style::new().fg(colour).bold()),
            Span::raw(format!("{}{tail}", fit(&sanitize(title), room))),
        ])
    };
    for (i, e) in app.shared.entries.iter().enumerate() {
        let Some(b) = &e.board else {
            continue;
        };
        let mut cards: Vec<_> = tavle_core::owner::cards(b, who, today)
            .into_iter()
            .map(|c| (c, plan::card_status(b, c, today)))
            .collect();
        let decisions = tavle_core::owner::decisions(b, who, today);
        if cards.is_empty() && decisions.is_empty() {
            continue;
        }
        starts.push((i, lines.len()));
        cards.sort_by_key(|(c, s)| (std::cmp::Reverse(s.light), c.due));
        let name = names
            .get(i)
            .map(|(t, a)| (sanitize(t).into_owned(), sanitize(a).into_owned()))
            .unwrap_or_default();
        lines.push(Line::from(
            Span::raw(crate::app::overview::fit_name(&name, w))
                .bold()
                .underlined(),
        ));
        for (c, s) in cards {
            let (glyph, colour) = super::status_glyphs(&s);
            let due = c
                .due
                .map(|d| i18n::deadline(lang, d, today, s.done))
                .unwrap_or_default();
            let due = if s.overdue { format!("⚠ {due}") } else { due };
            lines.push(line(&glyph, colour, &c.title, due));
        }
        let (open, rest): (Vec<&tavle_core::owner::Owned>, Vec<_>) =
            decisions.iter().partition(|o| o.open);
        for (word, list) in [(OwnerWord::FollowUps, open), (OwnerWord::Decisions, rest)] {
            if list.is_empty() {
                continue;
            }
            lines.push(Line::from(
                Span::raw(format!(" {}", i18n::owner_word(lang, word))).italic(),
            ));
            for o in list {
                let d = o.decision;
                let (glyph, colour) = if d.done {
                    ("☑", Color::Green)
                } else if o.overdue {
                    ("⚠", Color::Red)
                } else if o.open {
                    ("☐", Color::Reset)
                } else {
                    ("•", Color::Reset)
                };
                let when = match d.due {
                    Some(due) if o.open => i18n::deadline(lang, due, today, d.done),
                    _ => i18n::date_short(d.at.at().date_naive(), today),
                };
                lines.push(line(glyph, colour, &d.text, when));
            }
        }
    }
    if lines.is_empty() {
        lines.push(Line::from(
            Span::raw(format!(" {}", i18n::owner_word(lang, OwnerWord::Nothing))).dim(),
        ));
    }
    let room = usize::from(area.height.saturating_sub(2));
    let scroll = if lines.len() > room {
        // The selected board's part, or the next one that has a part.
        let at = starts
            .iter()
            .find(|(i, _)| *i >= app.shared.current)
            .or(starts.last())
            .map_or(0, |(_, l)| *l);
        at.min(lines.len().saturating_sub(room))
    } else {
        0
    };
    let title = format!(
        " {} {} ",
        sanitize(who),
        i18n::plan_word(lang, PlanWord::ResponsibleFor)
    );
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
            .block(Block::bordered().title(title)),
        area,
    );
}

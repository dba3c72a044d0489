//! The overview: every board in the folder on one screen, worst first, with
//! honest traffic-light counts, overdue measures, the next deadline and the
//! indicators; filtered by owner it answers "what am I responsible for?".
//! An improvement board selected has its ideas counted by source below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::indicators::{signal_words, sparkline};
use super::{light_glyph, selected_style};
use crate::app::{App, Entry};
use crate::i18n::{self, PlanWord, Ui};
use tavle_core::model::{Kind, Light};
use tavle_core::text::{fit, sanitize};

/// The optional columns shown at a width, each with its width in cells.
#[derive(Debug, Default)]
struct Shown {
    kind: Option<u16>,
    unit: Option<u16>,
    cards: Option<u16>,
    next: Option<u16>,
    indicators: Option<u16>,
    changed: Option<u16>,
}

/// The room the next deadline gets: a short date and the start of a title.
const NEXT: usize = 28;
/// The most the indicators and the unit get, however many or long.
const INDICATORS_MAX: usize = 40;
const UNIT_MAX: usize = 30;

/// The light counts' column: red, yellow, green, no light and done, three
/// cells each — the same five counts as `tavle status` and the plan.
const LIGHTS_W: u16 = 18;

/// The width of the overdue column: as wide as the word in the user's
/// language (nynorsk's is longer).
fn overdue_width(app: &App) -> usize {
    tavle_core::text::width(i18n::ui(app.shared.lang(), Ui::Overdue)).max(7)
}

/// The columns of the table `inner` cells wide (inside its border), and the
/// title column's width. Every column but the title's is as wide as its
/// heading and what it holds; the optional ones come in order of need
/// (changed, cards, next deadline, indicators, kind, unit) while the title
/// keeps at least the width it has at 80 columns, and everything left over
/// goes to the title — so it grows with the width and is never narrower
/// than on a laptop.
fn columns(app: &App, inner: usize) -> (Shown, usize) {
    let lang = app.shared.lang();
    let w = |s: &str| tavle_core::text::width(s);
    // The widest over all the boards, kept across frames.
    let widest = app.screens.overview.across.widths(app.shared.entries());
    // Marker, lights and overdue, with a space between columns.
    let fixed = |inner: usize| inner.saturating_sub(1 + LIGHTS_W as usize + overdue_width(app) + 3);
    let title_min = fixed(80 - 2);
    let cards = widest.cards.max(w(i18n::ui(lang, Ui::Cards)));
    let indicators = (widest.indicators)
        .min(INDICATORS_MAX)
        .max(w(i18n::plan_word(lang, PlanWord::Indicators)));
    let kind = [Ui::Kind, Ui::Drift, Ui::Forbedring]
        .iter()
        .map(|u| w(i18n::ui(lang, *u)))
        .max()
        .unwrap_or(0);
    let unit = (widest.unit).min(UNIT_MAX).max(w(i18n::ui(lang, Ui::Unit)));
    let wanted = [
        w(i18n::ui(lang, Ui::Changed)).max(11),
        cards,
        NEXT.max(w(i18n::plan_word(lang, PlanWord::NextDeadlines))),
        indicators,
        kind,
        unit,
    ];
    let mut title = fixed(inner);
    let mut got = [None; 6];
    for (slot, width) in got.iter_mut().zip(wanted) {
        if title < title_min + width + 1 {
            break;
        }
        title -= width + 1;
        *slot = u16::try_from(width).ok();
    }
    let [changed, cards, next, indicators, kind, unit] = got;
    let shown = Shown {
        kind,
        unit,
        cards,
        next,
        indicators,
        changed,
    };
    (shown, title)
}

/// The owner the overview is filtered by, if any.
pub(super) fn owner(app: &App) -> Option<String> {
    Some(app.screens.overview.owner.text()).filter(|o| !o.is_empty())
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    if app.shared.entries().is_empty() {
        // Not "no boards" while the folder is still being read.
        let text = match app.shared.loading() {
            Some(p) => i18n::loading_boards(lang, p.read, p.total),
            None => i18n::ui(lang, Ui::NoBoards).to_string(),
        };
        frame.render_widget(
            Paragraph::new(text)
                .wrap(ratatui::widgets::Wrap { trim: true })
                .block(Block::bordered()),
            area,
        );
        return;
    }
    // An improvement board selected: its ideas by source, under the table.
    let area = match crate::app::overview::idea_sources(&app.shared) {
        Some(n) => {
            let [rest, line] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
            let text = format!(" ▶ {}", i18n::sources_line(lang, &n));
            frame.render_widget(
                Paragraph::new(Span::raw(fit(&text, line.width as usize)).bold()),
                line,
            );
            rest
        }
        None => area,
    };
    let search = &app.screens.overview.owner;
    let listed = crate::app::overview::listed(&app.shared, &search.text());
    if !search.typing && owner(app).is_none() {
        render_table(app, &listed, area, frame);
        return;
    }
    let h = (listed.len() as u16 + 4).min(area.height / 2);
    let [t, l] = Layout::vertical([Constraint::Length(h), Constraint::Fill(1)]).areas(area);
    render_table(app, &listed, t, frame);
    if search.typing {
        super::owner_panel::render_names(app, l, frame);
    } else {
        super::owner_panel::render_responsibilities(app, l, frame);
    }
}

/// The table of the boards `listed` (indices into the entries).
fn render_table(app: &App, listed: &[usize], area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let inner_w = area.width.saturating_sub(2) as usize;
    let (shown, title_w) = columns(app, inner_w);
    let mut header = vec![Cell::from(" "), Cell::from(i18n::ui(lang, Ui::Board))];
    let mut widths = vec![Constraint::Length(1), Constraint::Fill(1)];
    let mut push = |h: Cell<'static>, w: u16| {
        header.push(h);
        widths.push(Constraint::Length(w));
    };
    if let Some(w) = shown.kind {
        push(Cell::from(i18n::ui(lang, Ui::Kind)), w);
    }
    if let Some(w) = shown.unit {
        push(Cell::from(i18n::ui(lang, Ui::Unit)), w);
    }
    if let Some(w) = shown.cards {
        push(Cell::from(i18n::ui(lang, Ui::Cards)), w);
    }
    push(Cell::from("■  ▲  ●  ○  ✓"), LIGHTS_W);
    push(
        Cell::from(i18n::ui(lang, Ui::Overdue)),
        overdue_width(app) as u16,
    );
    if let Some(w) = shown.next {
        push(
            Cell::from(i18n::plan_word(lang, PlanWord::NextDeadlines)),
            w,
        );
    }
    if let Some(w) = shown.indicators {
        push(Cell::from(i18n::plan_word(lang, PlanWord::Indicators)), w);
    }
    if let Some(w) = shown.changed {
        push(Cell::from(i18n::ui(lang, Ui::Changed)), w);
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
    let mut block = Block::bordered().title(title);
    // Cells are cut with `…` by display width, so the table is laid out here too.
    let cells = Layout::horizontal(widths.clone())
        .spacing(1)
        .split(block.inner(area));
    let cell_widths: Vec<usize> = cells.iter().map(|r| r.width as usize).collect();
    debug_assert!(cell_widths.get(1).is_none_or(|w| *w == title_w));
    // Titles that read the same in the room they get are told apart
    // (the room less a warning sign's).
    let room = cell_widths
        .get(1)
        .copied()
        .unwrap_or(title_w)
        .saturating_sub(2);
    let names = (app.screens.overview.across).names(app.shared.entries(), Some(room));
    // The name of a row in view (only those are made).
    let name = |i: usize, e: &Entry| {
        let mut name = names.get(i)?;
        // The unit has a column of its own: the title need not repeat it.
        let unit = e.summary().and_then(|b| b.slim().unit.as_deref());
        if shown.unit.is_some() && unit.is_some_and(|u| name.1 == format!(" ({})", u.trim())) {
            name.1.clear();
        }
        Some(name)
    };
    let selected = listed.iter().position(|&i| i == app.shared.current());
    // A list longer than the table shows: where the selection stands.
    let visible = usize::from(area.height.saturating_sub(3));
    if listed.len() > visible
        && let Some(at) = selected
    {
        block = block
            .title_bottom(Line::from(format!(" {}/{} ", at + 1, listed.len())).right_aligned());
    }
    let overview = &app.screens.overview;
    // Where the list stood, but never past its end: a list that fits
    // (a larger screen, a filter) starts at its top; and the selection in
    // view, as the table would scroll to it. Only the rows in view are
    // made (a region's 10,000 boards would cost their counts each frame).
    let limit = listed.len().saturating_sub(visible);
    let mut top = overview.table.get().top.min(limit);
    if let Some(at) = selected {
        if at < top {
            top = at;
        } else if at >= top + visible.max(1) {
            top = at + 1 - visible.max(1);
        }
    }
    let end = listed.len().min(top + visible.max(1));
    let rows: Vec<Row> = listed[top.min(end)..end]
        .iter()
        .filter_map(|&i| {
            let e = app.shared.entries().get(i)?;
            Some((i, e, name(i, e)?))
        })
        .map(|(i, e, name)| {
            row(
                app,
                (e, &name),
                i == app.shared.current(),
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
    let mut state = TableState::default()
        .with_offset(0)
        .with_selected(selected.map(|at| at - top));
    frame.render_stateful_widget(table, area, &mut state);
    let top = top + state.offset();
    overview.table.set(crate::app::overview::Drawn {
        top,
        rows: visible,
        limit,
    });
}

/// One board's row; `name` tells it apart from boards with the same title.
fn row<'a>(
    app: &App,
    (e, name): (&'a Entry, &(String, String)),
    selected: bool,
    shown: &Shown,
    widths: &[usize],
) -> Row<'a> {
    let lang = app.shared.lang();
    let marker = if selected { "▶" } else { " " };
    let w = |i: usize| widths.get(i).copied().unwrap_or(10);
    let Some(summary) = e.summary() else {
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
    let b = summary.slim();
    let c = summary.counts(app.shared.today(), who);
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
    if shown.kind.is_some() {
        cells.push(Cell::from(match b.kind {
            Kind::Drift => i18n::ui(lang, Ui::Drift),
            Kind::Forbedring => i18n::ui(lang, Ui::Forbedring),
        }));
        i += 1;
    }
    if shown.unit.is_some() {
        cells.push(Cell::from(fit(
            &sanitize(b.unit.as_deref().unwrap_or("")),
            w(i),
        )));
        i += 1;
    }
    if shown.cards.is_some() {
        let per_column = (summary.per_column(who).iter())
            .map(usize::to_string)
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
        count(c.none, None),
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
    if shown.next.is_some() {
        let next = summary
            .next_deadline(app.shared.today(), who)
            .map(|c| {
                let due = c
                    .due
                    .map(|d| i18n::deadline(lang, d, app.shared.today(), false))
                    .unwrap_or_default();
                format!("{due}: {}", sanitize(summary.title(c)))
            })
            .unwrap_or_default();
        cells.push(Cell::from(fit(&next, w(i))));
        i += 1;
    }
    if shown.indicators.is_some() {
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
    if shown.changed.is_some() {
        let changed = e
            .last_change()
            .map(|(at, _)| i18n::stamp_short(at, app.shared.today()))
            .unwrap_or_default();
        cells.push(Cell::from(changed));
    }
    Row::new(cells)
}

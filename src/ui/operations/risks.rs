//! The risks panel of an operations board (`app::operations::risks`): the
//! risks worst first — level as glyph and word, likelihood × consequence,
//! title, owner, `→ tiltak` when a measure card is made of it — and the
//! 5×5 risk matrix ([`matrix`]) with the selected risk's cell marked; then
//! this week's deviations and the count per ISO week as bars. Beside each
//! other when the panel is wide, the matrix left out when it is small.
//! Every text from the file is sanitized and cut to fit. Draws only.

mod matrix;

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::operations::risks::{List, RisksPanel, deviations, risks};
use crate::i18n::{self, Lang, PanelWord as W};
use tavle_core::dates::format_nb;
use tavle_core::layout::PanelKind;
use tavle_core::model::Board;
use tavle_core::operations::Week;
use tavle_core::operations::risks::{Level, cell, per_week};
use tavle_core::text::{fit, sanitize, width};

/// The matrix goes beside the lists from this inner width on.
const BESIDE_FROM: u16 = 64;
/// The rows the matrix takes (for the layout's share of the height).
pub const MATRIX_ROWS: usize = matrix::HEIGHT;

/// The most weeks counted in the per-week line.
const WEEKS_MAX: usize = 12;

/// A level's glyph, so the level reads without colour.
pub fn glyph(l: Level) -> char {
    match l {
        Level::Low => '░',
        Level::Medium => '▒',
        Level::High => '▓',
    }
}

/// A level's colour, besides its glyph and word.
pub fn colour(l: Level) -> Color {
    match l {
        Level::Low => Color::Green,
        Level::Medium => Color::Yellow,
        Level::High => Color::Red,
    }
}

/// Draw the panel in `area`, framed; `focused`: it has the keyboard.
pub fn render(app: &App, area: Rect, frame: &mut Frame, focused: bool) {
    let block = super::panel_block(app, PanelKind::Risks, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(board) = app.board() else {
        return;
    };
    let p = &app.screens.board.ops.risks;
    let lang = app.shared.lang();
    let today = app.shared.today();
    let beside = inner.width >= BESIDE_FROM && inner.height >= 7;
    let size = matrix::Size::for_area(inner);
    let (lists, side) = if beside {
        let [l, r] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(size.width() + 1)])
                .areas(inner);
        (l, Some(r))
    } else {
        (inner, None)
    };
    let mut lines = Vec::new();
    if let Some(ask) = asking(board, p, lang) {
        lines.push(
            Line::from(Span::raw(fit(&ask, lists.width as usize)))
                .reversed()
                .bold(),
        );
    }
    let w = lists.width as usize;
    // The lists share the height: the risks first, then the deviations'
    // heading, rows and the count per week; the matrix between them when
    // it cannot stand beside.
    let room = (lists.height as usize).saturating_sub(lines.len());
    let n_risks = board.risks.len().max(1);
    let n_devs = deviations(board).len().max(1);
    let below_matrix = !beside
        && inner.width >= matrix::WIDTH
        && room >= 2 + n_risks.min(3) + matrix::HEIGHT + 2 + n_devs.min(2);
    let mut rest = room.saturating_sub(if below_matrix { matrix::HEIGHT } else { 0 });
    // All when they fit; else a third for the deviations' rows, and what
    // the risks leave over.
    let dev_rows = if rest >= 1 + n_risks + 2 + n_devs {
        n_devs
    } else {
        let share = rest.saturating_sub(3) / 3;
        let spare = rest.saturating_sub(3 + share).saturating_sub(n_risks);
        (share + spare).min(n_devs).max(usize::from(rest >= 5))
    };
    rest = rest.saturating_sub(dev_rows + 2);
    let risk_room = rest.max(2);
    let dev = deviation_lines(board, p, lang, today, focused, lists.width, dev_rows);
    lines.extend(risk_lines(board, p, lang, w, focused, risk_room.max(2)));
    let matrix_at = lines.len();
    if below_matrix {
        lines.extend(std::iter::repeat_n(Line::raw(""), matrix::HEIGHT));
    }
    lines.extend(dev);
    frame.render_widget(Paragraph::new(lines), lists);
    let selected = p
        .risk
        .as_ref()
        .and_then(|id| board.risk(id))
        .and_then(cell)
        .filter(|_| p.list == List::Risks);
    if let Some(side) = side {
        matrix::render(board, selected, lang, size, side, frame);
    } else if below_matrix {
        let y = lists.y + matrix_at as u16;
        if y + matrix::HEIGHT as u16 <= lists.y + lists.height {
            let r = Rect::new(lists.x, y, lists.width, matrix::HEIGHT as u16);
            matrix::render(board, selected, lang, matrix::Size::Small, r, frame);
        }
    }
}

/// The question while `x` waits for a second `x`.
fn asking(board: &Board, p: &RisksPanel, lang: Lang) -> Option<String> {
    let title = match p.asking.as_ref()? {
        tavle_core::ops::Origin::Risk(id) => board.risk(id)?.title.clone(),
        tavle_core::ops::Origin::Deviation(id) => {
            let d = board.deviation(id)?;
            format!("{}: {}", d.category, d.text)
        }
    };
    Some(i18n::remove_ask(lang, &fit(&sanitize(&title), 40)))
}

/// The marker and style of a row: `▶` and reversed when selected in the
/// list that has the selection while the panel has the keyboard; bold
/// when selected in the other list (or without the keyboard).
fn row_style(selected: bool, focused: bool) -> (&'static str, Style) {
    match (selected, focused) {
        (true, true) => ("▶ ", super::super::selected_style()),
        (true, false) => ("  ", Style::new().bold()),
        _ => ("  ", Style::new()),
    }
}

/// The heading and rows of the risks, at most `room` lines.
fn risk_lines(
    board: &Board,
    p: &RisksPanel,
    lang: Lang,
    w: usize,
    focused: bool,
    room: usize,
) -> Vec<Line<'static>> {
    let list = risks(board);
    let mut out = vec![
        Line::from(Span::raw(fit(
            &format!("{} ({})", i18n::panel_word(lang, W::Risks), list.len()),
            w,
        )))
        .bold(),
    ];
    if list.is_empty() {
        out.push(Line::raw(fit(i18n::panel_word(lang, W::NoRisks), w)).dim());
        return out;
    }
    let at = (p.risk.as_ref())
        .and_then(|id| list.iter().position(|r| &r.id == id))
        .unwrap_or(0);
    let shown = room.saturating_sub(1).max(1);
    let first = at.saturating_sub(shown.saturating_sub(1));
    for r in list.iter().skip(first).take(shown) {
        let sel = p.risk.as_deref() == Some(r.id.as_str());
        let (mark, style) = row_style(sel, focused && p.list == List::Risks);
        let level = cell(r).map(|c| c.level());
        let (g, word, colour) = match level {
            Some(l) => (glyph(l), i18n::risk_level(lang, l), colour(l)),
            None => ('?', "–", Color::Reset),
        };
        let head = format!("{g} {}×{} {word:<8}", r.likelihood, r.consequence);
        let mut tail = String::new();
        if let Some(o) = &r.owner {
            tail.push_str(&format!(" · {}", sanitize(o)));
        }
        if r.card.is_some() {
            tail.push_str(&format!(" {}", i18n::panel_word(lang, W::ToMeasure)));
        }
        let used = width(mark) + width(&head) + 1 + width(&tail);
        let title = fit(&sanitize(&r.title), w.saturating_sub(used).max(4));
        let text = fit(
            &format!("{head} {title}{tail}"),
            w.saturating_sub(width(mark)),
        );
        let head_len = head.chars().count().min(text.chars().count());
        let (h, t): (String, String) = (
            text.chars().take(head_len).collect(),
            text.chars().skip(head_len).collect(),
        );
        out.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(h, style.fg(colour)),
            Span::styled(t, style),
        ]));
    }
    out
}

/// The deviations: this week's count, the rows (newest first), the count
/// per week as bars.
fn deviation_lines(
    board: &Board,
    p: &RisksPanel,
    lang: Lang,
    today: chrono::NaiveDate,
    focused: bool,
    width_cells: u16,
    rows: usize,
) -> Vec<Line<'static>> {
    let w = width_cells as usize;
    let list = deviations(board);
    let now = Week::of(today);
    let this = (list.iter()).filter(|d| Week::of(d.date) == now).count();
    let mut out = vec![
        Line::from(Span::raw(fit(
            &i18n::deviations_this_week(lang, now.week, this),
            w,
        )))
        .bold(),
    ];
    if list.is_empty() {
        out.push(Line::raw(fit(i18n::panel_word(lang, W::NoDeviations), w)).dim());
    }
    let at = (p.deviation.as_ref())
        .and_then(|id| list.iter().position(|d| &d.id == id))
        .unwrap_or(0);
    let shown = rows;
    let first = at.saturating_sub(shown.saturating_sub(1));
    for d in list.iter().skip(first).take(shown) {
        let sel = p.deviation.as_deref() == Some(d.id.as_str());
        let (mark, style) = row_style(sel, focused && p.list == List::Deviations);
        let mut tail = String::new();
        if d.card.is_some() {
            tail = format!(" {}", i18n::panel_word(lang, W::ToMeasure));
        }
        let head = format!("{} {}: ", day(lang, d.date, today), sanitize(&d.category));
        let room = w
            .saturating_sub(width(mark) + width(&head) + width(&tail))
            .max(4);
        let text = format!("{head}{}{tail}", fit(&sanitize(&d.text), room));
        let style = if Week::of(d.date) == now {
            style.bold()
        } else {
            style
        };
        out.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(fit(&text, w.saturating_sub(2)), style),
        ]));
    }
    out.push(per_week_line(board, lang, today, width_cells));
    out
}

/// A deviation's day as the deadlines show theirs, `man 23.11`; with its
/// year when that is not this year's.
fn day(lang: Lang, date: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
    if date.year() == today.year() {
        format!(
            "{} {}",
            i18n::weekday_short(lang, date.weekday()),
            date.format("%d.%m")
        )
    } else {
        format_nb(date)
    }
}

/// "Avvik per uke: u46 ▂ 1  u47 ▅ 3  u48 █ 5", as many weeks as fit.
fn per_week_line(board: &Board, lang: Lang, today: chrono::NaiveDate, w: u16) -> Line<'static> {
    let label = format!("{}: ", i18n::panel_word(lang, W::PerWeek));
    const CELL: usize = 9;
    let weeks = ((w as usize).saturating_sub(width(&label)) / CELL).clamp(1, WEEKS_MAX);
    let counts = per_week(board, today, weeks);
    let max = counts.iter().map(|c| c.count).max().unwrap_or(0);
    let mut spans = vec![Span::raw(label).dim()];
    for c in counts {
        spans.push(Span::raw(format!("u{} ", c.week.week)));
        spans.push(Span::raw(bar(c.count, max).to_string()).bold());
        spans.push(Span::raw(format!(" {:<3}", c.count)));
    }
    Line::from(spans)
}

/// A bar for `n` of at most `max`: `·` for none, `▁` to `█`.
pub fn bar(n: usize, max: usize) -> char {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    if n == 0 || max == 0 {
        return '·';
    }
    let i = (n * BARS.len()).div_ceil(max).clamp(1, BARS.len()) - 1;
    BARS[i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_grows_with_the_count_and_none_is_a_dot() {
        assert_eq!(bar(0, 5), '·');
        assert_eq!(bar(3, 0), '·');
        assert_eq!(bar(5, 5), '█');
        assert_eq!(bar(1, 8), '▁');
        assert_eq!(bar(4, 8), '▄');
        assert_eq!(bar(1, 5), '▂');
        assert!(bar(2, 5) < bar(3, 5));
    }

    #[test]
    fn each_level_has_its_own_glyph() {
        let g = [Level::Low, Level::Medium, Level::High].map(glyph);
        assert!(g[0] != g[1] && g[1] != g[2] && g[0] != g[2]);
        assert_eq!(matrix::cell_text(Level::High, 0, false), "▓▓▓");
        assert_eq!(matrix::cell_text(Level::Low, 2, false), "░2░");
        assert_eq!(matrix::cell_text(Level::Medium, 12, false), "▒+▒");
        assert_eq!(matrix::cell_text(Level::Medium, 1, true), "[1]");
        assert_eq!(
            matrix::large_text(Level::High, 3, false),
            ["▓▓▓▓▓▓▓", "▓▓ 3 ▓▓"]
        );
        assert_eq!(
            matrix::large_text(Level::Low, 1, true),
            ["[░░░░░]", "[  1  ]"]
        );
        assert_eq!(
            matrix::large_text(Level::Low, 0, false),
            ["░░░░░░░", "░░░░░░░"]
        );
    }
}

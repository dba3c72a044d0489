//! The view of the measurement round ([`crate::app::round`]): a table of
//! today's due indicators, board by board — the indicator, who measures
//! it, the value field (or the value already recorded, marked done) — with
//! how often, the last value and when it was due as columns on a wide
//! screen and on a line under the row being entered on a narrow one. The
//! refusal of a value stands under the table in red; the keys in one line
//! at the bottom. Every text from a file passes `sanitize`.

use std::path::Path;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::app::App;
use crate::app::round::{RoundScreen, due};
use crate::i18n::{self, Lang, RoundWord as W};
use tavle_core::round::Due;
use tavle_core::text::{fit, sanitize, width};

/// From this inner width on, every column has its own place.
pub const WIDE: usize = 110;

const WHO: usize = 14;
const VALUE: usize = 20;
const EVERY: usize = 14;
const LAST: usize = 26;
const DUE: usize = 18;

/// `s` in exactly `w` cells: cut with `…`, or filled with spaces.
fn pad(s: &str, w: usize) -> String {
    let s = fit(s, w);
    let fill = w.saturating_sub(width(&s));
    format!("{s}{}", " ".repeat(fill))
}

fn last(lang: Lang, d: &Due<'_>) -> String {
    let unit = d.indicator.unit.as_deref().map(sanitize);
    i18n::round_last(lang, d.last.map(|m| (m.date, m.value)), unit.as_deref())
}

fn who(lang: Lang, d: &Due<'_>) -> String {
    d.who.map_or_else(
        || i18n::round_word(lang, W::NoOne).to_string(),
        |w| sanitize(w).into_owned(),
    )
}

/// The value cell: the field under the cursor, a recorded value, or nothing.
fn value_cell(app: &App, view: &RoundScreen, d: &Due<'_>, here: bool) -> Span<'static> {
    let lang = app.shared.lang();
    if here {
        let (before, after) = cursor_split(view);
        return Span::styled(
            pad(&format!(" {before}▏{after}"), VALUE),
            Style::new().reversed(),
        );
    }
    match d.done {
        Some(m) => Span::styled(
            pad(
                &format!(
                    "✓ {} {}",
                    i18n::number(lang, m.value),
                    i18n::round_word(lang, W::Done)
                ),
                VALUE,
            ),
            Style::new().fg(Color::Green),
        ),
        None => Span::raw(pad("", VALUE)),
    }
}

/// The field's text on each side of the cursor, made safe to draw.
fn cursor_split(view: &RoundScreen) -> (String, String) {
    let line = view.field.text();
    let col = view.field.area().cursor().1;
    let at = line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
    (
        sanitize(&line[..at]).into_owned(),
        sanitize(&line[at..]).into_owned(),
    )
}

fn board_title(app: &App, path: &Path) -> String {
    let e = app.shared.entries().iter().find(|e| e.path == path);
    let title = e.map_or(String::new(), |e| {
        e.summary().map_or(e.id.clone(), |b| b.slim().title.clone())
    });
    sanitize(&title).into_owned()
}

/// The table's lines and the index of the line of the row being entered.
fn lines(app: &App, inner: usize) -> (Vec<Line<'static>>, usize) {
    let lang = app.shared.lang();
    let view = &app.screens.round;
    let wide = inner >= WIDE;
    let fixed = 2 + WHO + 1 + VALUE + if wide { EVERY + LAST + DUE + 3 } else { 0 };
    let title_w = inner.saturating_sub(fixed + 1).clamp(8, 60);
    let w = |x| i18n::round_word(lang, x);
    let mut head = format!(
        "  {} {}",
        pad(w(W::ColIndicator), title_w),
        pad(w(W::ColWho), WHO)
    );
    if wide {
        head.push_str(&format!(
            " {} {} {}",
            pad(w(W::ColEvery), EVERY),
            pad(w(W::ColLast), LAST),
            pad(w(W::ColDue), DUE)
        ));
    }
    head.push_str(&format!(" {}", w(W::ColValue)));
    let mut out = vec![Line::from(Span::raw(fit(&head, inner))).bold()];
    let mut cursor = 0;
    let mut board: Option<&Path> = None;
    for (i, row) in view.rows.iter().enumerate() {
        let Some(d) = due(&app.shared, row) else {
            continue;
        };
        if board != Some(row.path.as_path()) {
            board = Some(row.path.as_path());
            out.push(Line::from(Span::raw(fit(&board_title(app, &row.path), inner))).underlined());
        }
        let here = i == view.at;
        if here {
            cursor = out.len();
        }
        let marker = if here { "▶ " } else { "  " };
        let title = sanitize(&d.indicator.title).into_owned();
        let mut spans = vec![
            Span::raw(marker),
            Span::raw(format!("{} ", pad(&title, title_w))),
            Span::raw(format!("{} ", pad(&who(lang, &d), WHO))),
        ];
        if wide {
            spans.push(Span::raw(format!(
                "{} {} {} ",
                pad(&i18n::every(lang, d.every), EVERY),
                pad(&last(lang, &d), LAST),
                pad(&i18n::round_due(lang, d.due), DUE)
            )));
        }
        spans.push(value_cell(app, view, &d, here));
        let line = Line::from(spans);
        out.push(if here { line.bold() } else { line });
        if here && !wide {
            let detail = format!(
                "    {} · {} · {}",
                i18n::every(lang, d.every),
                last(lang, &d),
                i18n::round_due(lang, d.due)
            );
            out.push(Line::from(Span::raw(fit(&detail, inner))).dim());
        }
    }
    (out, cursor)
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let view = &app.screens.round;
    let open = (view.rows.iter())
        .filter(|r| due(&app.shared, r).is_some_and(|d| d.done.is_none()))
        .count();
    let title = format!(
        "{} · {}",
        i18n::round_title(lang, app.shared.today()),
        i18n::round_count(lang, open)
    );
    let block = Block::bordered().title(format!(
        " {} ",
        fit(&title, (area.width as usize).saturating_sub(4))
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    if view.rows.is_empty() {
        let text = i18n::round_word(lang, W::Empty);
        frame.render_widget(Paragraph::new(fit(text, w)), inner);
        return;
    }
    // The bottom: the refusal (if any) and the keys, or that all is done.
    let mut foot: Vec<Line> = Vec::new();
    if let Some(e) = &view.error {
        let text = sanitize(&i18n::msg(lang, e)).into_owned();
        foot.push(Line::from(Span::styled(
            fit(&text, w),
            Style::new().fg(Color::Red).bold(),
        )));
    }
    foot.push(if open == 0 {
        Line::from(Span::styled(
            fit(i18n::round_word(lang, W::AllDone), w),
            Style::new().fg(Color::Green).bold(),
        ))
    } else {
        Line::from(Span::raw(fit(i18n::round_word(lang, W::HelpLine), w))).dim()
    });
    let room = (inner.height as usize).saturating_sub(foot.len() + 1);
    let (table, cursor) = lines(app, w);
    // Keep the header, and the row being entered (with its detail line) in sight.
    let body = room.saturating_sub(1);
    let skip = (cursor + 2).saturating_sub(1 + body).min(table.len());
    let mut shown: Vec<Line> = table.iter().take(1).cloned().collect();
    shown.extend(table.into_iter().skip(1 + skip).take(body));
    let pad_lines = room.saturating_sub(shown.len()) + 1;
    shown.extend(std::iter::repeat_n(Line::raw(""), pad_lines));
    shown.extend(foot);
    frame.render_widget(Paragraph::new(shown), inner);
}

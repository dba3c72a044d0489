//! Indicators (`i`): the list of a board's indicators, and for the selected
//! one its run chart ([`super::runchart_view`]) with the latest value, the
//! target, the median, and each non-random signal named by its weeks — the
//! same sentence `tavle status` prints. Also the small sparklines and signal
//! words for the board and the overview.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph};

use super::runchart_layout::Mark;
use super::runchart_view;
use super::selected_style;
use crate::app::App;
use crate::i18n::{self, Lang, PlanWord as W};
use tavle_core::model::Indicator;
use tavle_core::runchart;
use tavle_core::text::{fit, sanitize};

/// A value the way it is written in the language.
pub use crate::i18n::number;

/// The last `width` values as block characters, low to high.
pub fn sparkline(ind: &Indicator, width: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let values: Vec<f64> = runchart::series(ind)
        .into_iter()
        .map(|(_, v)| v)
        .filter(|v| v.is_finite())
        .collect();
    let tail = &values[values.len().saturating_sub(width)..];
    let (lo, hi) = tail
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(*v), b.max(*v))
        });
    tail.iter()
        .map(|v| {
            if hi > lo {
                let i = ((v - lo) / (hi - lo) * 7.0).round() as usize;
                BARS[i.min(7)]
            } else {
                BARS[3]
            }
        })
        .collect()
}

/// The signals of an indicator in words, for the board and the overview: the
/// same sentences as the indicator screen and `tavle status`.
pub fn signal_words(app: &App, ind: &Indicator) -> String {
    runchart::describe(ind)
        .iter()
        .map(|s| i18n::signal_text(app.shared.lang(), s))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let Some(board) = app.board() else {
        return;
    };
    let block = Block::bordered().title(format!(
        " {} · {} ",
        i18n::plan_word(lang, W::Indicators),
        sanitize(&board.title)
    ));
    if board.indicators.is_empty() {
        frame.render_widget(
            Paragraph::new(i18n::plan_word(lang, W::NoIndicators)).block(block),
            area,
        );
        return;
    }
    let list_w = (area.width / 4).clamp(20, 36);
    let [list_area, chart_area] =
        Layout::horizontal([Constraint::Length(list_w), Constraint::Fill(1)]).areas(area);
    let items: Vec<ListItem> = board
        .indicators
        .iter()
        .map(|i| {
            let spark = sparkline(i, 12);
            ListItem::new(vec![
                Line::from(Span::raw(fit(&sanitize(&i.title), list_w as usize - 3)).bold()),
                Line::from(Span::raw(format!(" {spark}"))),
            ])
        })
        .collect();
    let sel = board
        .indicators
        .iter()
        .position(|i| app.screens.indicators.selected.as_deref() == Some(i.id.as_str()));
    let mut state = ListState::default().with_selected(sel.or(Some(0)));
    frame.render_stateful_widget(
        List::new(items)
            .block(block)
            .highlight_style(selected_style())
            .highlight_symbol("▶"),
        list_area,
        &mut state,
    );
    if let Some(ind) = board.indicators.get(sel.unwrap_or(0)) {
        render_chart(app, ind, chart_area, frame);
    }
}

pub(super) fn render_chart(app: &App, ind: &Indicator, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let reading = runchart::read(ind);
    let rc = &reading.chart;
    let unit = ind
        .unit
        .as_deref()
        .map(|u| format!(" ({})", sanitize(u)))
        .unwrap_or_default();
    let block = Block::bordered().title(format!(" {}{unit} ", sanitize(&ind.title)));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    // The summary in words under the chart: latest value, target, median,
    // then each signal by its weeks, behind the symbol its points carry.
    let mut lines = vec![summary(lang, ind, rc)];
    if rc.too_few {
        lines.push(
            Line::from(Span::raw(format!(
                "{} ({} {})",
                i18n::plan_word(lang, W::TooFew),
                ind.values.len(),
                i18n::plan_word(lang, W::Points)
            )))
            .italic(),
        );
    } else if reading.signals.is_empty() {
        lines.push(Line::from(Span::raw(i18n::plan_word(lang, W::NoSignal))));
    } else {
        // At most a third of the panel, so the chart keeps its room.
        let room = usize::from(inner.height / 3).max(2) - 1;
        let more = reading.signals.len().saturating_sub(room);
        let fits = if more > 0 { room - 1 } else { room };
        for s in reading.signals.iter().take(fits) {
            let mark = Mark::of(s);
            lines.push(Line::from(Span::styled(
                format!("{} {}", mark.glyph(), i18n::signal_text(lang, s)),
                mark.style(),
            )));
        }
        if more > 0 {
            lines.push(Line::from(i18n::chart_more(lang, reading.signals.len() - fits)).italic());
        }
    }
    let [chart_area, text_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(lines.len() as u16)])
            .areas(inner);
    frame.render_widget(Paragraph::new(lines), text_area);
    runchart_view::render(lang, &reading, ind.target, chart_area, frame.buffer_mut());
}

/// Latest value, target, median, and whether the latest meets the target.
fn summary(lang: Lang, ind: &Indicator, rc: &runchart::RunChart) -> Line<'static> {
    let mut first = vec![];
    if let Some(latest) = rc.latest {
        first.push(
            Span::raw(format!(
                "{}: {}",
                i18n::plan_word(lang, W::Latest),
                number(lang, latest)
            ))
            .bold(),
        );
    }
    if let Some(t) = ind.target {
        first.push(Span::raw(format!(
            "   {}: {}",
            i18n::plan_word(lang, W::TargetLine),
            number(lang, t)
        )));
    }
    if let Some(m) = rc.median {
        first.push(Span::raw(format!(
            "   {}: {}",
            i18n::plan_word(lang, W::Median),
            number(lang, m)
        )));
    }
    match rc.meets_target {
        Some(true) => first.push(Span::styled(
            format!("   {}", i18n::plan_word(lang, W::MeetsTarget)),
            Style::new().fg(Color::Green).bold(),
        )),
        Some(false) => first.push(Span::styled(
            format!("   {}", i18n::plan_word(lang, W::MissesTarget)),
            Style::new().fg(Color::Red).bold(),
        )),
        None => {}
    }
    Line::from(first)
}

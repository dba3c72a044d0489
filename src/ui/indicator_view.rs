//! Indicators (`i`): a run chart per indicator with its median and target
//! lines, the non-random signals in words, and whether the latest value meets
//! the target. Also the small sparklines for the board and the overview.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Block, Chart, Dataset, GraphType, List, ListItem, ListState, Paragraph,
};

use super::selected_style;
use crate::app::App;
use crate::i18n::{self, PlanWord as W};
use tavle_core::model::Indicator;
use tavle_core::runchart;
use tavle_core::text::{fit, sanitize};

/// A value the way it is written in the language.
pub use crate::i18n::number;

/// The last `width` values as block characters, low to high.
pub fn sparkline(ind: &Indicator, width: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let values: Vec<f64> = ind
        .values
        .iter()
        .map(|m| m.value)
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

/// The signals of an indicator in a few words, for the board and the overview.
pub fn signal_words(app: &App, ind: &Indicator) -> String {
    let rc = runchart::of(ind);
    if rc.too_few {
        return String::new();
    }
    rc.signals
        .iter()
        .map(|s| i18n::signal(app.shared.lang, s))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang;
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

fn render_chart(app: &App, ind: &Indicator, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang;
    let rc = runchart::of(ind);
    let unit = ind
        .unit
        .as_deref()
        .map(|u| format!(" ({})", sanitize(u)))
        .unwrap_or_default();
    let block = Block::bordered().title(format!(" {}{unit} ", sanitize(&ind.title)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [chart_area, text_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(4)]).areas(inner);

    // The summary in words: latest value, target, median, signals.
    let mut lines = Vec::new();
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
    lines.push(Line::from(first));
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
    } else if rc.signals.is_empty() {
        lines.push(Line::from(Span::raw(i18n::plan_word(lang, W::NoSignal))));
    } else {
        for s in &rc.signals {
            lines.push(Line::from(Span::styled(
                format!("◆ {}", i18n::signal(lang, s)),
                Style::new().fg(Color::Magenta).bold(),
            )));
        }
    }
    frame.render_widget(Paragraph::new(lines), text_area);

    let points: Vec<(f64, f64)> = ind
        .values
        .iter()
        .enumerate()
        .filter(|(_, m)| m.value.is_finite())
        .map(|(i, m)| (i as f64, m.value))
        .collect();
    if points.is_empty() {
        return;
    }
    let n = points.len().max(2) as f64 - 1.0;
    let mut lo = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let mut hi = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    if let Some(t) = ind.target {
        lo = lo.min(t);
        hi = hi.max(t);
    }
    if hi <= lo {
        hi = lo + 1.0;
    }
    let pad = (hi - lo) * 0.1;
    let median_line: Vec<(f64, f64)> = rc
        .median
        .map(|m| vec![(0.0, m), (n, m)])
        .unwrap_or_default();
    let target_line: Vec<(f64, f64)> = ind
        .target
        .map(|t| vec![(0.0, t), (n, t)])
        .unwrap_or_default();
    let mut datasets = vec![
        Dataset::default()
            .name(i18n::plan_word(lang, W::Median))
            .graph_type(GraphType::Line)
            .marker(Marker::Braille)
            .style(Style::new().fg(Color::DarkGray))
            .data(&median_line),
        Dataset::default()
            .name(i18n::plan_word(lang, W::TargetLine))
            .graph_type(GraphType::Line)
            .marker(Marker::Braille)
            .style(Style::new().fg(Color::Green))
            .data(&target_line),
        Dataset::default()
            .name(sanitize(&ind.title).into_owned())
            .graph_type(GraphType::Line)
            .marker(Marker::Braille)
            .style(Style::new().fg(Color::Cyan).bold())
            .data(&points),
    ];
    if target_line.is_empty() {
        datasets.remove(1);
    }
    let first_date = ind
        .values
        .first()
        .map(|m| tavle_core::dates::format_nb(m.date))
        .unwrap_or_default();
    let last_date = ind
        .values
        .last()
        .map(|m| tavle_core::dates::format_nb(m.date))
        .unwrap_or_default();
    let chart = Chart::new(datasets)
        .x_axis(
            Axis::default()
                .bounds([0.0, n])
                .labels(vec![Line::from(first_date), Line::from(last_date)]),
        )
        .y_axis(Axis::default().bounds([lo - pad, hi + pad]).labels(vec![
            Line::from(number(lang, lo)),
            Line::from(number(lang, hi)),
        ]));
    frame.render_widget(chart, chart_area);
}

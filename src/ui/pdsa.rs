//! The PDSA part of the card detail: the card's cycles numbered ("Syklus 2
//! av 2") with every field and the decision in words behind a glyph, the
//! evaluation's answers behind the seed's questions, the benefit plan, the
//! indicator it follows with its latest value and signals in words — and
//! where its run chart goes on the screen. Also the list an indicator is
//! picked from. The words come from the functions the minutes use too.
//! Draws only.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Stylize;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::{centered, selected_style};
use crate::app::App;
use crate::app::pdsa::IndicatorPick;
use crate::i18n::{self, Lang, PdsaWord as W};
use tavle_core::model::{Board, Card, CycleDecision, Indicator, Kind};
use tavle_core::text::{fit, sanitize};

/// Width of the labels of the card detail (as in `card.rs`).
const LABEL: usize = 14;

fn row(label: &str, value: &str) -> Line<'static> {
    let value = sanitize(value).into_owned();
    Line::from(vec![
        Span::raw(format!(" {:<LABEL$} ", fit(label, LABEL))).bold(),
        Span::raw(value),
    ])
}

fn heading(text: &str) -> Line<'static> {
    Line::from(Span::raw(format!(" {text}")).bold().underlined())
}

fn none(text: &str) -> Line<'static> {
    Line::raw(format!("  {text}")).dim()
}

/// Whether the card shows its PDSA part: on an improvement board always,
/// elsewhere when it has any of it.
pub fn shows(board: &Board, card: &Card) -> bool {
    board.kind == Kind::Forbedring
        || !card.pdsa.is_empty()
        || card.evaluation.is_some()
        || card.benefit.is_some()
        || card.indicator.is_some()
}

/// The indicator the card follows, when it is on the board.
pub fn indicator<'b>(board: &'b Board, card: &Card) -> Option<&'b Indicator> {
    board.indicator(card.indicator.as_deref()?)
}

/// The lines of the PDSA part of `card`'s detail.
pub fn lines(lang: Lang, board: &Board, card: &Card) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if !shows(board, card) {
        return out;
    }
    out.push(heading(i18n::pdsa_word(lang, W::Cycles)));
    let total = card.pdsa.len();
    if total == 0 {
        out.push(none(i18n::pdsa_word(lang, W::NoCycles)));
    }
    for (i, c) in card.pdsa.iter().enumerate() {
        out.push(Line::from(
            Span::raw(format!("  {}", i18n::cycle_of(lang, i + 1, total))).bold(),
        ));
        let fields = i18n::cycle_fields(lang, c);
        if fields.is_empty() {
            out.push(none("–"));
        }
        for (label, value) in fields {
            out.push(row(&format!(" {label}"), &value));
        }
        // After an "adapt" the natural next step is the next cycle.
        if i + 1 == total && c.decision == Some(CycleDecision::Adapt) {
            out.push(Line::raw(format!("  {}", i18n::adapt_next(lang, total + 1))).italic());
        }
    }
    out.push(Line::raw(""));
    out.push(heading(i18n::pdsa_word(lang, W::Evaluation)));
    let answers = (card.evaluation.as_ref())
        .map(|e| i18n::evaluation_answers(lang, e))
        .unwrap_or_default();
    if answers.is_empty() {
        out.push(none(i18n::pdsa_word(lang, W::NoEvaluation)));
    }
    for (question, answer) in answers {
        out.push(Line::raw(format!("  {question}")).italic());
        for l in answer.lines() {
            out.push(Line::raw(format!("    {}", sanitize(l))));
        }
    }
    out.push(Line::raw(""));
    out.push(heading(i18n::pdsa_word(lang, W::Benefit)));
    let benefit = (card.benefit.as_ref())
        .map(|b| i18n::benefit_fields(lang, b))
        .unwrap_or_default();
    if benefit.is_empty() {
        out.push(none(i18n::pdsa_word(lang, W::NoBenefit)));
    }
    for (label, value) in benefit {
        out.push(row(label, &value));
    }
    out.push(Line::raw(""));
    out.push(heading(i18n::pdsa_word(lang, W::Indicator)));
    match (indicator(board, card), card.indicator.as_deref()) {
        (Some(ind), _) => out.extend(indicator_lines(lang, ind)),
        (None, Some(id)) => out.push(none(&format!("⚠ {}", sanitize(id)))),
        (None, None) => out.push(none(i18n::pdsa_word(lang, W::NoIndicator))),
    }
    out.push(Line::raw(""));
    out
}

/// The indicator in words: its title and latest value, then each signal
/// by its weeks behind the symbol its points carry in the chart.
fn indicator_lines(lang: Lang, ind: &Indicator) -> Vec<Line<'static>> {
    let reading = tavle_core::runchart::read(ind);
    let mut first = sanitize(&ind.title).into_owned();
    if let Some(v) = reading.chart.latest {
        first.push_str(&format!(" — {}", i18n::number(lang, v)));
        if let Some(u) = ind.unit.as_deref() {
            first.push_str(&format!(" {}", sanitize(u)));
        }
    }
    let mut out = vec![Line::raw(format!("  {first}"))];
    if reading.signals.is_empty() {
        out.push(none(i18n::pdsa_word(lang, W::NoSignal)));
    }
    for s in &reading.signals {
        let mark = super::runchart_layout::Mark::of(s);
        out.push(Line::from(Span::styled(
            format!("  {} {}", mark.glyph(), i18n::signal_text(lang, s)),
            mark.style(),
        )));
    }
    out
}

/// Where the card's text and its indicator's run chart go in `area` (the
/// inside of the card's frame): beside each other on a wide screen, the
/// chart under the text on a tall enough one, no chart on a small one
/// (the signals are still in the text).
pub fn split(area: Rect, has_chart: bool) -> (Rect, Option<Rect>) {
    if !has_chart {
        return (area, None);
    }
    if area.width >= 118 {
        let [text, chart] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(area);
        return (text, Some(chart));
    }
    if area.height >= 16 {
        let chart_h = (area.height / 2).min(14);
        let [text, chart] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(chart_h)]).areas(area);
        return (text, Some(chart));
    }
    (area, None)
}

/// Draw the run chart of the card's indicator in `area`.
pub fn render_chart(app: &App, ind: &Indicator, area: Rect, frame: &mut Frame) {
    super::indicators::render_chart(app, ind, area, frame);
}

/// The list an indicator is picked from.
pub fn render_pick(app: &App, pick: &IndicatorPick, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let Some(board) = app.board() else {
        return;
    };
    let mut names = vec![i18n::pdsa_word(lang, W::Unlink).to_string()];
    names.extend(board.indicators.iter().map(|i| {
        let unit = (i.unit.as_deref())
            .map(|u| format!(" ({})", sanitize(u)))
            .unwrap_or_default();
        format!("{}{unit}", sanitize(&i.title))
    }));
    let rows = names.len().min(14);
    let rect = centered(area, 64, (rows + 4) as u16);
    let inner_w = rect.width.saturating_sub(4) as usize;
    let room = (rect.height as usize).saturating_sub(4).max(1);
    let (first, last) = super::fit::window(names.len(), pick.at, room, |_| 1);
    let mut lines: Vec<Line> = Vec::new();
    for (i, name) in names.iter().enumerate().take(last).skip(first) {
        let text = fit(name, inner_w);
        lines.push(if i == pick.at {
            Line::from(Span::styled(format!("▶ {text}"), selected_style()))
        } else {
            Line::raw(format!("  {text}"))
        });
    }
    lines.resize(room, Line::raw(""));
    lines.push(Line::raw(""));
    lines.push(Line::raw(fit(i18n::pdsa_word(lang, W::PickerKeys), inner_w)).dim());
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .title(format!(" {} ", i18n::pdsa_word(lang, W::LinkIndicator)));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

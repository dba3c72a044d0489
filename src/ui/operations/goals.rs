//! The goals panel of an operations board (`app::operations::goals`): each
//! goal with the light `tavle status`, the overview and the action plan give
//! it (glyph and word, `✓ ferdig`, `⚠` past its deadline), its target and
//! deadline; then each indicator with a sparkline of its recent values, its
//! latest value and unit, whether it meets its target and its run-chart
//! signal (`◆ skift`), all from the rules the indicators screen uses.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::operations::goals::{GoalsPanel, Item};
use crate::i18n::{self, PlanWord as W};
use tavle_core::dates::format_nb;
use tavle_core::layout::PanelKind;
use tavle_core::model::Board;
use tavle_core::runchart;
use tavle_core::status::GoalReport;
use tavle_core::text::{fit, sanitize, width};

/// How many lines the panel would fill: a line per goal and indicator, and
/// the indicators' heading (one line saying there is nothing, else).
pub fn rows(app: &App) -> usize {
    let Some(b) = app.board() else {
        return 1;
    };
    let heading = usize::from(!b.indicators.is_empty());
    (b.goals.len() + heading + b.indicators.len()).max(1)
}

/// Draw the panel in `area`, framed; `focused`: it has the keyboard.
pub fn render(app: &App, area: Rect, frame: &mut Frame, focused: bool) {
    let block = super::panel_block(app, PanelKind::Goals, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(board) = app.board() else {
        return;
    };
    let lang = app.shared.lang();
    let panel = &app.screens.board.ops.goals;
    let w = inner.width as usize;
    let goals = tavle_core::status::goals(board, app.shared.today());
    let mut lines: Vec<(Option<Item>, Line)> = Vec::new();
    for g in &goals {
        lines.push((Some(Item::Goal(g.id.clone())), goal_line(app, board, g, w)));
    }
    if !board.indicators.is_empty() {
        let head = fit(i18n::plan_word(lang, W::Indicators), w);
        lines.push((None, Line::from(Span::raw(head).bold())));
    }
    let title_w = (w / 3).clamp(8, 28);
    for ind in &board.indicators {
        let item = Item::Indicator(ind.id.clone());
        lines.push((Some(item), indicator_line(app, ind, title_w, w)));
    }
    if lines.is_empty() {
        let none = fit(i18n::plan_word(lang, W::NoGoals), w);
        frame.render_widget(Paragraph::new(Span::raw(none).dim()), inner);
        return;
    }
    let selected = selected_line(panel, &lines);
    let room = inner.height as usize;
    // Keep the selection in sight.
    let first = selected.map_or(0, |i| (i + 1).saturating_sub(room));
    let shown: Vec<Line> = (lines.into_iter().enumerate().skip(first).take(room))
        .map(|(i, (_, line))| {
            if focused && Some(i) == selected {
                line.style(super::super::selected_style())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

fn selected_line(panel: &GoalsPanel, lines: &[(Option<Item>, Line)]) -> Option<usize> {
    let sel = panel.selected.as_ref()?;
    lines.iter().position(|(i, _)| i.as_ref() == Some(sel))
}

/// `● grønn  Redusere sykefravær – Under 6,5 % …  01.06.2027`; a sub-goal
/// indented under its goal.
fn goal_line(app: &App, board: &Board, g: &GoalReport, w: usize) -> Line<'static> {
    let lang = app.shared.lang();
    let s = &g.status;
    let (light, colour) = if s.done {
        (i18n::plan_word(lang, W::Done).to_string(), Color::Green)
    } else {
        let (glyph, colour) = super::super::status_glyphs(s);
        let name = s.light.map_or("–", |l| i18n::light_name(lang, l));
        (format!("{glyph} {name}"), colour)
    };
    let light = format!("{}{light} ", "  ".repeat(g.depth));
    let due = g
        .due
        .map(|d| format!(" {}", format_nb(d)))
        .unwrap_or_default();
    let overdue = if s.overdue && !s.done { " ⚠" } else { "" };
    let target = (board.goal(&g.id))
        .and_then(|goal| goal.target.as_deref())
        .map(|t| format!(" – {}", sanitize(t)))
        .unwrap_or_default();
    let text = format!("{}{target}", sanitize(&g.title));
    let rest = w.saturating_sub(width(&light) + width(&due) + width(overdue) + 1);
    let mut spans = vec![
        Span::styled(light, Style::new().fg(colour).bold()),
        Span::raw(format!("{:<rest$}", fit(&text, rest))),
        Span::raw(due),
    ];
    if !overdue.is_empty() {
        spans.push(Span::styled(overdue, Style::new().fg(Color::Red).bold()));
    }
    Line::from(spans)
}

/// `Sykefravær  ▆▇█▆▅▄▃  7,6 %  ✗ når ikke målet  ◆ skift`.
fn indicator_line(
    app: &App,
    ind: &tavle_core::model::Indicator,
    title_w: usize,
    w: usize,
) -> Line<'static> {
    let lang = app.shared.lang();
    let rc = runchart::of(ind);
    let title = fit(&sanitize(&ind.title), title_w);
    let spark_w = (w / 6).clamp(6, 16);
    let spark = crate::ui::indicators::sparkline(ind, spark_w);
    let latest = rc.latest.map_or_else(
        || "–".to_string(),
        |v| {
            let unit = ind.unit.as_deref().map(sanitize).unwrap_or_default();
            format!("{} {unit}", i18n::number(lang, v))
        },
    );
    let mut spans = vec![
        Span::raw(format!("{title:<title_w$} ")),
        Span::raw(format!("{spark:<spark_w$} ")),
        Span::raw(fit(&latest, 14)).bold(),
    ];
    match rc.meets_target {
        Some(true) => spans.push(Span::styled(
            format!("  {}", i18n::plan_word(lang, W::MeetsTarget)),
            Style::new().fg(Color::Green).bold(),
        )),
        Some(false) => spans.push(Span::styled(
            format!("  {}", i18n::plan_word(lang, W::MissesTarget)),
            Style::new().fg(Color::Red).bold(),
        )),
        None => {}
    }
    if let Some(sig) = runchart::describe(ind).last() {
        let word = match sig.kind {
            runchart::SignalKind::Shift => W::Shift,
            runchart::SignalKind::Trend => W::Trend,
        };
        spans.push(Span::styled(
            format!("  ◆ {}", i18n::plan_word(lang, word)),
            Style::new().fg(Color::Magenta).bold(),
        ));
    }
    super::cut(spans, w)
}

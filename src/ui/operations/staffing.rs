//! The staffing panel of an operations board (`app::operations::staffing`):
//! today's shifts with planned and present, a gap in red AND in words with
//! a glyph (`▼ 2 mangler`), a full shift `✓ fullt`, a figure nobody wrote
//! `–`, and the day's total (`I dag mangler 3`). Only today's entries.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::i18n::{self, StaffWord as W};
use tavle_core::layout::PanelKind;
use tavle_core::model::Board;
use tavle_core::operations::staffing::{self, ShiftDay};
use tavle_core::text::{fit, sanitize, width};

/// How many lines the panel would fill: the heading, a line per shift and
/// the total.
pub fn rows(app: &App) -> usize {
    let shifts = app
        .board()
        .map_or(3, |b| staffing::day(b, app.shared.today()).len());
    shifts + 2
}

/// Draw the panel in `area`, framed; `focused`: it has the keyboard.
pub fn render(app: &App, area: Rect, frame: &mut Frame, focused: bool) {
    let block = super::panel_block(app, PanelKind::Staffing, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(board) = app.board() else {
        return;
    };
    let lang = app.shared.lang();
    let w = inner.width as usize;
    let day = staffing::day(board, app.shared.today());
    let name_w = (day.iter().map(|d| width(&sanitize(&d.shift))).max())
        .unwrap_or(0)
        .clamp(5, 16)
        .min(w / 3);
    let planned = i18n::staff_word(lang, W::Planned);
    let present = i18n::staff_word(lang, W::Present);
    let num_w = |head: &str| width(head).max(3);
    let (pw, nw) = (num_w(planned), num_w(present));
    let head = format!(
        "{:<name_w$} {planned:>pw$} {present:>nw$}",
        fit(i18n::staff_word(lang, W::Shift), name_w)
    );
    let mut lines = vec![Line::from(Span::raw(fit(&head, w)).bold())];
    // A narrow panel says the gap by glyph and number only (`▼ 2`, `✓`):
    // the day's total below says it in words.
    let wide = width(&head) + 2 + width(&i18n::staff_gap(lang, 10)) <= w;
    let selected = app.screens.board.ops.staffing.selected.as_deref();
    for d in &day {
        let mut line = shift_line(app, d, (name_w, pw, nw), w, wide);
        if focused && selected == Some(d.shift.as_str()) {
            line = line.style(super::super::selected_style());
        }
        lines.push(line);
    }
    lines.push(total_line(app, board, &day, w));
    // Keep the selection in sight on a low panel: the heading stays.
    let room = inner.height as usize;
    let at = (day.iter())
        .position(|d| Some(d.shift.as_str()) == selected)
        .map_or(0, |i| i + 1);
    let first = if lines.len() > room {
        (at + 1)
            .saturating_sub(room.saturating_sub(1))
            .min(lines.len() - room)
    } else {
        0
    };
    let mut shown = vec![lines[0].clone()];
    shown.extend(lines.into_iter().skip(1 + first));
    frame.render_widget(Paragraph::new(shown), inner);
}

/// `dag      5   3   ▼ 2 mangler`.
fn shift_line(
    app: &App,
    d: &ShiftDay,
    (name_w, pw, nw): (usize, usize, usize),
    w: usize,
    wide: bool,
) -> Line<'static> {
    let lang = app.shared.lang();
    let num = |n: Option<u32>| n.map_or_else(|| "–".to_string(), |n| n.to_string());
    let name = fit(&sanitize(&d.shift), name_w);
    let mut spans = vec![
        Span::raw(format!("{name:<name_w$} ")),
        Span::raw(format!("{:>pw$} ", num(d.planned))),
        Span::raw(format!("{:>nw$}", num(d.present))).bold(),
    ];
    if d.gap > 0 {
        spans.push(Span::styled(
            if wide {
                format!("  {}", i18n::staff_gap(lang, d.gap))
            } else {
                format!("  ▼ {}", d.gap)
            },
            Style::new().fg(Color::Red).bold(),
        ));
    } else if let (Some(p), Some(_)) = (d.planned, d.present)
        && p > 0
    {
        spans.push(Span::styled(
            if wide {
                format!("  {}", i18n::staff_word(lang, W::Full))
            } else {
                "  ✓".to_string()
            },
            Style::new().fg(Color::Green),
        ));
    }
    if d.unknown {
        spans.push(Span::raw(format!("  ({})", i18n::staff_word(lang, W::NotAShift))).dim());
    }
    super::cut(spans, w)
}

/// `I dag mangler 3` in red, every shift full, or no figures yet.
fn total_line(app: &App, board: &Board, day: &[ShiftDay], w: usize) -> Line<'static> {
    let lang = app.shared.lang();
    if day
        .iter()
        .all(|d| d.planned.is_none() && d.present.is_none())
    {
        let text = fit(i18n::staff_word(lang, W::NoFigures), w);
        return Line::from(Span::raw(text).dim());
    }
    let missing = staffing::missing(board, app.shared.today());
    let text = fit(&i18n::staff_total(lang, missing), w.saturating_sub(2));
    if missing > 0 {
        Line::from(Span::styled(
            format!("▼ {text}"),
            Style::new().fg(Color::Red).bold(),
        ))
    } else {
        Line::from(Span::raw(text).bold())
    }
}

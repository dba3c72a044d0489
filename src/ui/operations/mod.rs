//! The operations board's screen: the panels its file names (or the five
//! of an operations board), laid out around the measures (the columns).
//! Each panel draws itself in its own file; [`place`] decides where each
//! goes (bands, side columns, or tabs on a small screen), and this file
//! draws them there with their frames, whose titles carry the key that
//! gives each panel the keyboard. Draws state, does nothing else.

mod deadlines;
mod goals;
mod place;
mod risks;
mod staffing;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use crate::app::App;
use crate::app::keymap::{self, Cmd};
use crate::app::operations::focus_row;
use crate::i18n;
use place::Places;
use tavle_core::layout::{self, PanelKind};
use tavle_core::text::fit;

/// Under the tabs, the measures keep their legend row from this height.
const LEGEND_FROM: u16 = 18;

/// Whether the board's screen is the operations layout: it shows more
/// than its columns.
pub fn is_layout(app: &App) -> bool {
    app.board()
        .is_some_and(|b| layout::panels(b) != [PanelKind::Measures])
}

/// The framed block of a panel: its title and the key that focuses it
/// (`s Bemanning i dag`), a double border while it has the keyboard.
pub fn panel_block(app: &App, kind: PanelKind, focused: bool) -> Block<'static> {
    let lang = app.shared.lang();
    let label = keymap::labels(&focus_row(kind), "/");
    Block::bordered().border_type(border(focused)).title(title(
        label,
        &i18n::panel_title(lang, kind),
        focused,
    ))
}

fn border(focused: bool) -> BorderType {
    if focused {
        BorderType::Double
    } else {
        BorderType::Plain
    }
}

/// A panel's title: bold and reversed while it has the keyboard, so the
/// focus reads without colour and without the double border.
fn title(label: String, name: &str, focused: bool) -> Span<'static> {
    let text = format!(" {label} {name} ");
    if focused {
        Span::styled(
            text,
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
        )
    } else {
        Span::raw(text)
    }
}

/// Draw the operations layout in `area`.
pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let Some(board) = app.board() else {
        return;
    };
    // The big meeting clock fills the whole body, as on any board.
    if app.shared.running().is_some() && app.screens.board.big_clock {
        super::board::render_measures(app, area, frame, true);
        return;
    }
    let panels = layout::panels(board);
    let focused = app.screens.board.ops.focused();
    let want = |kind: PanelKind| want(app, kind);
    match place::places_focused(&panels, &want, area, focused) {
        Places::Grid(places) => {
            for (kind, rect) in places {
                draw(app, kind, rect, frame, kind == focused, true);
            }
        }
        Places::Tabs => {
            let [strip, body] =
                Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
            // The panel with the keyboard, or the measures when none has it.
            let shown = if panels.contains(&focused) {
                focused
            } else {
                PanelKind::Measures
            };
            render_tabs(app, &panels, shown, strip, frame);
            draw(app, shown, body, frame, shown == focused, false);
        }
    }
}

/// Draw one panel in `rect`; `on`: it has the keyboard; `framed`: the
/// measures get a title row (in the grid; the tabs name them already).
fn draw(app: &App, kind: PanelKind, rect: Rect, frame: &mut Frame, on: bool, framed: bool) {
    match kind {
        PanelKind::Measures if framed => {
            let lang = app.shared.lang();
            let label = keymap::labels(&focus_row(kind), "/");
            let block = Block::new()
                .borders(Borders::TOP)
                .border_type(border(on))
                .title(title(label, &i18n::panel_title(lang, kind), on));
            let inner = block.inner(rect);
            frame.render_widget(block, rect);
            super::board::render_measures(app, inner, frame, true);
        }
        // Under the tabs: a body too low for the legend row as well as the
        // cards (a laptop during a meeting) gives the row to the cards.
        PanelKind::Measures => {
            let legend = rect.height >= LEGEND_FROM;
            super::board::render_measures(app, rect, frame, legend);
        }
        PanelKind::Goals => goals::render(app, rect, frame, on),
        PanelKind::Staffing => staffing::render(app, rect, frame, on),
        PanelKind::Risks => risks::render(app, rect, frame, on),
        PanelKind::Deadlines => deadlines::render(app, rect, frame, on),
    }
}

/// The row of tabs on a small screen: every panel in order with its focus
/// key (`I mål  s bemanning  r risiko  v tiltak  f frister`), the one shown
/// marked `▸` and in bold reverse video.
fn render_tabs(app: &App, panels: &[PanelKind], shown: PanelKind, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for kind in panels {
        let row = focus_row(*kind);
        let word = i18n::cmd_hint(lang, Cmd::Focus(*kind).id());
        let on = *kind == shown;
        let text = format!(
            "{}{} {word} ",
            if on { "▸" } else { " " },
            keymap::labels(&row, "/")
        );
        let room = (area.width as usize).saturating_sub(used);
        let text = fit(&text, room);
        used += tavle_core::text::width(&text) + 1;
        let style = if on {
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            Style::new()
        };
        spans.push(Span::styled(text, style));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// How many rows (with its frame) a panel would fill on this board.
fn want(app: &App, kind: PanelKind) -> u16 {
    let Some(board) = app.board() else {
        return place::MIN_PANEL;
    };
    let today = app.shared.today();
    let rows = match kind {
        PanelKind::Goals => goals::rows(app),
        PanelKind::Staffing => staffing::rows(app),
        // The risks and the latest deviations (a few: the count per week
        // tells the rest) with their headings and the count per week; the
        // matrix (its rows and axes) beside them.
        PanelKind::Risks => {
            let deviations = crate::app::operations::risks::deviations(board).len();
            (board.risks.len().max(1) + deviations.clamp(1, 5) + 4).max(risks::MATRIX_ROWS)
        }
        // The deadlines under their weeks (or the wheel's events beside
        // them, whichever is longer), and the strip of the year below.
        PanelKind::Deadlines => {
            let rows = crate::app::operations::deadlines::rows(board, today);
            let events = (rows.iter())
                .filter(|r| matches!(r, crate::app::operations::deadlines::Row::Event { .. }))
                .count();
            let deadlines = rows.len() - events + 3;
            if app.screens.board.ops.deadlines.ring {
                deadlines.max(deadlines::RING_ROWS)
            } else {
                deadlines.max(events.min(4) + 1).max(5) + deadlines::STRIP_ROWS
            }
        }
        PanelKind::Measures => 0,
    };
    // The frame's two rows.
    u16::try_from(rows + 2).unwrap_or(u16::MAX)
}

/// `spans` cut at `w` cells, the last one cut with `…`.
fn cut(spans: Vec<Span<'static>>, w: usize) -> Line<'static> {
    let mut used = 0;
    let mut out = Vec::new();
    for s in spans {
        let room = w.saturating_sub(used);
        if room == 0 {
            break;
        }
        let text = fit(&s.content, room);
        used += tavle_core::text::width(&text);
        out.push(Span::styled(text, s.style));
    }
    Line::from(out)
}

//! The operations board's screen: the panels its file names (or the five
//! of an operations board), laid out around the measures (the columns).
//! Each panel draws itself in its own file; this file places them and
//! draws their frames, whose titles carry the key that gives each panel
//! the keyboard. Draws state, does nothing else.

mod deadlines;
mod goals;
mod risks;
mod staffing;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, BorderType};

use crate::app::App;
use crate::app::keymap;
use crate::app::operations::focus_row;
use crate::i18n;
use tavle_core::layout::{self, PanelKind};

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
    Block::bordered()
        .border_type(if focused {
            BorderType::Double
        } else {
            BorderType::Plain
        })
        .title(format!(" {label} {} ", i18n::panel_title(lang, kind)))
}

/// Draw the operations layout in `area`.
pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let Some(board) = app.board() else {
        return;
    };
    let panels = layout::panels(board);
    let focused = app.screens.board.ops.focused();
    let constraints: Vec<Constraint> = (panels.iter())
        .map(|p| match p {
            PanelKind::Measures => Constraint::Fill(3),
            _ => Constraint::Fill(1),
        })
        .collect();
    let areas = Layout::vertical(constraints).split(area);
    for (kind, rect) in panels.iter().zip(areas.iter()) {
        let on = *kind == focused;
        match kind {
            PanelKind::Measures => super::board::render(app, *rect, frame),
            PanelKind::Goals => goals::render(app, *rect, frame, on),
            PanelKind::Staffing => staffing::render(app, *rect, frame, on),
            PanelKind::Risks => risks::render(app, *rect, frame, on),
            PanelKind::Deadlines => deadlines::render(app, *rect, frame, on),
        }
    }
}

//! The risks panel of an operations board (`app::operations::risks`).

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::App;
use tavle_core::layout::PanelKind;

/// Draw the panel in `area`, framed; `focused`: it has the keyboard.
pub fn render(app: &App, area: Rect, frame: &mut Frame, focused: bool) {
    let block = super::panel_block(app, PanelKind::Risks, focused);
    frame.render_widget(block, area);
}

//! What the unit tests of the views share: a view drawn on a test screen,
//! and the text of a row of it or of all its rows.

use std::ops::Range;

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::{Frame, Terminal};

/// What `draw` draws on a test screen `w` cells wide and `h` rows high.
pub(crate) fn drawn(w: u16, h: u16, draw: impl FnOnce(&mut Frame)) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(draw).unwrap();
    t.backend().buffer().clone()
}

/// The symbols of the cells `xs` of row `y`, one after the other.
pub(crate) fn cells(buf: &Buffer, y: u16, xs: Range<u16>) -> String {
    xs.map(|x| buf[(x, y)].symbol()).collect()
}

/// The symbols of every row of `buf`, top to bottom, each the full width.
pub(crate) fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| cells(buf, y, 0..buf.area.width))
        .collect()
}

//! The zoomed card leaves the screen's last row to the hint bar.

use ratatui::widgets::Paragraph;

use super::*;
use crate::app::test_util::sample_app;
use crate::ui::test_util::{cells, drawn};

#[test]
fn the_zoomed_card_leaves_the_last_row_to_the_hint_bar() {
    let app = sample_app();
    let view = ZoomView {
        card: "f1".to_string(),
    };
    let buf = drawn(40, 12, |f| {
        // The hint bar, drawn first: the zoomed card must not cover it.
        f.render_widget(Paragraph::new("hint bar"), Rect::new(0, 11, 40, 1));
        render(&app, &view, Rect::new(0, 0, 40, 12), f);
    });
    let row = |y: u16| cells(&buf, y, 0..40);
    assert!(row(0).starts_with("┏━"), "{}", row(0));
    assert!(row(10).starts_with("┗━"), "{}", row(10));
    assert_eq!(row(11).trim_end(), "hint bar");
}

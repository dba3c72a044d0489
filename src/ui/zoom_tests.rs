//! The zoomed card leaves the screen's last row to the hint bar.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Paragraph;

use super::*;
use crate::app::Entry;
use crate::i18n::Lang;

/// The sample improvement board, its first (and only) board.
fn app() -> App {
    let a = crate::folder::store::analyze_bytes(
        include_bytes!("../../boards/sykehjem-forbedring.json").to_vec(),
    );
    let e = Entry::from_analysis(PathBuf::from("/mappe/sykehjem-forbedring.json"), a);
    App::new(
        Lang::En,
        PathBuf::from("/mappe"),
        vec![e],
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        Instant::now(),
    )
}

#[test]
fn the_zoomed_card_leaves_the_last_row_to_the_hint_bar() {
    let app = app();
    let view = ZoomView {
        card: "f1".to_string(),
    };
    let mut t = Terminal::new(TestBackend::new(40, 12)).unwrap();
    t.draw(|f| {
        // The hint bar, drawn first: the zoomed card must not cover it.
        f.render_widget(Paragraph::new("hint bar"), Rect::new(0, 11, 40, 1));
        render(&app, &view, Rect::new(0, 0, 40, 12), f);
    })
    .unwrap();
    let buf = t.backend().buffer();
    let row = |y: u16| (0..40).map(|x| buf[(x, y)].symbol()).collect::<String>();
    assert!(row(0).starts_with("┏━"), "{}", row(0));
    assert!(row(10).starts_with("┗━"), "{}", row(10));
    assert_eq!(row(11).trim_end(), "hint bar");
}

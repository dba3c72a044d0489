//! The grid of the matrix: each effect level's label halfway down its row.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::app::Entry;

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
fn each_effect_label_is_halfway_down_its_row() {
    let app = app();
    let board = app.board().unwrap();
    let mut t = Terminal::new(TestBackend::new(60, 13)).unwrap();
    t.draw(|f| render_grid(&app, board, Rect::new(0, 0, 60, 13), f))
        .unwrap();
    let buf = t.backend().buffer();
    // The labels are 8 cells wide (`medium` and a space each side); below
    // the header the three rows of the grid are 4 high from rows 1, 5 and
    // 9: high, medium and low halfway down them, on rows 3, 7 and 11.
    let labels: Vec<String> = (1..13)
        .map(|y| (0..8).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .map(|l| l.trim_end().to_string())
        .collect();
    let mut want = vec![String::new(); 12];
    want[2] = " high".to_string();
    want[6] = " medium".to_string();
    want[10] = " low".to_string();
    assert_eq!(labels, want);
    // The cells start right of the labels: the quick win top left. (Its
    // star is left out here: `ui::symbols` reads this file as a view.)
    let top: String = (8..25).map(|x| buf[(x, 1)].symbol()).collect();
    assert!(top.starts_with("┏ 7 "), "{top}");
    assert!(top.contains(" Quick win ┓"), "{top}");
}

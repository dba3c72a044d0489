//! The grid of the matrix: each effect level's label halfway down its row.

use super::*;
use crate::app::test_util::sample_app;
use crate::ui::test_util::{cells, drawn};

#[test]
fn each_effect_label_is_halfway_down_its_row() {
    let app = sample_app();
    let board = app.board().unwrap();
    let buf = drawn(60, 13, |f| {
        render_grid(&app, board, Rect::new(0, 0, 60, 13), f)
    });
    // The labels are 8 cells wide (`medium` and a space each side); below
    // the header the three rows of the grid are 4 high from rows 1, 5 and
    // 9: high, medium and low halfway down them, on rows 3, 7 and 11.
    let labels: Vec<String> = (1..13)
        .map(|y| cells(&buf, y, 0..8))
        .map(|l| l.trim_end().to_string())
        .collect();
    let mut want = vec![String::new(); 12];
    want[2] = " high".to_string();
    want[6] = " medium".to_string();
    want[10] = " low".to_string();
    assert_eq!(labels, want);
    // The cells start right of the labels: the quick win top left. (Its
    // star is left out here: `ui::symbols` reads this file as a view.)
    let top = cells(&buf, 1, 8..25);
    assert!(top.starts_with("┏ 7 "), "{top}");
    assert!(top.contains(" Quick win ┓"), "{top}");
}

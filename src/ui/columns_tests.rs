//! Where a column's cards land: each card on its own rows, the markers for
//! cards out of sight at the top and the foot, and only they dimmed.

use ratatui::buffer::Buffer;

use super::*;
use crate::app::test_util::sample_app;
use crate::ui::test_util::{self, rows};

/// Draw with `draw(app, entry, board, cards)` on a `w`×`h` screen, the
/// cards `ids` of the sample board.
fn drawn(
    ids: &[&str],
    w: u16,
    h: u16,
    draw: impl Fn(&App, &Entry, &Board, &[&Card], &mut Frame),
) -> Buffer {
    let app = sample_app();
    let entry = app.shared.entry().unwrap();
    let board = entry.board.as_deref().unwrap();
    let cards: Vec<&Card> = ids.iter().map(|id| board.card(id).unwrap()).collect();
    test_util::drawn(w, h, |f| draw(&app, entry, board, &cards, f))
}

/// Whether any cell of row `y` is dimmed.
fn dim(buf: &Buffer, y: u16) -> bool {
    (0..buf.area.width).any(|x| buf[(x, y)].modifier.contains(Modifier::DIM))
}

/// The first column of the sample board: four ideas, none archived.
const IDEAS: [&str; 4] = ["f1", "f2", "f3", "f4"];

#[test]
fn a_compact_column_has_a_card_on_each_row() {
    // Four cards in six rows: no markers, each card one line, in order.
    let buf = drawn(&IDEAS, 30, 6, |app, e, b, c, f| {
        render_compact(app, e, b, c, None, Rect::new(0, 0, 30, 6), f);
    });
    let rows = rows(&buf);
    assert!(rows[0].starts_with("○ La bebuarane velje"), "{}", rows[0]);
    assert!(rows[1].starts_with("○ Namn og bilete"), "{}", rows[1]);
    assert!(rows[2].starts_with("○ Stille stove"), "{}", rows[2]);
    assert!(rows[3].starts_with("○ Sansehage"), "{}", rows[3]);
    assert_eq!(rows[4].trim(), "");
    assert_eq!(rows[5].trim(), "");
}

#[test]
fn a_scrolled_compact_column_marks_the_cards_above_and_below_and_dims_only_the_marks() {
    // All 13 cards in 5 rows (from row 1 of 7), the seventh (f7) selected
    // and expanded to its title and one line more: f7 and f8 are shown,
    // the 6 before are marked above, the 5 after below.
    let all = [
        "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12", "f13",
    ];
    let buf = drawn(&all, 30, 7, |app, e, b, c, f| {
        render_compact(app, e, b, c, Some(6), Rect::new(0, 1, 30, 5), f);
    });
    let rows = rows(&buf);
    assert_eq!(rows[0].trim(), "");
    assert_eq!(rows[1].trim(), "↑ 6");
    assert!(
        rows[2].starts_with("● Måltidsvert ved middag"),
        "{}",
        rows[2]
    );
    assert!(rows[3].starts_with("Randi"), "{}", rows[3]);
    assert!(rows[4].starts_with("▲ Sensormatte"), "{}", rows[4]);
    assert_eq!(rows[5].trim(), "↓ 5");
    assert_eq!(rows[6].trim(), "");
    let dimmed: Vec<bool> = (0..7).map(|y| dim(&buf, y)).collect();
    assert_eq!(dimmed, [false, true, false, false, false, true, false]);
}

#[test]
fn boxed_cards_are_one_under_the_other() {
    // With one title line and one line for the source, each box is 4 rows.
    let buf = drawn(&IDEAS[..2], 30, 10, |app, e, b, c, f| {
        render_boxed(app, e, b, c, None, 1, Rect::new(0, 0, 30, 10), f);
    });
    let rows = rows(&buf);
    assert!(rows[0].starts_with("╭──"), "{}", rows[0]);
    assert!(rows[1].starts_with("│○ La bebuarane"), "{}", rows[1]);
    assert!(rows[2].starts_with("│from user "), "{}", rows[2]);
    assert!(rows[3].starts_with("╰──"), "{}", rows[3]);
    assert!(rows[4].starts_with("╭──"), "{}", rows[4]);
    assert!(rows[5].starts_with("│○ Namn og bilete"), "{}", rows[5]);
    assert!(rows[6].starts_with("│from relative "), "{}", rows[6]);
    assert!(rows[7].starts_with("╰──"), "{}", rows[7]);
    assert_eq!(rows[8].trim(), "");
}

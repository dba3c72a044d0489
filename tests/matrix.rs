//! The priority matrix (`P`, issue 21.3): the ideas of an improvement
//! board on an effect × effort grid, placed by a digit laid out like a
//! numpad, moved to the neighbouring cell with Shift+arrows or H J K L,
//! taken out with `0` or `x` — each placement one op, logged as a
//! prioritisation and undone with `u`, the selection following the idea.
//! The view at 80×24 and 200×60: the quick-win cell marked by more than
//! colour, the ideas not placed listed beside the grid (below it on a
//! narrow screen).

mod ideas_support;

use crossterm::event::{KeyCode, KeyModifiers};
use ideas_support::Ideas;
use tavle::app::Screen;
use tavle::app::matrix::{Spot, ideas};
use tavle::i18n::{IntakeMsg, Msg};
use tavle::ops::Change;
use tavle_core::improvement::Cell;

/// The app on the improvement board's matrix.
fn matrix() -> Ideas {
    let mut i = Ideas::new();
    let path = i.improvement();
    i.open(&path);
    i.ch('P');
    assert_eq!(i.app.screen, Screen::Matrix);
    i
}

/// (effect, effort) of card `id` on disk.
fn placed(i: &Ideas, id: &str) -> (Option<u8>, Option<u8>) {
    let board = i.disk(&i.improvement());
    let c = board.card(id).unwrap();
    (c.effect, c.effort)
}

fn selected(i: &Ideas) -> (Spot, Option<&str>) {
    let m = &i.app.screens.matrix;
    (m.spot, m.card.as_deref())
}

fn cell(effect: u8, effort: u8) -> Spot {
    Spot::Grid(Cell::new(effect, effort).unwrap())
}

#[test]
fn the_ideas_are_the_open_cards_of_the_ideas_column() {
    let i = Ideas::new();
    let board = i.disk(&i.improvement());
    let ids: Vec<&str> = ideas(&board).iter().map(|c| c.id.as_str()).collect();
    // Not the archived idea, not the card under planning.
    assert_eq!(ids, ["i1", "i2", "i3", "i4"]);
}

#[test]
fn a_board_without_an_ideas_column_shows_its_open_cards_not_done() {
    let i = Ideas::new();
    let board = i.disk(&i.operations());
    let ids: Vec<&str> = ideas(&board).iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["k1"]);
}

#[test]
fn a_digit_places_the_idea_as_one_logged_op_and_undo_takes_it_out_again() {
    let mut i = matrix();
    let path = i.improvement();
    // The first idea not placed is selected when the matrix opens.
    assert_eq!(selected(&i), (Spot::Unplaced, Some("i3")));
    let logged = i.log(&path).len();
    i.ch('7');
    assert_eq!(placed(&i, "i3"), (Some(3), Some(1)), "7 is the quick win");
    let log = i.log(&path);
    assert_eq!(log.len(), logged + 1, "one op");
    match &log.last().unwrap().change {
        Change::Prioritised {
            card,
            effect,
            effort,
            ..
        } => {
            assert_eq!(card, "i3");
            assert_eq!((*effect, *effort), (Some(3), Some(1)));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        selected(&i),
        (cell(3, 1), Some("i3")),
        "the selection went along"
    );
    i.ch('u');
    assert_eq!(placed(&i, "i3"), (None, None));
    assert_eq!(selected(&i), (Spot::Unplaced, Some("i3")));
}

#[test]
fn shift_arrows_and_hjkl_move_the_idea_to_the_neighbouring_cell_and_undo_moves_it_back() {
    let mut i = matrix();
    i.ch('5');
    assert_eq!(placed(&i, "i3"), (Some(2), Some(2)));
    i.key_mod(KeyCode::Left, KeyModifiers::SHIFT);
    assert_eq!(placed(&i, "i3"), (Some(2), Some(1)), "less effort");
    i.ch('K');
    assert_eq!(placed(&i, "i3"), (Some(3), Some(1)), "more effect");
    // At the top edge there is no cell above: nothing changes.
    let logged = i.log(&i.improvement()).len();
    i.key_mod(KeyCode::Up, KeyModifiers::SHIFT);
    assert_eq!(placed(&i, "i3"), (Some(3), Some(1)));
    assert_eq!(i.log(&i.improvement()).len(), logged);
    i.ch('L');
    i.ch('J');
    assert_eq!(placed(&i, "i3"), (Some(2), Some(2)));
    // Undo, step by step, through the cells it stood in.
    i.ch('u');
    assert_eq!(placed(&i, "i3"), (Some(3), Some(2)));
    assert_eq!(selected(&i), (cell(3, 2), Some("i3")));
    i.ch('u');
    assert_eq!(placed(&i, "i3"), (Some(3), Some(1)));
    assert_eq!(selected(&i), (cell(3, 1), Some("i3")));
}

#[test]
fn zero_or_x_takes_a_placed_idea_out_of_the_grid() {
    let mut i = matrix();
    // From the list, ← goes to the grid: the quick-win cell, its first idea.
    i.key(KeyCode::Left);
    assert_eq!(selected(&i), (cell(3, 1), Some("i1")));
    i.ch('x');
    assert_eq!(placed(&i, "i1"), (None, None));
    assert_eq!(selected(&i).0, Spot::Unplaced);
    i.ch('9');
    assert_eq!(placed(&i, "i1"), (Some(3), Some(3)));
    i.ch('0');
    assert_eq!(placed(&i, "i1"), (None, None));
    i.ch('u');
    assert_eq!(placed(&i, "i1"), (Some(3), Some(3)), "undo puts it back");
}

#[test]
fn an_idea_not_placed_is_placed_by_digit_before_it_can_be_moved() {
    let mut i = matrix();
    let before = i.disk(&i.improvement());
    i.ch('K');
    assert_eq!(i.disk(&i.improvement()), before);
    let notice = i.app.shared.notice().expect("a notice");
    assert_eq!(notice.msg, Msg::Intake(IntakeMsg::PlaceFirst));
    // An idea with an effect but no effort is not placed: a digit places it whole.
    i.key(KeyCode::Down);
    assert_eq!(selected(&i), (Spot::Unplaced, Some("i4")));
    i.ch('3');
    assert_eq!(placed(&i, "i4"), (Some(1), Some(3)));
}

#[test]
fn arrows_walk_the_ideas_and_cells_and_enter_shows_the_card_and_esc_comes_back() {
    let mut i = matrix();
    // Up from the top of the list: back to the grid.
    i.key(KeyCode::Up);
    assert_eq!(selected(&i), (cell(3, 1), Some("i1")));
    i.key(KeyCode::Right);
    assert_eq!(selected(&i), (cell(3, 2), None), "an empty cell");
    i.key(KeyCode::Right);
    assert_eq!(selected(&i), (cell(3, 3), Some("i2")));
    i.key(KeyCode::Down);
    assert_eq!(selected(&i), (cell(2, 3), None));
    // → past the right edge: the list.
    i.ch('l');
    assert_eq!(selected(&i), (Spot::Unplaced, Some("i3")));
    i.ch('h');
    i.ch('k');
    assert_eq!(selected(&i), (cell(3, 3), Some("i2")));
    i.key(KeyCode::Enter);
    assert_eq!(i.app.screen, Screen::Card);
    assert_eq!(i.app.screens.card.id.as_deref(), Some("i2"));
    i.key(KeyCode::Esc);
    assert_eq!(i.app.screen, Screen::Matrix);
    assert_eq!(selected(&i), (cell(3, 3), Some("i2")), "still on the idea");
    // q: back to the board, the idea selected there.
    i.ch('q');
    assert_eq!(i.app.screen, Screen::Board);
    assert_eq!(i.app.screens.board.card.as_deref(), Some("i2"));
}

#[test]
fn the_matrix_at_80x24_marks_the_quick_win_and_lists_the_ideas_not_placed_beside_it() {
    let i = matrix();
    let text = i.text(80, 24);
    let lines: Vec<&str> = text.lines().collect();
    // The quick-win cell: its star and words, in a double border.
    let star = lines.iter().position(|l| l.contains("7 ★")).expect(&text);
    assert!(lines[star].contains('╔'), "{}", lines[star]);
    assert!(text.contains("Rask gevinst"), "{text}");
    // Its idea inside it, the other cells' ideas in theirs.
    assert!(lines[star + 1].contains("Rask idé"), "{text}");
    assert!(lines[star + 1].contains("Stor satsing"), "{text}");
    // The list beside the grid: on the same rows, to the right.
    let list = lines[star - 1].find("Ikke plassert (2)").expect(&text);
    let at = |l: &str, s: &str| l.find(s).map(|b| l[..b].chars().count());
    let uplassert = lines.iter().find_map(|l| at(l, "Uplassert idé")).unwrap();
    assert!(uplassert > 50, "beside the grid: {uplassert}");
    assert!(list > 50);
    assert!(text.contains("Halvveis"));
    // The axes' levels are words.
    for w in ["høy", "middels", "lav"] {
        assert!(text.contains(w), "{w}");
    }
    insta::assert_snapshot!("matrix_80x24", i.draw(80, 24).backend());
}

#[test]
fn the_matrix_at_200x60_has_room_for_long_titles_and_many_ideas() {
    let mut i = Ideas::crowded(12);
    let path = i.improvement();
    i.open(&path);
    i.ch('P');
    let big = i.text(200, 60);
    for n in [1, 12] {
        let title = format!("Idé nummer {n}: faste tider for morgenstellet");
        assert!(big.contains(&title), "{title}: {big}");
    }
    // At 80×24 cell 5 holds a few and counts the rest.
    let small = i.text(80, 24);
    let more = small
        .lines()
        .find_map(|l| {
            let at = l.find("+")?;
            let n: String = l[at + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            n.parse::<usize>().ok()
        })
        .expect(&small);
    let shown = small.matches("Idé nummer").count();
    assert_eq!(shown + more, 12, "{small}");
    insta::assert_snapshot!("matrix_200x60", i.draw(200, 60).backend());
}

#[test]
fn on_a_narrow_screen_the_ideas_not_placed_go_below_the_grid() {
    let i = matrix();
    let text = i.text(64, 30);
    let lines: Vec<&str> = text.lines().collect();
    let grid_bottom = lines.iter().rposition(|l| l.contains("3 ─")).unwrap();
    let list = lines
        .iter()
        .position(|l| l.contains("Ikke plassert"))
        .unwrap();
    assert!(list > grid_bottom, "{text}");
}

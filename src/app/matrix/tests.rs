//! The matrix's digits and keys as data.

use super::*;

#[test]
fn no_two_actions_share_a_key() {
    assert_eq!(crate::app::keymap::clashes(KEYS), []);
}

#[test]
fn the_digits_are_laid_out_like_a_numpad() {
    // 7 top left is the quick win; 3 bottom right is low effect, high effort.
    assert_eq!(numpad(7), Some(QUICK_WIN));
    assert_eq!(numpad(3), Cell::new(1, 3));
    assert_eq!(numpad(5), Cell::new(2, 2));
    assert_eq!(numpad(9), Cell::new(3, 3));
    assert_eq!(numpad(0), None);
    assert_eq!(numpad(10), None);
    for n in 1..=9 {
        assert_eq!(numpad(n).map(digit), Some(n));
    }
}

#[test]
fn each_digit_key_asks_for_its_own_cell() {
    for c in '1'..='9' {
        let ev =
            crossterm::event::KeyEvent::new(KeyCode::Char(c), crossterm::event::KeyModifiers::NONE);
        let n = c.to_digit(10).unwrap() as u8;
        assert_eq!(
            crate::app::keymap::lookup(KEYS, &ev),
            Some(Cmd::Matrix(MatrixCmd::Place(n)))
        );
    }
}

#[test]
fn placing_an_idea_sets_both_its_effect_and_its_effort() {
    let placed = place_op("f2", Cell::new(3, 1));
    assert_eq!(
        placed,
        Op::Card(CardOp::Set {
            id: "f2".to_string(),
            patch: CardPatch {
                effect: Some(Some(3)),
                effort: Some(Some(1)),
                ..CardPatch::default()
            },
        })
    );
    // Out of the grid: both are cleared, not left as they were.
    assert_eq!(
        place_op("f2", None),
        Op::Card(CardOp::Set {
            id: "f2".to_string(),
            patch: CardPatch {
                effect: Some(None),
                effort: Some(None),
                ..CardPatch::default()
            },
        })
    );
}

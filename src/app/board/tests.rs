//! The board screen's key table: one action per key, and lookups.

use super::*;
use crossterm::event::KeyModifiers;

#[test]
fn no_two_actions_share_a_key() {
    assert_eq!(super::super::keymap::clashes(KEYS), []);
}

#[test]
fn lookups() {
    use super::super::keymap::lookup;
    let k = |code, mods| KeyEvent::new(code, mods);
    assert_eq!(
        lookup(KEYS, &k(KeyCode::Right, KeyModifiers::NONE)),
        Some(Cmd::Right)
    );
    assert_eq!(
        lookup(KEYS, &k(KeyCode::Char('h'), KeyModifiers::NONE)),
        Some(Cmd::Left)
    );
    assert_eq!(
        lookup(KEYS, &k(KeyCode::Right, KeyModifiers::SHIFT)),
        Some(Cmd::MoveRight)
    );
    assert_eq!(
        lookup(KEYS, &k(KeyCode::Char('K'), KeyModifiers::SHIFT)),
        Some(Cmd::MoveUp)
    );
    assert_eq!(
        lookup(KEYS, &k(KeyCode::Char('>'), KeyModifiers::SHIFT)),
        Some(Cmd::MoveRight)
    );
    assert_eq!(
        lookup(
            super::super::global::KEYS,
            &k(KeyCode::Char('r'), KeyModifiers::CONTROL)
        ),
        Some(Cmd::Redo)
    );
    assert_eq!(
        lookup(KEYS, &k(KeyCode::Char('y'), KeyModifiers::NONE)),
        None
    );
}

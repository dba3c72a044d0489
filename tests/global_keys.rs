//! The global keys work on every screen, from the one table: `?` opens help
//! and Ctrl+C quits everywhere, `u` undoes on every screen of a board, and
//! Tab steps to the next board where the board tabs are in force.

mod common;

use common::Room;
use crossterm::event::{KeyCode, KeyModifiers};
use tavle::app::{Overlay, Screen};

/// The screens, each with the keys that reach it from the board (the
/// merge screen needs conflict copies, so it is put on view directly).
const SCREENS: &[(&str, &[KeyCode])] = &[
    ("board", &[]),
    ("panel", &[KeyCode::Char('b')]),
    ("card", &[KeyCode::Enter]),
    ("plan", &[KeyCode::Char('p')]),
    ("indicators", &[KeyCode::Char('i')]),
    ("meeting", &[KeyCode::Char('M')]),
    ("overview", &[KeyCode::Esc]),
    // The day asked for first: `forrige uke` as offered.
    (
        "changes",
        &[KeyCode::Esc, KeyCode::Char('s'), KeyCode::Enter],
    ),
    ("merge", &[]),
];

fn on(name: &str) -> Room {
    let mut room = Room::new();
    let (_, keys) = SCREENS.iter().find(|(n, _)| *n == name).unwrap();
    for k in *keys {
        room.key(*k);
    }
    if name == "merge" {
        room.app.screen = Screen::Merge;
    }
    let expected = match name {
        "board" | "panel" => Screen::Board,
        "card" => Screen::Card,
        "plan" => Screen::Plan,
        "indicators" => Screen::Indicators,
        "meeting" => Screen::Meeting,
        "overview" => Screen::Overview,
        "changes" => Screen::Changes,
        _ => Screen::Merge,
    };
    assert_eq!(room.app.screen, expected, "{name}");
    assert_eq!(room.app.screens.board.panel.focused, name == "panel");
    assert!(room.app.overlay.is_none(), "{name}: {:?}", room.app.overlay);
    room
}

#[test]
fn help_and_quit_work_on_every_screen() {
    for (name, _) in SCREENS {
        let mut room = on(name);
        room.key(KeyCode::Char('?'));
        assert_eq!(room.app.overlay, Some(Overlay::Help), "{name}");

        let mut room = on(name);
        assert!(!room.app.shared.quit());
        room.key_mod(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert!(room.app.shared.quit(), "{name}");
    }
}

#[test]
fn undo_works_on_every_screen_of_a_board() {
    for name in ["board", "panel", "card", "plan", "indicators", "meeting"] {
        let mut room = Room::new();
        let id = room.app.screens.board.card.clone().unwrap();
        let light = |room: &Room| room.disk().card(&id).unwrap().light;
        let before = light(&room);
        room.key(KeyCode::Char(' '));
        assert_ne!(light(&room), before, "{name}: the light changed");
        // Leave the board for the screen, then undo there.
        room.key(KeyCode::Esc);
        room.key(KeyCode::Enter);
        let mut keys = SCREENS.iter().find(|(n, _)| *n == name).unwrap().1.iter();
        for k in keys.by_ref() {
            room.key(*k);
        }
        room.key(KeyCode::Char('u'));
        assert_eq!(light(&room), before, "{name}: undone");
    }
}

#[test]
fn tab_steps_to_the_next_board_where_the_tabs_are_in_force() {
    for (name, steps) in [
        ("board", true),
        ("plan", true),
        ("indicators", true),
        ("panel", false),
        ("card", false),
        ("meeting", false),
    ] {
        let mut room = on(name);
        let before = room.app.shared.current();
        room.key(KeyCode::Tab);
        assert_eq!(room.app.shared.current() != before, steps, "{name}");
    }
}

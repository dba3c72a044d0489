//! A card command means the same op on the board and on the card screen
//! (issue 19.7: move and archive are written once): the light keys, cycling
//! the light, archiving and moving the card a column over, pressed on the
//! same card from either screen, ask the worker for the same ops.

use std::path::Path;
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tavle::app::{App, Effect, Event, Screen};
use tavle::i18n::Lang;
use tavle::ops::{CardOp, Op};

const BOARDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/boards");

fn app() -> App {
    let dir = Path::new(BOARDS);
    let entries = tavle::tui::load_all(dir).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut app = App::new(Lang::En, dir.into(), entries, today, Instant::now());
    app.open_path(&dir.join("hjemmetjenesten-nord.json"));
    assert_eq!(app.screen, Screen::Board);
    app
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    app.update(Event::Key(KeyEvent::new(code, mods)), Instant::now())
}

/// The ops asked for by `effects` (nothing is saved: the effects are only read).
fn ops(effects: Vec<Effect>) -> Vec<Op> {
    effects
        .into_iter()
        .flat_map(|e| match e {
            Effect::Apply { ops, .. } => ops,
            _ => Vec::new(),
        })
        .collect()
}

/// The ops pressing `code` asks for on the board, and on the card screen
/// of the same card, each from a fresh app.
fn on_both(code: KeyCode, mods: KeyModifiers) -> (Vec<Op>, Vec<Op>) {
    let mut board = app();
    // The second card of the first column: a move left has nowhere to go,
    // a move right has.
    key(&mut board, KeyCode::Down, KeyModifiers::NONE);
    let on_board = ops(key(&mut board, code, mods));

    let mut card = app();
    key(&mut card, KeyCode::Down, KeyModifiers::NONE);
    key(&mut card, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(card.screen, Screen::Card);
    let on_card = ops(key(&mut card, code, mods));
    (on_board, on_card)
}

#[test]
fn a_card_command_is_the_same_op_on_the_board_and_the_card_screen() {
    let shift = KeyModifiers::SHIFT;
    let none = KeyModifiers::NONE;
    let mut kinds = Vec::new();
    for (code, mods) in [
        (KeyCode::Char('x'), none),
        (KeyCode::Char('>'), none),
        (KeyCode::Right, shift),
        (KeyCode::Char('<'), none),
        (KeyCode::Char(' '), none),
        (KeyCode::Char('3'), none),
    ] {
        let (on_board, on_card) = on_both(code, mods);
        assert_eq!(on_board, on_card, "{code:?} {mods:?}");
        kinds.extend(on_board.iter().map(|op| match op {
            Op::Card(CardOp::Move { column, .. }) => format!("move to {column}"),
            Op::Card(CardOp::Set { patch, .. }) if patch.archived.is_some() => "archive".into(),
            Op::Card(CardOp::Set { patch, .. }) if patch.light.is_some() => "light".into(),
            other => format!("{other:?}"),
        }));
    }
    // What was compared is what the keys are for: an archive, two moves
    // right to the next column (none left, from the first column), lights.
    assert_eq!(
        kinds.iter().filter(|k| *k == "archive").count(),
        1,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| k.starts_with("move to")).count(),
        2,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| *k == "light").count(),
        2,
        "{kinds:?}"
    );
}

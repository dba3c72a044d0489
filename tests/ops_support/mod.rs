//! The fixture the risks and deadlines panel tests share: the room with
//! the sample operations board changed as a test needs and opened again
//! from disk on a given day (in any language), and the keys and reads a
//! form and the screen take. Only the fixture lives here, no test; each
//! test binary uses part of it, so unused items are allowed.
#![allow(dead_code)]

use chrono::{Duration, NaiveDate};
use crossterm::event::KeyCode;
use serde_json::{Value, json};
use tavle::app::{App, Overlay, Screen};
use tavle::i18n::Lang;

use super::common::Room;

/// The day the common room starts on.
fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// The room with the sample operations board changed by `change`, opened
/// again from disk on `today`.
pub fn room_on(today: NaiveDate, change: impl FnOnce(&mut Value)) -> Room {
    let mut room = Room::new();
    let path = room.board();
    let mut b: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    change(&mut b);
    std::fs::write(&path, serde_json::to_string_pretty(&b).unwrap()).unwrap();
    relaunch(&mut room, Lang::Nb, today);
    room
}

/// The app started again on the room's folder in `lang` on `today`, the
/// sample operations board open.
pub fn relaunch(room: &mut Room, lang: Lang, today: NaiveDate) {
    room.app = App::new(
        lang,
        room.dir.clone(),
        tavle::tui::load_all(&room.dir).unwrap(),
        today,
        std::time::Instant::now(),
    );
    room.at(Duration::days((today - start()).num_days()).num_seconds());
    room.app.open_path(&room.board());
    assert_eq!(room.app.screen, Screen::Board);
}

/// Empty the editor's field with the cursor and type `text` into it.
pub fn field(room: &mut Room, text: &str) {
    room.key(KeyCode::End);
    for _ in 0..40 {
        room.key(KeyCode::Backspace);
    }
    room.typ(text);
}

/// The next field of the form.
pub fn next(room: &mut Room) {
    room.key(KeyCode::Tab);
}

pub fn editor_open(room: &Room) -> bool {
    matches!(room.app.overlay, Some(Overlay::Editor(_)))
}

/// The notice line's text.
pub fn notice(room: &Room) -> String {
    let n = room.app.shared.notice().expect("a notice");
    tavle::i18n::msg(room.app.lang(), &n.msg)
}

/// The lines of the screen from the one that holds `from` up to the one
/// that holds `to` (not included).
pub fn section(screen: &str, from: &str, to: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let a = (lines.iter().position(|l| l.contains(from)))
        .unwrap_or_else(|| panic!("no {from}:\n{screen}"));
    let b = (a + 1..lines.len())
        .find(|&i| lines[i].contains(to))
        .unwrap_or(lines.len());
    lines[a..b].join("\n")
}

// The risks panel's room.

/// Today in the room: Tuesday 24 November 2026, ISO week 48.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// The room with the sample operations board given `risks` and
/// `deviations`, the panel alone on the board's screen (its view does not
/// then depend on how the layout shares the screen among the panels).
pub fn room_with(risks: Value, deviations: Value) -> Room {
    room_on(today(), |b| {
        b["risks"] = risks;
        b["deviations"] = deviations;
        b["panels"] = json!(["risks"]);
    })
}

pub fn empty() -> Room {
    room_with(json!([]), json!([]))
}

/// Three risks and five deviations over four weeks.
pub fn filled() -> Room {
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

pub fn open_panel(room: &mut Room) {
    room.key(KeyCode::Char('r'));
    assert!(
        room.app.screens.board.ops.risks.focused,
        "r gives the risks panel the keyboard"
    );
}

/// A valid national identity number born 15.03.1985, its check digits
/// worked out here by the mod-11 rule (not by the code under test).
pub fn identity_number() -> String {
    const W1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    const W2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let control =
        |d: &[u32], w: &[u32]| match 11 - d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11 {
            11 => Some(0),
            10 => None,
            k => Some(k),
        };
    for i in 100..500 {
        let mut d: Vec<u32> = vec![1, 5, 0, 3, 8, 5, i / 100, i / 10 % 10, i % 10];
        let Some(k1) = control(&d, &W1) else { continue };
        d.push(k1);
        let Some(k2) = control(&d, &W2) else { continue };
        d.push(k2);
        return d
            .iter()
            .map(|x| char::from_digit(*x, 10).unwrap())
            .collect();
    }
    unreachable!("some individual number has check digits")
}

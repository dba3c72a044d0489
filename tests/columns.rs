//! Columns from the board, as a facilitator does it: `N` adds one right of
//! the selected column, `C` renames it or sets its WIP limit, `H`/`L` move
//! it; each is saved through an op with an inverse, so `u` undoes it and
//! `Ctrl+R` redoes it, the change log records it, and the minutes list it.

use crossterm::event::{KeyCode, KeyModifiers};
use tavle::app::Overlay;

mod common;
use common::Room;

fn ids(r: &Room) -> Vec<String> {
    r.disk().columns.iter().map(|c| c.id.clone()).collect()
}

/// The change log of the sample board, line by line.
fn log(r: &Room) -> Vec<String> {
    let path = r.dir.join(".tavle/hjemmetjenesten-nord.log.jsonl");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Select the column `id` on the board with → from the first column.
fn select(r: &mut Room, id: &str) {
    let at = ids(r).iter().position(|c| c == id).unwrap();
    for _ in 0..4 {
        r.key(KeyCode::Left);
    }
    for _ in 0..at {
        r.key(KeyCode::Right);
    }
    assert_eq!(r.app.screens.board.column.as_deref(), Some(id));
}

fn redo(r: &mut Room) {
    r.key_mod(KeyCode::Char('r'), KeyModifiers::CONTROL);
}

#[test]
fn a_column_is_added_right_of_the_selected_one_with_its_limit_and_undone() {
    let mut r = Room::new();
    let before = r.disk().columns;
    select(&mut r, "pagar");
    r.key(KeyCode::Char('N'));
    assert!(matches!(r.app.overlay, Some(Overlay::Editor(_))));
    r.typ("Til vurdering");
    r.key(KeyCode::Tab);
    r.typ("2");
    r.key(KeyCode::Enter);
    assert_eq!(r.app.overlay, None);
    assert_eq!(
        ids(&r),
        ["i-dag", "pagar", "til-vurdering", "venter", "ferdig"]
    );
    let col = r.disk().columns[2].clone();
    assert_eq!((col.title.as_str(), col.wip), ("Til vurdering", Some(2)));
    let last = log(&r).pop().unwrap();
    assert!(
        last.contains(
            r#""change":"column_added","column":"til-vurdering","title":"Til vurdering","wip":2"#
        ),
        "{last}"
    );
    r.key(KeyCode::Char('u'));
    assert_eq!(r.disk().columns, before, "undo takes it away");
    redo(&mut r);
    assert_eq!(r.disk().columns[2], col, "redo puts it back as it was");
}

#[test]
fn a_bad_limit_keeps_the_dialog_open_and_nothing_is_saved() {
    let mut r = Room::new();
    let before = r.disk();
    r.key(KeyCode::Char('N'));
    r.typ("Ny");
    r.key(KeyCode::Tab);
    r.typ("0");
    r.key(KeyCode::Enter);
    match &r.app.overlay {
        Some(Overlay::Editor(ed)) => {
            assert_eq!(ed.error, Some(tavle::i18n::Msg::BadLimit("0".into())));
            assert_eq!(ed.get(tavle::app::Field::Title), "Ny", "the typing is kept");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(r.disk(), before);
}

#[test]
fn a_column_is_renamed_and_limited_in_one_step_and_undone_in_one() {
    let mut r = Room::new();
    select(&mut r, "venter");
    r.key(KeyCode::Char('C'));
    for _ in 0.."Venter på andre".chars().count() {
        r.key(KeyCode::Backspace);
    }
    r.typ("Venter");
    r.key(KeyCode::Tab);
    r.typ("3");
    r.key(KeyCode::Enter);
    let col = r.disk().columns[2].clone();
    assert_eq!((col.title.as_str(), col.wip), ("Venter", Some(3)));
    let last = log(&r).pop().unwrap();
    assert!(
        last.contains(r#""renamed_from":"Venter på andre""#),
        "{last}"
    );
    assert!(last.contains(r#""wip":{"to":3}"#), "{last}");
    r.key(KeyCode::Char('u'));
    let col = r.disk().columns[2].clone();
    assert_eq!((col.title.as_str(), col.wip), ("Venter på andre", None));
    // Nothing changed: nothing saved, nothing logged.
    let lines = log(&r).len();
    r.key(KeyCode::Char('C'));
    r.key(KeyCode::Enter);
    assert_eq!(log(&r).len(), lines);
}

#[test]
fn columns_move_left_and_right_and_stop_at_the_ends() {
    let mut r = Room::new();
    select(&mut r, "venter");
    r.key(KeyCode::Char('H'));
    assert_eq!(ids(&r), ["i-dag", "venter", "pagar", "ferdig"]);
    r.key(KeyCode::Char('H'));
    r.key(KeyCode::Char('H'));
    assert_eq!(ids(&r), ["venter", "i-dag", "pagar", "ferdig"]);
    // The selection goes with the column.
    assert_eq!(r.app.screens.board.column.as_deref(), Some("venter"));
    r.key(KeyCode::Char('u'));
    r.key(KeyCode::Char('u'));
    assert_eq!(ids(&r), ["i-dag", "pagar", "venter", "ferdig"]);
    // Past the finished column: it stays finished, and undo puts the file back.
    let before = r.disk().columns;
    let done_before: Vec<bool> = r.disk().cards.iter().map(|c| r.disk().is_done(c)).collect();
    r.key(KeyCode::Char('L'));
    r.key(KeyCode::Char('L'));
    assert_eq!(ids(&r), ["i-dag", "pagar", "ferdig", "venter"]);
    let b = r.disk();
    let done_after: Vec<bool> = b.cards.iter().map(|c| b.is_done(c)).collect();
    assert_eq!(
        done_after, done_before,
        "no card changed from finished or back"
    );
    r.key(KeyCode::Char('u'));
    assert_eq!(r.disk().columns, before);
}

#[test]
fn the_minutes_list_what_the_meeting_did_to_the_columns_net() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    select(&mut r, "pagar");
    // A new column, a limit changed, a move taken back, a rename.
    r.key(KeyCode::Char('N'));
    r.typ("Til vurdering");
    r.key(KeyCode::Enter);
    r.key(KeyCode::Char('C'));
    r.key(KeyCode::Tab);
    r.key(KeyCode::Backspace);
    r.typ("5");
    r.key(KeyCode::Enter);
    r.key(KeyCode::Char('L'));
    r.key(KeyCode::Char('H'));
    select(&mut r, "ferdig");
    r.key(KeyCode::Char('H'));
    r.at(120);
    r.end_meeting();
    let file = r.dir.join("referater/2026-11-24-hjemmetjenesten-nord.md");
    let minutes = std::fs::read_to_string(&file).unwrap();
    for expected in [
        "## Kolonner",
        "- Ny kolonne: Til vurdering\n",
        "- WIP-grense: Pågår: 4 → 5\n",
        "- Ny rekkefølge: I dag · Pågår · Til vurdering · Ferdig · Venter på andre\n",
    ] {
        assert!(minutes.contains(expected), "{expected:?} in:\n{minutes}");
    }
    assert!(!minutes.contains("Nytt navn"), "{minutes}");
}

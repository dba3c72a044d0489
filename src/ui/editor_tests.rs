//! Where the card form's fields land: one under the other, the note five
//! lines high, with markers for fields out of sight.

use tavle_core::model::Card;

use super::*;
use crate::app::test_util::sample_app;
use crate::ui::test_util::{self, rows};

/// The sample app and the card f1 of its board, the one the form is on.
fn app_and_f1() -> (App, Card) {
    let app = sample_app();
    let card = app.board().unwrap().card("f1").unwrap().clone();
    (app, card)
}

/// The rows of the form `ed` drawn on a `w`×`h` screen.
fn drawn(app: &App, ed: &Editor, w: u16, h: u16) -> Vec<String> {
    rows(&test_util::drawn(w, h, |f| {
        render(app, ed, Rect::new(0, 0, w, h), f)
    }))
}

/// The label of each row of the form (its cells 3 to 15), trimmed.
fn labels_of(rows: &[String]) -> Vec<String> {
    (rows.iter())
        .map(|r| {
            r.chars()
                .skip(3)
                .take(13)
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect()
}

#[test]
fn the_fields_of_the_card_form_are_one_under_the_other() {
    let (app, card) = app_and_f1();
    let ed = Editor::card(&card);
    // 8 fields, the note 5 lines: 12 rows, + a blank line, 2 of keys and
    // the frame: 17 rows, centred on 30 from row 6. The fields from row 7.
    let rows = drawn(&app, &ed, 80, 30);
    let labels = labels_of(&rows);
    let want = [
        "Title",
        "Owner",
        "Due",
        "Note",
        "",
        "",
        "",
        "",
        "Tags",
        "Source",
        "Effect 1–3",
        "Effort 1–3",
    ];
    assert_eq!(labels[7..19], want);
    assert!(rows[6].starts_with(" ┏ Edit card "), "{}", rows[6]);
    assert!(rows[7].contains("La bebuarane velje sjølve"), "{}", rows[7]);
    assert!(rows[15].contains("personsentrert omsorg"), "{}", rows[15]);
}

#[test]
fn fields_out_of_sight_are_marked_above_and_below() {
    let (app, card) = app_and_f1();
    // 12 rows: the frame, 2 of keys and a blank line leave 7 for fields.
    // On the title: title, owner, due; the note (5) does not fit with a
    // marker, so `↓ 5 more` on the last of the 7.
    let ed = Editor::card(&card);
    let rows = drawn(&app, &ed, 80, 12);
    let labels = labels_of(&rows);
    assert_eq!(labels[1..4], ["Title", "Owner", "Due"]);
    assert!(rows[7].starts_with(" ┃↓ 5 more "), "{}", rows[7]);
    // On the tags: the four fields before them are out of sight above.
    let mut ed = Editor::card(&card);
    ed.focus = 4;
    let rows = drawn(&app, &ed, 80, 12);
    assert!(rows[1].starts_with(" ┃↑ 4 more "), "{}", rows[1]);
    let labels = labels_of(&rows);
    assert_eq!(
        labels[2..8],
        ["Tags", "Source", "Effect 1–3", "Effort 1–3", "", ""]
    );
    assert!(rows[9].contains("Tab next field"), "{}", rows[9]);
}

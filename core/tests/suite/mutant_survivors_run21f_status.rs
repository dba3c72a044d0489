//! Tests for the survivors of mutation run 21 in the status report
//! (`core/src/status/`): `cargo mutants -p tavle-core --config
//! /tmp/rest.toml --shuffle`, the list from `scripts/mutants_rest.py`. Each
//! names its mutant and the rule it holds; the expected values are written
//! out by hand, never taken from the code under test.

use crate::common::{board, day};
use tavle_core::model::Board;
use tavle_core::status::organisation;

/// A board of one column "A" and a done column "F", with `cards`.
fn cards_board(cards: &str) -> Board {
    board(&format!(
        r#"{{"tavle":1,"title":"T","kind":"drift",
           "columns":[{{"id":"a","title":"A"}},{{"id":"f","title":"F","done":true}}],
           "cards":[{cards}]}}"#
    ))
}

/// `status/total.rs:56` `-` → `+` in `sub` (`overdue`): a measure past its
/// deadline that was sent up to another board is one overdue measure in the
/// organisation's total, not the copy's board's overdue count plus the copy.
#[test]
fn an_overdue_measure_sent_up_is_overdue_once_in_the_total() {
    // Due Friday 20 November, looked at on Tuesday 24 November 2026.
    let unit = cards_board(
        r#"{"id":"k1","title":"Fall","column":"a","due":"2026-11-20",
            "escalated_to":{"board":"top","card":"t1"}}"#,
    );
    let top = cards_board(
        r#"{"id":"t1","title":"Fall","column":"a","due":"2026-11-20",
            "escalated_from":{"board":"unit","card":"k1"}}"#,
    );
    let org = organisation(&[("unit", &unit), ("top", &top)], day(2026, 11, 24), None);
    // Each board shows its card as overdue (and red by its deadline) ...
    assert_eq!((org.boards[0].overdue, org.boards[0].red), (1, 1));
    assert_eq!((org.boards[1].overdue, org.boards[1].red), (1, 1));
    // ... the copy on `top` is left out of the total ...
    assert_eq!((org.copies[1].overdue, org.copies[1].red), (1, 1));
    // ... so the organisation has one overdue measure.
    assert_eq!((org.total.overdue, org.total.red), (1, 1));
}

/// `status/total.rs:147` `&&` → `||` in `organisation` (the cards a board's
/// copies are counted from): a copy left out of the total is taken off its
/// board's counts only among the cards the board counts, so an archived card
/// that shares the copy's id (a hand-edited file; `tavle check` reports the
/// id twice), or with an owner asked, someone else's card with that id, is
/// not taken off too.
#[test]
fn an_archived_card_or_someone_elses_with_a_copys_id_is_not_taken_off_the_total() {
    let unit =
        cards_board(r#"{"id":"k1","title":"Fall","column":"a","light":"red","owner":"Kari"}"#);
    let top = cards_board(
        r#"{"id":"t1","title":"Fall","column":"a","light":"red","owner":"Kari",
            "escalated_from":{"board":"unit","card":"k1"}},
           {"id":"t1","title":"Gammel","column":"a","light":"green","owner":"Kari","archived":true},
           {"id":"t1","title":"Annen","column":"a","light":"yellow","owner":"Ola"}"#,
    );
    let boards = [("unit", &unit), ("top", &top)];
    // Everyone's cards: the archived t1 is on no count, and is not taken off.
    let org = organisation(&boards, day(2026, 11, 24), None);
    assert_eq!((org.boards[1].red, org.boards[1].green), (1, 0));
    assert_eq!((org.copies[1].red, org.copies[1].green), (1, 0));
    assert_eq!((org.total.red, org.total.green), (1, 0));
    // Kari's cards: Ola's t1 and the archived one are on no count, and are
    // not taken off.
    let kari = organisation(&boards, day(2026, 11, 24), Some("kari"));
    assert_eq!(
        (
            kari.copies[1].red,
            kari.copies[1].yellow,
            kari.copies[1].green
        ),
        (1, 0, 0)
    );
    assert_eq!(
        (kari.total.red, kari.total.yellow, kari.total.green),
        (1, 0, 0)
    );
}

/// `status/total.rs:67` `+` → `*` in `plus` (`done`): the organisation's
/// total of done measures is the sum over its boards, each board's done
/// cards counted (a done card is no copy left out here).
#[test]
fn the_done_measures_of_every_board_add_up_in_the_total() {
    let unit = cards_board(
        r#"{"id":"k1","title":"Ferdig","column":"f"},
           {"id":"k2","title":"Fall","column":"a","light":"green"}"#,
    );
    let top = cards_board(
        r#"{"id":"t1","title":"Også ferdig","column":"f"},
           {"id":"t2","title":"Og denne","column":"f"},
           {"id":"t3","title":"Fall","column":"a","light":"green",
            "escalated_from":{"board":"unit","card":"k2"}}"#,
    );
    let org = organisation(&[("unit", &unit), ("top", &top)], day(2026, 11, 24), None);
    assert_eq!((org.boards[0].done, org.boards[1].done), (1, 2));
    assert_eq!((org.total.done, org.total.green), (3, 1));
}

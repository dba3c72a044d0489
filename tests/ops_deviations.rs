//! The deviations (avvik, §3.1.2) of the risks and deviations panel
//! (issue 22.3), by keys: `a` registers a deviation whose date word is a
//! day that has been; an identity number in its text is warned of in the
//! form and masked in the file; pasted text is text; the count per week
//! on screen is `per_week`'s; `e` changes one field and keeps the rest.

mod common;
mod ops_support;

use chrono::NaiveDate;
use crossterm::event::KeyCode;
use ops_support::{
    editor_open, empty, field, filled, identity_number, next, open_panel, room_with, today,
};
use serde_json::json;
use tavle_core::operations::risks::per_week;

#[test]
fn a_deviation_dated_by_a_date_word_is_a_day_that_has_been() {
    let mut room = empty();
    open_panel(&mut room);
    room.key(KeyCode::Char('a'));
    assert!(editor_open(&room), "a opens the deviation's form");
    // The date says today until it is typed over.
    assert!(room.screen_text(120, 40).contains("24.11.2026"));
    field(&mut room, "i går");
    next(&mut room);
    room.typ("fall");
    next(&mut room);
    room.typ("Fall i trappa ved inngangen");
    room.key(KeyCode::Enter);
    assert!(!editor_open(&room), "{:?}", room.app.overlay);
    let b = room.disk();
    assert_eq!(b.deviations.len(), 1);
    let d = &b.deviations[0];
    assert_eq!(
        d.date,
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        "i går from Tuesday 24.11"
    );
    assert_eq!(d.category, "fall");
    assert_eq!(d.text, "Fall i trappa ved inngangen");
    // "mandag" is the last Monday, not the next.
    room.key(KeyCode::Char('a'));
    field(&mut room, "mandag");
    next(&mut room);
    room.typ("HMS");
    next(&mut room);
    room.typ("Stikkskade");
    room.key(KeyCode::Enter);
    let b = room.disk();
    assert_eq!(
        b.deviations[1].date,
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    );
}

#[test]
fn an_identity_number_in_a_deviation_is_warned_of_in_the_form_and_masked_in_the_file() {
    let mut room = room_with(
        json!([]),
        json!([{"id": "av1", "date": "2026-11-10", "category": "legemiddel", "text": "Feil dose"}]),
    );
    let number = identity_number();
    open_panel(&mut room);
    room.key(KeyCode::Char('a'));
    next(&mut room);
    // The board's earlier categories are offered in the category field.
    let screen = room.screen_text(120, 40);
    assert!(screen.contains("Brukt før: legemiddel"), "{screen}");
    room.typ("fall");
    next(&mut room);
    assert!(!room.screen_text(120, 40).contains("fødselsnummer"));
    room.typ(&format!("Bruker {number} falt i stua"));
    let screen = room.screen_text(120, 40);
    assert!(
        screen.contains("fødselsnummer"),
        "warned while typing:\n{screen}"
    );
    room.key(KeyCode::Enter);
    let b = room.disk();
    let d = b.deviations.iter().find(|d| d.category == "fall").unwrap();
    assert!(!d.text.contains(&number), "{}", d.text);
    assert!(
        !d.text.contains(&number[..6]),
        "the date part is never stored: {}",
        d.text
    );
    assert_eq!(d.text, format!("Bruker ******{} falt i stua", &number[6..]));
    let raw = std::fs::read_to_string(room.board()).unwrap();
    assert!(!raw.contains(&number));
}

#[test]
fn pasted_text_in_a_deviation_is_text() {
    let mut room = empty();
    open_panel(&mut room);
    room.key(KeyCode::Char('a'));
    next(&mut room);
    room.typ("fall");
    next(&mut room);
    let effects = room.app.update(
        tavle::app::Event::Paste("Falt\r\npå badet\u{1b}[2J".into()),
        std::time::Instant::now(),
    );
    room.perform(effects);
    room.key(KeyCode::Enter);
    let b = room.disk();
    assert_eq!(b.deviations[0].text, "Falt på badet[2J");
}

#[test]
fn the_deviations_per_week_on_screen_are_those_of_per_week() {
    let room = {
        let mut r = filled();
        open_panel(&mut r);
        r
    };
    let screen = room.screen_text(200, 60);
    let line = screen
        .lines()
        .find(|l| l.contains("Avvik per uke:"))
        .unwrap_or_else(|| panic!("no line per week:\n{screen}"));
    // "u45 ▄ 1": week, bar, count, for as long as the line has them.
    let words: Vec<&str> = line
        .split("Avvik per uke:")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .collect();
    let mut shown: Vec<(u32, usize)> = Vec::new();
    for c in words.chunks(3) {
        let week = c[0].strip_prefix('u').and_then(|w| w.parse().ok());
        let count = c.get(2).and_then(|n| n.parse().ok());
        match (week, count) {
            (Some(w), Some(n)) => shown.push((w, n)),
            _ => break,
        }
    }
    assert!(shown.len() >= 4, "{line}");
    let counted: Vec<(u32, usize)> = per_week(&room.disk(), today(), shown.len())
        .iter()
        .map(|w| (w.week.week, w.count))
        .collect();
    assert_eq!(shown, counted);
    // By hand: 3.11 is in week 45, 17.11 and 18.11 in week 47, 23.11 and
    // 24.11 in week 48 (Monday 23.11); none in week 46.
    let tail: Vec<(u32, usize)> = shown[shown.len() - 4..].to_vec();
    assert_eq!(tail, [(45, 1), (46, 0), (47, 2), (48, 2)]);
    assert!(screen.contains("Avvik denne uka (uke 48): 2"), "{screen}");
}

#[test]
fn e_edits_the_selected_deviation_and_keeps_what_was_not_changed() {
    let mut room = filled();
    open_panel(&mut room);
    room.key(KeyCode::Char('l'));
    room.key(KeyCode::Down);
    // Newest first: av5 (24.11), then av4 (23.11).
    room.key(KeyCode::Char('e'));
    assert!(editor_open(&room));
    next(&mut room);
    field(&mut room, "stikkskade");
    room.key(KeyCode::Enter);
    let b = room.disk();
    let d = b.deviation("av4").unwrap();
    assert_eq!(d.category, "stikkskade");
    assert_eq!(d.text, "Stikkskade");
    assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
}

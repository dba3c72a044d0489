//! The risks and deviations panel of an operations board (issue 22.3), by
//! keys as the room uses it: `r` gives it the keyboard; `n` registers a
//! risk and it is in the file with its numbers and in its cell of the
//! matrix; `c` makes a measure card linked both ways, `u` takes it away;
//! `x` asks first. Hostile text never reaches the screen raw. Views at
//! 80×24, 120×40 and 200×60 as snapshots, their content also asserted.
//! The deviations' own tests are in `ops_deviations`.

mod common;
mod ops_support;

use common::Room;
use crossterm::event::KeyCode;
use ops_support::{
    editor_open, empty, field, filled, next, notice, open_panel, relaunch, room_with, today,
};
use serde_json::json;

#[test]
fn a_risk_registered_by_keys_is_in_the_file_with_its_numbers_and_its_cell_is_marked() {
    let mut room = empty();
    open_panel(&mut room);
    room.key(KeyCode::Char('n'));
    assert!(editor_open(&room), "n opens the risk's form");
    room.typ("Glatte veier på morgenrunden");
    next(&mut room);
    room.typ("3");
    next(&mut room);
    room.typ("4");
    next(&mut room);
    room.typ("Ola");
    room.key(KeyCode::Enter);
    assert!(!editor_open(&room), "{:?}", room.app.overlay);
    let b = room.disk();
    assert_eq!(b.risks.len(), 1);
    let r = &b.risks[0];
    assert_eq!(r.title, "Glatte veier på morgenrunden");
    assert_eq!((r.likelihood, r.consequence), (3, 4));
    assert_eq!(r.owner.as_deref(), Some("Ola"));
    // Likelihood 3 is the third row from the top (5, 4, 3); consequence 4
    // the fourth cell: products 3, 6, 9, 12, 15 are low, medium, medium,
    // medium, high — ░ ▒ ▒ ▒ ▓ — and the fourth is the risk's, bracketed.
    let screen = room.screen_text(120, 40);
    assert!(
        screen.contains("3 ░░░ ▒▒▒ ▒▒▒ [1] ▓▓▓"),
        "the cell of likelihood 3, consequence 4 is marked:\n{screen}"
    );
    // Likelihood 5: products 5, 10, 15, 20, 25.
    assert!(screen.contains("5 ▒▒▒ ▒▒▒ ▓▓▓ ▓▓▓ ▓▓▓"), "{screen}");
    assert!(screen.contains("1 ░░░ ░░░ ░░░ ░░░ ▒▒▒"), "{screen}");
    // Likelihood up: the row of 5 above the row of 3 above the row of 1.
    let row = |text: &str| screen.lines().position(|l| l.contains(text)).unwrap();
    assert!(row("5 ▒▒▒") < row("3 ░░░ ▒▒▒") && row("3 ░░░ ▒▒▒") < row("1 ░░░"));
    assert!(
        screen.contains("▒ 3×4 middels  Glatte veier på morgenrunden · Ola"),
        "{screen}"
    );
}

#[test]
fn a_likelihood_outside_one_to_five_keeps_the_form_open_and_says_why() {
    let mut room = empty();
    open_panel(&mut room);
    room.key(KeyCode::Char('n'));
    room.typ("Strømbrudd");
    assert!(
        !room
            .screen_text(120, 40)
            .contains("1 = svært lite sannsynlig")
    );
    next(&mut room);
    // In the likelihood field the form says what 1 and 5 mean.
    assert!(
        room.screen_text(120, 40)
            .contains("1 = svært lite sannsynlig")
    );
    room.typ("7");
    next(&mut room);
    room.typ("2");
    room.key(KeyCode::Enter);
    assert!(editor_open(&room), "refused: the form stays with the text");
    let screen = room.screen_text(120, 40);
    assert!(
        screen.contains("«7» er ikke et tall fra 1 til 5"),
        "{screen}"
    );
    assert!(room.disk().risks.is_empty());
}

#[test]
fn c_makes_a_measure_card_linked_both_ways_and_undo_takes_it_away() {
    let mut room = filled();
    open_panel(&mut room);
    let cards = room.disk().cards.len();
    // Worst first: ri1 (4×4 = 16) is selected.
    room.key(KeyCode::Char('c'));
    let b = room.disk();
    assert_eq!(b.cards.len(), cards + 1);
    let card = b
        .cards
        .iter()
        .find(|c| c.risk.as_deref() == Some("ri1"))
        .unwrap();
    assert_eq!(card.title, "Fall om natta");
    assert_eq!(
        card.column, b.columns[0].id,
        "into the board's first column"
    );
    assert_eq!(
        b.risk("ri1").unwrap().card.as_deref(),
        Some(card.id.as_str())
    );
    assert!(notice(&room).contains("Fall om natta"), "{}", notice(&room));
    assert!(
        room.screen_text(120, 40)
            .contains("Fall om natta · Kari → tiltak")
    );
    room.key(KeyCode::Char('u'));
    let b = room.disk();
    assert_eq!(b.cards.len(), cards, "undo takes the card away");
    assert_eq!(b.risk("ri1").unwrap().card, None, "and the link");
    // A deviation too: → to the deviations, the newest is selected.
    room.key(KeyCode::Right);
    room.key(KeyCode::Char('c'));
    let b = room.disk();
    let card = b
        .cards
        .iter()
        .find(|c| c.deviation.as_deref() == Some("av5"))
        .unwrap();
    assert_eq!(card.title, "fall: Fall ved senga");
    assert_eq!(
        b.deviation("av5").unwrap().card.as_deref(),
        Some(card.id.as_str())
    );
}

#[test]
fn a_measure_card_is_never_born_done() {
    // A board whose first column is its done column: the card goes into
    // the next one.
    let mut room = ops_support::room_on(today(), |b| {
        b["panels"] = json!(["risks"]);
        b["columns"][0]["done"] = json!(true);
        b["risks"] = json!([{"id": "ri1", "title": "Fall", "likelihood": 2, "consequence": 2}]);
    });
    open_panel(&mut room);
    room.key(KeyCode::Char('c'));
    let b = room.disk();
    let card = b
        .cards
        .iter()
        .find(|c| c.risk.as_deref() == Some("ri1"))
        .unwrap();
    assert_eq!(b.columns[0].id, "i-dag");
    assert_eq!(card.column, "pagar");
    assert!(!b.is_done(card));
}

#[test]
fn x_asks_first_and_esc_keeps_the_risk() {
    let mut room = filled();
    open_panel(&mut room);
    room.key(KeyCode::Down);
    room.key(KeyCode::Char('x'));
    assert_eq!(room.disk().risks.len(), 3, "asked, not removed");
    let screen = room.screen_text(120, 40);
    assert!(
        screen.contains("Ta bort «Feil i legemiddelliste»? x = ja"),
        "{screen}"
    );
    room.key(KeyCode::Esc);
    assert_eq!(room.disk().risks.len(), 3);
    assert!(
        room.app.screens.board.ops.risks.focused,
        "Esc answers no, the panel keeps the keys"
    );
    room.key(KeyCode::Char('x'));
    room.key(KeyCode::Char('x'));
    let b = room.disk();
    assert_eq!(b.risks.len(), 2);
    assert!(b.risk("ri2").is_none());
    room.key(KeyCode::Char('u'));
    assert!(room.disk().risk("ri2").is_some(), "undone");
}

#[test]
fn e_edits_the_selected_risk_as_one_op() {
    let mut room = filled();
    open_panel(&mut room);
    room.key(KeyCode::Char('e'));
    assert!(editor_open(&room));
    next(&mut room);
    field(&mut room, "2");
    room.key(KeyCode::Enter);
    let r = room.disk().risk("ri1").cloned().unwrap();
    assert_eq!((r.likelihood, r.consequence), (2, 4));
    assert_eq!(r.title, "Fall om natta");
}

#[test]
fn hostile_text_in_a_risk_never_reaches_the_screen_raw() {
    let mut room = room_with(
        json!([{"id": "ri1", "title": "Ond\u{1b}[31mtekst\u{7} \u{202e}slutt", "likelihood": 5, "consequence": 5,
                "owner": "Eve\u{1b}]0;x\u{7}"}]),
        json!([{"id": "av1", "date": "2026-11-24", "category": "f\u{1b}l", "text": "t\u{8}x"}]),
    );
    open_panel(&mut room);
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let screen = room.screen_text(w, h);
        assert!(
            !screen.contains('\u{1b}') && !screen.contains('\u{7}') && !screen.contains('\u{202e}')
        );
        assert!(!screen.contains('\u{8}'));
        if h >= 40 {
            assert!(screen.contains("Ond␛[31mtekst␇"), "{screen}");
        }
    }
}

fn snapshot(name: &str, room: &Room, w: u16, h: u16) -> String {
    let screen = room.screen_text(w, h);
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen);
    screen
}

#[test]
fn the_panel_at_three_sizes() {
    let mut room = filled();
    open_panel(&mut room);
    let small = snapshot("risks", &room, 80, 24);
    assert!(small.contains("r Risiko og avvik"), "{small}");
    assert!(small.contains("4×4 høy"), "{small}");
    let mid = snapshot("risks", &room, 120, 40);
    let big = snapshot("risks", &room, 200, 60);
    for s in [&mid, &big] {
        assert!(s.contains("▶ ▓ 4×4 høy      Fall om natta · Kari"), "{s}");
        assert!(
            s.contains("▒ 5×2 middels  Sykefravær i jula → tiltak"),
            "{s}"
        );
        assert!(s.contains("Avvik denne uka (uke 48): 2"), "{s}");
        assert!(s.contains("tir 24.11 fall: Fall ved senga"), "{s}");
        assert!(s.contains("░ lav ▒ middels ▓ høy"), "{s}");
    }
    // The panel has the keyboard, so its band grows: room to spare at
    // both sizes, two lines a cell.
    assert!(
        mid.contains("4 ░░░░░░░ ▒▒▒▒▒▒▒ ▒▒▒▒▒▒▒ [  1  ] ▓▓▓▓▓▓▓"),
        "{mid}"
    );
    assert!(
        big.contains("4 ░░░░░░░ ▒▒▒▒▒▒▒ ▒▒▒▒▒▒▒ [  1  ] ▓▓▓▓▓▓▓"),
        "{big}"
    );
}

#[test]
fn the_panel_draws_in_any_size_without_losing_its_frame() {
    let mut room = filled();
    open_panel(&mut room);
    for (w, h) in [(30, 6), (40, 12), (64, 10), (90, 16), (250, 80)] {
        let screen = room.screen_text(w, h);
        assert!(!screen.is_empty());
        assert!(!screen.contains('\u{1b}'));
    }
    // Room to spare in a band across 200×80 (at 250×80 the layout puts the
    // panels in a side column beside the measures): the matrix's cells two lines high, the
    // selected risk's (likelihood 4, consequence 4: products 4, 8, 12, 16,
    // 20 are low, medium, medium, high, high) bracketed on its number's line.
    let screen = room.screen_text(200, 80);
    assert!(
        screen.contains("4 ░░░░░░░ ▒▒▒▒▒▒▒ ▒▒▒▒▒▒▒ [  1  ] ▓▓▓▓▓▓▓"),
        "{screen}"
    );
    assert!(
        screen.contains("  ░░░░░░░ ▒▒▒▒▒▒▒ ▒▒▒▒▒▒▒ [▓▓▓▓▓] ▓▓▓▓▓▓▓"),
        "{screen}"
    );
}

#[test]
fn a_risk_or_deviation_just_registered_is_selected() {
    let mut room = filled();
    open_panel(&mut room);
    room.key(KeyCode::Char('n'));
    room.typ("Strømbrudd");
    next(&mut room);
    room.typ("1");
    next(&mut room);
    room.typ("3");
    room.key(KeyCode::Enter);
    let new = room.disk().risks.last().unwrap().id.clone();
    assert_eq!(
        room.app.screens.board.ops.risks.risk.as_deref(),
        Some(new.as_str())
    );
    assert!(
        room.screen_text(120, 40)
            .contains("▶ ░ 1×3 lav      Strømbrudd")
    );
    // c at once makes its card.
    room.key(KeyCode::Char('c'));
    assert!(room.disk().risk(&new).unwrap().card.is_some());
    room.key(KeyCode::Char('a'));
    room.key(KeyCode::Tab);
    room.typ("HMS");
    room.key(KeyCode::Tab);
    room.typ("Nål på gulvet");
    room.key(KeyCode::Enter);
    let new = room.disk().deviations.last().unwrap().id.clone();
    let p = &room.app.screens.board.ops.risks;
    assert_eq!(p.list, tavle::app::operations::risks::List::Deviations);
    assert_eq!(p.deviation.as_deref(), Some(new.as_str()));
}

#[test]
fn the_panel_speaks_nynorsk_and_english_too() {
    let mut room = filled();
    for (lang, words) in [
        (
            tavle::i18n::Lang::En,
            [
                "Risks (3)",
                "4×4 high",
                "Deviations this week (week 48): 2",
                "→ measure",
                "░ low ▒ medium ▓ high",
                "Deviations per week:",
            ],
        ),
        (
            tavle::i18n::Lang::Nn,
            [
                "Risikoar (3)",
                "4×4 høg",
                "Avvik denne veka (veke 48): 2",
                "→ tiltak",
                "░ låg ▒ middels ▓ høg",
                "Avvik per veke:",
            ],
        ),
    ] {
        relaunch(&mut room, lang, today());
        open_panel(&mut room);
        let screen = room.screen_text(120, 40);
        for w in words {
            assert!(screen.contains(w), "{lang:?}: {w}\n{screen}");
        }
    }
}

#[test]
fn the_symbols_page_explains_the_panels_glyphs() {
    let mut room = filled();
    open_panel(&mut room);
    room.key(KeyCode::Char('?'));
    room.key(KeyCode::Char('?'));
    let screen = room.screen_text(120, 60);
    for meaning in [
        "░ lav risiko",
        "▒ middels risiko",
        "▓ høy risiko",
        "◉ hendelse i årshjulet",
        "▼ denne uka",
        "→ har blitt eller blir et kort",
    ] {
        let (glyph, words) = meaning.split_once(' ').unwrap();
        let on_page =
            (screen.lines()).any(|l| l.contains(&format!("┃ {glyph}")) && l.contains(words));
        assert!(on_page, "{meaning}:\n{screen}");
    }
}

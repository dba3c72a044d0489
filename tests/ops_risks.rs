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
use crossterm::event::KeyCode;
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
    room.app.open_path(&path);
    assert_eq!(room.app.screen, tavle::app::Screen::Board);
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

/// Empty the editor's field with the cursor and type `text` into it.
fn field(room: &mut Room, text: &str) {
    room.key(KeyCode::End);
    for _ in 0..40 {
        room.key(KeyCode::Backspace);
    }
    room.typ(text);
}

fn next(room: &mut Room) {
    room.key(KeyCode::Tab);
}

fn editor_open(room: &Room) -> bool {
    matches!(room.app.overlay, Some(Overlay::Editor(_)))
}

/// The notice line's text.
fn notice(room: &Room) -> String {
    let n = room.app.shared.notice().expect("a notice");
    tavle::i18n::msg(room.app.lang(), &n.msg)
}

/// A valid national identity number born 15.03.1985, its check digits
/// worked out here by the mod-11 rule (not by the code under test).
fn identity_number() -> String {
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
    assert!(mid.contains("4 ░░░ ▒▒▒ ▒▒▒ [1] ▓▓▓"), "{mid}");
    // Room to spare: two lines a cell.
    assert!(
        big.contains("4 ░░░░░░░ ▒▒▒▒▒▒▒ ▒▒▒▒▒▒▒ [  1  ] ▓▓▓▓▓▓▓"),
        "{big}"
    );
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

#[test]
fn the_panel_draws_in_any_size_without_losing_its_frame() {
    let mut room = filled();
    open_panel(&mut room);
    for (w, h) in [(30, 6), (40, 12), (64, 10), (90, 16), (250, 80)] {
        let screen = room.screen_text(w, h);
        assert!(!screen.is_empty());
        assert!(!screen.contains('\u{1b}'));
    }
    // Room to spare at 250×80: the matrix's cells two lines high, the
    // selected risk's (likelihood 4, consequence 4: products 4, 8, 12, 16,
    // 20 are low, medium, medium, high, high) bracketed on its number's line.
    let screen = room.screen_text(250, 80);
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
                "L 5",
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
                "S 5",
                "Avvik per veke:",
            ],
        ),
    ] {
        room.app = tavle::app::App::new(
            lang,
            room.dir.clone(),
            tavle::tui::load_all(&room.dir).unwrap(),
            today(),
            std::time::Instant::now(),
        );
        room.at(0);
        room.app.open_path(&room.board());
        open_panel(&mut room);
        let screen = room.screen_text(120, 40);
        for w in words {
            assert!(screen.contains(w), "{lang:?}: {w}\n{screen}");
        }
    }
}

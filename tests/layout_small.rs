//! A meeting at 80×24 (issue 17.5): the board, the meeting header and the
//! closing summary drawn at 80×24, 120×40 and 200×60 and compared with
//! snapshots; how many cards a column shows on a laptop; the hint bar's
//! keys at 80 columns, made from the key tables; and dialogs that scroll
//! with their keys always in sight.

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Overlay};

mod common;
use common::Room;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn draw(app: &App, clock: DateTime<FixedOffset>, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| tavle::ui::render(app, clock, f)).unwrap();
    t
}

fn rows(t: &Terminal<TestBackend>) -> Vec<String> {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

fn text(t: &Terminal<TestBackend>) -> String {
    rows(t).join("\n")
}

#[test]
fn the_board_at_three_sizes() {
    let r = Room::new();
    for (w, h) in SIZES {
        let t = draw(&r.app, r.clock.get(), w, h);
        insta::assert_snapshot!(format!("board_{w}x{h}"), t.backend());
    }
}

#[test]
fn the_meeting_header_on_the_board_at_three_sizes() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char(']'));
    r.at(150);
    for (w, h) in SIZES {
        let t = draw(&r.app, r.clock.get(), w, h);
        insta::assert_snapshot!(format!("meeting_{w}x{h}"), t.backend());
    }
}

#[test]
fn the_closing_summary_at_three_sizes() {
    let mut r = Room::new();
    r.meeting_with("Hilde, Kari", "Vi låner bil fra sone sør ut uka");
    r.key(KeyCode::Char(' '));
    r.at(240);
    r.key(KeyCode::Char('m'));
    assert!(matches!(r.app.overlay, Some(Overlay::Closing(_))));
    for (w, h) in SIZES {
        let t = draw(&r.app, r.clock.get(), w, h);
        insta::assert_snapshot!(format!("closing_{w}x{h}"), t.backend());
    }
}

/// The closing summary at 80×24 is taller than the screen: it scrolls to
/// its end, and its keys are in sight wherever it stands.
#[test]
fn the_closing_summary_scrolls_and_always_shows_its_keys() {
    let mut r = Room::new();
    r.meeting_with("Hilde, Kari", "Vi låner bil fra sone sør ut uka");
    r.at(240);
    r.key(KeyCode::Char('m'));
    let clock = r.clock.get();
    let first = text(&draw(&r.app, clock, 80, 24));
    assert!(first.contains("Referat – "), "{first}");
    assert!(first.contains("↓ "), "it says more is below:\n{first}");
    assert!(!first.contains("Uten ansvarlig"), "{first}");
    for key in [KeyCode::Down, KeyCode::PageDown, KeyCode::End] {
        r.key(key);
        let s = text(&draw(&r.app, clock, 80, 24));
        assert!(
            s.contains("Enter: skriv referat og avslutt"),
            "{key:?}:\n{s}"
        );
        assert!(s.contains("Esc: fortsett møtet"), "{key:?}:\n{s}");
        assert!(s.contains("↑↓ PgUp PgDn: bla"), "{key:?}:\n{s}");
    }
    let end = text(&draw(&r.app, clock, 80, 24));
    assert!(end.contains("↑ "), "it says more is above:\n{end}");
    assert!(!end.contains("Referat – "), "{end}");
    // The last heading of the sample's minutes is in sight at the end.
    assert!(end.contains("Målinger registrert"), "{end}");
    // Scrolling does not end the meeting; Enter still does.
    assert!(matches!(r.app.overlay, Some(Overlay::Closing(_))));
    r.key(KeyCode::Home);
    assert_eq!(
        text(&draw(&r.app, clock, 80, 24)),
        first,
        "Home goes back to the top"
    );
}

/// A board with one long column: how many of its cards a laptop shows
/// while a meeting runs (the header and the decisions take their rows).
fn long_column(r: &mut Room) -> Vec<&'static str> {
    const WORDS: [&str; 12] = [
        "Alfa", "Bravo", "Charlie", "Delta", "Ekko", "Foxtrot", "Golf", "Hotell", "India",
        "Juliett", "Kilo", "Lima",
    ];
    let cards: Vec<String> = WORDS
        .iter()
        .enumerate()
        .map(|(i, w)| {
            format!(
                r#"{{"id":"k{}","title":"{w} gjør noe viktig før fredag","column":"a","owner":"Kari Nordmann","light":"green"}}"#,
                i + 1
            )
        })
        .collect();
    let text = format!(
        r#"{{"tavle":1,"title":"Lang","kind":"drift","meeting":{{"agenda":["Kort"]}},
          "columns":[{{"id":"a","title":"Alle"}},{{"id":"b","title":"B"}},{{"id":"c","title":"C"}},{{"id":"d","title":"D"}}],
          "cards":[{}]}}"#,
        cards.join(",")
    );
    let path = r.dir.join("lang.json");
    std::fs::write(&path, text).unwrap();
    r.app = Room::app_for(&r.dir);
    r.app.open_path(&path);
    r.at(0);
    WORDS.to_vec()
}

fn shown(words: &[&str], screen: &str) -> usize {
    words
        .iter()
        .filter(|w| screen.contains(&format!(" {w} ")) || screen.contains(&format!(" {w}…")))
        .count()
}

#[test]
fn a_laptop_shows_several_cards_per_column_during_a_meeting() {
    let mut r = Room::new();
    let words = long_column(&mut r);
    r.key(KeyCode::Char('m'));
    assert!(r.app.shared.running().is_some());
    let s = text(&draw(&r.app, r.clock.get(), 80, 24));
    let n = shown(&words, &s);
    eprintln!("80x24 in a meeting: {n} of 12 cards in the column");
    assert!(n >= 6, "{n} cards:\n{s}");
    // The selected card is expanded: its owner's whole name, not initials.
    assert!(s.contains("Kari Nordmann"), "{s}");
    // The others name their owner by initials, and how many are below is said.
    assert!(s.contains(" KN"), "{s}");
    assert!(s.contains(&format!("↓ {}", 12 - n)), "{s}");
    // Going down keeps the selected card in sight.
    for _ in 0..11 {
        r.key(KeyCode::Down);
    }
    let s = text(&draw(&r.app, r.clock.get(), 80, 24));
    assert!(s.contains("Lima"), "{s}");
    assert!(s.contains("↑ "), "{s}");
    // Without a meeting there is room for more.
    let mut r = Room::new();
    let words = long_column(&mut r);
    let s = text(&draw(&r.app, r.clock.get(), 80, 24));
    let m = shown(&words, &s);
    eprintln!("80x24 without a meeting: {m} of 12 cards in the column");
    assert!(m > n, "{m} cards:\n{s}");
}

#[test]
fn a_tall_screen_gives_cards_more_title_lines() {
    let r = Room::new();
    // "Fall hos bruker i rute 4 – oppfølging og ny fallrisikovurdering" is
    // cut on a laptop and whole at 200×60.
    let small = text(&draw(&r.app, r.clock.get(), 80, 24));
    assert!(!small.contains("fallrisikovurdering"), "{small}");
    let tall = text(&draw(&r.app, r.clock.get(), 200, 60));
    assert!(tall.contains("fallrisikovurdering"), "{tall}");
}

/// The hint bar's row of a screen, as drawn.
fn hint_bar(t: &Terminal<TestBackend>) -> String {
    rows(t).pop().unwrap()
}

#[test]
fn the_hint_bar_at_80_columns_shows_the_keys_that_matter() {
    let mut r = Room::new();
    let bar = hint_bar(&draw(&r.app, r.clock.get(), 80, 24));
    for want in ["? hjelp", "Enter kort", "Space lys", "n ny", "</> flytt"] {
        assert!(bar.contains(want), "{want:?} in {bar:?}");
    }
    r.key(KeyCode::Char('m'));
    let bar = hint_bar(&draw(&r.app, r.clock.get(), 80, 24));
    for want in [
        "? hjelp",
        "[/] punkt",
        "d beslutning",
        "Space lys",
        "</> flytt",
        "m avslutt møtet",
    ] {
        assert!(bar.contains(want), "{want:?} in {bar:?}");
    }
    // Wide enough, each key with all its labels, as the table has them.
    let wide = hint_bar(&draw(&r.app, r.clock.get(), 200, 60));
    assert!(wide.contains("Shift+←/< flytt"), "{wide:?}");
    // Every key shown does what the bar says: it is in the screen's table.
    for b in tavle::app::board::KEYS {
        if bar.contains(&format!(" {} ", tavle::app::keymap::short_label(b))) {
            assert!(b.keys.iter().any(|k| !k.label.is_empty()));
        }
    }
}

#[test]
fn the_card_editor_scrolls_to_the_field_being_typed_and_keeps_its_keys() {
    let mut r = Room::new();
    r.key(KeyCode::Char('e'));
    let clock = r.clock.get();
    // The smallest screen tavle draws on.
    let s = text(&draw(&r.app, clock, 60, 16));
    assert!(s.contains("Tittel"), "{s}");
    assert!(s.contains("til"), "what is out of sight is said:\n{s}");
    for _ in 0..7 {
        r.key(KeyCode::Tab);
    }
    let s = text(&draw(&r.app, clock, 60, 16));
    assert!(
        s.contains("Ressurs 1–3"),
        "the field being typed is in sight:\n{s}"
    );
    for part in ["Tab neste felt", "Ctrl+S lagrer", "Esc avbryt"] {
        assert!(s.contains(part), "{part:?}:\n{s}");
    }
    // At 80×24 every field and every key fits.
    let s = text(&draw(&r.app, clock, 80, 24));
    for label in ["Tittel", "Notat", "Ressurs 1–3"] {
        assert!(s.contains(label), "{label:?}:\n{s}");
    }
}

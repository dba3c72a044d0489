//! Large text for the room: the big-letters renderer (`ui::big`: the
//! largest scale that fits, æøå, never outside its area), the big clock
//! filling the screen it is given, `z` zooming the selected card, `Z`'s
//! large header, the overview's title column growing with the width and
//! cards showing their whole title when the height allows.
//!
//! Letters are recognised with a reference renderer written here from the
//! font's bitmaps (`reference`), not with the code under test.

mod ops_fixture;

use crossterm::event::KeyCode;
use font8x8::UnicodeFonts;
use ops_fixture::Ops;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use serde_json::Value;
use tavle::ui::big;

const FORBEDRING: &str = include_str!("../boards/sykehjem-forbedring.json");

/// The improvement board with `edit` done to it, open.
fn board_with(edit: impl FnOnce(&mut Value)) -> Ops {
    let mut v: Value = serde_json::from_str(FORBEDRING).unwrap();
    edit(&mut v);
    Ops::new(&[("forbedring.json", &v.to_string())])
}

/// Card `i` of the board's JSON.
fn card(v: &mut Value, i: usize) -> &mut Value {
    &mut v["cards"][i]
}

/// `word` as the font draws it at `scale`: rows of `█▀▄` and spaces, each
/// letter 8·scale columns wide and 4·scale rows high.
fn reference(word: &str, scale: usize) -> Vec<String> {
    let glyphs: Vec<[u8; 8]> = word
        .chars()
        .map(|c| {
            font8x8::BASIC_FONTS
                .get(c)
                .or_else(|| font8x8::LATIN_FONTS.get(c))
                .unwrap()
        })
        .collect();
    let on = |g: &[u8; 8], half: usize, col: usize| g[half / scale] & (1 << (col / scale)) != 0;
    (0..4 * scale)
        .map(|row| {
            let mut line = String::new();
            for g in &glyphs {
                for col in 0..8 * scale {
                    line.push(match (on(g, 2 * row, col), on(g, 2 * row + 1, col)) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    });
                }
            }
            line
        })
        .collect()
}

fn rows(buf: &Buffer) -> Vec<Vec<String>> {
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

/// The scale at which `word` is drawn somewhere on `buf`, if it is.
fn drawn_at(buf: &Buffer, word: &str) -> Option<usize> {
    let screen = rows(buf);
    (1..=8).rev().find(|&scale| {
        let want: Vec<Vec<char>> = reference(word, scale)
            .iter()
            .map(|r| r.chars().collect())
            .collect();
        let (h, w) = (want.len(), want[0].len());
        // A letter's blank top row is no evidence: the word must have ink.
        (0..screen.len().saturating_sub(h - 1)).any(|y| {
            (0..screen[y].len().saturating_sub(w - 1)).any(|x| {
                want.iter().enumerate().all(|(dy, line)| {
                    line.iter()
                        .enumerate()
                        .all(|(dx, c)| screen[y + dy][x + dx] == c.to_string())
                })
            })
        })
    })
}

/// The rows and columns of `buf` that hold a block of a big letter.
fn ink(buf: &Buffer, area: Rect) -> (usize, usize) {
    let mut ys = std::collections::BTreeSet::new();
    let mut xs = std::collections::BTreeSet::new();
    for y in area.y..area.bottom() {
        for x in area.x..area.right() {
            if matches!(buf[(x, y)].symbol(), "█" | "▀" | "▄") {
                ys.insert(y);
                xs.insert(x);
            }
        }
    }
    let span = |s: &std::collections::BTreeSet<u16>| match (s.first(), s.last()) {
        (Some(a), Some(b)) => usize::from(b - a + 1),
        _ => 0,
    };
    (span(&ys), span(&xs))
}

// ---- the renderer ----

fn drawn(text: &str, w: u16, h: u16) -> (Buffer, u16) {
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    let scale = big::draw(text, buf.area, Style::new(), &mut buf);
    (buf, scale)
}

#[test]
fn the_renderer_picks_the_largest_scale_that_fits() {
    // "TAVLE" on one line is 40·s columns and 4·s rows.
    for (w, h, want) in [
        (40, 4, 1),
        (80, 8, 2),
        (200, 20, 5),
        (239, 60, 5),
        (240, 24, 6),
    ] {
        let (buf, scale) = drawn("TAVLE", w, h);
        assert_eq!(scale, want, "{w}×{h}");
        assert_eq!(drawn_at(&buf, "TAVLE"), Some(usize::from(want)), "{w}×{h}");
    }
    // Bigger than tui-big-text's largest letters (8×8 cells) on a TV.
    let (buf, _) = drawn("07:12", 200, 58);
    let (h, _) = ink(&buf, buf.area);
    assert!(h > 8 * 2, "{h} rows");
}

#[test]
fn words_wrap_over_lines_when_that_is_larger() {
    // One line at 80 wide gives scale 1; two lines give scale 2.
    let (buf, scale) = drawn("HEI DU", 80, 16);
    assert_eq!(scale, 2);
    assert_eq!(drawn_at(&buf, "HEI"), Some(2));
    assert_eq!(drawn_at(&buf, "DU"), Some(2));
}

#[test]
fn norwegian_letters_are_drawn_from_the_font() {
    let (buf, scale) = drawn("ÆØÅ æøå", 200, 20);
    assert!(scale >= 2);
    assert_eq!(drawn_at(&buf, "ÆØÅ"), Some(usize::from(scale)));
    assert_eq!(drawn_at(&buf, "æøå"), Some(usize::from(scale)));
    // Not the question mark a missing letter gets.
    assert_ne!(reference("Ø", 1), reference("?", 1));
}

#[test]
fn too_small_an_area_gets_plain_text() {
    let (buf, scale) = drawn("Fall", 7, 3);
    assert_eq!(scale, 0);
    assert!(rows(&buf)[1].concat().contains("Fall") || rows(&buf)[0].concat().contains("Fall"));
}

#[test]
fn hostile_text_draws_no_control_or_bidi_character() {
    let (buf, _) = drawn("A\u{202e}B\u{1b}[2JC\u{7}", 200, 30);
    for cell in buf.content.iter() {
        for c in cell.symbol().chars() {
            assert!(!c.is_control() && !('\u{202a}'..='\u{202e}').contains(&c));
        }
    }
}

proptest! {
    #[test]
    fn the_renderer_never_draws_outside_its_area(
        text in "[a-zæøåA-Z0-9 ]{0,40}",
        x in 0u16..20, y in 0u16..10, w in 0u16..180, h in 0u16..60,
    ) {
        let mut buf = Buffer::empty(Rect::new(0, 0, 220, 80));
        let area = Rect::new(x, y, w, h);
        let scale = big::draw(&text, area, Style::new(), &mut buf);
        for yy in 0..80 {
            for xx in 0..220 {
                if !area.contains((xx, yy).into()) {
                    prop_assert_eq!(buf[(xx, yy)].symbol(), " ");
                }
            }
        }
        // The scale reported fits: as many lines as the area has room for.
        if scale > 0 {
            let (cw, ch) = big::size(&text, scale, w);
            prop_assert!(cw <= w && ch <= h);
            prop_assert_eq!(big::fits(&text, area), scale);
        }
    }
}

// ---- the big clock ----

/// The big clock's digits: their height and width in rows and columns.
fn clock_size(w: u16, h: u16) -> (usize, usize) {
    let mut o = Ops::drift();
    o.ch('m');
    o.ch('t');
    let buf = o.buffer(w, h);
    ink(&buf, buf.area)
}

#[test]
fn the_big_clock_fills_the_screen_it_is_given() {
    let small = clock_size(80, 24);
    let mid = clock_size(120, 40);
    let tv = clock_size(200, 60);
    assert!(small.0 >= 4 && small.1 >= 5 * 8 - 8, "{small:?}");
    assert!(mid.0 > small.0 && mid.1 > small.1, "{small:?} {mid:?}");
    // On a TV the digits are at least twice as high and wide as on a laptop.
    assert!(
        tv.0 >= 2 * small.0 && tv.1 >= 2 * small.1,
        "{small:?} {tv:?}"
    );
    assert!(tv.1 > 120, "{tv:?}: most of the width");
}

// ---- z: the zoomed card ----

fn zoom_room() -> Ops {
    board_with(|v| {
        let c = card(v, 0);
        c["title"] = "Fall i natt".into();
        c["owner"] = "Kari".into();
        c["light"] = "yellow".into();
        c["due"] = "2026-12-01".into();
    })
}

#[test]
fn z_zooms_the_selected_card_in_large_letters() {
    let mut o = zoom_room();
    o.ch('z');
    let buf = o.buffer(200, 60);
    for word in ["Fall", "natt", "gul", "Kari", "01.12"] {
        assert!(drawn_at(&buf, word).is_some(), "{word}");
    }
    let title = drawn_at(&buf, "Fall").unwrap();
    assert!(title >= 2, "title at scale {title}");
    // The light's shape is drawn too (never colour alone): ▲ is 8 wide
    // at its base.
    let (_, w) = ink(&buf, buf.area);
    assert!(w > 100);
    // The hint bar says how to close it.
    let last = rows(&buf).last().unwrap().concat();
    assert!(last.contains("z/Esc") && last.contains("lukk"), "{last}");
}

#[test]
fn z_or_esc_closes_and_other_keys_do_nothing() {
    let mut o = zoom_room();
    let before = o.screen(120, 40);
    o.ch('z');
    assert_ne!(o.screen(120, 40), before);
    o.key(KeyCode::Right);
    o.ch('x');
    assert!(
        !o.disk().cards[0].archived,
        "x did not archive under the zoom"
    );
    o.ch('z');
    assert_eq!(o.screen(120, 40), before);
    o.ch('z');
    o.key(KeyCode::Esc);
    assert_eq!(o.screen(120, 40), before);
}

#[test]
fn zoom_is_in_the_help() {
    let mut o = zoom_room();
    o.ch('?');
    let help = o.screen(160, 60);
    assert!(help.contains("det valgte kortet i stor skrift"), "{help}");
    assert!(help.contains("stor tittel og møteklokke"), "{help}");
}

#[test]
fn z_without_a_card_says_so_and_opens_nothing() {
    let mut o = board_with(|v| v["cards"] = Value::Array(vec![]));
    let before = o.buffer(120, 40);
    o.ch('z');
    let screen = o.screen(120, 40);
    assert!(screen.contains("Ingen kort er valgt"), "{screen}");
    assert!(o.app.overlay.is_none());
    assert_eq!(ink(&o.buffer(120, 40), before.area), (0, 0));
}

#[test]
fn a_hostile_title_is_sanitized_when_zoomed() {
    let mut o = board_with(|v| {
        card(v, 0)["title"] = "Fall\u{202e}natt\u{1b}[2J\u{7}".into();
    });
    o.ch('z');
    let buf = o.buffer(200, 60);
    for cell in buf.content.iter() {
        for c in cell.symbol().chars() {
            assert!(
                !c.is_control() && !('\u{202a}'..='\u{202e}').contains(&c),
                "{c:?}"
            );
        }
    }
    assert!(drawn_at(&buf, "Fall").is_some());
}

// ---- Z: the large header ----

#[test]
fn capital_z_shows_the_board_title_large_when_the_height_allows() {
    let mut o = board_with(|v| v["title"] = "Avd 2".into());
    o.ch('Z');
    let tv = o.buffer(200, 60);
    let scale = drawn_at(&tv, "Avd").expect("the title in large letters");
    assert!(scale >= 2, "{scale}");
    // A laptop keeps its columns: no large header at 80×24.
    assert_eq!(drawn_at(&o.buffer(80, 24), "Avd"), None);
    // Z again takes it away.
    o.ch('Z');
    assert_eq!(drawn_at(&o.buffer(200, 60), "Avd"), None);
}

#[test]
fn the_large_header_shows_the_meeting_clock_during_a_meeting() {
    let mut o = board_with(|v| v["title"] = "Avd 2".into());
    o.ch('m');
    o.ch('Z');
    let tv = o.buffer(200, 60);
    assert!(drawn_at(&tv, "Avd").is_some());
    let screen = o.screen(200, 60);
    // The countdown's digits as in the meeting header, drawn large.
    let clock = screen
        .lines()
        .find_map(|l| {
            let after = l.split('⏱').nth(1)?;
            after.split_whitespace().next()
        })
        .unwrap()
        .to_string();
    assert!(drawn_at(&tv, &clock).is_some(), "{clock}");
}

// ---- wide and tall screens ----

/// The widest a board's title is shown on the overview at `w`×`h`: the
/// run of text on the row of the long-titled board.
fn overview_title_cells(w: u16, h: u16) -> usize {
    let long = "Fellesskap for hjemmetjenesten i sone nord og sykehjemmene i kommunen sammen";
    let mut o = board_with(|v| v["title"] = long.into());
    o.ch('q');
    let screen = o.screen(w, h);
    let row = screen.lines().find(|l| l.contains("Fellesskap")).unwrap();
    let shown: String = row
        .chars()
        .skip_while(|c| *c != 'F')
        .take_while(|c| *c != '…')
        .collect();
    // Whole words of the title that are shown.
    long.split(' ')
        .scan(String::new(), |acc, w| {
            if !acc.is_empty() {
                acc.push(' ');
            }
            acc.push_str(w);
            Some(acc.clone())
        })
        .filter(|p| shown.starts_with(p.as_str()))
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0)
}

#[test]
fn the_overview_title_column_grows_with_the_width() {
    let laptop = overview_title_cells(80, 24);
    let mid = overview_title_cells(120, 40);
    let tv = overview_title_cells(240, 67);
    assert!(laptop < mid && mid <= tv, "{laptop} {mid} {tv}");
    assert_eq!(tv, 76, "the whole title on a 4K TV");
}

#[test]
fn cards_show_their_whole_title_when_the_height_allows() {
    let long = "Ny rutine for overlevering mellom dag og kveld med felles gjennomgang av \
                alle bebuarar som har hatt fall eller uro siste døgn";
    let mut o = board_with(|v| card(v, 0)["title"] = long.into());
    let end = "døgn";
    for (w, h, whole) in [(80, 24, false), (120, 40, true), (240, 67, true)] {
        let screen = o.screen(w, h);
        assert_eq!(screen.contains(end), whole, "{w}×{h}:\n{screen}");
    }
    // Another card selected, the first still shows whole on a TV.
    o.key(KeyCode::Down);
    assert!(o.screen(240, 67).contains(end));
}

#[test]
fn z_works_on_the_operations_boards_measures() {
    let mut o = Ops::drift();
    o.ch('z');
    assert!(matches!(o.app.overlay, Some(tavle::app::Overlay::Zoom(_))));
    let buf = o.buffer(200, 60);
    let card = o.app.screens.board.card.clone().unwrap();
    let title = o.disk().card(&card).unwrap().title.clone();
    let first = title.split_whitespace().next().unwrap().to_string();
    assert!(drawn_at(&buf, &first).is_some(), "{first}");
}

#[test]
fn the_zoom_and_the_large_header_at_three_sizes() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let mut o = zoom_room();
        o.ch('z');
        insta::assert_snapshot!(format!("zoom_{w}x{h}"), o.screen(w, h));
        o.ch('z');
        o.ch('Z');
        insta::assert_snapshot!(format!("big_header_{w}x{h}"), o.screen(w, h));
    }
}

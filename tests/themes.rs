//! The four themes on a representative set of screens (overview, an
//! improvement board, the operations board, a card, the indicators and
//! their run chart, the help, the symbols page, the meeting header): a
//! snapshot of each in each theme, with the colours and modifiers of every
//! row as runs, so that a colour change shows up; that monochrome has no
//! colour anywhere and keeps what only a background told apart visible;
//! that the light theme paints every cell; and `T` cycling live with a
//! notice in the user's language.

mod ops_fixture;

use crossterm::event::KeyCode;
use ops_fixture::Ops;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use tavle::i18n::Lang;
use tavle::settings::Theme;

const W: u16 = 100;
const H: u16 = 30;

fn room(lang: Lang) -> Ops {
    let mut o = Ops::in_lang(
        lang,
        &[
            (
                "forbedring.json",
                include_str!("../boards/sykehjem-forbedring.json"),
            ),
            (
                "drift.json",
                include_str!("../boards/hjemmetjenesten-nord.json"),
            ),
        ],
    );
    // The overview's title bar names the folder: a fixed name, not the
    // temporary folder's.
    o.app.shared.set_dir("tavler".into());
    o
}

/// Keys that reach a screen from the improvement board.
type Reach = fn(&mut Ops);

/// The screens, by name, each reached by keys from the improvement board.
fn screens() -> Vec<(&'static str, Reach)> {
    vec![
        ("improvement", |_| {}),
        ("card", |o| o.key(KeyCode::Enter)),
        ("indicators", |o| o.ch('i')),
        ("help", |o| o.ch('?')),
        ("symbols", |o| {
            o.ch('?');
            o.ch('?');
        }),
        ("meeting", |o| o.ch('m')),
        ("operations", |o| o.key(KeyCode::Tab)),
        ("overview", |o| o.ch('q')),
    ]
}

/// Text, then every row's styled runs: `row: from-to fg/bg MODIFIERS`.
fn dump(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out.push_str("--- styles (from-to fg/bg modifiers; unstyled runs left out)\n");
    for y in 0..buf.area.height {
        let mut runs = Vec::new();
        let mut x = 0;
        while x < buf.area.width {
            let c = &buf[(x, y)];
            let key = (c.fg, c.bg, c.modifier);
            let start = x;
            while x < buf.area.width && {
                let d = &buf[(x, y)];
                (d.fg, d.bg, d.modifier) == key
            } {
                x += 1;
            }
            if key != (Color::Reset, Color::Reset, Modifier::empty()) {
                runs.push(format!(
                    "{start}-{} {:?}/{:?} {:?}",
                    x - 1,
                    key.0,
                    key.1,
                    key.2
                ));
            }
        }
        if !runs.is_empty() {
            out.push_str(&format!("{y:2}: {}\n", runs.join("; ")));
        }
    }
    out
}

fn shot(theme: Theme, screen: Reach) -> Buffer {
    let mut o = room(Lang::Nb);
    o.app.shared.set_theme(theme);
    screen(&mut o);
    o.buffer(W, H)
}

#[test]
fn every_screen_in_every_theme() {
    for theme in Theme::ALL {
        for (name, screen) in screens() {
            insta::assert_snapshot!(
                format!("{name}_{}_{W}x{H}", theme.name()),
                dump(&shot(theme, screen))
            );
        }
    }
}

#[test]
fn the_dark_theme_is_the_look_the_views_draw() {
    // The snapshot tests of every other file are in the dark theme: it must
    // be the default and change nothing.
    assert_eq!(room(Lang::Nb).app.shared.theme(), Theme::Dark);
    let (_, meeting) = screens()[5];
    let buf = shot(Theme::Dark, meeting);
    assert!(
        buf.content.iter().any(|c| c.bg == Color::Blue),
        "the header"
    );
    assert!(buf.content.iter().any(|c| c.fg == Color::Green));
}

#[test]
fn monochrome_has_no_colour_in_any_cell() {
    for (name, screen) in screens() {
        let buf = shot(Theme::Mono, screen);
        for (i, c) in buf.content.iter().enumerate() {
            assert!(
                c.fg == Color::Reset && c.bg == Color::Reset,
                "{name}: cell {i} {:?} is {:?}/{:?}",
                c.symbol(),
                c.fg,
                c.bg
            );
        }
    }
}

#[test]
fn monochrome_shows_in_reverse_video_what_only_a_background_told_apart() {
    for (name, screen) in screens() {
        let dark = shot(Theme::Dark, screen);
        let mono = shot(Theme::Mono, screen);
        let mut backgrounds = 0;
        for (d, m) in dark.content.iter().zip(&mono.content) {
            assert_eq!(d.symbol(), m.symbol(), "{name}: the same text");
            if d.bg != Color::Reset {
                backgrounds += 1;
                assert_ne!(
                    d.modifier.contains(Modifier::REVERSED),
                    m.modifier.contains(Modifier::REVERSED),
                    "{name}: {:?} had a background and looks the same without it",
                    d.symbol()
                );
            }
        }
        if name == "meeting" {
            // The meeting header: three rows the width of the screen.
            assert!(backgrounds >= 3 * usize::from(W), "{backgrounds}");
        }
    }
}

#[test]
fn the_light_theme_paints_every_cell() {
    for (name, screen) in screens() {
        let buf = shot(Theme::Light, screen);
        let mut covered = 0;
        for c in buf.content.iter() {
            // The right half of a double-width glyph never reaches the
            // terminal: the glyph's own cell is what shows.
            if covered > 0 {
                covered -= 1;
                continue;
            }
            covered = unicode_width::UnicodeWidthStr::width(c.symbol()).saturating_sub(1);
            assert!(
                c.bg != Color::Reset && c.fg != Color::Reset,
                "{name}: {:?} is left to the terminal ({:?}/{:?})",
                c.symbol(),
                c.fg,
                c.bg
            );
        }
        assert!(buf.content.iter().any(|c| c.bg == tavle::ui::theme::PAPER));
    }
}

#[test]
fn the_symbols_page_shows_each_symbol_in_the_themes_colour() {
    let (_, symbols) = screens()[4];
    let find = |buf: &Buffer, glyph: &str| {
        (buf.content.iter())
            .find(|c| c.symbol() == glyph)
            .map(|c| c.fg)
            .unwrap()
    };
    let dark = shot(Theme::Dark, symbols);
    let safe = shot(Theme::ColourSafe, symbols);
    let light = shot(Theme::Light, symbols);
    assert_eq!(find(&dark, "●"), Color::Green);
    assert_eq!(find(&safe, "●"), Color::Rgb(0, 114, 178));
    assert_eq!(find(&safe, "■"), Color::Rgb(213, 94, 0));
    assert_eq!(find(&light, "●"), Color::Rgb(0, 100, 0));
    assert_eq!(find(&shot(Theme::Mono, symbols), "●"), Color::Reset);
}

#[test]
fn capital_t_cycles_the_themes_live_and_names_each() {
    for (lang, names) in [
        (
            Lang::Nb,
            [
                "Fargetema: lyst, høy kontrast",
                "Fargetema: fargesikkert (blå–gul–oransje)",
                "Fargetema: svart-hvitt",
                "Fargetema: mørkt",
            ],
        ),
        (
            Lang::Nn,
            [
                "Fargetema: lyst, høg kontrast",
                "Fargetema: fargetrygt (blå–gul–oransje)",
                "Fargetema: svart-kvitt",
                "Fargetema: mørkt",
            ],
        ),
        (
            Lang::En,
            [
                "Colour theme: light, high contrast",
                "Colour theme: colour-safe (blue–yellow–orange)",
                "Colour theme: monochrome",
                "Colour theme: dark",
            ],
        ),
    ] {
        let mut o = room(lang);
        let want = [Theme::Light, Theme::ColourSafe, Theme::Mono, Theme::Dark];
        for (theme, name) in want.iter().zip(names) {
            o.ch('T');
            assert_eq!(o.app.shared.theme(), *theme, "{lang:?}");
            let screen = o.screen(120, 30);
            assert!(screen.contains(name), "{lang:?} {name}:\n{screen}");
        }
        // On the overview too: the key is global.
        o.ch('q');
        o.ch('T');
        assert_eq!(o.app.shared.theme(), Theme::Light);
    }
}

#[test]
fn capital_t_is_in_the_help() {
    let mut o = room(Lang::En);
    o.ch('?');
    let screen = o.screen(160, 50);
    assert!(
        screen.contains("T") && screen.contains("next colour theme"),
        "{screen}"
    );
}

//! The operations layout (issue 22 point 1): the panels a board's file
//! names, in its order, around the measures; the five focus keys giving the
//! keyboard to a panel (double border and a title in bold reverse video in
//! the grid, the tab marked `▸` in bold reverse video on a laptop) and `v` or
//! Esc giving it back to the columns; a focus key of a panel the board does
//! not show gives the notice and nothing else; an improvement board looks
//! as it did; the sample-like drift board at 80×24 (tabs), 120×40 and
//! 200×60; and hostile text in a shift, a goal and an indicator drawn as
//! visible symbols, never raw.

mod ops_fixture;

use crossterm::event::KeyCode;
use ops_fixture::Ops;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use tavle_core::layout::PanelKind;

/// Where `text` starts on screen, as (column, row) in cells.
fn find(buf: &Buffer, text: &str) -> Option<(u16, u16)> {
    let want: Vec<String> = text.chars().map(String::from).collect();
    for y in 0..buf.area.height {
        let row: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        if row.len() < want.len() {
            continue;
        }
        for x in 0..=row.len() - want.len() {
            if row[x..x + want.len()]
                .iter()
                .zip(&want)
                .all(|(a, b)| *a == b)
            {
                return Some((x as u16, y));
            }
        }
    }
    None
}

fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

/// A panel's frame as drawn: the corner left of its title (` s Bemanning i
/// dag `), `╔` when it has the keyboard, `┌` when not, and whether the
/// title is in bold reverse video.
fn frame_of(buf: &Buffer, title: &str) -> (String, bool) {
    let (x, y) = find(buf, title).unwrap_or_else(|| panic!("{title} not on screen"));
    let corner = buf[(x - 1, y)].symbol().to_string();
    let m = buf[(x + 1, y)].modifier;
    (
        corner,
        m.contains(Modifier::BOLD) && m.contains(Modifier::REVERSED),
    )
}

const TITLES: [(PanelKind, &str); 4] = [
    (PanelKind::Goals, " I Mål og indikatorer "),
    (PanelKind::Staffing, " s Bemanning i dag "),
    (PanelKind::Risks, " r Risiko og avvik "),
    (PanelKind::Deadlines, " f Frister og årshjul "),
];

/// Which panel frames are drawn as having the keyboard.
fn double_framed(buf: &Buffer) -> Vec<PanelKind> {
    TITLES
        .iter()
        .filter(|(_, t)| frame_of(buf, t) == ("╔".to_string(), true))
        .map(|(k, _)| *k)
        .collect()
}

/// The measures' title row: ` v Tiltak ═══…` while the columns have the
/// keyboard, `─` while a panel has it.
fn measures_focused(buf: &Buffer) -> bool {
    let (x, y) = find(buf, " v Tiltak ").expect("the measures' title");
    buf[(x + 11, y)].symbol() == "═"
}

#[test]
fn the_order_set_in_the_file_is_the_order_on_screen() {
    let o = Ops::drift_with(|b| {
        b["panels"] = serde_json::json!(["deadlines", "staffing", "measures"]);
    });
    // The grid: the two panels in a band above the columns, left to right.
    let buf = o.buffer(120, 40);
    let screen = rows(&buf).join("\n");
    let f = find(&buf, " f Frister og årshjul ").expect(&screen);
    let s = find(&buf, " s Bemanning i dag ").expect(&screen);
    let v = find(&buf, " v Tiltak ").expect(&screen);
    assert!(
        f.1 == s.1 && f.0 < s.0,
        "deadlines left of staffing:\n{screen}"
    );
    assert!(s.1 < v.1, "the measures below the panels named before them");
    for absent in ["Mål og indikatorer", "Risiko og avvik"] {
        assert!(!screen.contains(absent), "{absent}:\n{screen}");
    }
    // The tabs on a laptop: the same order, nothing else.
    let small = o.screen(80, 24);
    let tabs = small.lines().nth(1).unwrap();
    let at = |t: &str| tabs.find(t).unwrap_or_else(|| panic!("{t} in {tabs}"));
    assert!(at("f frister") < at("s bemanning") && at("s bemanning") < at("v tiltak"));
    assert!(!tabs.contains("mål") && !tabs.contains("risiko"), "{tabs}");
}

#[test]
fn the_five_focus_keys_move_the_keyboard_and_v_or_esc_give_it_back() {
    let mut o = Ops::drift();
    let buf = o.buffer(120, 40);
    assert_eq!(double_framed(&buf), []);
    assert!(measures_focused(&buf));
    for (key, kind) in [
        ('s', PanelKind::Staffing),
        ('r', PanelKind::Risks),
        ('I', PanelKind::Goals),
        ('f', PanelKind::Deadlines),
    ] {
        o.ch(key);
        assert_eq!(o.app.screens.board.ops.focused(), kind, "{key}");
        let buf = o.buffer(120, 40);
        assert_eq!(double_framed(&buf), [kind], "{key}");
        assert!(!measures_focused(&buf), "{key}");
    }
    // `v` gives the keyboard back to the columns: ← → move between them.
    o.ch('v');
    assert_eq!(o.app.screens.board.ops.focused(), PanelKind::Measures);
    let buf = o.buffer(120, 40);
    assert_eq!(double_framed(&buf), []);
    assert!(measures_focused(&buf));
    let before = o.app.screens.board.column.clone();
    o.key(KeyCode::Right);
    assert_ne!(
        o.app.screens.board.column, before,
        "the columns have the keys"
    );
    // Esc from a panel: back to the columns, still on the board.
    o.ch('s');
    o.key(KeyCode::Esc);
    assert_eq!(o.app.screens.board.ops.focused(), PanelKind::Measures);
    assert_eq!(o.app.screen, tavle::app::Screen::Board);
    assert!(measures_focused(&o.buffer(120, 40)));
}

#[test]
fn on_a_laptop_the_focus_keys_switch_tabs() {
    let mut o = Ops::drift();
    let tab_of = |buf: &Buffer, text: &str| {
        let (x, y) = find(buf, text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(y, 1, "the tabs are the body's first row");
        let m = buf[(x, y)].modifier;
        m.contains(Modifier::BOLD) && m.contains(Modifier::REVERSED)
    };
    let buf = o.buffer(80, 24);
    assert!(tab_of(&buf, "▸v tiltak"), "the measures' tab shown first");
    assert!(!tab_of(&buf, " s bemanning"));
    assert!(find(&buf, "I dag").is_some(), "the columns in the body");
    o.ch('s');
    let buf = o.buffer(80, 24);
    assert!(tab_of(&buf, "▸s bemanning"));
    assert!(!tab_of(&buf, " v tiltak"));
    let screen = rows(&buf).join("\n");
    assert!(
        screen.contains("▼ 2 mangler"),
        "the staffing in the body:\n{screen}"
    );
    assert!(!screen.contains("Venter på andre"), "no columns:\n{screen}");
    o.ch('v');
    assert!(tab_of(&o.buffer(80, 24), "▸v tiltak"));
}

#[test]
fn a_focus_key_of_a_panel_the_board_does_not_show_gives_the_notice_and_nothing_else() {
    let mut o = Ops::drift_with(|b| {
        b["panels"] = serde_json::json!(["staffing", "measures"]);
    });
    let file = std::fs::read(&o.file).unwrap();
    let before = rows(&o.buffer(120, 40));
    for (key, words) in [('r', "Risiko og avvik"), ('I', "Mål og indikatorer")] {
        o.ch(key);
        assert_eq!(o.app.screens.board.ops.focused(), PanelKind::Measures);
        let after = rows(&o.buffer(120, 40));
        let notice = &after[after.len() - 2];
        assert!(
            notice.contains(&format!("Denne tavla viser ikke {words}")),
            "{notice}"
        );
        // Every other row is as it was.
        let n = after.len();
        assert_eq!(after[..n - 2], before[..n - 2], "{key}");
        assert_eq!(after[n - 1], before[n - 1], "{key}: the hint bar");
    }
    assert_eq!(std::fs::read(&o.file).unwrap(), file, "nothing written");
    // `?` lists the keys of the panels shown, and only those.
    o.ch('?');
    let help = o.screen(120, 40);
    assert!(help.contains("gå til bemanningen"), "{help}");
    assert!(!help.contains("gå til risiko og avvik"), "{help}");
    assert!(!help.contains("gå til mål og indikatorer"), "{help}");
}

/// An improvement board without `panels`: its columns alone, as before —
/// no tabs, no panel frames, no focus keys in the hint bar; the snapshots
/// were taken with the tavle before the operations layout.
#[test]
fn an_improvement_board_without_panels_looks_exactly_as_before() {
    let board = r#"{"tavle":1,"title":"Forbedring på sykehjemmet","kind":"forbedring",
      "columns":[{"id":"i","title":"Ideer"},{"id":"p","title":"Planlegge"},
                 {"id":"g","title":"Gjennomføre"},{"id":"e","title":"Evaluere"}],
      "cards":[{"id":"k1","title":"Faste måltider med personalet","column":"i","owner":"Kari"},
               {"id":"k2","title":"Sjekkliste ved innkomst","column":"g","light":"yellow"}]}"#;
    let mut o = Ops::new(&[("forbedring.json", board)]);
    for (w, h) in [(80, 24), (120, 40)] {
        let screen = o.screen(w, h);
        assert!(!screen.contains("v tiltak") && !screen.contains("Bemanning"));
        insta::assert_snapshot!(format!("improvement_{w}x{h}"), screen);
    }
    // `?` lists no keys of panels the board does not show.
    o.ch('?');
    let help = o.screen(120, 40);
    assert!(help.contains("nytt kort"), "{help}");
    for panel in [
        "bemanningen",
        "risiko og avvik",
        "mål og indikatorer",
        "tiltakene",
    ] {
        assert!(
            !help.contains(&format!("gå til {panel}")),
            "{panel}: {help}"
        );
    }
}

#[test]
fn the_sample_like_drift_board_at_three_sizes() {
    let o = Ops::drift();
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        insta::assert_snapshot!(format!("drift_{w}x{h}"), o.screen(w, h));
    }
}

#[test]
fn a_4k_tv_puts_the_panels_beside_the_measures_and_fills_the_screen() {
    let o = Ops::drift();
    let buf = o.buffer(380, 100);
    let screen = rows(&buf).join("\n");
    let g = find(&buf, " I Mål og indikatorer ").expect(&screen);
    let v = find(&buf, " v Tiltak ").expect(&screen);
    let f = find(&buf, " f Frister og årshjul ").expect(&screen);
    assert!(g.0 < v.0 && v.0 < f.0, "left, middle, right");
    assert_eq!(v.1, 1, "the measures from the top of the body");
    // No row of the body is blank from edge to edge.
    let body = &rows(&buf)[1..98];
    assert!(body.iter().all(|r| !r.trim().is_empty()));
}

#[test]
fn hostile_text_in_a_shift_a_goal_and_an_indicator_never_reaches_the_screen_raw() {
    let o = Ops::drift_with(|b| {
        b["staffing"]["shifts"] = serde_json::json!(["dag\u{1b}[2J", "natt\u{202e}kcab"]);
        b["staffing"]["days"] = serde_json::json!([
            {"date": "2026-11-24", "shift": "dag\u{1b}[2J", "planned": 3, "present": 1}
        ]);
        b["goals"][0]["title"] = serde_json::json!("Mål \u{1b}]0;tittel\u{7}");
        b["indicators"][0]["title"] = serde_json::json!("Indikator \u{1b}[31m\u{202e}");
    });
    for (w, h) in [(120, 40), (200, 60)] {
        let screen = o.screen(w, h);
        assert!(!screen.contains('\u{1b}') && !screen.contains('\u{202e}'));
        for visible in [
            "dag␛[2J",
            "natt�kcab",
            "Mål ␛]0;tittel␇",
            "Indikator ␛[31m�",
        ] {
            assert!(screen.contains(visible), "{visible} at {w}x{h}:\n{screen}");
        }
    }
}

/// The board's own parts keep working inside the layout: during a meeting
/// the decisions panel sits beside the columns, and the big clock (`t`)
/// fills the whole body, panels and all.
#[test]
fn the_decisions_panel_and_the_big_clock_work_inside_the_layout() {
    let mut o = Ops::drift();
    o.ch('m');
    assert!(o.app.shared.running().is_some());
    let screen = o.screen(200, 60);
    assert!(screen.contains(" s Bemanning i dag ") && screen.contains("Beslutninger"));
    o.ch('t');
    let screen = o.screen(200, 60);
    for (_, panel) in TITLES {
        assert!(
            !screen.contains(panel),
            "{panel} beside the big clock:\n{screen}"
        );
    }
    assert!(!screen.contains(" v Tiltak "), "{screen}");
    o.ch('t');
    assert!(o.screen(200, 60).contains(" s Bemanning i dag "));
}

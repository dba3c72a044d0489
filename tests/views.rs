//! Every screen rendered into ratatui's TestBackend with a fixed clock and
//! compared with a snapshot; plus sizes from 40×12 to 400×120.

use std::path::Path;
use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event};
use tavle::i18n::Lang;

fn clock() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap()
}

fn app(lang: Lang) -> App {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"));
    let entries = tavle::tui::load_all(dir).unwrap();
    App::new(
        lang,
        "boards".into(),
        entries,
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        Instant::now(),
    )
}

fn keys(app: &mut App, keys: &[KeyCode]) {
    for k in keys {
        let _ = app.update(
            Event::Key(KeyEvent::new(*k, KeyModifiers::NONE)),
            Instant::now(),
        );
    }
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| tavle::ui::render(app, clock(), f)).unwrap();
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut s = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            s.push_str(buf[(x, y)].symbol());
        }
        s.push('\n');
    }
    s
}

#[test]
fn overview_snapshot() {
    let a = app(Lang::Nb);
    insta::assert_snapshot!("overview_120x36", draw(&a, 120, 36).backend());
}

#[test]
fn board_snapshot() {
    let mut a = app(Lang::Nb);
    keys(&mut a, &[KeyCode::Enter]);
    insta::assert_snapshot!("board_120x36", draw(&a, 120, 36).backend());
}

#[test]
fn board_snapshot_80x24_english() {
    let mut a = app(Lang::En);
    keys(&mut a, &[KeyCode::Enter, KeyCode::Right]);
    insta::assert_snapshot!("board_80x24_en", draw(&a, 80, 24).backend());
}

#[test]
fn improvement_board_scrolls_sideways_at_80_columns() {
    let mut a = app(Lang::Nb);
    keys(&mut a, &[KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    keys(
        &mut a,
        &[
            KeyCode::Right,
            KeyCode::Right,
            KeyCode::Right,
            KeyCode::Right,
        ],
    );
    let t = draw(&a, 80, 24);
    let s = text(&t);
    assert!(s.contains("Ny standard"), "{s}");
    assert!(
        s.contains('◀'),
        "a marker says columns are hidden to the left:\n{s}"
    );
}

#[test]
fn help_overlay_snapshot() {
    let mut a = app(Lang::Nb);
    keys(&mut a, &[KeyCode::Enter, KeyCode::Char('?')]);
    insta::assert_snapshot!("help_board", draw(&a, 100, 36).backend());
}

#[test]
fn editor_snapshot() {
    let mut a = app(Lang::Nb);
    keys(&mut a, &[KeyCode::Enter, KeyCode::Char('e')]);
    insta::assert_snapshot!("editor", draw(&a, 100, 30).backend());
}

#[test]
fn help_lists_every_binding_of_the_screen() {
    let mut a = app(Lang::En);
    keys(&mut a, &[KeyCode::Enter, KeyCode::Char('?')]);
    // High enough for one column of keys: no help text wraps or is cut
    // (issue 21 gave the board +, P, A, R and o: more rows).
    let s = text(&draw(&a, 120, 60));
    for b in tavle::app::board::KEYS
        .iter()
        .chain(tavle::app::global::KEYS)
    {
        let help = tavle::i18n::cmd_help(Lang::En, b.cmd.id());
        assert!(s.contains(help), "help lacks {help:?}:\n{s}");
        for k in b.keys {
            assert!(s.contains(k.label), "help lacks key {}:\n{s}", k.label);
        }
    }
}

#[test]
fn help_lists_the_global_keys_once_after_the_screens_own() {
    for screen_keys in [&[KeyCode::Enter][..], &[KeyCode::Enter, KeyCode::Char('p')]] {
        let mut a = app(Lang::En);
        keys(&mut a, screen_keys);
        keys(&mut a, &[KeyCode::Char('?')]);
        let s = text(&draw(&a, 120, 60));
        // Each row of the overlay as `keys help`, the padding collapsed.
        let rows: String = (s.lines().filter(|l| l.contains('┃')))
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n");
        let line_of = |help: &str| s.lines().position(|l| l.contains(help));
        for b in tavle::app::global::KEYS {
            let keys = tavle::app::keymap::labels(b, " ");
            let row = format!("{keys} {}", tavle::i18n::cmd_help(Lang::En, b.cmd.id()));
            assert_eq!(rows.matches(&row).count(), 1, "{row:?} once:\n{s}");
        }
        // The screen's own keys come first: its back key above the help key.
        let back = line_of(tavle::i18n::cmd_help(Lang::En, "back"));
        let help = line_of(tavle::i18n::cmd_help(Lang::En, "help"));
        assert!(back.is_some() && back < help, "{s}");
        // The global keys under a heading of their own, the first just below it.
        let heading = rows.lines().position(|l| l.contains("┃ Everywhere ┃"));
        let first = tavle::app::global::KEYS
            .iter()
            .find(|b| rows.contains(tavle::i18n::cmd_help(Lang::En, b.cmd.id())));
        let first = first.map(|b| tavle::i18n::cmd_help(Lang::En, b.cmd.id()));
        let below = first.and_then(|f| rows.lines().position(|l| l.contains(f)));
        assert!(heading.is_some() && below > heading, "{rows}");
    }
}

#[test]
fn tiny_and_huge_sizes_never_panic() {
    let mut a = app(Lang::Nb);
    for (w, h) in [(1, 1), (40, 12), (59, 15), (60, 16), (80, 24), (400, 120)] {
        draw(&a, w, h);
    }
    keys(&mut a, &[KeyCode::Enter]);
    for (w, h) in [
        (1, 1),
        (40, 12),
        (60, 16),
        (61, 17),
        (80, 24),
        (200, 50),
        (400, 120),
    ] {
        let t = draw(&a, w, h);
        if w < 60 || h < 16 {
            assert!(text(&t).contains("Gjør") || w < 10, "{w}x{h}: {}", text(&t));
        }
    }
    keys(&mut a, &[KeyCode::Char('?')]);
    draw(&a, 60, 16);
}

#[test]
fn escape_sequences_in_titles_never_reach_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("x.json"),
        r#"{"tavle":1,"title":"Ond\u001b]0;pwned\u0007","kind":"drift","columns":[{"id":"a","title":"A\u001b[2J"}],
           "cards":[{"id":"k1","title":"Kort\u001b[31m rødt\r\nny linje","column":"a","owner":"\u009b6n"}]}"#,
    )
    .unwrap();
    let entries = tavle::tui::load_all(dir.path()).unwrap();
    let mut a = App::new(
        Lang::Nb,
        dir.path().into(),
        entries,
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        Instant::now(),
    );
    let overview = text(&draw(&a, 100, 20));
    keys(&mut a, &[KeyCode::Enter]);
    let board = text(&draw(&a, 100, 20));
    for s in [&overview, &board] {
        assert!(!s.chars().any(|c| c.is_control() && c != '\n'), "{s:?}");
    }
    assert!(board.contains("Kort␛[31m rødt␍␊ny"), "{board}");
}

#[test]
fn wide_titles_are_cut_by_display_width() {
    let dir = tempfile::tempdir().unwrap();
    // Each title six times over: too long to show whole on a laptop even
    // now that a column tall enough shows titles whole (issue 23).
    let [a, b, c] = [
        "Blåbærsyltetøy-og-rømmegrøt-med-smør-på-toppen-øøøøøøøøøøøøøøøøøø",
        "日本語のとても長いタイトルがここにありますよ日本語のとても長いタイトル",
        "👩‍👩‍👧👍🏽🎉👩‍👩‍👧👍🏽🎉👩‍👩‍👧👍🏽🎉👩‍👩‍👧👍🏽🎉👩‍👩‍👧👍🏽🎉👩‍👩‍👧👍🏽🎉",
    ]
    .map(|t| t.repeat(6));
    std::fs::write(
        dir.path().join("x.json"),
        format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}},{{"id":"b","title":"B"}},{{"id":"c","title":"C"}},{{"id":"d","title":"D"}}],
           "cards":[{{"id":"k1","title":"{a}","column":"a"}},
                    {{"id":"k2","title":"{b}","column":"b"}},
                    {{"id":"k3","title":"{c}","column":"c"}}]}}"#
        ),
    )
    .unwrap();
    let entries = tavle::tui::load_all(dir.path()).unwrap();
    let mut a = App::new(
        Lang::Nb,
        dir.path().into(),
        entries,
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        Instant::now(),
    );
    keys(&mut a, &[KeyCode::Enter]);
    // Up to 100 columns the column cannot hold them; on a TV it can, and
    // a title shown whole needs no `…`.
    for w in 60..=100 {
        let s = text(&draw(&a, w, 24));
        assert!(s.contains('…'), "{w}: {s}");
    }
    let s = text(&draw(&a, 200, 24));
    assert!(!s.contains('…'), "{s}");
}

#[test]
fn help_lists_every_key_even_at_80x24() {
    let mut a = app(Lang::En);
    keys(&mut a, &[KeyCode::Enter, KeyCode::Char('?')]);
    let s = text(&draw(&a, 80, 24));
    for b in tavle::app::board::KEYS
        .iter()
        .chain(tavle::app::global::KEYS)
    {
        for k in b.keys {
            assert!(
                s.contains(k.label),
                "help at 80x24 lacks key {}:\n{s}",
                k.label
            );
        }
    }
}

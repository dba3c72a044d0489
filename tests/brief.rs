//! A large folder holds the boards not open in brief (issue 24): the app
//! with every board but the one shown held as a summary must look and
//! behave exactly as the app with every board parsed. Both are built here
//! from the same folder (the brief one by lowering the number of boards
//! from which boards are held in brief to 0) and compared: the overview
//! drawn, with and without an owner filter; the owners the filter offers;
//! the round; a board opened (read in full again by the worker); and the
//! cards an outside change highlights, with who changed them.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Effect, Event};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::Lang;
use tavle::ops::Stamp;

const OWNERS: [&str; 4] = ["Kari", "Ola Nordmann", "Åse", "Siri"];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
}

/// Board `n`: cards with lights, owners and deadlines around today, an
/// indicator due for the round on every third, a decision with a
/// follow-up, and on board 1 a card sent up to board 0.
fn board(n: usize) -> String {
    let cards: Vec<String> = (0..3 + n % 5)
        .map(|i| {
            let light = ["red", "yellow", "green", ""][(n + i) % 4];
            let light = if light.is_empty() {
                String::new()
            } else {
                format!(r#","light":"{light}""#)
            };
            let column = ["a", "a", "b", "f"][(n * 3 + i) % 4];
            let link = match (n, i) {
                (1, 0) => r#","escalated_to":{"board":"t00","card":"opp"}"#,
                _ => "",
            };
            format!(
                r#"{{"id":"k{i}","title":"Tiltak {n}.{i}","column":"{column}","owner":"{}","due":"2026-11-{}"{light}{link},"updated":"2026-11-1{}T08:00:00+01:00","updated_by":"Kari"}}"#,
                OWNERS[(n + i) % 4],
                18 + (n + i) % 10,
                i % 10
            )
        })
        .collect();
    let mut cards = cards;
    if n == 0 {
        cards.push(
            r#"{"id":"opp","title":"Sendt opp","column":"a","escalated_from":{"board":"t01","card":"k0"}}"#
                .into(),
        );
    }
    let indicator = if n.is_multiple_of(3) {
        r#","indicators":[{"id":"m","title":"Måling","unit":"%","every":"week","values":[{"date":"2026-11-02","value":50},{"date":"2026-11-09","value":54},{"date":"2026-11-16","value":51}]}]"#
    } else {
        ""
    };
    format!(
        r#"{{"tavle":1,"title":"Tavle {n}","kind":"{}","unit":"Sone {}",
          "columns":[{{"id":"a","title":"I dag"}},{{"id":"b","title":"Pågår"}},{{"id":"f","title":"Ferdig","done":true}}],
          "cards":[{}]{indicator},
          "decisions":[{{"id":"d1","at":"2026-11-20T09:00:00+01:00","text":"Vedtak {n}","owner":"{}","due":"2026-12-0{}"}}]}}"#,
        if n.is_multiple_of(3) {
            "forbedring"
        } else {
            "drift"
        },
        n % 4,
        cards.join(","),
        OWNERS[n % 4],
        1 + n % 8
    )
}

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for n in 0..14 {
        std::fs::write(dir.path().join(format!("t{n:02}.json")), board(n)).unwrap();
    }
    dir
}

fn stamp() -> Stamp {
    Stamp {
        at: tavle::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Test".into(),
    }
}

fn app(dir: &Path, brief: bool) -> App {
    let files = store::board_files(dir).unwrap();
    let entries = files
        .iter()
        .map(|p| tavle::app::Entry::from_analysis(p.clone(), store::analyze(p)))
        .collect();
    let mut app = App::new(
        Lang::Nb,
        dir.to_path_buf(),
        entries,
        today(),
        Instant::now(),
    );
    if brief {
        app.shared.set_keep_full(0);
    }
    let fx = app.update(Event::Tick, Instant::now());
    tavle::tui::perform_with(&mut app, fx, &stamp);
    app
}

fn key(app: &mut App, code: KeyCode) {
    let fx = app.update(Event::Key(KeyEvent::from(code)), Instant::now());
    tavle::tui::perform_with(app, fx, &stamp);
}

fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let clock = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap();
    t.draw(|f| tavle::ui::render(app, clock, f)).unwrap();
    let buf = t.backend().buffer().clone();
    (0..h)
        .map(|y| {
            (0..w)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn held_in_brief(app: &App) -> usize {
    app.shared.entries().iter().filter(|e| e.brief).count()
}

#[test]
fn the_overview_owners_and_round_read_the_same_in_brief() {
    let dir = folder();
    let mut full = app(dir.path(), false);
    let mut brief = app(dir.path(), true);
    assert_eq!(held_in_brief(&full), 0);
    // Every board but the one selected and the one a card was sent up to
    // (t00) is held in brief, parsed no more.
    let top = dir.path().join("t00.json");
    let shown = brief.entry().unwrap().path.clone();
    assert_eq!(held_in_brief(&brief), if shown == top { 13 } else { 12 });
    assert!(
        brief
            .shared
            .entries()
            .iter()
            .filter(|e| e.brief)
            .all(|e| e.board.is_none())
    );
    for (w, h) in [(80, 24), (200, 50)] {
        assert_eq!(screen(&brief, w, h), screen(&full, w, h), "{w}×{h}");
    }
    let names = |a: &App| -> Vec<String> {
        (tavle::app::overview::names(&a.shared, "").into_iter())
            .map(|p| format!("{} {} {}", p.name, p.cards, p.follow_ups))
            .collect()
    };
    assert_eq!(names(&brief), names(&full));
    assert!(!names(&full).is_empty());
    let rows = |a: &App| -> Vec<(PathBuf, String)> {
        (tavle::app::round::rows(&a.shared).into_iter())
            .map(|r| (r.path, r.indicator))
            .collect()
    };
    assert_eq!(rows(&brief), rows(&full));
    assert!(!rows(&full).is_empty());
    // The owner filter: the boards listed, the counts and her panel.
    for a in [&mut full, &mut brief] {
        key(a, KeyCode::Char('/'));
        typ(a, "kari");
        key(a, KeyCode::Enter);
    }
    assert_eq!(screen(&brief, 200, 50), screen(&full, 200, 50));
    assert!(
        screen(&full, 200, 50).contains("Tiltak"),
        "{}",
        screen(&full, 200, 50)
    );
}

#[test]
fn a_board_held_in_brief_is_read_in_full_when_opened() {
    let dir = folder();
    let mut full = app(dir.path(), false);
    let mut brief = app(dir.path(), true);
    // Two rows down: a board held in brief is selected; the worker is asked to read it.
    for _ in 0..2 {
        let fx = brief.update(Event::Key(KeyEvent::from(KeyCode::Down)), Instant::now());
        let asked: Vec<&PathBuf> = (fx.iter())
            .filter_map(|e| match e {
                Effect::ReadBoard { path } => Some(path),
                _ => None,
            })
            .collect();
        assert_eq!(
            asked,
            [&brief.entry().unwrap().path],
            "the board selected, once"
        );
        tavle::tui::perform_with(&mut brief, fx, &stamp);
        key(&mut full, KeyCode::Down);
    }
    let e = brief.entry().unwrap();
    assert!(!e.brief && e.board.is_some(), "held in full once read");
    key(&mut brief, KeyCode::Enter);
    key(&mut full, KeyCode::Enter);
    assert_eq!(screen(&brief, 160, 40), screen(&full, 160, 40));
    // The boards shown lately stay in full, and the one a card was sent
    // up to; the rest are in brief.
    let top = dir.path().join("t00.json");
    let full_held: Vec<&PathBuf> = (brief.shared.entries().iter())
        .filter(|e| !e.brief)
        .map(|e| &e.path)
        .collect();
    assert!(full_held.contains(&&top), "{full_held:?}");
    assert!(full_held.len() <= 4, "{full_held:?}");
    assert!(held_in_brief(&brief) >= 10);
}

#[test]
fn an_outside_change_to_a_board_in_brief_marks_the_same_cards() {
    let dir = folder();
    let mut full = app(dir.path(), false);
    let mut brief = app(dir.path(), true);
    let current = brief.entry().unwrap().path.clone();
    let target = (brief.shared.entries().iter())
        .find(|e| e.brief && e.path != current)
        .unwrap()
        .path
        .clone();
    let mut v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    // One card changed through tavle (a new stamp), one in a text editor
    // (no new stamp: nobody to name), one added.
    v["cards"][0]["title"] = "Endret i tavle".into();
    v["cards"][0]["updated"] = "2026-11-24T08:30:00+01:00".into();
    v["cards"][0]["updated_by"] = "Ola".into();
    v["cards"][1]["note"] = "Skrevet i Notisblokk".into();
    let mut added = v["cards"][2].clone();
    added["id"] = "ny".into();
    v["cards"].as_array_mut().unwrap().push(added);
    std::fs::write(&target, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    for a in [&mut full, &mut brief] {
        let change = FileChange::Present {
            path: target.clone(),
            analysis: store::analyze(&target),
        };
        let fx = a.update(
            Event::Files(WatchEvent::Changed(vec![change])),
            Instant::now(),
        );
        tavle::tui::perform_with(a, fx, &stamp);
    }
    let marks = |a: &App| {
        let e = (a.shared.entries().iter())
            .find(|e| e.path == target)
            .unwrap();
        let mut m: Vec<(String, Option<String>)> = (e.highlights.iter())
            .map(|(id, h)| (id.clone(), h.by.as_ref().map(|(who, _)| who.clone())))
            .collect();
        m.sort();
        m
    };
    let want = vec![
        ("k0".to_string(), Some("Ola".to_string())),
        ("k1".to_string(), None),
        ("ny".to_string(), Some("Kari".to_string())),
    ];
    assert_eq!(marks(&full), want);
    assert_eq!(marks(&brief), want);
    // Taken in, and held in brief again.
    let e = (brief.shared.entries().iter())
        .find(|e| e.path == target)
        .unwrap();
    assert!(e.brief);
    assert_eq!(screen(&brief, 200, 50), screen(&full, 200, 50));
}

/// A card sent up whose copy does not link back (written by hand): the
/// board above is held in full, so finishing the copy there is told in
/// brief as it is in full.
#[test]
fn a_copy_finished_above_is_told_in_brief_too() {
    let dir = folder();
    let top = dir.path().join("t00.json");
    let text = std::fs::read_to_string(&top).unwrap();
    let bare = text.replace(r#","escalated_from":{"board":"t01","card":"k0"}"#, "");
    assert_ne!(bare, text);
    std::fs::write(&top, &bare).unwrap();
    let mut full = app(dir.path(), false);
    let mut brief = app(dir.path(), true);
    let e = (brief.shared.entries().iter())
        .find(|e| e.path == top)
        .unwrap();
    assert!(!e.brief, "the board above is held in full");
    let done = bare.replace(
        r#""id":"opp","title":"Sendt opp","column":"a""#,
        r#""id":"opp","title":"Sendt opp","column":"f""#,
    );
    assert_ne!(done, bare);
    std::fs::write(&top, &done).unwrap();
    let mut told = Vec::new();
    for a in [&mut full, &mut brief] {
        a.shared.clear_notice();
        let change = FileChange::Present {
            path: top.clone(),
            analysis: store::analyze(&top),
        };
        let fx = a.update(
            Event::Files(WatchEvent::Changed(vec![change])),
            Instant::now(),
        );
        tavle::tui::perform_with(a, fx, &stamp);
        told.push(a.shared.notice().map(|n| format!("{:?}", n.msg)));
    }
    assert!(
        told[0].as_deref().is_some_and(|t| t.contains("Closed")),
        "{told:?}"
    );
    assert_eq!(told[1], told[0]);
}

/// A card sent up to a board held in brief: the overview counts the copy
/// at once (the saved board comes back whole and its summary with it).
#[test]
fn a_card_sent_up_to_a_board_in_brief_is_counted_there() {
    let dir = folder();
    let mut brief = app(dir.path(), true);
    let from = brief.entry().unwrap().path.clone();
    let card = brief.entry().unwrap().board.as_ref().unwrap().cards[0]
        .id
        .clone();
    let to = (brief.shared.entries().iter())
        .find(|e| e.brief && e.path != from)
        .unwrap()
        .path
        .clone();
    let cards = |a: &App| {
        let e = (a.shared.entries().iter()).find(|e| e.path == to).unwrap();
        e.summary().unwrap().cards().len()
    };
    let before = cards(&brief);
    let fx = vec![Effect::Escalate {
        from: from.clone(),
        card,
        to: to.clone(),
    }];
    tavle::tui::perform_with(&mut brief, fx, &stamp);
    let fx = brief.update(Event::Tick, Instant::now());
    tavle::tui::perform_with(&mut brief, fx, &stamp);
    assert_eq!(cards(&brief), before + 1);
    // Read from the file afresh, the same.
    let disk = store::analyze(&to).board.unwrap();
    assert_eq!(disk.cards.len(), before + 1);
}

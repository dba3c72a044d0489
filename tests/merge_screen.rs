//! The merge screen shows the difference (issue 17.7): each conflict names
//! the field in the user's words, shows both whole values wrapped (PgDn
//! scrolls a long one), marks the part that differs without relying on
//! colour, and names columns by title, never by id; and a difference in
//! the order of cards alone is not a conflict.
//!
//! The board and its Syncthing copy share a saved version (written by
//! `tavle card set`), so the merge is three-way, as it is in a real folder.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use tavle::app::{App, Event, Screen};
use tavle::i18n::Lang;
use tavle::ops::Stamp;

const BOARD: &str = r#"{"tavle":1,"title":"Drift","kind":"drift",
  "columns":[{"id":"col-today","title":"I dag"},{"id":"col-doing","title":"Pågår"},
             {"id":"col-waiting","title":"Venter på andre"},{"id":"col-done","title":"Ferdig","done":true}],
  "cards":[{"id":"k1","title":"Bemanning","column":"col-today","owner":"Hilde"},
           {"id":"k2","title":"Bil på verksted","column":"col-today","owner":"Jonas"},
           {"id":"k3","title":"Avvik kveldsdose","column":"col-today","owner":"Marte"},
           {"id":"k4","title":"Fallrisiko","column":"col-today","owner":"Sindre"}]}"#;

const COPY: &str = "drift.sync-conflict-20261124-101010-ABCDEFG.json";

/// The board's new title for k1, and the copy's: long, differing in the middle.
const OURS: &str = "Bemanning i dag: to syke på dagvakt, Hilde ringer vikarpoolen klokka ti og melder tilbake til teamet før lunsj, og rute tre deles mellom Kari og Per";
const THEIRS: &str = "Bemanning i dag: to syke på dagvakt, Jonas ringer vikarpoolen klokka elleve og melder tilbake til teamet før lunsj, og rute tre deles mellom Kari og Per";

fn tavle(args: &[&str], dir: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", "en")
        .env("TAVLE_USER", "test")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A folder with the board and a copy changed differently on both sides.
fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(d.join("drift.json"), BOARD).unwrap();
    // A save keeps the version both sides then start from.
    tavle(&["card", "set", "drift.json", "k4", "--light", "green"], d);
    std::fs::copy(d.join("drift.json"), d.join(COPY)).unwrap();
    tavle(&["card", "set", "drift.json", "k1", "--title", OURS], d);
    tavle(&["card", "move", "drift.json", "k2", "Pågår"], d);
    tavle(&["card", "set", "drift.json", "k3", "--owner", "Kari"], d);
    let mut copy: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join(COPY)).unwrap()).unwrap();
    let cards = copy["cards"].as_array_mut().unwrap();
    cards[0]["title"] = THEIRS.into();
    cards[1]["column"] = "col-waiting".into();
    cards[2]["owner"] = "Karin".into();
    // The copy also put k4 first: an order alone.
    let k4 = cards.remove(3);
    cards.insert(0, k4);
    std::fs::write(d.join(COPY), serde_json::to_string_pretty(&copy).unwrap()).unwrap();
    tmp
}

fn stamp() -> Stamp {
    Stamp {
        at: tavle::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "test".into(),
    }
}

fn key(app: &mut App, code: KeyCode) {
    let effects = app.update(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
    tavle::tui::perform_with(app, effects, &stamp);
}

fn merge_screen(dir: &Path) -> App {
    let entries = tavle::tui::load_all(dir).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut app = App::new(Lang::Nb, dir.into(), entries, today, Instant::now());
    app.open_path(&dir.join("drift.json"));
    key(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screen, Screen::Merge);
    assert!(app.screens.merge.review.is_some(), "the copy is on screen");
    app
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let clock = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap();
    t.draw(|f| tavle::ui::render(app, clock, f)).unwrap();
    t
}

fn rows(t: &Terminal<TestBackend>) -> Vec<String> {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

/// The screen's text with frames and line breaks taken out: a wrapped
/// value reads as one.
fn flat(t: &Terminal<TestBackend>) -> String {
    let text: String = rows(t).join(" ");
    let text: String = text
        .chars()
        .map(|c| {
            if ('\u{2500}'..='\u{257F}').contains(&c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn each_conflict_names_its_field_and_the_card_order_alone_is_not_one() {
    let tmp = folder();
    let app = merge_screen(tmp.path());
    let r = app.screens.merge.review.as_ref().unwrap();
    assert!(
        r.merge.three_way,
        "the saved version is the common ancestor"
    );
    let mut fields: Vec<&str> = r
        .merge
        .conflicts
        .iter()
        .map(|c| c.at.field.as_str())
        .collect();
    fields.sort();
    assert_eq!(
        fields,
        ["column", "owner", "title"],
        "no conflict about the order"
    );
    let s = flat(&draw(&app, 100, 30));
    for words in [
        "Tittel · Kort k1",
        "Kolonne · Kort k2",
        "Ansvarlig · Kort k3",
    ] {
        assert!(s.contains(words), "{words:?} in {s}");
    }
}

#[test]
fn both_whole_values_are_shown_wrapped_with_the_difference_marked() {
    let tmp = folder();
    let mut app = merge_screen(tmp.path());
    let t = draw(&app, 100, 34);
    let s = flat(&t);
    assert!(
        s.contains(OURS),
        "the board's whole title:\n{}",
        rows(&t).join("\n")
    );
    assert!(
        s.contains(THEIRS),
        "the copy's whole title:\n{}",
        rows(&t).join("\n")
    );
    // The differing words are underlined (read without colour), the rest not.
    let buf = t.backend().buffer();
    let lines = rows(&t);
    // Whether each cell of `word` is underlined, where it stands in a value
    // (indented under the side's name, not in the list or a frame's title).
    let underlined = |word: &str| -> Vec<Vec<bool>> {
        let mut found = Vec::new();
        for (y, line) in lines.iter().enumerate() {
            if !line.contains("│   ") {
                continue;
            }
            let mut from = 0;
            while let Some(at) = line[from..].find(word) {
                let x = line[..from + at].chars().count();
                found.push(
                    (x..x + word.chars().count())
                        .map(|x| {
                            let cell = &buf[(x as u16, y as u16)];
                            cell.modifier.contains(Modifier::UNDERLINED)
                        })
                        .collect(),
                );
                from += at + word.len();
            }
        }
        found
    };
    // The words that differ are marked, each on its side; the same ones not.
    for word in ["Hilde", "Jonas", "ti ", "elleve"] {
        let cells = underlined(word);
        assert_eq!(cells.len(), 1, "{word:?} once in the values");
        assert!(
            cells[0].iter().take(word.trim().len()).all(|u| *u),
            "{word:?} marked"
        );
    }
    for word in [
        "ringer vikarpoolen klokka",
        "Bemanning i dag",
        "mellom Kari og Per",
    ] {
        let cells = underlined(word);
        assert_eq!(cells.len(), 2, "{word:?} on both sides");
        assert!(
            cells.iter().flatten().all(|u| !u),
            "{word:?} is the same: plain"
        );
    }

    // The column conflict: titles, never the ids in the file.
    let column = (app
        .screens
        .merge
        .review
        .as_ref()
        .unwrap()
        .merge
        .conflicts
        .iter())
    .position(|c| c.at.field == "column")
    .unwrap();
    for _ in 0..column {
        key(&mut app, KeyCode::Down);
    }
    let s = flat(&draw(&app, 100, 34));
    for title in ["Pågår", "Venter på andre", "I dag"] {
        assert!(s.contains(title), "{title} in {s}");
    }
    assert!(!s.contains("col-"), "no column id on screen: {s}");
}

#[test]
fn a_long_value_scrolls_with_page_down_at_80x24() {
    let tmp = folder();
    let mut app = merge_screen(tmp.path());
    let before = rows(&draw(&app, 80, 24)).join("\n");
    // At 80×24 the copy's long title does not fit below the board's.
    let end = "klokka elleve og melder tilbake";
    assert!(!flat(&draw(&app, 80, 24)).contains(end), "{before}");
    key(&mut app, KeyCode::PageDown);
    assert_eq!(app.screens.merge.review.as_ref().unwrap().scroll, 5);
    let after = draw(&app, 80, 24);
    let s = flat(&after);
    assert_ne!(before, rows(&after).join("\n"), "the values moved");
    assert!(s.contains(end), "{s}");
    // Choosing moves to the next conflict and starts at its top.
    key(&mut app, KeyCode::Left);
    let r = app.screens.merge.review.as_ref().unwrap();
    assert_eq!((r.selected, r.scroll), (1, 0));
    key(&mut app, KeyCode::PageDown);
    key(&mut app, KeyCode::PageUp);
    assert_eq!(app.screens.merge.review.as_ref().unwrap().scroll, 0);
}

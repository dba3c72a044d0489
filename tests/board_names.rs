//! Boards with the same title are told apart everywhere (issue 17.6): the
//! overview and the top bar on screen, `tavle status` in text and Markdown,
//! and the command line, which takes the file name where titles collide
//! and says so in its error.

use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Screen};
use tavle::folder::store;
use tavle::i18n::Lang;

fn board(title: &str, unit: &str) -> String {
    format!(
        r#"{{"tavle":1,"title":"{title}","kind":"drift","unit":"{unit}",
  "columns":[{{"id":"a","title":"I dag"}},{{"id":"f","title":"Ferdig","done":true}}],
  "cards":[{{"id":"k1","title":"Ring vikarpoolen","column":"a","owner":"Kari","light":"yellow"}}]}}"#
    )
}

/// Three boards titled `Driftstavle`: two in Sone nord (told apart by file),
/// one in Sone sør (told apart by unit), and one with a title of its own.
fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(d.join("nord.json"), board("Driftstavle", "Sone nord")).unwrap();
    std::fs::write(d.join("nord2.json"), board("Driftstavle", "Sone nord")).unwrap();
    std::fs::write(d.join("sor.json"), board("Driftstavle", "Sone sør")).unwrap();
    std::fs::write(d.join("plan.json"), board("Handlingsplan", "Sone nord")).unwrap();
    tmp
}

fn tavle(args: &[&str], dir: &Path, lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", lang)
        .env("TAVLE_USER", "test")
        .output()
        .unwrap()
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let clock = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap();
    t.draw(|f| tavle::ui::render(app, clock, f)).unwrap();
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

fn key(app: &mut App, code: KeyCode) {
    let _ = app.update(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
}

#[test]
fn the_overview_and_the_top_bar_tell_boards_with_one_title_apart() {
    let tmp = folder();
    let entries = tavle::tui::load_all(tmp.path()).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut app = App::new(Lang::Nb, tmp.path().into(), entries, today, Instant::now());
    for width in [80, 120] {
        let s = screen(&app, width, 24);
        for name in [
            "Driftstavle (nord.json)",
            "Driftstavle (nord2.json)",
            "Driftstavle (Sone sør)",
        ] {
            assert!(s.contains(name), "{name:?} at {width}:\n{s}");
        }
        // A title of its own stays as it is.
        assert!(s.contains("Handlingsplan "), "{s}");
        assert!(!s.contains("Handlingsplan ("), "{s}");
    }
    // Each board, opened, says in the top bar which one it is.
    let ids: Vec<(String, std::path::PathBuf)> = (app.shared.entries().iter())
        .map(|e| (e.id.clone(), e.path.clone()))
        .collect();
    for (id, path) in &ids {
        let show = tavle::app::Request::Show(path.clone());
        app.shared.carry_out(tavle::app::Requests(vec![show]));
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.screen, Screen::Board);
        let top = screen(&app, 80, 24).lines().next().unwrap().to_string();
        match id.as_str() {
            "nord" | "nord2" => assert!(top.contains(&format!("({id}.json)")), "{top}"),
            "sor" => assert!(top.contains("Sone sør") && !top.contains(".json"), "{top}"),
            _ => assert!(!top.contains(".json"), "{top}"),
        }
        key(&mut app, KeyCode::Char('q'));
    }
}

#[test]
fn the_command_line_takes_the_file_name_where_titles_collide_and_says_so() {
    let tmp = folder();
    let d = tmp.path();
    let before = std::fs::read(d.join("nord.json")).unwrap();
    for (lang, words) in [("nb", "skriv filnavnet"), ("en", "give the file name")] {
        let out = tavle(
            &[
                "card",
                "set",
                "Driftstavle",
                "k1",
                "--light",
                "green",
                "--dir",
                ".",
            ],
            d,
            lang,
        );
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(words), "{err}");
        for name in [
            "Driftstavle (nord.json)",
            "Driftstavle (nord2.json)",
            "Driftstavle (Sone sør)",
        ] {
            assert!(err.contains(name), "{name:?} in {err}");
        }
        assert!(out.stdout.is_empty());
    }
    assert_eq!(
        std::fs::read(d.join("nord.json")).unwrap(),
        before,
        "nothing written"
    );
    // The file name, with or without `.json`, picks one.
    for (name, file) in [
        ("nord2.json", "nord2.json"),
        ("nord2", "nord2.json"),
        ("nord", "nord.json"),
    ] {
        let out = tavle(
            &["card", "set", name, "k1", "--light", "red", "--dir", "."],
            d,
            "en",
        );
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let b = store::analyze(&d.join(file)).board.unwrap();
        assert_eq!(
            b.card("k1").unwrap().light,
            Some(tavle::model::Light::Red),
            "{name}"
        );
    }
    let sor = store::analyze(&d.join("sor.json")).board.unwrap();
    assert_eq!(
        sor.card("k1").unwrap().light,
        Some(tavle::model::Light::Yellow)
    );
}

#[test]
fn status_names_each_board_apart_in_text_and_markdown() {
    let tmp = folder();
    let out = tavle(&["status", "."], tmp.path(), "nb");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    // By file, the file name is its id: not said twice.
    assert!(text.contains("Driftstavle (nord.json)\n"), "{text}");
    assert!(text.contains("Driftstavle (nord2.json)\n"), "{text}");
    assert!(text.contains("Driftstavle (Sone sør) (sor)\n"), "{text}");
    assert!(text.contains("Handlingsplan (plan)\n"), "{text}");
    let out = tavle(&["status", ".", "--format", "markdown"], tmp.path(), "nb");
    let md = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("| Driftstavle"))
        .collect();
    assert_eq!(rows.len(), 3, "{md}");
    let mut names: Vec<&str> = rows
        .iter()
        .map(|r| r.split(" | ").next().unwrap())
        .collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 3, "three different names: {rows:?}");
}

//! A large folder read in the background (issue 24): the batches the
//! runtime's loader hands in end up as exactly the boards of the folder, in
//! the overview's order; a board the watcher reported before its batch came
//! keeps the watcher's reading; the progress says how far it is and ends;
//! the selection follows the worst board until someone presses a key, and
//! stays where they put it after.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};
use tavle::app::{App, Entry, Event, Loaded};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
}

/// A board with `red` red cards, titled by its number.
fn text(n: usize, red: usize, title: &str) -> String {
    let cards: Vec<String> = (0..red)
        .map(|i| format!(r#"{{"id":"k{i}","title":"Tiltak {i}","column":"a","light":"red"}}"#))
        .collect();
    format!(
        r#"{{"tavle":1,"title":"{title} {n}","kind":"drift",
          "columns":[{{"id":"a","title":"I dag"}},{{"id":"f","title":"Ferdig","done":true}}],
          "cards":[{}]}}"#,
        cards.join(",")
    )
}

fn entry(dir: &std::path::Path, name: &str, body: &str) -> Entry {
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    Entry::from_analysis(path.clone(), store::analyze(&path))
}

fn titles(app: &App) -> Vec<String> {
    (app.shared.entries().iter())
        .map(|e| {
            e.board
                .as_ref()
                .map(|b| b.title.clone())
                .unwrap_or_default()
        })
        .collect()
}

fn batch(entries: Vec<Entry>, total: usize) -> Event {
    Event::Loaded(Box::new(Loaded { entries, total }))
}

fn empty_app(dir: &std::path::Path, total: usize) -> App {
    let mut app = App::new(
        Lang::Nb,
        dir.to_path_buf(),
        Vec::new(),
        today(),
        Instant::now(),
    );
    app.shared.start_loading(total);
    app
}

#[test]
fn batches_become_the_folder_in_order_and_the_progress_ends() {
    let dir = tempfile::tempdir().unwrap();
    // Board n has (n * 7) % 10 red cards: the worst first is known here.
    let n = 30;
    let entries: Vec<Entry> = (0..n)
        .map(|i| {
            entry(
                dir.path(),
                &format!("t{i:02}.json"),
                &text(i, (i * 7) % 10, "Tavle"),
            )
        })
        .collect();
    let mut expected: Vec<(usize, PathBuf, String)> = (0..n)
        .map(|i| {
            (
                10 - (i * 7) % 10,
                dir.path().join(format!("t{i:02}.json")),
                format!("Tavle {i}"),
            )
        })
        .collect();
    expected.sort();
    let mut app = empty_app(dir.path(), n);
    assert_eq!(
        app.shared.loading().map(|p| (p.read, p.total)),
        Some((0, n))
    );
    let mut it = entries.into_iter();
    // Batches of 4, 11 and 15, in that order: what two threads may hand in.
    for (k, size) in [4usize, 11, 15].into_iter().enumerate() {
        let part: Vec<Entry> = it.by_ref().take(size).collect();
        let _ = app.update(batch(part, n), Instant::now());
        if k < 2 {
            let p = app.shared.loading().unwrap();
            assert_eq!(p.total, n);
            assert_eq!(p.read, [4, 15][k]);
        }
    }
    assert_eq!(
        app.shared.loading(),
        None,
        "every file read: no progress left"
    );
    let want: Vec<String> = expected.iter().map(|(_, _, t)| t.clone()).collect();
    assert_eq!(titles(&app), want);
    // Untouched: the selection is the worst board of all.
    assert_eq!(app.shared.current(), 0);
    assert_eq!(
        app.entry().map(|e| e.path.clone()),
        Some(expected[0].1.clone())
    );
}

#[test]
fn the_watchers_reading_wins_over_a_later_batch() {
    let dir = tempfile::tempdir().unwrap();
    let old = entry(dir.path(), "a.json", &text(1, 1, "Gammel"));
    let other = entry(dir.path(), "b.json", &text(2, 0, "Tavle"));
    // Someone saves a.json after the loader read it, before its batch came.
    let path = dir.path().join("a.json");
    std::fs::write(&path, text(1, 2, "Ny")).unwrap();
    let mut app = empty_app(dir.path(), 2);
    let change = FileChange::Present {
        path: path.clone(),
        analysis: store::analyze(&path),
    };
    let _ = app.update(
        Event::Files(WatchEvent::Changed(vec![change])),
        Instant::now(),
    );
    let _ = app.update(batch(vec![old, other], 2), Instant::now());
    assert_eq!(app.shared.entries().len(), 2, "a.json once, not twice");
    assert_eq!(titles(&app), ["Ny 1", "Tavle 2"]);
    assert_eq!(app.shared.loading(), None);
}

#[test]
fn a_key_keeps_the_selection_where_the_user_put_it() {
    let dir = tempfile::tempdir().unwrap();
    let first: Vec<Entry> = (0..3)
        .map(|i| entry(dir.path(), &format!("a{i}.json"), &text(i, i, "Tavle")))
        .collect();
    let mut app = empty_app(dir.path(), 5);
    let _ = app.update(batch(first, 5), Instant::now());
    // The worst so far is "Tavle 2"; the user moves down one row.
    assert_eq!(titles(&app)[app.shared.current()], "Tavle 2");
    let _ = app.update(Event::Key(KeyEvent::from(KeyCode::Down)), Instant::now());
    let chosen = titles(&app)[app.shared.current()].clone();
    assert_eq!(chosen, "Tavle 1");
    // A worse board comes in: the user's board stays selected.
    let worse: Vec<Entry> = (0..2)
        .map(|i| entry(dir.path(), &format!("b{i}.json"), &text(10 + i, 8, "Verre")))
        .collect();
    let _ = app.update(batch(worse, 5), Instant::now());
    assert_eq!(titles(&app)[app.shared.current()], chosen);
    assert_eq!(titles(&app)[0], "Verre 10");
}

#[test]
fn untouched_the_selection_follows_the_worst_board_so_far() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = empty_app(dir.path(), 2);
    let mild = entry(dir.path(), "a.json", &text(1, 1, "Mild"));
    let _ = app.update(batch(vec![mild], 2), Instant::now());
    let bad = entry(dir.path(), "b.json", &text(2, 5, "Ille"));
    let _ = app.update(batch(vec![bad], 2), Instant::now());
    assert_eq!(titles(&app)[app.shared.current()], "Ille 2");
}

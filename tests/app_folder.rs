//! The app on a folder other people write to, with the real storage worker
//! thread: a save that waits for someone else's lock never freezes the
//! screen, boards the user may not write open read-only with the reason, and
//! a watcher that stops says the screen may be out of date.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Screen};
use tavle::folder::store;
use tavle::folder::watch::{StopReason, WatchEvent};
use tavle::i18n::Lang;
use tavle::ops::Stamp;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn clock() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: tavle::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

fn boards() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"));
    for f in store::board_files(src).unwrap() {
        std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
    }
    (tmp, dir)
}

fn app(dir: &Path) -> App {
    let entries = tavle::tui::load_all(dir).unwrap();
    let mut app = App::new(
        Lang::En,
        dir.to_path_buf(),
        entries,
        today(),
        Instant::now(),
    );
    let _ = app.update(Event::Clock(clock()), Instant::now());
    app
}

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(140, 40)).unwrap();
    t.draw(|f| tavle::ui::render(app, clock(), f)).unwrap();
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

/// Whether the board on screen is the saved one itself, not a copy: a
/// folder of large boards is held once while nothing is being saved.
fn shares_saved(app: &App, path: &Path) -> bool {
    let e = app
        .shared
        .entries()
        .iter()
        .find(|e| e.path == path)
        .unwrap();
    matches!((&e.board, &e.saved), (Some(b), Some(s)) if std::sync::Arc::ptr_eq(b, s))
}

fn key(code: KeyCode, mods: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, mods))
}

#[test]
fn keys_stay_live_while_a_save_waits_for_a_lock_and_every_edit_lands_in_order() {
    let (_tmp, dir) = boards();
    let path = dir.join("hjemmetjenesten-nord.json");
    let mut app = app(&dir);
    let (tx, rx) = mpsc::channel::<Event>();
    let worker = tavle::tui::worker::Worker::spawn(tx, Lang::En, stamp).unwrap();
    let _ = app.update(key(KeyCode::Enter, KeyModifiers::NONE), Instant::now());
    assert_eq!(app.screen, Screen::Board);
    assert!(shares_saved(&app, &path));
    let before = store::analyze(&path)
        .board
        .unwrap()
        .card("k1")
        .unwrap()
        .clone();

    // Someone else holds the board's lock.
    let lock = tavle::folder::lock::acquire(&path, Duration::ZERO).unwrap();
    let keys = [
        key(KeyCode::Right, KeyModifiers::SHIFT),
        key(KeyCode::Char('3'), KeyModifiers::NONE),
        key(KeyCode::Right, KeyModifiers::SHIFT),
        key(KeyCode::Char('1'), KeyModifiers::NONE),
    ];
    for k in keys {
        let start = Instant::now();
        worker.send(app.update(k, Instant::now()));
        let _ = screen(&app);
        // A frame, not a lock wait: the worker waits, the screen does not.
        // Waiting for the lock takes at least the shortest wait there is
        // (the lock is held all along); a frame on a loaded machine can
        // take a few hundred ms, so that is the bound, not a frame's time.
        assert!(
            start.elapsed() < store::UI_LOCK_WAIT,
            "a key took {:?} while the lock was held",
            start.elapsed()
        );
    }
    // What the room sees follows every key at once.
    let shown = app.board().unwrap().card("k1").unwrap();
    assert_eq!(shown.column, "venter");
    assert_eq!(shown.light, Some(tavle::model::Light::Green));
    assert!(!shares_saved(&app, &path), "the edits are shown on a copy");
    // The worker says it waits, and for whom; the screen says "saving".
    let deadline = Instant::now() + Duration::from_secs(5);
    while app.shared.waiting().is_none() {
        let ev = rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("the worker reports the wait");
        let _ = app.update(ev, Instant::now());
    }
    let s = screen(&app);
    assert!(s.contains("saving"), "{s}");
    assert!(s.contains("is locked by"), "{s}");
    assert_eq!(
        store::analyze(&path).board.unwrap().card("k1").unwrap(),
        &before,
        "nothing is written while the lock is held"
    );

    // The lock is freed: every edit lands, in order.
    drop(lock);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !app.shared.pending().is_empty() {
        let ev = rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("the saves finish once the lock is free");
        worker.send(app.update(ev, Instant::now()));
    }
    let disk = store::analyze(&path).board.unwrap();
    let k1 = disk.card("k1").unwrap();
    assert_eq!(k1.column, "venter");
    assert_eq!(k1.light, Some(tavle::model::Light::Green));
    assert_eq!(app.shared.waiting(), None);
    assert!(!screen(&app).contains("saving"));
    assert!(shares_saved(&app, &path), "saved: one board again");
    // Four steps to undo, in the order they were made.
    assert_eq!(app.shared.history().undo_len(), 4);
}

/// Unix only: a symbolic link on Windows needs a privilege the tests cannot count on.
#[cfg(unix)]
#[test]
fn a_board_linked_from_outside_the_folder_opens_read_only_with_the_reason() {
    let (_tmp, dir) = boards();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("annen.json");
    std::fs::copy(dir.join("hjemmetjenesten-nord.json"), &target).unwrap();
    std::fs::remove_file(dir.join("hjemmetjenesten-nord.json")).unwrap();
    std::os::unix::fs::symlink(&target, dir.join("hjemmetjenesten-nord.json")).unwrap();
    let before = std::fs::read(&target).unwrap();
    let mut app = app(&dir);
    let _ = app.update(key(KeyCode::Enter, KeyModifiers::NONE), Instant::now());
    assert_eq!(app.entry().unwrap().id, "hjemmetjenesten-nord");
    let s = screen(&app);
    assert!(s.contains("Read-only"), "{s}");
    assert!(s.contains("outside the board folder"), "{s}");
    let effects = app.update(key(KeyCode::Char(' '), KeyModifiers::NONE), Instant::now());
    assert!(effects.is_empty(), "no save is even tried");
    assert_eq!(std::fs::read(&target).unwrap(), before);
}

#[test]
fn a_board_with_two_cards_of_one_id_opens_read_only_naming_the_id() {
    let (_tmp, dir) = boards();
    let path = dir.join("hjemmetjenesten-nord.json");
    // What a clean `git merge` of two `card add` leaves: a second k1.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let mut twin = v["cards"][1].clone();
    twin["id"] = serde_json::json!("k1");
    v["cards"].as_array_mut().unwrap().push(twin);
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut app = app(&dir);
    let _ = app.update(key(KeyCode::Enter, KeyModifiers::NONE), Instant::now());
    assert_eq!(app.entry().unwrap().path, path);
    let s = screen(&app);
    assert!(
        s.contains("Read-only: several cards or decisions share an id (k1)"),
        "{s}"
    );
    // No key press can reach either card.
    for c in [' ', '3', 'x'] {
        let effects = app.update(key(KeyCode::Char(c), KeyModifiers::NONE), Instant::now());
        assert!(effects.is_empty(), "{c:?} tried to save");
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_board_the_user_may_not_write_opens_read_only() {
    let (_tmp, dir) = boards();
    let path = dir.join("hjemmetjenesten-nord.json");
    // No write bit on Unix (0444), the read-only attribute on Windows.
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    let mut app = app(&dir);
    let _ = app.update(key(KeyCode::Enter, KeyModifiers::NONE), Instant::now());
    assert_eq!(app.entry().unwrap().path, path);
    let s = screen(&app);
    assert!(s.contains("Read-only"), "{s}");
    assert!(s.contains("no write permission"), "{s}");
    assert!(
        app.update(key(KeyCode::Char('3'), KeyModifiers::NONE), Instant::now())
            .is_empty()
    );
}

#[test]
fn a_stopped_watcher_says_the_screen_may_be_out_of_date() {
    let (_tmp, dir) = boards();
    let mut app = app(&dir);
    assert!(screen(&app).contains("watching the folder"));
    let _ = app.update(
        Event::Files(WatchEvent::Stopped(StopReason::FolderGone)),
        Instant::now(),
    );
    let s = screen(&app);
    let says_watching = s
        .lines()
        .any(|l| l.trim_start().starts_with("watching the folder"));
    assert!(!says_watching, "{s}");
    assert!(s.contains("may be out of date"), "{s}");
    // It stays said after the notice is gone.
    let _ = app.update(Event::Tick, Instant::now() + Duration::from_secs(60));
    assert!(screen(&app).contains("may be out of date"));
}

#[test]
fn an_edit_whose_log_line_cannot_be_written_says_the_minutes_will_miss_it() {
    let (_tmp, dir) = boards();
    let path = dir.join("hjemmetjenesten-nord.json");
    // `.tavle` is a plain file: the change log cannot be appended to.
    std::fs::write(dir.join(".tavle"), "ikke en mappe").unwrap();
    let mut app = app(&dir);
    let run = |app: &mut App, e: Event| {
        let effects = app.update(e, Instant::now());
        tavle::tui::perform_with(app, effects, &stamp);
    };
    run(&mut app, key(KeyCode::Enter, KeyModifiers::NONE));
    run(&mut app, key(KeyCode::Char('m'), KeyModifiers::NONE));
    run(&mut app, key(KeyCode::Char('3'), KeyModifiers::NONE));
    // Saved, and said that the minutes will miss it.
    assert_eq!(
        store::analyze(&path)
            .board
            .unwrap()
            .card("k1")
            .unwrap()
            .light,
        Some(tavle::model::Light::Red)
    );
    assert!(
        matches!(
            app.shared.notice().map(|n| &n.msg),
            Some(tavle::i18n::Msg::LogFailed(_))
        ),
        "{:?}",
        app.shared.notice()
    );
    assert!(
        screen(&app).contains("the change log could not be written"),
        "{}",
        screen(&app)
    );
    // The running meeting carries the mark, so its minutes can say so.
    let board = store::analyze(&path).board.unwrap();
    let running = board.meeting.unwrap().running.unwrap();
    assert!(tavle::ops::log_incomplete(&running));
    // The minutes of that meeting say their list of changes may be incomplete.
    run(&mut app, key(KeyCode::Char('m'), KeyModifiers::NONE));
    run(&mut app, key(KeyCode::Enter, KeyModifiers::NONE));
    let written: Vec<_> = std::fs::read_dir(dir.join("referater"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1);
    let minutes = std::fs::read_to_string(&written[0]).unwrap();
    assert!(
        minutes.contains("The list of changes may be incomplete"),
        "{minutes}"
    );
}

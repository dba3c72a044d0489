//! The wallboard (`tavle --wall`) as a corridor TV runs it: it moves on by
//! itself at the interval, in the order the settings give; a change from
//! outside comes on screen at once, highlighted; any key pauses it, `q`
//! quits; nothing a key does edits a board or opens a dialog.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;
use tavle::app::wall::{Stop, Wall};
use tavle::app::{App, Event, Screen};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::settings::WallScreen;

const EVERY: Duration = Duration::from_secs(10);

struct Corridor {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    app: App,
    t0: Instant,
}

impl Corridor {
    fn new(screens: Vec<WallScreen>) -> Corridor {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        for f in
            store::board_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"))).unwrap()
        {
            std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
        }
        let mut app = common::Room::app_for(&dir);
        let t0 = Instant::now();
        app.start_wall(Wall::new(screens, EVERY, t0), t0);
        Corridor {
            _tmp: tmp,
            dir,
            app,
            t0,
        }
    }

    fn at(&mut self, secs: u64) -> Vec<tavle::app::Effect> {
        self.app
            .update(Event::Tick, self.t0 + Duration::from_secs(secs))
    }

    fn key(&mut self, code: KeyCode, secs: u64) -> Vec<tavle::app::Effect> {
        let key = KeyEvent::new(code, KeyModifiers::NONE);
        self.app
            .update(Event::Key(key), self.t0 + Duration::from_secs(secs))
    }

    fn stop(&self) -> Stop {
        self.app.wall.as_ref().unwrap().stop.clone().unwrap()
    }

    fn shown(&self) -> PathBuf {
        self.app.entry().unwrap().path.clone()
    }
}

/// The sample boards' files, read straight from the JSON (not through
/// tavle): every one, and those with indicators.
fn sample_boards() -> (Vec<String>, Vec<String>) {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"));
    let mut all = Vec::new();
    let mut charts = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            let v: Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if v["indicators"].as_array().is_some_and(|a| !a.is_empty()) {
                charts.push(name.clone());
            }
            all.push(name);
        }
    }
    (all, charts)
}

fn file(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn it_moves_on_at_the_interval_through_overview_boards_and_charts_and_round_again() {
    let (all, charts) = sample_boards();
    assert!(
        all.len() >= 3 && !charts.is_empty(),
        "the fixture has boards and charts"
    );
    let mut c = Corridor::new(vec![
        WallScreen::Overview,
        WallScreen::Boards,
        WallScreen::Indicators,
    ]);
    assert_eq!(c.stop(), Stop::Overview);
    assert_eq!(c.app.screen, Screen::Overview);
    // Just before the interval nothing moves.
    let _ = c.at(9);
    assert_eq!(c.stop(), Stop::Overview);
    let mut boards = Vec::new();
    let mut secs = 10;
    for _ in 0..all.len() {
        let _ = c.at(secs);
        assert_eq!(c.app.screen, Screen::Board, "at {secs} s");
        assert!(matches!(c.stop(), Stop::Board(_)));
        boards.push(file(&c.shown()));
        secs += 10;
    }
    let mut seen_charts = Vec::new();
    for _ in 0..charts.len() {
        let _ = c.at(secs);
        assert_eq!(c.app.screen, Screen::Indicators, "at {secs} s");
        seen_charts.push(file(&c.shown()));
        secs += 10;
    }
    let _ = c.at(secs);
    assert_eq!(c.stop(), Stop::Overview, "round again");
    let (mut a, mut b) = (boards.clone(), all.clone());
    a.sort();
    b.sort();
    assert_eq!(a, b, "every board once");
    seen_charts.sort();
    let mut want = charts.clone();
    want.sort();
    assert_eq!(seen_charts, want, "the boards with indicators, each once");
    let (at, of) = c.app.wall.as_ref().unwrap().place(&c.app.shared);
    assert_eq!((at, of), (1, 1 + all.len() + charts.len()));
}

#[test]
fn a_late_tick_moves_one_stop_not_several() {
    let mut c = Corridor::new(vec![WallScreen::Boards]);
    let first = c.shown();
    // The machine slept for a minute: one step, then a whole interval.
    let _ = c.at(60);
    let second = c.shown();
    assert_ne!(first, second);
    let _ = c.at(65);
    assert_eq!(c.shown(), second);
    let _ = c.at(70);
    assert_ne!(c.shown(), second);
}

#[test]
fn any_key_pauses_space_goes_on_arrows_step_and_q_quits() {
    let mut c = Corridor::new(vec![WallScreen::Boards]);
    let first = c.shown();
    let _ = c.key(KeyCode::Char('x'), 1);
    assert!(c.app.wall.as_ref().unwrap().paused);
    let _ = c.at(100);
    assert_eq!(c.shown(), first, "paused: it stays");
    let _ = c.key(KeyCode::Char(' '), 100);
    assert!(!c.app.wall.as_ref().unwrap().paused);
    let _ = c.at(109);
    assert_eq!(c.shown(), first, "going on gives the stop its whole time");
    let _ = c.at(110);
    let second = c.shown();
    assert_ne!(second, first);
    let _ = c.key(KeyCode::Left, 111);
    assert_eq!(c.shown(), first, "← goes back");
    assert!(c.app.wall.as_ref().unwrap().paused, "and pauses");
    let _ = c.key(KeyCode::Right, 112);
    assert_eq!(c.shown(), second, "→ goes on");
    assert!(!c.app.shared.quit());
    let _ = c.key(KeyCode::Char('q'), 113);
    assert!(c.app.shared.quit());
}

#[test]
fn no_key_edits_a_board_or_opens_a_dialog() {
    let mut c = Corridor::new(vec![WallScreen::Boards]);
    let before: Vec<(PathBuf, Vec<u8>)> = store::board_files(&c.dir)
        .unwrap()
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect();
    // Every key the board screens use to edit, open or ask.
    let keys = "nedmuoaAkKpPcCtTzZ?/ rsvfIw+-1234567890";
    let mut effects = Vec::new();
    for (i, ch) in keys.chars().enumerate() {
        effects.extend(c.key(KeyCode::Char(ch), i as u64));
        assert!(c.app.overlay.is_none(), "{ch:?} opened a dialog");
    }
    for code in [
        KeyCode::Enter,
        KeyCode::Delete,
        KeyCode::Backspace,
        KeyCode::Tab,
        KeyCode::Esc,
    ] {
        effects.extend(c.key(code, 50));
        assert!(c.app.overlay.is_none(), "{code:?} opened a dialog");
    }
    let paste = c.app.update(
        Event::Paste("ny tittel\n".into()),
        c.t0 + Duration::from_secs(51),
    );
    effects.extend(paste);
    let stamp = || tavle::ops::Stamp {
        at: tavle::model::Timestamp::from_datetime(common::t0()),
        by: "test".into(),
    };
    tavle::tui::perform_with(&mut c.app, effects, &stamp);
    for (p, bytes) in before {
        assert_eq!(std::fs::read(&p).unwrap(), bytes, "{} changed", p.display());
    }
    assert!(!c.app.shared.quit());
}

#[test]
fn a_meeting_running_over_time_asks_nothing_on_the_wall() {
    let mut c = Corridor::new(vec![WallScreen::Boards]);
    // A meeting that started long ago on the board on screen.
    let path = c.shown();
    let mut v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    v["meeting"]["running"] = serde_json::json!({
        "started": "2026-11-24T08:00:00+01:00",
        "item": 0,
        "item_started": "2026-11-24T08:00:00+01:00"
    });
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    let change = FileChange::Present {
        path: path.clone(),
        analysis: store::analyze(&path),
    };
    let _ = c.app.update(
        Event::Files(WatchEvent::Changed(vec![change])),
        c.t0 + Duration::from_secs(1),
    );
    assert!(c.app.shared.running().is_some(), "the meeting is seen");
    let late = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:30:00+01:00").unwrap();
    let effects = c
        .app
        .update(Event::Clock(late), c.t0 + Duration::from_secs(2));
    // The disk work it asks for done as the runtime would: a closing
    // summary read from the log would open as a dialog.
    let stamp = || tavle::ops::Stamp {
        at: tavle::model::Timestamp::from_datetime(late),
        by: "test".into(),
    };
    tavle::tui::perform_with(&mut c.app, effects, &stamp);
    let _ = c.at(3);
    assert!(c.app.overlay.is_none(), "no time-up dialog on a wallboard");
}

#[test]
fn a_change_from_outside_comes_on_screen_at_once_highlighted() {
    let mut c = Corridor::new(vec![WallScreen::Boards]);
    let shown = c.shown();
    let other = store::board_files(&c.dir)
        .unwrap()
        .into_iter()
        .find(|p| *p != shown)
        .unwrap();
    // Someone renames a card on another board.
    let mut v: Value = serde_json::from_slice(&std::fs::read(&other).unwrap()).unwrap();
    let card = v["cards"][0]["id"].as_str().unwrap().to_string();
    v["cards"][0]["title"] = Value::from("Endret i gangen");
    std::fs::write(&other, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    let change = FileChange::Present {
        path: other.clone(),
        analysis: store::analyze(&other),
    };
    let _ = c.app.update(
        Event::Files(WatchEvent::Changed(vec![change])),
        c.t0 + Duration::from_secs(3),
    );
    assert_eq!(c.shown(), other, "the changed board is on screen at once");
    assert_eq!(c.app.screen, Screen::Board);
    let wall = c.app.wall.as_ref().unwrap();
    assert!(wall.by_change);
    assert!(
        c.app.entry().unwrap().highlights.contains_key(&card),
        "the changed card is highlighted"
    );
    // It stays its whole interval from the change.
    let _ = c.at(12);
    assert_eq!(c.shown(), other);
    let _ = c.at(13);
    assert_ne!(c.shown(), other);
}

#[test]
fn a_board_that_goes_away_is_passed() {
    let mut c = Corridor::new(vec![WallScreen::Boards]);
    let shown = c.shown();
    std::fs::remove_file(&shown).unwrap();
    let gone = FileChange::Missing {
        path: shown.clone(),
    };
    let _ = c.app.update(
        Event::Files(WatchEvent::Changed(vec![gone])),
        c.t0 + Duration::from_secs(1),
    );
    // After the grace for a sync client's delete-then-write, it is dropped.
    let later = c.t0 + Duration::from_secs(60) + tavle::app::MISSING_GRACE;
    let _ = c.app.update(Event::Tick, later);
    let _ = c.app.update(Event::Tick, later + Duration::from_secs(1));
    assert_ne!(c.app.entry().map(|e| e.path.clone()), Some(shown));
}

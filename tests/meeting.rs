//! Running a meeting: the time box on an injected clock, decisions and their
//! corrections, follow-ups, shared and durable meeting state, the minutes, and
//! decisions logged by two processes at once.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tavle::app::{App, Event, Overlay};
use tavle::i18n::Lang;
use tavle::meeting::{self, Phase};
use tavle::model::Timestamp;
use tavle::ops::Stamp;
use tavle::store;
use tavle::watch::{FileChange, WatchEvent};

fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T08:30:00+01:00").unwrap()
}

struct Room {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    app: App,
    /// The wall clock of the room, moved by the test.
    clock: Cell<DateTime<FixedOffset>>,
}

impl Room {
    fn new() -> Room {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        for f in
            store::board_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"))).unwrap()
        {
            std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
        }
        let app = Room::app_for(&dir);
        let mut room = Room {
            _tmp: tmp,
            dir,
            app,
            clock: Cell::new(t0()),
        };
        room.at(0);
        room.key(KeyCode::Enter);
        room
    }

    fn app_for(dir: &Path) -> App {
        let entries = tavle::tui::load_all(dir).unwrap();
        App::new(
            Lang::Nb,
            dir.to_path_buf(),
            entries,
            NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            Instant::now(),
        )
    }

    fn board(&self) -> PathBuf {
        self.dir.join("hjemmetjenesten-nord.json")
    }

    fn stamp(&self) -> Stamp {
        Stamp {
            at: Timestamp::from_datetime(self.clock.get()),
            by: "Hilde".into(),
        }
    }

    /// Set the clock to `secs` after the start and tell the app.
    fn at(&mut self, secs: i64) {
        self.clock.set(t0() + Duration::seconds(secs));
        let effects = self
            .app
            .update(Event::Clock(self.clock.get()), Instant::now());
        self.perform(effects);
    }

    fn perform(&mut self, effects: Vec<tavle::app::Effect>) {
        let clock = &self.clock;
        let stamp = || Stamp {
            at: Timestamp::from_datetime(clock.get()),
            by: "Hilde".into(),
        };
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn key_mod(&mut self, code: KeyCode, mods: KeyModifiers) {
        let effects = self
            .app
            .update(Event::Key(KeyEvent::new(code, mods)), Instant::now());
        self.perform(effects);
    }

    fn key(&mut self, code: KeyCode) {
        self.key_mod(code, KeyModifiers::NONE);
    }

    fn typ(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    fn disk(&self) -> tavle::model::Board {
        store::analyze(&self.board()).board.unwrap()
    }
}

#[test]
fn the_time_box_counts_down_warns_and_counts_the_overrun() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    let board = r.disk();
    let running = board.meeting.as_ref().unwrap().running.clone().unwrap();
    assert_eq!(running.started.at(), t0());
    // The sample board's meeting is 10 minutes.
    let c = |s: i64| meeting::meeting_countdown(&board, &running, t0() + Duration::seconds(s));
    assert_eq!((c(0).clock(), c(0).phase), ("10:00".into(), Phase::Normal));
    assert_eq!(
        (c(479).phase, c(480).phase),
        (Phase::Normal, Phase::Warning)
    );
    assert_eq!(
        (c(600).clock(), c(600).phase),
        ("00:00".into(), Phase::Over)
    );
    assert_eq!(c(725).clock(), "+02:05");
    // At time up the closing summary opens by itself, once.
    r.at(599);
    assert_eq!(r.app.overlay, None);
    r.at(600);
    assert!(matches!(r.app.overlay, Some(Overlay::Closing(_))));
    r.key(KeyCode::Esc);
    r.at(700);
    assert_eq!(
        r.app.overlay, None,
        "the summary is offered once, then the meeting may run over"
    );
}

#[test]
fn agenda_items_step_and_have_their_own_time_box() {
    let mut r = Room::new();
    // Give item 2 a 3-minute time box, as a facilitator would in the file.
    let path = r.board();
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "\"Risiko og avvik siden sist\"",
        "{\n        \"title\": \"Risiko og avvik siden sist\",\n        \"minutes\": 3\n      }",
    );
    std::fs::write(&path, text).unwrap();
    let analysis = store::analyze(&path);
    r.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path: path.clone(),
            analysis,
        }])),
        Instant::now(),
    );
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char('['));
    assert_eq!(r.disk().meeting.unwrap().running.unwrap().item, 0);
    r.at(60);
    r.key(KeyCode::Char(']'));
    let board = r.disk();
    let running = board.meeting.as_ref().unwrap().running.clone().unwrap();
    assert_eq!(running.item, 1);
    let item =
        meeting::item_countdown(&board, &running, t0() + Duration::seconds(60 + 200)).unwrap();
    assert_eq!((item.clock(), item.phase), ("+00:20".into(), Phase::Over));
    for _ in 0..10 {
        r.key(KeyCode::Char(']'));
    }
    assert_eq!(
        r.disk().meeting.unwrap().running.unwrap().item,
        4,
        "stops at the last item"
    );
}

#[test]
fn a_second_screen_and_a_restart_see_the_same_meeting() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char(']'));
    r.key(KeyCode::Char(']'));
    // Another screen on the same folder gets the file change.
    let mut other = Room::app_for(&r.dir);
    let path = r.board();
    other.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path: path.clone(),
            analysis: store::analyze(&path),
        }])),
        Instant::now(),
    );
    other.open_path(&path);
    let running = other.shared.running().unwrap();
    assert_eq!((running.item, running.started.at()), (2, t0()));
    // A restart (a new app from disk) resumes it.
    let mut restarted = Room::app_for(&r.dir);
    restarted.open_path(&path);
    assert_eq!(restarted.shared.running().unwrap().item, 2);
}

#[test]
fn decisions_are_logged_corrected_with_history_and_followed_up() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    // A decision linked to the selected card (k1).
    r.key(KeyCode::Char('d'));
    r.typ("Hilde ringer vikarbyrået");
    r.key(KeyCode::Tab);
    r.typ("Hilde");
    r.key(KeyCode::Tab);
    r.typ("i morgen");
    r.key(KeyCode::Enter);
    let board = r.disk();
    let d = board.decisions.last().unwrap().clone();
    assert_eq!(d.text, "Hilde ringer vikarbyrået");
    assert_eq!(d.owner.as_deref(), Some("Hilde"));
    assert_eq!(d.due, NaiveDate::from_ymd_opt(2026, 11, 25));
    assert_eq!(d.card.as_deref(), Some("k1"));
    assert_eq!(d.at.at(), t0());

    // Correct it from the panel: the old wording is kept with the time of the correction.
    r.at(90);
    r.key(KeyCode::Char('b'));
    assert!(r.app.screens.board.panel.focused);
    while r.app.screens.board.panel.decision.as_deref() != Some(d.id.as_str()) {
        let before = r.app.screens.board.panel.decision.clone();
        r.key(KeyCode::Down);
        assert_ne!(
            before, r.app.screens.board.panel.decision,
            "the new decision is in the panel"
        );
    }
    r.key(KeyCode::Char('e'));
    r.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    r.typ("Kari ringer vikarbyrået");
    r.key(KeyCode::Enter);
    let d2 = r
        .disk()
        .decisions
        .into_iter()
        .find(|x| x.id == d.id)
        .unwrap();
    assert_eq!(d2.text, "Kari ringer vikarbyrået");
    assert_eq!(d2.corrections.len(), 1);
    assert_eq!(d2.corrections[0].text, "Hilde ringer vikarbyrået");
    assert_eq!(d2.corrections[0].at.at(), t0() + Duration::seconds(90));

    // Follow-ups from earlier meetings come first, overdue first; Space marks one done.
    let board = r.disk();
    let follow = meeting::follow_ups(&board, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    assert!(!follow.is_empty());
    assert!(follow.windows(2).all(|w| w[0].due <= w[1].due));
    let first = follow[0].id.clone();
    while r.app.screens.board.panel.decision.as_deref() != Some(first.as_str()) {
        r.key(KeyCode::Up);
    }
    r.key(KeyCode::Char(' '));
    let done = r
        .disk()
        .decisions
        .into_iter()
        .find(|x| x.id == first)
        .unwrap();
    assert!(done.done);
    assert!(done.done_at.is_some());
}

#[test]
fn closing_writes_minutes_and_a_second_meeting_gets_its_own_file() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char('A'));
    r.typ("Hilde, Kari");
    r.key(KeyCode::Enter);
    r.key(KeyCode::Char('d'));
    r.typ("Vi prøver ny rutine for medisinrom");
    r.key(KeyCode::Enter);
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    r.key(KeyCode::Char(' '));
    r.at(300);
    r.key(KeyCode::Char('m'));
    assert!(matches!(r.app.overlay, Some(Overlay::Closing(_))));
    r.key(KeyCode::Enter);
    assert!(r.disk().meeting.unwrap().running.is_none());
    let file = r.dir.join("referater/2026-11-24-hjemmetjenesten-nord.md");
    let minutes = std::fs::read_to_string(&file).unwrap();
    for expected in [
        "# Referat – Driftstavle – Hjemmetjenesten sone nord",
        "(uke 48)",
        "**Til stede:** Hilde, Kari",
        "Vi prøver ny rutine for medisinrom",
        "Flyttet: Bemanning i dag",
        "I dag → Pågår",
        "## Endrede trafikklys",
        "## Oppfølging",
    ] {
        assert!(
            minutes.contains(expected),
            "{expected:?} missing in:\n{minutes}"
        );
    }
    // Same day, second meeting: a new file, the first is kept.
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Enter);
    assert!(
        r.dir
            .join("referater/2026-11-24-hjemmetjenesten-nord-2.md")
            .exists()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), minutes);
    // `tavle minutes` prints the same kind of Markdown.
    let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["minutes", "--dir"])
        .arg(&r.dir)
        .args(["hjemmetjenesten-nord", "--date", "2026-11-24"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8(out.stdout).unwrap();
    assert!(
        printed.contains("Vi prøver ny rutine for medisinrom"),
        "{printed}"
    );
    let _ = r.stamp();
}

#[test]
fn minutes_snapshot() {
    let text = r#"{"tavle":1,"title":"Tavle","kind":"drift","unit":"Enhet",
      "meeting":{"minutes":10,"goal":"Oversikt","agenda":["Drift",{"title":"Risiko","minutes":3}]},
      "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"},{"id":"c","title":"Ferdig"}],
      "cards":[{"id":"k1","title":"Ny rutine","column":"b","owner":"Kari"},{"id":"k2","title":"Uten eier","column":"a"}],
      "decisions":[
        {"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Gammel oppfølging","owner":"Ola","due":"2026-11-22"},
        {"id":"b2","at":"2026-11-24T09:05:00+01:00","text":"Ny beslutning","owner":"Kari","due":"2026-11-27","card":"k1",
         "corrections":[{"at":"2026-11-24T09:06:00+01:00","text":"Først skrevet slik"}]},
        {"id":"b3","at":"2026-11-24T09:07:00+01:00","text":"Uten oppfølging"}]}"#;
    let board = store::analyze_text(text).0.unwrap();
    let log: Vec<tavle::history::Logged> = [
        r#"{"at":"2026-11-24T09:01:00+01:00","by":"Kari","change":"moved","card":"k1","title":"Ny rutine","from":"a","to":"b"}"#,
        r#"{"at":"2026-11-24T09:02:00+01:00","by":"Kari","change":"light","card":"k1","title":"Ny rutine","from":null,"to":"yellow"}"#,
        r#"{"at":"2026-11-24T09:03:00+01:00","by":"Kari","change":"added","card":"k2","title":"Uten eier","column":"a"}"#,
        r#"{"at":"2026-11-23T09:03:00+01:00","by":"Kari","change":"archived","card":"k9","title":"I går"}"#,
        r#"{"at":"2026-11-24T09:10:00+01:00","by":"Kari","change":"meeting_ended","started":"2026-11-24T09:00:00+01:00","attendees":["Kari","Ola"]}"#,
    ]
    .iter()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect();
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    // The day's one meeting (its start was not logged; its end names it).
    let scope = meeting::scope(&log, day, None, t0()).unwrap();
    assert!(matches!(scope, meeting::Scope::Meeting(_)));
    let s = meeting::summary(&board, &log, &scope);
    insta::assert_snapshot!(
        "minutes_nb",
        tavle::minutes::minutes(Lang::Nb, &board, "tavle", &s)
    );
    insta::assert_snapshot!(
        "minutes_en",
        tavle::minutes::minutes(Lang::En, &board, "tavle", &s)
    );
}

#[test]
fn two_processes_logging_decisions_at_once_both_keep_theirs() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("b.json");
    std::fs::write(
        &path,
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#,
    )
    .unwrap();
    let per_side = 60;
    let sides: Vec<_> = (0..2)
        .map(|side| {
            let path = path.clone();
            std::thread::spawn(move || {
                (0..per_side)
                    .map(|i| {
                        let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
                            .args(["decision", "add"])
                            .arg(&path)
                            .args([
                                "--text",
                                &format!("side {side} decision {i}"),
                                "--owner",
                                "Kari",
                                "--due",
                                "2026-12-01",
                            ])
                            .output()
                            .unwrap();
                        assert!(
                            out.status.success(),
                            "{}",
                            String::from_utf8_lossy(&out.stderr)
                        );
                        String::from_utf8(out.stdout).unwrap().trim().to_string()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let ids: Vec<String> = sides.into_iter().flat_map(|h| h.join().unwrap()).collect();
    let board = store::analyze(&path).board.unwrap();
    assert_eq!(board.decisions.len(), 2 * per_side);
    let mut on_disk: Vec<String> = board.decisions.iter().map(|d| d.id.clone()).collect();
    on_disk.sort();
    let mut printed = ids.clone();
    printed.sort();
    assert_eq!(on_disk, printed);
    on_disk.dedup();
    assert_eq!(on_disk.len(), 2 * per_side);
    for side in 0..2 {
        for i in 0..per_side {
            let text = format!("side {side} decision {i}");
            assert!(
                board.decisions.iter().any(|d| d.text == text),
                "{text} lost"
            );
        }
    }
}

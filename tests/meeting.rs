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
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::Lang;
use tavle::meeting::{self, Phase};
use tavle::model::Timestamp;
use tavle::ops::Stamp;

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
    // `tavle minutes` prints the same kind of Markdown: the first meeting's
    // with `--meeting 1`; the day's last (the second, empty one) without.
    let printed = |args: &[&str]| {
        let out = minutes_cli(&r.dir, args);
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let first = printed(&["--meeting", "1"]);
    assert!(
        first.contains("Vi prøver ny rutine for medisinrom"),
        "{first}"
    );
    let last = printed(&[]);
    assert!(
        !last.contains("Vi prøver ny rutine for medisinrom"),
        "{last}"
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
    let log: Vec<tavle::folder::log::Logged> = [
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

/// Log lines in the format today's tavle writes.
fn log_of(lines: &[&str]) -> Vec<tavle::folder::log::Logged> {
    let log = tavle_core::log::parse(&lines.join("\n"));
    assert_eq!(log.len(), lines.len(), "every line parses");
    log
}

/// `tavle minutes` in bokmål on the room's folder, with extra arguments.
fn minutes_cli(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .env("TAVLE_LANG", "nb")
        .args(["minutes", "--dir"])
        .arg(dir)
        .args(["hjemmetjenesten-nord", "--date", "2026-11-24"])
        .args(args)
        .output()
        .unwrap()
}

/// The part of Markdown minutes under `heading`, up to the next heading.
fn section<'a>(minutes: &'a str, heading: &str) -> &'a str {
    let start = minutes
        .find(&format!("{heading}\n"))
        .unwrap_or_else(|| panic!("no {heading:?} in:\n{minutes}"));
    let rest = &minutes[start + heading.len()..];
    &rest[..rest.find("\n#").unwrap_or(rest.len())]
}

/// The `Til stede` line of minutes in bokmål.
fn present(minutes: &str) -> &str {
    minutes
        .lines()
        .find(|l| l.starts_with("- **Til stede:**"))
        .unwrap_or_else(|| panic!("no attendance line in:\n{minutes}"))
}

impl Room {
    /// Start a meeting now, enter who is present, log a decision.
    fn meeting_with(&mut self, people: &str, decision: &str) {
        self.key(KeyCode::Char('m'));
        assert!(self.app.shared.running().is_some(), "the meeting started");
        if !people.is_empty() {
            self.key(KeyCode::Char('A'));
            self.typ(people);
            self.key(KeyCode::Enter);
        }
        self.key(KeyCode::Char('d'));
        self.typ(decision);
        self.key(KeyCode::Enter);
    }

    /// End the running meeting from the closing summary.
    fn end_meeting(&mut self) {
        self.key(KeyCode::Char('m'));
        assert!(matches!(self.app.overlay, Some(Overlay::Closing(_))));
        self.key(KeyCode::Enter);
        assert!(self.disk().meeting.unwrap().running.is_none());
    }
}

#[test]
fn two_meetings_on_one_day_each_have_only_their_own_minutes() {
    let mut r = Room::new();
    r.meeting_with("Hilde, Kari", "Første møte: Hilde ringer vikarbyrået");
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    r.at(300);
    r.end_meeting();
    // The afternoon meeting: other people, another decision, a light re-lit.
    r.at(6 * 3600);
    r.meeting_with("Jonas", "Andre møte: Jonas henter bilen");
    r.key(KeyCode::Char(' '));
    r.at(6 * 3600 + 240);
    r.end_meeting();

    let folder = r.dir.join("referater");
    let first = std::fs::read_to_string(folder.join("2026-11-24-hjemmetjenesten-nord.md")).unwrap();
    let second =
        std::fs::read_to_string(folder.join("2026-11-24-hjemmetjenesten-nord-2.md")).unwrap();
    assert_eq!(present(&first), "- **Til stede:** Hilde, Kari");
    assert_eq!(present(&second), "- **Til stede:** Jonas");
    assert!(first.contains("- **Tid:** 08:30–08:35"), "{first}");
    assert!(second.contains("- **Tid:** 14:30–14:34"), "{second}");
    assert!(first.contains("Første møte: Hilde ringer vikarbyrået"));
    assert!(first.contains("Flyttet: Bemanning i dag"), "{first}");
    assert!(!first.contains("Andre møte"), "{first}");
    assert!(second.contains("Andre møte: Jonas henter bilen"));
    assert!(!second.contains("Første møte"), "{second}");
    assert!(
        !second.contains("Flyttet:"),
        "the move was in the first meeting:\n{second}"
    );
    assert!(!first.contains("## Endrede trafikklys\n\n- "), "{first}");
    assert!(second.contains("## Endrede trafikklys\n\n- "), "{second}");
    // The decision made earlier this morning, before either meeting, is in
    // neither meeting's decisions (it is an open follow-up in both).
    for m in [&first, &second] {
        assert!(
            !section(m, "## Beslutninger").contains("Vi låner bil"),
            "{m}"
        );
        assert!(section(m, "## Oppfølging").contains("Vi låner bil"), "{m}");
    }

    // `tavle minutes --meeting N` gives the same minutes as the file written at its end.
    for (n, file) in [("1", &first), ("2", &second)] {
        let out = minutes_cli(&r.dir, &["--meeting", n]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            &String::from_utf8(out.stdout).unwrap(),
            file,
            "--meeting {n}"
        );
    }
    // Without --meeting: the day's last.
    let out = minutes_cli(&r.dir, &[]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), second);
    // A meeting the day did not have is an error that says how many it had.
    for bad in ["0", "3"] {
        let out = minutes_cli(&r.dir, &["--meeting", bad]);
        assert_eq!(out.status.code(), Some(2), "--meeting {bad}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("det var 2 møter 24.11.2026"), "{err}");
        assert!(err.contains(&format!("ikke {bad}")), "{err}");
    }
}

#[test]
fn a_day_without_a_meeting_gives_the_whole_day() {
    let mut r = Room::new();
    r.key(KeyCode::Char('d'));
    r.typ("Avklart uten møte");
    r.key(KeyCode::Enter);
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    let out = minutes_cli(&r.dir, &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for expected in [
        "Avklart uten møte",
        // Decided at 08:20 this day, in the file from the start.
        "Vi låner bil fra sone sør",
        "## Endringer på tavla i dag",
        "Flyttet: Bemanning i dag",
        "- **Til stede:** _ikke registrert_",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
    assert!(!text.contains("**Tid:**"), "no meeting, no time:\n{text}");
    let out = minutes_cli(&r.dir, &["--meeting", "1"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("det var ikke noe møte 24.11.2026"), "{err}");
}

/// The text inside the closing summary's frame, one line per row.
fn closing_text(app: &App, clock: DateTime<FixedOffset>) -> Vec<String> {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(110, 48)).unwrap();
    t.draw(|f| tavle::ui::render(app, clock, f)).unwrap();
    let buf = t.backend().buffer();
    let rows: Vec<String> = (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect();
    let top = rows.iter().position(|r| r.contains('┏')).unwrap();
    let bottom = rows.iter().position(|r| r.contains('┗')).unwrap();
    rows[top + 1..bottom]
        .iter()
        .map(|r| {
            let (a, b) = (r.find('┃').unwrap(), r.rfind('┃').unwrap());
            r[a + '┃'.len_utf8()..b].trim_end().to_string()
        })
        .collect()
}

#[test]
fn the_closing_summary_shows_only_the_running_meeting_as_text() {
    let mut r = Room::new();
    r.meeting_with("Hilde, Kari", "Første møte: Hilde ringer vikarbyrået");
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    r.at(300);
    r.end_meeting();
    r.at(3600);
    r.meeting_with("Jonas", "Andre møte: Jonas henter bilen");
    r.at(3600 + 120);
    r.key(KeyCode::Char('m'));
    assert!(matches!(r.app.overlay, Some(Overlay::Closing(_))));
    let lines = closing_text(&r.app, r.clock.get());
    let all = lines.join("\n");
    assert!(
        lines.iter().any(|l| l.trim() == "Til stede: Jonas"),
        "{all}"
    );
    assert!(
        lines.iter().any(|l| l.trim() == "Tid: 09:30–09:32 (pågår)"),
        "{all}"
    );
    assert!(all.contains("• Andre møte: Jonas henter bilen"), "{all}");
    assert!(all.contains("☐ "), "open follow-ups get a box:\n{all}");
    assert!(!all.contains("Første møte"), "{all}");
    assert!(!all.contains("Hilde, Kari"), "{all}");
    assert!(!all.contains("Flyttet"), "{all}");
    for markup in ["**", "- [ ]", "- [x]", "## ", "# ", "_ikke", "`"] {
        assert!(!all.contains(markup), "{markup:?} on screen:\n{all}");
    }
    // The headings are bold, the field labels too.
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(110, 48)).unwrap();
    t.draw(|f| tavle::ui::render(&r.app, r.clock.get(), f))
        .unwrap();
    let buf = t.backend().buffer();
    let bold_at = |needle: &str| {
        (0..buf.area.height).any(|y| {
            let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            row.find(needle).is_some_and(|byte| {
                let x = row[..byte].chars().count() as u16;
                buf[(x, y)]
                    .modifier
                    .contains(ratatui::style::Modifier::BOLD)
            })
        })
    };
    assert!(bold_at("Beslutninger"));
    assert!(bold_at("Til stede:"));
}

#[test]
fn changes_are_net_and_attendance_is_that_meetings_own() {
    let text = r#"{"tavle":1,"title":"Tavle","kind":"drift",
      "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"},{"id":"c","title":"C"}],
      "cards":[
        {"id":"k1","title":"Sykler lyset","column":"a","owner":"Kari","light":"green"},
        {"id":"k2","title":"Tilbake til rødt","column":"a","owner":"Kari","light":"red"},
        {"id":"k3","title":"Flyttet tilbake","column":"a","owner":"Kari"},
        {"id":"k4","title":"Flyttet to ganger","column":"c","owner":"Kari"},
        {"id":"k5","title":"Arkivert og hentet","column":"a","owner":"Kari"},
        {"id":"k6","title":"Arkivert","column":"a","owner":"Kari","archived":true},
        {"id":"k7","title":"Hentet fra arkivet","column":"a","owner":"Kari"},
        {"id":"k9","title":"Nytt kort","column":"a","owner":"Kari"},
        {"id":"k10","title":"Endret i morgenmøtet","column":"b","owner":"Kari"}],
      "indicators":[{"id":"fall","title":"Fall","unit":"per uke","values":[{"date":"2026-11-23","value":6}]}],
      "decisions":[
        {"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ola ringer","owner":"Ola","due":"2026-11-30"},
        {"id":"b2","at":"2026-11-20T09:01:00+01:00","text":"Kari skriver","owner":"Kari","due":"2026-11-30","done":true,"done_at":"2026-11-24T09:05:00+01:00"},
        {"id":"b3","at":"2026-11-20T09:02:00+01:00","text":"Nå sier den dette","owner":"Per","due":"2026-12-01",
         "corrections":[{"at":"2026-11-24T09:06:00+01:00","text":"Den sa dette før"}]},
        {"id":"b4","at":"2026-11-24T08:05:00+01:00","text":"Morgenmøtets beslutning"},
        {"id":"b5","at":"2026-11-24T09:07:00+01:00","text":"Formøtets beslutning"}]}"#;
    let board = store::analyze_text(text).0.unwrap();
    let light = |t: &str, card: &str, from: &str, to: &str| {
        format!(
            r#"{{"at":"2026-11-24T{t}+01:00","by":"Kari","change":"light","card":"{card}","title":"T{card}","from":{from},"to":{to}}}"#
        )
    };
    let moved = |t: &str, card: &str, from: &str, to: &str| {
        format!(
            r#"{{"at":"2026-11-24T{t}+01:00","by":"Kari","change":"moved","card":"{card}","title":"T{card}","from":"{from}","to":"{to}"}}"#
        )
    };
    let simple = |t: &str, change: &str, card: &str| {
        format!(
            r#"{{"at":"2026-11-24T{t}+01:00","by":"Kari","change":"{change}","card":"{card}","title":"T{card}"}}"#
        )
    };
    let lines: Vec<String> = vec![
        // The morning meeting, with Ola; its changes are not the second meeting's.
        r#"{"at":"2026-11-24T08:00:00+01:00","by":"Kari","change":"meeting_started"}"#.into(),
        light("08:05:00", "k10", "null", r#""red""#),
        r#"{"at":"2026-11-24T08:10:00+01:00","by":"Kari","change":"meeting_ended","started":"2026-11-24T08:00:00+01:00","attendees":["Ola"]}"#.into(),
        r#"{"at":"2026-11-24T09:00:00+01:00","by":"Kari","change":"meeting_started"}"#.into(),
        // ▲→■→○→● is one change ▲→●.
        light("09:01:00", "k1", r#""yellow""#, r#""red""#),
        light("09:01:10", "k1", r#""red""#, "null"),
        light("09:01:20", "k1", "null", r#""green""#),
        // ■→●→■ is none.
        light("09:01:30", "k2", r#""red""#, r#""green""#),
        light("09:01:40", "k2", r#""green""#, r#""red""#),
        // A move undone, and two moves in a row.
        moved("09:02:00", "k3", "a", "b"),
        moved("09:02:10", "k3", "b", "a"),
        moved("09:02:20", "k4", "a", "b"),
        moved("09:02:30", "k4", "b", "c"),
        // Archived and restored is none; archived, and restored, are one each.
        simple("09:03:00", "archived", "k5"),
        simple("09:03:10", "restored", "k5"),
        simple("09:03:20", "archived", "k6"),
        simple("09:03:30", "restored", "k7"),
        // Added and removed again is none.
        r#"{"at":"2026-11-24T09:04:00+01:00","by":"Kari","change":"added","card":"k8","title":"Angret","column":"a"}"#.into(),
        r#"{"at":"2026-11-24T09:04:10+01:00","by":"Kari","change":"removed","card":"k8","title":"Angret"}"#.into(),
        r#"{"at":"2026-11-24T09:04:20+01:00","by":"Kari","change":"added","card":"k9","title":"Nytt kort","column":"a"}"#.into(),
        // A value recorded twice: the last counts; a value recorded and removed is none.
        r#"{"at":"2026-11-24T09:05:00+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-23","value":5}"#.into(),
        r#"{"at":"2026-11-24T09:05:10+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-23","value":6}"#.into(),
        r#"{"at":"2026-11-24T09:05:20+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-16","value":3}"#.into(),
        r#"{"at":"2026-11-24T09:05:30+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-16","value":null}"#.into(),
        // Done and undone is not done; b2 was done.
        r#"{"at":"2026-11-24T09:05:40+01:00","by":"Kari","change":"followed_up","decision":"b1","text":"Ola ringer","done":true}"#.into(),
        r#"{"at":"2026-11-24T09:05:50+01:00","by":"Kari","change":"followed_up","decision":"b1","text":"Ola ringer","done":false}"#.into(),
        r#"{"at":"2026-11-24T09:05:00+01:00","by":"Kari","change":"followed_up","decision":"b2","text":"Kari skriver","done":true}"#.into(),
        // Nobody was entered as present.
        r#"{"at":"2026-11-24T09:15:00+01:00","by":"Kari","change":"meeting_ended","started":"2026-11-24T09:00:00+01:00","attendees":[]}"#.into(),
        // After the meeting.
        moved("10:00:00", "k10", "a", "b"),
    ];
    let log = log_of(&lines.iter().map(String::as_str).collect::<Vec<_>>());
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let now = DateTime::parse_from_rfc3339("2026-11-24T12:00:00+01:00").unwrap();
    assert_eq!(meeting::meetings(&log, day, now).len(), 2);
    let scope = meeting::scope(&log, day, Some(2), now).unwrap();
    let s = meeting::summary(&board, &log, &scope);
    let ids = |v: &[meeting::CardRef]| v.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    use tavle::model::Light::{Green, Yellow};
    let lights: Vec<_> = s
        .lights
        .iter()
        .map(|l| (l.card.id.as_str(), l.from, l.to))
        .collect();
    assert_eq!(lights, [("k1", Some(Yellow), Some(Green))]);
    let moves: Vec<_> = s
        .moved
        .iter()
        .map(|m| (m.card.id.as_str(), m.from.as_str(), m.to.as_str()))
        .collect();
    assert_eq!(moves, [("k4", "A", "C")]);
    assert_eq!(ids(&s.archived), ["k6"]);
    assert_eq!(ids(&s.restored), ["k7"]);
    assert_eq!(ids(&s.added), ["k9"]);
    let values: Vec<_> = s
        .values
        .iter()
        .map(|v| (v.title.as_str(), v.date.to_string(), v.value))
        .collect();
    assert_eq!(values, [("Fall", "2026-11-23".to_string(), 6.0)]);
    let done: Vec<&str> = s.done.iter().map(|d| d.decision.id.as_str()).collect();
    assert_eq!(done, ["b2"]);
    let decided: Vec<&str> = s.decisions.iter().map(|d| d.decision.id.as_str()).collect();
    assert_eq!(decided, ["b5"]);
    let corrected: Vec<_> = s.corrected.iter().map(|d| (d.text, d.before)).collect();
    assert_eq!(corrected, [("Nå sier den dette", Some("Den sa dette før"))]);
    assert!(
        s.attendees.is_empty(),
        "not Ola from the morning: {:?}",
        s.attendees
    );

    let md = tavle::minutes::minutes(Lang::Nb, &board, "tavle", &s);
    for expected in [
        "- **Til stede:** _ikke registrert_",
        "- Tk1 (k1): ▲ gul → ● grønn",
        "- Flyttet: Tk4 (k4): A → C",
        "- Arkivert: Tk6 (k6)",
        "- Hentet tilbake: Tk7 (k7)",
        "- Nytt: Nytt kort (k9)",
        "## Målinger registrert\n\n- Fall 23.11.2026: 6 per uke\n",
        "- [x] Kari skriver",
        "- [ ] Ola ringer",
        "- Korrigert: Nå sier den dette — ansvarlig: Per, frist: 01.12.2026 (før: Den sa dette før)",
    ] {
        assert!(md.contains(expected), "{expected:?} missing in:\n{md}");
    }
    for absent in [
        "Ola\n",
        "k2",
        "k3",
        "k5",
        "k8",
        "k10",
        "Morgenmøtets",
        "16.11.2026",
    ] {
        assert!(!md.contains(absent), "{absent:?} should not be in:\n{md}");
    }
    // The morning meeting has its own attendee and change, and none of the above.
    let morning = meeting::summary(
        &board,
        &log,
        &meeting::scope(&log, day, Some(1), now).unwrap(),
    );
    assert_eq!(morning.attendees, ["Ola"]);
    assert_eq!(
        morning
            .lights
            .iter()
            .map(|l| l.card.id.as_str())
            .collect::<Vec<_>>(),
        ["k10"]
    );
    assert!(morning.moved.is_empty() && morning.done.is_empty() && morning.values.is_empty());
    assert_eq!(
        morning
            .decisions
            .iter()
            .map(|d| d.decision.id.as_str())
            .collect::<Vec<_>>(),
        ["b4"]
    );
    // The morning's follow-ups are as they stood then: b2 was still open.
    assert!(morning.follow_ups.iter().any(|d| d.decision.id == "b2"));
}

#[test]
fn the_change_log_written_by_todays_tavle_still_parses() {
    // One line of every kind today's tavle writes, as it writes them.
    let text = r#"{"at":"2026-11-24T09:00:00+01:00","by":"Kari","change":"meeting_started"}
{"at":"2026-11-24T09:00:01+01:00","by":"Kari","change":"added","card":"k1","title":"Kort","column":"a"}
{"at":"2026-11-24T09:00:02+01:00","by":"Kari","change":"removed","card":"k1","title":"Kort"}
{"at":"2026-11-24T09:00:03+01:00","by":"Kari","change":"moved","card":"k1","title":"Kort","from":"a","to":"b"}
{"at":"2026-11-24T09:00:04+01:00","by":"Kari","change":"archived","card":"k1","title":"Kort"}
{"at":"2026-11-24T09:00:05+01:00","by":"Kari","change":"restored","card":"k1","title":"Kort"}
{"at":"2026-11-24T09:00:06+01:00","by":"Kari","change":"light","card":"k1","title":"Kort","from":null,"to":"red"}
{"at":"2026-11-24T09:00:07+01:00","by":"Kari","change":"edited","card":"k1","title":"Kort"}
{"at":"2026-11-24T09:00:08+01:00","by":"Kari","change":"decided","decision":"b1","text":"Vi gjør det"}
{"at":"2026-11-24T09:00:09+01:00","by":"Kari","change":"escalated","card":"k1","title":"Kort","to_board":"ledelse"}
{"at":"2026-11-24T09:00:10+01:00","by":"Kari","change":"goal_changed","goal":"m1","title":"Mål"}
{"at":"2026-11-24T09:00:11+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-23","value":6.5}
{"at":"2026-11-24T09:00:12+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-23","value":null}
{"at":"2026-11-24T09:00:13+01:00","by":"Kari","change":"corrected","decision":"b1","text":"Vi gjør det i morgen"}
{"at":"2026-11-24T09:00:14+01:00","by":"Kari","change":"followed_up","decision":"b1","text":"Vi gjør det","done":true}
{"at":"2026-11-24T09:10:00+01:00","by":"Kari","change":"meeting_ended","started":"2026-11-24T09:00:00+01:00","attendees":["Kari","Ola"]}
{"at":"2026-11-24T09:11"#;
    let entries = tavle_core::log::parse(text);
    assert_eq!(
        entries.len(),
        text.lines().count() - 1,
        "only the torn line is skipped"
    );
    // What tavle writes now reads back as the same entries.
    let again = tavle_core::log::parse(&tavle_core::log::lines(&entries));
    assert_eq!(again, entries);
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let m = meeting::meetings(&entries, day, t0());
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].attendees, ["Kari", "Ola"]);
}

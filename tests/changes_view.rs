//! The overview's view of what changed since a day (issue 18.2): `s` asks
//! for a day (`forrige uke` to begin with), the worker reads every change
//! log, and the view shows the report `tavle status --since` makes — the
//! same report, so the same lists and the same organisation total — net (a
//! move taken back is not there), read again when a board changes, and
//! drawn on `TestBackend` at 80×24, 160×45 and 200×60.

use std::path::Path;
use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Screen};
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::model::{Light, Timestamp};
use tavle::ops::{CardOp, CardPatch, Op, Stamp};

fn stamp(at: DateTime<FixedOffset>) -> Stamp {
    Stamp {
        at: Timestamp::from_datetime(at),
        by: "Hilde".into(),
    }
}

fn light(id: &str, l: Option<Light>) -> Op {
    Op::Card(CardOp::Set {
        id: id.into(),
        patch: CardPatch {
            light: Some(l),
            ..CardPatch::default()
        },
    })
}

fn moved(id: &str, column: &str) -> Op {
    Op::Card(CardOp::Move {
        id: id.into(),
        column: column.into(),
        before: None,
    })
}

fn at(path: &Path, when: DateTime<FixedOffset>, ops: Vec<Op>) {
    store::update(path, &ops, &stamp(when)).unwrap();
}

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn samples() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    for f in store::board_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"))).unwrap()
    {
        std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
    }
    (tmp, dir)
}

struct Room {
    app: App,
}

impl Room {
    fn new(dir: &Path, lang: Lang) -> Room {
        let entries = tavle::tui::load_all(dir).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut app = App::new(lang, dir.to_path_buf(), entries, today, Instant::now());
        let _ = app.update(Event::Clock(t("2026-11-24T09:14:00+01:00")), Instant::now());
        Room { app }
    }

    fn key(&mut self, code: KeyCode) {
        let effects = self.app.update(
            Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
            Instant::now(),
        );
        let s = || stamp(t("2026-11-24T09:14:00+01:00"));
        tavle::tui::perform_with(&mut self.app, effects, &s);
    }

    fn draw(&self, w: u16, h: u16) -> Terminal<TestBackend> {
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        term.draw(|f| tavle::ui::render(&self.app, t("2026-11-24T09:14:00+01:00"), f))
            .unwrap();
        term
    }
}

fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

/// Last week on the sample boards: k11 turned red, k10 finished, k4 moved
/// to done and back, f8 red and back.
fn last_week(dir: &Path) {
    let home = dir.join("hjemmetjenesten-nord.json");
    let care = dir.join("sykehjem-forbedring.json");
    at(
        &home,
        t("2026-11-18T10:00:00+01:00"),
        vec![light("k11", Some(Light::Red))],
    );
    at(
        &home,
        t("2026-11-19T10:00:00+01:00"),
        vec![moved("k10", "ferdig")],
    );
    at(
        &home,
        t("2026-11-20T10:00:00+01:00"),
        vec![moved("k4", "ferdig")],
    );
    at(
        &home,
        t("2026-11-20T10:01:00+01:00"),
        vec![moved("k4", "pagar")],
    );
    at(
        &care,
        t("2026-11-19T10:00:00+01:00"),
        vec![light("f8", Some(Light::Red))],
    );
    at(
        &care,
        t("2026-11-19T10:05:00+01:00"),
        vec![light("f8", Some(Light::Yellow))],
    );
}

#[test]
fn the_overview_shows_the_same_for_a_chosen_day() {
    let (_tmp, dir) = samples();
    last_week(&dir);
    let mut s = Room::new(&dir, Lang::Nb);
    s.app.shared.set_dir("boards".into());
    s.key(KeyCode::Char('s'));
    assert_eq!(s.app.screen, Screen::Changes);
    let asking = text(&s.draw(80, 24));
    assert!(asking.contains("forrige uke▏"), "{asking}");
    s.key(KeyCode::Enter);
    let view = &s.app.screens.changes;
    assert_eq!(view.day, NaiveDate::from_ymd_opt(2026, 11, 16));
    let r = view.report.as_ref().expect("the logs were read");
    let home = r
        .boards
        .iter()
        .find(|b| b.id == "hjemmetjenesten-nord")
        .unwrap();
    let c = home.changes.as_ref().unwrap();
    let ids = |l: &[tavle::changes::Changed]| l.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&c.turned_red), ["k11"]);
    assert_eq!(ids(&c.finished), ["k10"]);
    assert_eq!(ids(&c.new_overdue), ["k7", "k9"]);
    let care = r
        .boards
        .iter()
        .find(|b| b.id == "sykehjem-forbedring")
        .unwrap();
    assert!(care.changes.as_ref().unwrap().turned_red.is_empty());
    // The same report as `tavle status --since` makes of the files.
    let inputs: Vec<(String, tavle::model::Board, Vec<tavle::log::Logged>)> =
        store::board_files(&dir)
            .unwrap()
            .iter()
            .map(|p| {
                (
                    store::board_id(p),
                    store::analyze(p).board.unwrap(),
                    tavle::folder::log::read(p),
                )
            })
            .collect();
    let inputs: Vec<tavle::status::Input> = inputs
        .iter()
        .map(|(id, board, log)| tavle::status::Input::Board { id, board, log })
        .collect();
    let asked = tavle::status::Asked {
        since: Some((
            NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(),
            t("2026-11-24T09:14:00+01:00"),
        )),
        ..Default::default()
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let cli = tavle::status::report(&inputs, today, &asked, Vec::new());
    assert_eq!(&cli, r);
    let total = &cli.total.counts;
    for (w, h) in [(80, 24), (160, 45), (200, 60)] {
        let term = s.draw(w, h);
        insta::assert_snapshot!(format!("changes_{w}x{h}"), term.backend());
        let screen = text(&term);
        assert!(
            screen.contains("Endringer siden mandag 16. november 2026"),
            "{screen}"
        );
        if w >= 160 {
            assert!(screen.contains(&format!("■ {} rød", total.red)), "{screen}");
        }
        assert!(screen.contains("Ble røde (1):"), "{screen}");
        assert!(
            !screen.contains("Fall hos bruker i rute 4"),
            "a move undone\n{screen}"
        );
    }
    // The whole document, scrolled through at 80×24: every list is there.
    let mut seen = String::new();
    for _ in 0..12 {
        seen.push_str(&text(&s.draw(80, 24)));
        s.key(KeyCode::PageDown);
    }
    for line in ["Ferdige (1):", "Nye forfalte (2):", "Uten endringer:"] {
        assert!(seen.contains(line), "{line}\n{seen}");
    }
    // Another day: `e`, a word, Enter.
    s.key(KeyCode::Char('e'));
    for _ in 0.."forrige uke".chars().count() {
        s.key(KeyCode::Backspace);
    }
    for ch in "i går".chars() {
        s.key(KeyCode::Char(ch));
    }
    s.key(KeyCode::Enter);
    assert_eq!(
        s.app.screens.changes.day,
        NaiveDate::from_ymd_opt(2026, 11, 23)
    );
    let r = s.app.screens.changes.report.as_ref().unwrap();
    assert!(
        r.boards
            .iter()
            .all(|b| b.changes.as_ref().unwrap().turned_red.is_empty())
    );
    // A day that has not come is refused, and the field keeps the keyboard.
    s.key(KeyCode::Char('e'));
    for _ in 0.."i går".chars().count() {
        s.key(KeyCode::Backspace);
    }
    for ch in "i morgen".chars() {
        s.key(KeyCode::Char(ch));
    }
    s.key(KeyCode::Enter);
    assert!(s.app.screens.changes.typing);
    assert!(s.app.shared.notice().is_some_and(|n| n.error));
    s.key(KeyCode::Esc);
    s.key(KeyCode::Esc);
    assert_eq!(s.app.screen, Screen::Overview);
}

#[test]
fn the_view_reads_the_logs_again_when_a_board_changes() {
    let (_tmp, dir) = samples();
    let mut s = Room::new(&dir, Lang::En);
    s.key(KeyCode::Char('s'));
    let asking = text(&s.draw(160, 45));
    assert!(asking.contains("last week▏"), "{asking}");
    s.key(KeyCode::Enter);
    let before = s.app.screens.changes.report.clone().unwrap();
    assert!(
        before
            .boards
            .iter()
            .all(|b| b.changes.as_ref().unwrap().turned_red.is_empty())
    );
    // Someone sets a light on another screen; the watcher tells this one.
    let home = dir.join("hjemmetjenesten-nord.json");
    at(
        &home,
        t("2026-11-24T09:10:00+01:00"),
        vec![light("k11", Some(Light::Red))],
    );
    let analysis = store::analyze(&home);
    let effects = s.app.update(
        Event::Files(tavle::folder::watch::WatchEvent::Changed(vec![
            tavle::folder::watch::FileChange::Present {
                path: home,
                analysis,
            },
        ])),
        Instant::now(),
    );
    let st = || stamp(t("2026-11-24T09:14:00+01:00"));
    tavle::tui::perform_with(&mut s.app, effects, &st);
    let after = s.app.screens.changes.report.as_ref().unwrap();
    let home = after
        .boards
        .iter()
        .find(|b| b.id == "hjemmetjenesten-nord")
        .unwrap();
    assert_eq!(home.changes.as_ref().unwrap().turned_red[0].id, "k11");
    let screen = text(&s.draw(200, 60));
    assert!(screen.contains("Turned red (1):"), "{screen}");
}

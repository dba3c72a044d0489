//! "What changed since last week?" (issue 18.2): `tavle status --since DATE`
//! and the overview's view of the same (`s`) list per board, from the change
//! logs, what turned red, what was finished, what passed its deadline in the
//! period and the run-chart signals that appeared — net, so a move or a
//! light taken back is not there — with date words read as a day that has
//! been. The view is drawn on `TestBackend` at 80×24, 160×45 and 200×60,
//! and its organisation total is the report's.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use chrono::{DateTime, Datelike, Days, Duration, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::{Value, json};
use tavle::app::{App, Event, Screen};
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::model::{Light, Timestamp};
use tavle::ops::{CardOp, CardPatch, IndicatorOp, Op, Stamp};

fn tavle(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", "en")
        .env("TAVLE_USER", "test")
        .output()
        .unwrap()
}

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

fn date(today: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        today.checked_add_days(Days::new(days as u64)).unwrap()
    } else {
        today
            .checked_sub_days(Days::new(days.unsigned_abs()))
            .unwrap()
    }
}

/// A board whose history the test writes, and a quiet one beside it.
fn folder(today: NaiveDate) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    let d = |n| date(today, n).to_string();
    let old: Vec<Value> = (0..8)
        .map(|w| {
            let value = [5, 4, 6, 5, 4, 6, 5, 4][w as usize];
            json!({"date": d(-7 * (20 - w)), "value": value})
        })
        .collect();
    let board = json!({
        "tavle": 1, "title": "Driftstavle nord", "kind": "drift", "unit": "Sone nord",
        "columns": [{"id": "a", "title": "I dag"}, {"id": "b", "title": "Pågår"},
                    {"id": "c", "title": "Ferdig", "done": true}],
        "cards": [
            {"id": "k1", "title": "Ble rød i perioden", "column": "a", "light": "yellow", "owner": "Kari"},
            {"id": "k2", "title": "Rød og tilbake igjen", "column": "a", "light": "yellow"},
            {"id": "k3", "title": "Ferdig i perioden", "column": "b", "owner": "Ola"},
            {"id": "k4", "title": "Flyttet og flyttet tilbake", "column": "b"},
            {"id": "k5", "title": "Frist i perioden", "column": "a", "due": d(-3), "light": "green", "owner": "Jonas"},
            {"id": "k6", "title": "Frist før perioden", "column": "a", "due": d(-20)},
            {"id": "k7", "title": "Rød før perioden", "column": "a", "light": "yellow"}
        ],
        "indicators": [{"id": "fall", "title": "Fall per uke", "values": old}]
    });
    let quiet = json!({
        "tavle": 1, "title": "Stille tavle", "kind": "drift",
        "columns": [{"id": "a", "title": "A"}, {"id": "c", "title": "Ferdig", "done": true}],
        "cards": [{"id": "q1", "title": "Uendret", "column": "a", "light": "green"}]
    });
    std::fs::write(dir.join("nord.json"), board.to_string()).unwrap();
    std::fs::write(dir.join("stille.json"), quiet.to_string()).unwrap();
    (tmp, dir)
}

/// The history, relative to `now`: the period starts 7 days back.
fn history(dir: &Path, now: DateTime<FixedOffset>, today: NaiveDate) {
    let nord = dir.join("nord.json");
    let ago = |days: i64| now - Duration::days(days);
    at(&nord, ago(20), vec![light("k7", Some(Light::Red))]);
    at(&nord, ago(5), vec![light("k1", Some(Light::Red))]);
    at(&nord, ago(5), vec![light("k2", Some(Light::Red))]);
    at(&nord, ago(4), vec![light("k2", Some(Light::Yellow))]);
    at(&nord, ago(4), vec![moved("k3", "c")]);
    at(&nord, ago(3), vec![moved("k4", "c")]);
    at(&nord, ago(3) + Duration::minutes(2), vec![moved("k4", "b")]);
    // Six high values in the last weeks, recorded in the period: a shift.
    for w in 0..6 {
        let op = Op::Indicator(IndicatorOp::Measure {
            indicator: "fall".into(),
            date: date(today, -7 * (6 - w) + 1),
            value: 9.0,
        });
        at(&nord, ago(2), vec![op]);
    }
}

fn names(items: &Value) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn since_a_day_lists_what_changed_net_from_the_logs() {
    let now = chrono::Local::now().fixed_offset();
    let today = now.date_naive();
    let (_tmp, dir) = folder(today);
    history(&dir, now, today);
    let d = dir.to_str().unwrap();
    let since = date(today, -7).format("%d.%m.%Y").to_string();
    let out = tavle(&["status", d, "--since", &since, "--format", "json"], &dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["since"], date(today, -7).to_string());
    let nord = v["boards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "nord")
        .unwrap();
    let c = &nord["changes"];
    assert_eq!(names(&c["turned_red"]), ["Ble rød i perioden"]);
    assert_eq!(c["turned_red"][0]["from"], "yellow");
    assert_eq!(names(&c["finished"]), ["Ferdig i perioden"]);
    assert_eq!(names(&c["new_overdue"]), ["Frist i perioden"]);
    let signals = c["signals"].as_array().unwrap();
    assert!(
        signals
            .iter()
            .any(|s| s["kind"] == "shift" && s["direction"] == "above"),
        "{signals:?}"
    );
    let quiet = v["boards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "stille")
        .unwrap();
    assert_eq!(
        quiet["changes"],
        json!({"turned_red": [], "finished": [], "new_overdue": [], "signals": []})
    );
    // The text says the same, and names the quiet board once.
    let text = String::from_utf8(tavle(&["status", d, "--since", &since], &dir).stdout).unwrap();
    for line in [
        "  Turned red (1):",
        "  Finished (1):",
        "  Newly overdue (1):",
        "No changes: Stille tavle (stille)",
    ] {
        assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    }
    assert!(
        text.contains("Ble rød i perioden — Kari (before: ▲ yellow)"),
        "{text}"
    );
    for gone in [
        "Rød og tilbake igjen",
        "Flyttet og flyttet tilbake",
        "Frist før perioden",
        "Rød før perioden",
    ] {
        assert!(!text.contains(gone), "{gone}\n{text}");
    }
    // Markdown too.
    let md = String::from_utf8(
        tavle(
            &["status", d, "--since", &since, "--format", "markdown"],
            &dir,
        )
        .stdout,
    )
    .unwrap();
    assert!(md.contains("**Turned red (1):**"), "{md}");
    assert!(!md.contains("Flyttet og flyttet tilbake"), "{md}");
}

#[test]
fn since_takes_date_words_as_a_day_that_has_been() {
    let (_tmp, dir) = folder(chrono::Local::now().date_naive());
    let d = dir.to_str().unwrap();
    let before = chrono::Local::now().date_naive();
    let out = tavle(
        &["status", d, "--since", "forrige uke", "--format", "json"],
        &dir,
    );
    let after = chrono::Local::now().date_naive();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The Monday of last week (of the day the report was made).
    let monday =
        |t: NaiveDate| date(t, -(t.weekday().num_days_from_monday() as i64) - 7).to_string();
    assert!(
        v["since"] == monday(before) || v["since"] == monday(after),
        "{}",
        v["since"]
    );
    // A day that has not come is refused.
    let out = tavle(&["status", d, "--since", "i morgen"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("i morgen"));
    assert!(out.stdout.is_empty());
}

// The overview's view, at a fixed clock on the sample boards.

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn samples() -> (tempfile::TempDir, PathBuf) {
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
        app.update(Event::Clock(t("2026-11-24T09:14:00+01:00")), Instant::now());
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
    s.app.shared.dir = "boards".into();
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
    assert!(s.app.shared.notice.as_ref().is_some_and(|n| n.error));
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

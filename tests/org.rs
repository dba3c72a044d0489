//! Traffic lights across the organisation: the action plan and indicator
//! screens, measurements from scripts and CSV, the status report in every
//! format, escalation between boards, and the owner filter.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::Screen;
use tavle::app::{App, Event, Overlay};
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::model::Light;
use tavle::ops::Stamp;

const HOME: &str = "hjemmetjenesten-nord";
const PLAN: &str = "helsefellesskap-handlingsplan";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn copy_boards() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    for f in store::board_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"))).unwrap()
    {
        std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
    }
    (tmp, dir)
}

fn tavle(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", "en")
        .env("TAVLE_USER", "test")
        .output()
        .unwrap()
}

fn board(dir: &Path, id: &str) -> tavle::model::Board {
    store::analyze(&dir.join(format!("{id}.json")))
        .board
        .unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: tavle::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "test".into(),
    }
}

struct Ui {
    app: App,
}

impl Ui {
    fn new(dir: &Path, lang: Lang) -> Ui {
        let entries = tavle::tui::load_all(dir).unwrap();
        Ui {
            app: App::new(lang, dir.to_path_buf(), entries, today(), Instant::now()),
        }
    }

    fn open(&mut self, id: &str, dir: &Path) {
        self.app.open_path(&dir.join(format!("{id}.json")));
        assert_eq!(self.app.screen, Screen::Board);
    }

    fn key(&mut self, code: KeyCode) {
        let effects = self.app.update(
            Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
            Instant::now(),
        );
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn typ(&mut self, s: &str) {
        for c in s.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    fn draw(&self, w: u16, h: u16) -> Terminal<TestBackend> {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        let clock = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap();
        t.draw(|f| tavle::ui::render(&self.app, clock, f)).unwrap();
        t
    }
}

fn text(t: &Terminal<TestBackend>) -> String {
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

#[test]
fn action_plan_screen_snapshot_and_keys() {
    let (_tmp, dir) = copy_boards();
    let mut ui = Ui::new(&dir, Lang::Nb);
    ui.open(PLAN, &dir);
    ui.key(KeyCode::Char('p'));
    assert_eq!(ui.app.screen, Screen::Plan);
    insta::assert_snapshot!("plan_140x30", ui.draw(140, 30).backend());
    let s = text(&ui.draw(140, 30));
    assert!(
        s.contains("(utledet)") && s.contains("(satt)"),
        "derived and hand-set lights are marked:\n{s}"
    );
    assert!(s.contains("⚠"), "overdue measures are flagged:\n{s}");

    // Space on a goal sets its light by hand; once more cycles on, and back to derived at the end.
    let goal = ui.app.screens.plan.row.clone().unwrap();
    ui.key(KeyCode::Char(' '));
    assert_eq!(
        board(&dir, PLAN).goal(&goal).unwrap().light,
        Some(Light::Green)
    );
    ui.key(KeyCode::Char('u'));
    assert_eq!(board(&dir, PLAN).goal(&goal).unwrap().light, None);

    // Down to a measure: Space changes the card's light, as on the board.
    ui.key(KeyCode::Down);
    ui.key(KeyCode::Down);
    let card = ui.app.screens.plan.row.clone().unwrap();
    let before = board(&dir, PLAN).card(&card).unwrap().light;
    ui.key(KeyCode::Char(' '));
    assert_ne!(board(&dir, PLAN).card(&card).unwrap().light, before);

    // `e` on a goal edits its measurable target.
    ui.key(KeyCode::Up);
    let sub = ui.app.screens.plan.row.clone().unwrap();
    assert!(board(&dir, PLAN).goal(&sub).is_some(), "{sub} is a goal");
    ui.key(KeyCode::Char('e'));
    ui.key(KeyCode::Tab);
    ui.typ(" (ny)");
    ui.key(KeyCode::Enter);
    assert!(
        board(&dir, PLAN)
            .goal(&sub)
            .unwrap()
            .target
            .as_deref()
            .unwrap()
            .ends_with("(ny)")
    );
}

#[test]
fn indicators_screen_snapshot_and_adding_a_value() {
    let (_tmp, dir) = copy_boards();
    let mut ui = Ui::new(&dir, Lang::Nb);
    ui.open(HOME, &dir);
    ui.key(KeyCode::Char('i'));
    ui.key(KeyCode::Down);
    assert_eq!(ui.app.screen, Screen::Indicators);
    insta::assert_snapshot!("indicators_120x30", ui.draw(120, 30).backend());
    let s = text(&ui.draw(120, 30));
    assert!(s.contains("Trend: uke 43–48 (6 fallende punkter)"), "{s}");
    assert!(s.contains("median"), "{s}");

    ui.key(KeyCode::Char('a'));
    assert!(matches!(ui.app.overlay, Some(Overlay::Editor(_))));
    ui.typ("1,5");
    ui.key(KeyCode::Enter);
    let fall = board(&dir, HOME)
        .indicators
        .into_iter()
        .find(|i| i.id == "fall")
        .unwrap();
    let last = fall.values.last().unwrap();
    assert_eq!((last.date, last.value), (today(), 1.5));
    // A bad number is refused in the editor, with nothing written.
    ui.key(KeyCode::Char('a'));
    ui.typ("mange");
    ui.key(KeyCode::Enter);
    assert!(matches!(&ui.app.overlay, Some(Overlay::Editor(ed)) if ed.error.is_some()));
}

#[test]
fn too_few_points_say_so() {
    let (_tmp, dir) = copy_boards();
    let mut ui = Ui::new(&dir, Lang::En);
    ui.open(PLAN, &dir);
    ui.key(KeyCode::Char('i'));
    let s = text(&ui.draw(120, 30));
    assert!(s.contains("too few points to read signals"), "{s}");
}

#[test]
fn measure_add_and_csv_import_with_bad_rows() {
    let (_tmp, dir) = copy_boards();
    let d = dir.to_str().unwrap();
    let out = tavle(
        &[
            "measure",
            "add",
            "--dir",
            d,
            HOME,
            "sykefravaer",
            "6,9",
            "--date",
            "2026-11-30",
        ],
        &dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = board(&dir, HOME).indicators[0]
        .values
        .iter()
        .find(|m| m.date == NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())
        .map(|m| m.value);
    assert_eq!(v, Some(6.9));

    // Norwegian Excel: `;` and decimal commas, a header, one bad date, one bad value, one unknown indicator.
    // Dates that have passed: a measurement dated after today is a bad row.
    let csv = "indikator;dato;verdi\nsykefravaer;01.12.2026;7,1\nsykefravaer;2026-13-01;7,0\nfall;2026-12-01;tre\nukjent;2026-12-01;1\nfall;02.12.2026;2\n";
    std::fs::write(dir.join("m.csv"), csv).unwrap();
    let before = std::fs::read(dir.join(format!("{HOME}.json"))).unwrap();
    let out = tavle(&["measure", "import", "--dir", d, HOME, "m.csv"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "m.csv:3: error:",
        "m.csv:4: error:",
        "m.csv:5: error:",
        "nothing was written",
    ] {
        assert!(err.contains(expected), "{expected:?} in:\n{err}");
    }
    assert_eq!(
        std::fs::read(dir.join(format!("{HOME}.json"))).unwrap(),
        before,
        "nothing written"
    );

    let out = tavle(
        &["measure", "import", "--dir", d, HOME, "m.csv", "--skip-bad"],
        &dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("Stored 2 measurements (0 replaced), 0 unchanged, skipped 3 rows")
    );
    let b = board(&dir, HOME);
    let syk = &b.indicators[0];
    assert_eq!(
        syk.values.last().map(|m| (m.date, m.value)),
        Some((NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(), 7.1))
    );
    // Importing the same file again replaces rather than duplicates.
    let n = syk.values.len();
    tavle(
        &["measure", "import", "--dir", d, HOME, "m.csv", "--skip-bad"],
        &dir,
    );
    assert_eq!(board(&dir, HOME).indicators[0].values.len(), n);
}

#[test]
fn status_in_every_format() {
    let (_tmp, dir) = copy_boards();
    let d = dir.to_str().unwrap();
    let json = tavle(&["status", d, "--format", "json"], &dir);
    assert!(json.status.success());
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["format"], 2);
    let boards = v["boards"].as_array().unwrap();
    assert_eq!(boards.len(), 3);
    // Worst first.
    let reds: Vec<u64> = boards
        .iter()
        .map(|b| b["counts"]["red"].as_u64().unwrap())
        .collect();
    assert!(reds.windows(2).all(|w| w[0] >= w[1]), "{reds:?}");
    let home = boards.iter().find(|b| b["id"] == HOME).unwrap();
    let fall = home["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "fall")
        .unwrap();
    assert_eq!(fall["signals"][0]["kind"], "trend");
    assert_eq!(fall["signals"][0]["direction"], "falling");
    assert_eq!(fall["meets_target"], true);
    for key in [
        "id",
        "title",
        "kind",
        "unit",
        "error",
        "counts",
        "red",
        "next_deadlines",
        "goals",
        "follow_ups",
        "indicators",
        "responsible",
    ] {
        assert!(home.get(key).is_some(), "{key}");
    }

    let text = String::from_utf8(tavle(&["status", d], &dir).stdout).unwrap();
    assert!(
        text.starts_with("Status of the boards 24.11.2026")
            || text.starts_with("Status of the boards"),
        "{text}"
    );
    assert!(
        text.contains("Trend: weeks 43–48 (6 falling points)"),
        "{text}"
    );

    let md = String::from_utf8(tavle(&["status", d, "--format", "markdown"], &dir).stdout).unwrap();
    assert!(md.contains("| Board | ■ red |"), "{md}");
    assert!(md.contains("| --- |"), "{md}");

    let mine = String::from_utf8(
        tavle(&["status", d, "--owner", "Kari", "--format", "json"], &dir).stdout,
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&mine).unwrap();
    assert_eq!(v["owner"], "Kari");
    for b in v["boards"].as_array().unwrap() {
        for c in b["responsible"].as_array().unwrap() {
            assert_eq!(c["owner"], "Kari");
        }
    }
    // A broken board is listed first, with where it is broken.
    std::fs::write(dir.join("odelagt.json"), "{\"tavle\": 1,").unwrap();
    let v: serde_json::Value =
        serde_json::from_slice(&tavle(&["status", d, "--format", "json"], &dir).stdout).unwrap();
    assert_eq!(v["boards"][0]["id"], "odelagt");
    assert!(
        v["boards"][0]["error"]
            .as_str()
            .unwrap()
            .contains("odelagt.json:1:")
    );
}

#[test]
fn status_report_json_is_stable() {
    // The documented shape (docs/status.md), on two small fixed boards: a
    // goal, a follow-up, an escalated copy and a week of changes.
    let text = r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"},{"id":"b","title":"B","done":true}],
      "goals":[{"id":"m","title":"Mål","due":"2027-01-01"}],
      "cards":[{"id":"k1","title":"Forfalt","column":"a","owner":"Kari","due":"2026-11-20","light":"green","goal":"m",
                "escalated_to":{"board":"u","card":"c1"}},
               {"id":"k2","title":"Ferdig","column":"b"}],
      "decisions":[{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-27"}],
      "indicators":[{"id":"i","title":"I","unit":"%","target":5,"better":"lower","values":[{"date":"2026-11-16","value":6}]}]}"#;
    let up = r#"{"tavle":1,"title":"U","kind":"drift","columns":[{"id":"a","title":"A"},{"id":"b","title":"B","done":true}],
      "cards":[{"id":"c1","title":"Forfalt","column":"a","owner":"Kari","due":"2026-11-20","light":"red",
                "escalated_from":{"board":"t","card":"k1"}}]}"#;
    let b = store::analyze_text(text).0.unwrap();
    let u = store::analyze_text(up).0.unwrap();
    let inputs = [
        tavle::status::Input::Board {
            id: "t",
            board: &b,
            log: &[],
        },
        tavle::status::Input::Board {
            id: "u",
            board: &u,
            log: &[],
        },
    ];
    let held_back = vec![tavle::status::HeldBack {
        file: "t (1).json".into(),
        copy_of: "t.json".into(),
    }];
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap();
    let asked = tavle::status::Asked {
        since: NaiveDate::from_ymd_opt(2026, 11, 16).map(|d| (d, now)),
        ..Default::default()
    };
    let report = tavle::status::report(&inputs, today(), &asked, held_back);
    insta::assert_snapshot!("status_json", tavle::status::json(&report));
}

#[test]
fn escalating_a_card_copies_it_up_with_links_both_ways() {
    let (_tmp, dir) = copy_boards();
    let mut ui = Ui::new(&dir, Lang::En);
    ui.open(HOME, &dir);
    let card = ui.app.screens.board.card.clone().unwrap();
    ui.key(KeyCode::Char('E'));
    assert!(matches!(ui.app.overlay, Some(Overlay::Escalate(_))));
    let target = ui.app.shared.other_boards()[0].id.clone();
    ui.key(KeyCode::Enter);
    let up = board(&dir, &target);
    let copy = up
        .cards
        .iter()
        .find(|c| {
            c.escalated_from
                .as_ref()
                .is_some_and(|f| f.board == HOME && f.card == card)
        })
        .unwrap();
    let home = board(&dir, HOME);
    let original = home.card(&card).unwrap();
    let link = original.escalated_to.as_ref().unwrap();
    assert_eq!(
        (link.board.as_str(), link.card.as_str()),
        (target.as_str(), copy.id.as_str())
    );
    assert_eq!(copy.title, original.title);
    // Both boards show the link with the other card's status.
    let s = text(&ui.draw(140, 30));
    assert!(s.contains("⇪ sent to"), "{s}");
    // Sending it again is refused.
    ui.key(KeyCode::Char('E'));
    assert_eq!(ui.app.overlay, None);
    // Undo takes back the link and the copy.
    ui.key(KeyCode::Char('u'));
    ui.key(KeyCode::Char('u'));
    assert!(
        board(&dir, HOME)
            .card(&card)
            .unwrap()
            .escalated_to
            .is_none()
    );
    assert!(
        !board(&dir, &target)
            .cards
            .iter()
            .any(|c| c.escalated_from.is_some())
    );
}

#[test]
fn overview_filters_by_owner_across_boards() {
    let (_tmp, dir) = copy_boards();
    let mut ui = Ui::new(&dir, Lang::Nb);
    ui.key(KeyCode::Char('/'));
    ui.typ("Sekretariatet");
    ui.key(KeyCode::Enter);
    // The title bar shows the folder: keep the temp path out of the snapshot.
    ui.app.shared.set_dir("boards".into());
    let t = ui.draw(120, 36);
    insta::assert_snapshot!("overview_owner_filter", t.backend());
    let s = text(&t);
    assert!(s.contains("Sekretariatet er ansvarlig for"), "{s}");
    assert!(s.contains("Utvikle dashbord"), "{s}");
    ui.key(KeyCode::Char('/'));
    ui.key(KeyCode::Esc);
    assert!(ui.app.screens.overview.owner.is_empty());
}

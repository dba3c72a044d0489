//! The measurement round on screen (issue 22.5): `r` on the overview lists
//! today's due indicators of every board; a value typed and Enter records
//! it on its own board (through the worker, as every save), dated today,
//! and the cursor moves on; Tab and ↓ skip; a value tavle cannot read is
//! refused with the text kept; a value of today shows as done. The views
//! at 80×24 and 200×60, with a hostile title drawn as visible text.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tavle::app::{App, Event, Screen};
use tavle::i18n::Lang;
use tavle::model::Timestamp;
use tavle::ops::Stamp;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-12-04T08:30:00+01:00").unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
}

/// Board `nord`: two indicators due (one 14-daily, one never measured) and
/// one not due; board `sor`: one weekly indicator due, titled with an escape.
const NORD: &str = r#"{"tavle":1,"title":"Sone nord","kind":"drift","measurement_lead":"Kari",
  "columns":[{"id":"a","title":"A"}],"cards":[],
  "indicators":[
    {"id":"syk","title":"Sykefravær","unit":"%","every":"14 days","values":[{"date":"2026-11-14","value":5.5}]},
    {"id":"fall","title":"Fall","every":"week","measured_by":"Ola","values":[]},
    {"id":"ok","title":"Nylig målt","every":"week","values":[{"date":"2026-12-02","value":1}]}]}"#;
const SOR: &str = r#"{"tavle":1,"title":"Sone sør \u001b[2J","kind":"drift",
  "columns":[{"id":"a","title":"A"}],"cards":[],
  "indicators":[
    {"id":"trykk","title":"Trykksår \u001b[31m","every":"week","measured_by":"Per","values":[{"date":"2026-11-27","value":2}]}]}"#;

struct Fixture {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    app: App,
}

impl Fixture {
    fn new(files: &[(&str, &str)]) -> Fixture {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        for (name, text) in files {
            std::fs::write(dir.join(name), text).unwrap();
        }
        let entries = tavle::tui::load_all(&dir).unwrap();
        let app = App::new(Lang::Nb, dir.clone(), entries, today(), Instant::now());
        let mut f = Fixture {
            _tmp: tmp,
            dir,
            app,
        };
        f.event(Event::Clock(now()));
        f
    }

    fn two_boards() -> Fixture {
        Fixture::new(&[("nord.json", NORD), ("sor.json", SOR)])
    }

    fn event(&mut self, e: Event) {
        let effects = self.app.update(e, Instant::now());
        let stamp = || Stamp {
            at: Timestamp::from_datetime(now()),
            by: "Kari".into(),
        };
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn key(&mut self, code: KeyCode) {
        self.event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    fn typ(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// The indicator under the cursor.
    fn here(&self) -> String {
        let r = &self.app.screens.round;
        r.rows[r.at].indicator.clone()
    }

    fn text(&self, file: &str) -> String {
        std::fs::read_to_string(self.dir.join(file)).unwrap()
    }

    /// Today's value of `indicator` in the file `file`, as on disk.
    fn on_disk(&self, file: &str, indicator: &str) -> Option<f64> {
        let b = tavle::folder::store::analyze(&self.dir.join(file))
            .board
            .unwrap();
        let ind = b.indicator(indicator).unwrap();
        ind.values
            .iter()
            .find(|m| m.date == today())
            .map(|m| m.value)
    }

    fn screen(&self, w: u16, h: u16) -> String {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
        t.draw(|f| tavle::ui::render(&self.app, now(), f)).unwrap();
        let buf = t.backend().buffer();
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn path_of(f: &Fixture, file: &str) -> PathBuf {
    f.dir.join(file)
}

#[test]
fn r_on_the_overview_lists_the_due_indicators_of_every_board() {
    let mut f = Fixture::two_boards();
    assert_eq!(f.app.screen, Screen::Overview);
    f.key(KeyCode::Char('r'));
    assert_eq!(f.app.screen, Screen::Round);
    let mut got: Vec<(PathBuf, String)> = (f.app.screens.round.rows.iter())
        .map(|r| (r.path.clone(), r.indicator.clone()))
        .collect();
    got.sort();
    let mut want = vec![
        (path_of(&f, "nord.json"), "fall".to_string()),
        (path_of(&f, "nord.json"), "syk".to_string()),
        (path_of(&f, "sor.json"), "trykk".to_string()),
    ];
    want.sort();
    assert_eq!(got, want);
    // Letters go into the field; `?` still shows the keys.
    f.typ("mq");
    assert_eq!(f.app.screens.round.field.text(), "mq");
    assert_eq!(f.app.screen, Screen::Round);
    f.key(KeyCode::Char('?'));
    assert!(matches!(f.app.overlay, Some(tavle::app::Overlay::Help)));
    f.key(KeyCode::Esc);
    assert!(f.app.overlay.is_none());
    assert_eq!(f.app.screens.round.field.text(), "mq");
    // Esc goes back.
    f.key(KeyCode::Esc);
    assert_eq!(f.app.screen, Screen::Overview);
}

#[test]
fn one_pass_over_three_indicators_on_two_boards_records_three_values_in_two_files() {
    let mut f = Fixture::two_boards();
    let before_ok = f.text("nord.json").matches("2026-12-02").count();
    f.key(KeyCode::Char('r'));
    let values: HashMap<&str, (&str, &str, f64)> = HashMap::from([
        ("syk", ("nord.json", "5,2", 5.2)),
        ("fall", ("nord.json", "3", 3.0)),
        ("trykk", ("sor.json", "-1.5", -1.5)),
    ]);
    let mut seen = Vec::new();
    for _ in 0..3 {
        let here = f.here();
        let (_, typed, _) = values[here.as_str()];
        f.typ(typed);
        f.key(KeyCode::Enter);
        assert!(f.app.screens.round.error.is_none(), "{here}");
        seen.push(here);
    }
    seen.sort();
    assert_eq!(seen, ["fall", "syk", "trykk"], "each row once, in one pass");
    for (ind, (file, _, v)) in &values {
        assert_eq!(f.on_disk(file, ind), Some(*v), "{ind} in {file}");
    }
    // Nothing else was measured.
    assert_eq!(f.on_disk("nord.json", "ok"), None);
    assert_eq!(f.text("nord.json").matches("2026-12-02").count(), before_ok);
    // Every row shows as done, and the screen says all is recorded.
    let screen = f.screen(80, 24);
    assert_eq!(screen.matches("registrert").count(), 3, "{screen}");
    assert!(screen.contains("Alle verdiene er registrert."), "{screen}");
}

#[test]
fn skipping_records_nothing() {
    let mut f = Fixture::two_boards();
    let (nord, sor) = (f.text("nord.json"), f.text("sor.json"));
    f.key(KeyCode::Char('r'));
    let first = f.app.screens.round.at;
    f.typ("12");
    f.key(KeyCode::Tab);
    assert_eq!(f.app.screens.round.at, first + 1);
    // The text typed on a row skipped goes with it.
    assert_eq!(f.app.screens.round.field.text(), "");
    f.key(KeyCode::Down);
    assert_eq!(f.app.screens.round.at, first + 2);
    f.key(KeyCode::Down);
    assert_eq!(
        f.app.screens.round.at,
        first + 2,
        "the cursor stops at the last"
    );
    f.key(KeyCode::Up);
    assert_eq!(f.app.screens.round.at, first + 1);
    f.key(KeyCode::Esc);
    assert_eq!((f.text("nord.json"), f.text("sor.json")), (nord, sor));
}

#[test]
fn a_value_tavle_cannot_read_is_refused_and_the_text_stays() {
    let mut f = Fixture::two_boards();
    let (nord, sor) = (f.text("nord.json"), f.text("sor.json"));
    f.key(KeyCode::Char('r'));
    let here = f.here();
    f.typ("1.234");
    f.key(KeyCode::Enter);
    assert_eq!(f.here(), here, "the cursor stays");
    assert_eq!(f.app.screens.round.field.text(), "1.234");
    assert!(f.app.screens.round.error.is_some());
    assert_eq!(
        (f.text("nord.json"), f.text("sor.json")),
        (nord.clone(), sor.clone())
    );
    let screen = f.screen(80, 24);
    let said = tavle::i18n::msg(Lang::Nb, f.app.screens.round.error.as_ref().unwrap());
    let start: String = said.chars().take(30).collect();
    assert!(screen.contains(&start), "{screen}");
    // Letters too; the field keeps them.
    for _ in 0..5 {
        f.key(KeyCode::Backspace);
    }
    f.typ("mye");
    f.key(KeyCode::Enter);
    assert_eq!(f.app.screens.round.field.text(), "mye");
    assert_eq!((f.text("nord.json"), f.text("sor.json")), (nord, sor));
    // Corrected, it is recorded.
    for _ in 0..3 {
        f.key(KeyCode::Backspace);
    }
    f.typ("4");
    f.key(KeyCode::Enter);
    assert!(f.app.screens.round.error.is_none());
    let file = if here == "trykk" {
        "sor.json"
    } else {
        "nord.json"
    };
    assert_eq!(f.on_disk(file, &here), Some(4.0));
}

#[test]
fn a_value_of_today_shows_as_done_and_the_cursor_starts_after_it() {
    let nord = NORD.replace(
        r#"{"date":"2026-11-14","value":5.5}"#,
        r#"{"date":"2026-11-14","value":5.5},{"date":"2026-12-04","value":6.25}"#,
    );
    let mut f = Fixture::new(&[("nord.json", &nord)]);
    f.key(KeyCode::Char('r'));
    let rows: Vec<&str> = (f.app.screens.round.rows.iter())
        .map(|r| r.indicator.as_str())
        .collect();
    assert_eq!(rows, ["syk", "fall"]);
    assert_eq!(f.here(), "fall");
    let screen = f.screen(80, 24);
    assert!(screen.contains("✓ 6,25 registrert"), "{screen}");
    assert!(screen.contains("1 indikator skal måles"), "{screen}");
}

#[test]
fn the_view_at_80_by_24_shows_the_row_being_entered_with_its_details() {
    let mut f = Fixture::two_boards();
    f.key(KeyCode::Char('r'));
    // Put the cursor on Sykefravær.
    while f.here() != "syk" {
        f.key(KeyCode::Down);
    }
    f.typ("5,");
    let screen = f.screen(80, 24);
    assert!(
        screen.contains("Målerunde fredag 4. desember 2026"),
        "{screen}"
    );
    assert!(screen.contains("3 indikatorer skal måles"), "{screen}");
    assert!(screen.contains("Sone nord"), "{screen}");
    let row = screen.lines().find(|l| l.contains("▶ Sykefravær")).unwrap();
    assert!(row.contains("Kari") && row.contains("5,▏"), "{row}");
    assert!(
        screen.contains("hver 14. dag · sist 5,5 % (14.11.2026) · frist 28.11.2026"),
        "{screen}"
    );
    let fall = screen.lines().find(|l| l.contains("  Fall")).unwrap();
    assert!(fall.contains("Ola"), "{fall}");
    // The hostile titles are drawn as visible text.
    assert!(!screen.contains('\u{1b}'));
    assert!(screen.contains("Sone sør ␛[2J"), "{screen}");
    assert!(screen.contains("Trykksår ␛[31m"), "{screen}");
    assert!(
        screen.contains("Tab/↓ hopper over, ↑ går tilbake."),
        "{screen}"
    );
    for line in screen.lines() {
        assert!(tavle::text::width(line) <= 80, "{line}");
    }
}

#[test]
fn the_view_at_120_by_40_and_200_by_60_has_every_column_on_the_row() {
    for (w, h) in [(120, 40), (200, 60)] {
        wide_view(w, h);
    }
}

fn wide_view(w: u16, h: u16) {
    let mut f = Fixture::two_boards();
    f.key(KeyCode::Char('r'));
    let screen = f.screen(w, h);
    assert!(
        !screen.contains("    hver 14. dag ·"),
        "no detail line: {screen}"
    );
    let head = screen.lines().find(|l| l.contains("Indikator")).unwrap();
    for word in ["Måles av", "Hvor ofte", "Sist målt", "Frist", "Verdi i dag"] {
        assert!(head.contains(word), "{head}");
    }
    let syk = screen.lines().find(|l| l.contains("Sykefravær")).unwrap();
    for part in [
        "Kari",
        "hver 14. dag",
        "sist 5,5 % (14.11.2026)",
        "frist 28.11.2026",
    ] {
        assert!(syk.contains(part), "{syk}");
    }
    let fall = screen.lines().find(|l| l.contains("Fall ")).unwrap();
    assert!(
        fall.contains("aldri målt") && fall.contains("skal måles nå"),
        "{fall}"
    );
    let trykk = screen.lines().find(|l| l.contains("Trykksår")).unwrap();
    assert!(
        trykk.contains("frist 04.12.2026") && trykk.contains("Per"),
        "{trykk}"
    );
}

#[test]
fn a_folder_with_nothing_due_says_so() {
    let mut f = Fixture::new(&[(
        "a.json",
        r#"{"tavle":1,"title":"A","kind":"drift","columns":[],"cards":[],
            "indicators":[{"id":"i","title":"I","values":[]}]}"#,
    )]);
    f.key(KeyCode::Char('r'));
    assert!(f.app.screens.round.rows.is_empty());
    f.key(KeyCode::Enter);
    let screen = f.screen(80, 24);
    assert!(
        screen.contains("Ingen indikatorer skal måles i dag."),
        "{screen}"
    );
}

#[test]
fn a_board_tavle_may_not_write_refuses_the_value_with_the_reason() {
    let newer = NORD.replacen(r#"{"tavle":1,"#, r#"{"tavle":2,"#, 1);
    let mut f = Fixture::new(&[("nord.json", &newer)]);
    let before = f.text("nord.json");
    f.key(KeyCode::Char('r'));
    assert!(!f.app.screens.round.rows.is_empty());
    let here = f.here();
    f.typ("5");
    f.key(KeyCode::Enter);
    assert_eq!(f.here(), here);
    assert_eq!(f.app.screens.round.field.text(), "5");
    let said = tavle::i18n::msg(Lang::Nb, f.app.screens.round.error.as_ref().unwrap());
    let want = tavle::i18n::msg(Lang::Nb, &tavle::i18n::Msg::NewerFormat(2));
    assert_eq!(said, want);
    assert_eq!(f.text("nord.json"), before);
}

/// The worker refuses the save (here: someone broke the file after tavle
/// read it, and a file tavle cannot read is never overwritten): the value
/// typed comes back in its row, with a word that it was not saved, and
/// the notice line says why. Nothing is written.
#[test]
fn a_value_the_worker_refuses_comes_back_in_its_row() {
    let mut f = Fixture::two_boards();
    f.key(KeyCode::Char('r'));
    let first = f.here();
    std::fs::write(f.dir.join("nord.json"), "{ broken").unwrap();
    f.typ("6,5");
    f.key(KeyCode::Enter);
    assert_eq!(f.text("nord.json"), "{ broken", "nothing written");
    let round = &f.app.screens.round;
    assert_eq!(f.here(), first, "the cursor is back on the row refused");
    assert_eq!(round.field.text(), "6,5");
    assert_eq!(round.error, Some(tavle::i18n::Msg::RoundNotSaved));
    let screen = f.screen(120, 40);
    assert!(screen.contains("6,5"), "{screen}");
}

//! What the idea intake and priority matrix tests share (issue 21.2–3): an
//! improvement board and an operations board in a temporary folder, an app
//! on them in bokmål on Tuesday 24.11.2026, keys typed into it with every
//! effect carried out as the runtime would (so what a key saves is on
//! disk, with its change log), and a screen drawn on a `TestBackend`.
//!
//! Only fixtures live here: no test and no assertion about tavle beyond a
//! fixture's own preconditions. Each test binary uses part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Screen};
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::model::{Board, Timestamp};
use tavle::ops::Stamp;

/// An improvement board whose Ideas column is not its first (ideas must
/// go to the Ideas column, not just the first). Ideas: `i1` a quick win,
/// `i2` high effect and high effort, `i3` not placed, `i4` with an effect
/// but no effort (not placed either), `a1` archived; `p1` is placed but
/// in Planlegge, so not an idea. Sources: ansatt 1 (i1), bruker 2 (i2,
/// p1), annet 1 (i3: `frivillig`), none on i4 (and a1 is archived).
pub const IMPROVEMENT: &str = r#"{
  "tavle": 1,
  "title": "Forbedringstavle avdeling 3",
  "kind": "forbedring",
  "columns": [
    { "id": "innboks", "title": "Innboks" },
    { "id": "ideer", "title": "Idéer" },
    { "id": "planlegge", "title": "Planlegge" },
    { "id": "gjennomfore", "title": "Gjennomføre" },
    { "id": "evaluere", "title": "Evaluere" },
    { "id": "korrigere", "title": "Korrigere/standardisere" },
    { "id": "ferdig", "title": "Ferdig", "done": true }
  ],
  "cards": [
    { "id": "i1", "title": "Rask idé", "column": "ideer", "source": "ansatt", "effect": 3, "effort": 1 },
    { "id": "i2", "title": "Stor satsing", "column": "ideer", "source": "bruker", "received": "2026-11-20", "effect": 3, "effort": 3 },
    { "id": "i3", "title": "Uplassert idé", "column": "ideer", "source": "frivillig" },
    { "id": "i4", "title": "Halvveis", "column": "ideer", "effect": 2 },
    { "id": "a1", "title": "Arkivert idé", "column": "ideer", "source": "ansatt", "archived": true, "effect": 1, "effort": 1 },
    { "id": "p1", "title": "Under planlegging", "column": "planlegge", "source": "bruker", "effect": 1, "effort": 1 }
  ]
}"#;

/// An operations board: `k1` open, `k2` done, `k3` archived.
pub const OPERATIONS: &str = r#"{
  "tavle": 1,
  "title": "Driftstavle avdeling 3",
  "kind": "drift",
  "columns": [
    { "id": "idag", "title": "I dag" },
    { "id": "ferdig", "title": "Ferdig", "done": true }
  ],
  "cards": [
    { "id": "k1", "title": "Bemanning i helga", "column": "idag" },
    { "id": "k2", "title": "Turnus sendt ut", "column": "ferdig" },
    { "id": "k3", "title": "Gammel sak", "column": "idag", "archived": true }
  ]
}"#;

pub fn clock() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap()
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

pub struct Ideas {
    _tmp: tempfile::TempDir,
    pub dir: PathBuf,
    pub app: App,
}

impl Ideas {
    /// The two boards in a folder, the app on the overview.
    pub fn new() -> Ideas {
        Ideas::with(IMPROVEMENT)
    }

    /// The improvement board with `n` more ideas in cell 5 (middle effect
    /// and effort), titled `Idé nummer 1: …` on.
    pub fn crowded(n: usize) -> Ideas {
        let more: Vec<String> = (1..=n)
            .map(|k| {
                format!(
                    r#"{{ "id": "n{k}", "title": "Idé nummer {k}: faste tider for morgenstellet", "column": "ideer", "source": "ansatt", "effect": 2, "effort": 2 }},"#
                )
            })
            .collect();
        let json = IMPROVEMENT.replacen(
            r#""cards": ["#,
            &format!("\"cards\": [{}", more.join("")),
            1,
        );
        Ideas::with(&json)
    }

    /// The improvement board as `improvement` says, and the operations board.
    pub fn with(improvement: &str) -> Ideas {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        std::fs::write(dir.join("forbedring.json"), improvement).unwrap();
        std::fs::write(dir.join("drift.json"), OPERATIONS).unwrap();
        let entries = tavle::tui::load_all(&dir).unwrap();
        let mut app = App::new(Lang::Nb, dir.clone(), entries, today(), Instant::now());
        // The first event asks for the boards' versions to be kept.
        let effects = app.update(Event::Tick, Instant::now());
        let mut ideas = Ideas {
            _tmp: tmp,
            dir,
            app,
        };
        ideas.perform(effects);
        ideas
    }

    /// The improvement board's file.
    pub fn improvement(&self) -> PathBuf {
        self.dir.join("forbedring.json")
    }

    pub fn operations(&self) -> PathBuf {
        self.dir.join("drift.json")
    }

    /// Open the board at `path` on the board screen.
    pub fn open(&mut self, path: &Path) {
        self.app.open_path(path);
        assert_eq!(self.app.screen, Screen::Board);
    }

    pub fn perform(&mut self, effects: Vec<tavle::app::Effect>) {
        let stamp = || Stamp {
            at: Timestamp::from_datetime(clock()),
            by: "Hilde".into(),
        };
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    pub fn key_mod(&mut self, code: KeyCode, mods: KeyModifiers) {
        let effects = self
            .app
            .update(Event::Key(KeyEvent::new(code, mods)), Instant::now());
        self.perform(effects);
    }

    pub fn key(&mut self, code: KeyCode) {
        self.key_mod(code, KeyModifiers::NONE);
    }

    pub fn ch(&mut self, c: char) {
        self.key(KeyCode::Char(c));
    }

    pub fn typ(&mut self, text: &str) {
        for c in text.chars() {
            self.ch(c);
        }
    }

    /// The board at `path` as it is on disk.
    pub fn disk(&self, path: &Path) -> Board {
        store::analyze(path).board.unwrap()
    }

    /// The change log of the board at `path`.
    pub fn log(&self, path: &Path) -> Vec<tavle::log::Logged> {
        tavle::folder::log::read(path)
    }

    /// The screen drawn at `w`×`h`, line by line.
    pub fn draw(&self, w: u16, h: u16) -> Terminal<TestBackend> {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| tavle::ui::render(&self.app, clock(), f))
            .unwrap();
        t
    }

    pub fn text(&self, w: u16, h: u16) -> String {
        let t = self.draw(w, h);
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
}

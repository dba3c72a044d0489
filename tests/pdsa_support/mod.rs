//! A folder with one improvement board (the circle's columns, two cards, an
//! indicator with a shift in it) and one operations board that has a
//! column named `evaluere` too, an app on it in bokmål, a wall clock, keys
//! typed with every effect carried out as the runtime would, and the
//! screen drawn on a test backend. Only the fixture: no assertion about
//! what tavle does. Each test binary uses part of it.
#![allow(dead_code)]

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Screen};
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::model::Timestamp;
use tavle::ops::Stamp;

pub const IMPROVEMENT: &str = r#"{
  "tavle": 1,
  "title": "Forbedring sykehjem",
  "kind": "forbedring",
  "columns": [
    {"id": "ideer", "title": "Ideer"},
    {"id": "planlegge", "title": "Planlegge"},
    {"id": "gjennomfore", "title": "Gjennomføre"},
    {"id": "evaluere", "title": "Evaluere"},
    {"id": "korrigere", "title": "Korrigere/standardisere"},
    {"id": "ferdig", "title": "Ferdig", "done": true}
  ],
  "cards": [
    {"id": "f1", "title": "Måltidsvert ved middag", "column": "gjennomfore"},
    {"id": "f2", "title": "Sensormatte ved senga", "column": "planlegge"}
  ],
  "indicators": [
    {"id": "fall", "title": "Fall per 1000 liggedøgn", "unit": "fall", "better": "lower",
     "values": [
      {"date": "2026-01-05", "value": 9}, {"date": "2026-02-02", "value": 8},
      {"date": "2026-03-02", "value": 9}, {"date": "2026-04-06", "value": 10},
      {"date": "2026-05-04", "value": 9}, {"date": "2026-06-01", "value": 8},
      {"date": "2026-07-06", "value": 4}, {"date": "2026-08-03", "value": 3},
      {"date": "2026-09-07", "value": 4}, {"date": "2026-10-05", "value": 3},
      {"date": "2026-11-02", "value": 2}, {"date": "2026-11-16", "value": 3}
     ]}
  ]
}"#;

pub const OPERATIONS: &str = r#"{
  "tavle": 1,
  "title": "Drift sone sør",
  "kind": "drift",
  "columns": [
    {"id": "gjennomfore", "title": "Pågår"},
    {"id": "evaluere", "title": "Evaluere"},
    {"id": "ferdig", "title": "Ferdig", "done": true}
  ],
  "cards": [
    {"id": "k1", "title": "Bemanning i dag", "column": "gjennomfore"}
  ]
}"#;

pub fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T08:30:00+01:00").unwrap()
}

pub struct Folder {
    _tmp: tempfile::TempDir,
    pub dir: PathBuf,
    pub app: App,
    pub clock: Cell<DateTime<FixedOffset>>,
}

impl Folder {
    /// The folder with the app on the board in `file` (`forbedring.json`
    /// or `drift.json`), the board screen showing.
    pub fn on(file: &str) -> Folder {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        std::fs::write(dir.join("forbedring.json"), IMPROVEMENT).unwrap();
        std::fs::write(dir.join("drift.json"), OPERATIONS).unwrap();
        let entries = tavle::tui::load_all(&dir).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut app = App::new(Lang::Nb, dir.clone(), entries, today, Instant::now());
        app.open_path(&dir.join(file));
        assert_eq!(app.screen, Screen::Board);
        let mut f = Folder {
            _tmp: tmp,
            dir,
            app,
            clock: Cell::new(t0()),
        };
        f.at(0);
        f
    }

    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    pub fn at(&mut self, secs: i64) {
        self.clock.set(t0() + Duration::seconds(secs));
        let effects = self
            .app
            .update(Event::Clock(self.clock.get()), Instant::now());
        self.perform(effects);
    }

    pub fn perform(&mut self, effects: Vec<tavle::app::Effect>) {
        let clock = &self.clock;
        let stamp = || Stamp {
            at: Timestamp::from_datetime(clock.get()),
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
            self.key(KeyCode::Char(c));
        }
    }

    /// The board in `file` as it is on disk.
    pub fn disk(&self, file: &str) -> tavle::model::Board {
        store::analyze(&self.path(file)).board.unwrap()
    }

    /// Select the card `id` on the board screen (↓ then → through the
    /// columns until it is the selected one).
    pub fn select(&mut self, id: &str) {
        self.app.shared.board().unwrap().card(id).unwrap();
        for _ in 0..8 {
            self.key(KeyCode::Left);
        }
        for _ in 0..8 {
            for _ in 0..8 {
                if self.selected().as_deref() == Some(id) {
                    return;
                }
                self.key(KeyCode::Down);
            }
            self.key(KeyCode::Right);
            for _ in 0..8 {
                self.key(KeyCode::Up);
            }
        }
        panic!("card {id} not reached");
    }

    pub fn selected(&self) -> Option<String> {
        let board = self.app.shared.board()?;
        Some(self.app.screens.board.selected_card(board)?.id.clone())
    }

    /// Open the card screen of `id`.
    pub fn open_card(&mut self, id: &str) {
        self.select(id);
        self.key(KeyCode::Enter);
        assert_eq!(self.app.screen, Screen::Card);
        assert_eq!(self.app.screens.card.id.as_deref(), Some(id));
    }

    /// The screen drawn at `w`×`h`, row by row.
    pub fn rows(&self, w: u16, h: u16) -> Vec<String> {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| tavle::ui::render(&self.app, self.clock.get(), f))
            .unwrap();
        let buf = t.backend().buffer();
        (0..buf.area.height)
            .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
            .collect()
    }

    pub fn screen(&self, w: u16, h: u16) -> String {
        self.rows(w, h).join("\n")
    }
}

/// Where a path stands in the folder, for messages.
pub fn name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

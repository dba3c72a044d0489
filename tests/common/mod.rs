//! The meeting room the meeting and minutes tests share: a copy of the sample
//! boards in a temporary folder, an app on it in bokmål with the sample
//! board open, a wall clock the test moves, and keys typed into it — every
//! effect carried out as the runtime would, so what a key saves is on disk.
//!
//! Only the fixture lives here: no test and no assertion about what tavle
//! does beyond the fixture's own preconditions. Each test binary uses part
//! of it, so unused items are allowed.
#![allow(dead_code)]

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tavle::app::{App, Event, Overlay};
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::model::Timestamp;
use tavle::ops::Stamp;

pub fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T08:30:00+01:00").unwrap()
}

pub struct Room {
    _tmp: tempfile::TempDir,
    pub dir: PathBuf,
    pub app: App,
    /// The wall clock of the room, moved by the test.
    pub clock: Cell<DateTime<FixedOffset>>,
}

impl Room {
    pub fn new() -> Room {
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

    pub fn app_for(dir: &Path) -> App {
        let entries = tavle::tui::load_all(dir).unwrap();
        App::new(
            Lang::Nb,
            dir.to_path_buf(),
            entries,
            NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            Instant::now(),
        )
    }

    pub fn board(&self) -> PathBuf {
        self.dir.join("hjemmetjenesten-nord.json")
    }

    pub fn stamp(&self) -> Stamp {
        Stamp {
            at: Timestamp::from_datetime(self.clock.get()),
            by: "Hilde".into(),
        }
    }

    /// Set the clock to `secs` after the start and tell the app.
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

    pub fn typ(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// The screen as the room sees it, `w` × `h`, one line of text a row.
    pub fn screen_text(&self, w: u16, h: u16) -> String {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
        t.draw(|f| tavle::ui::render(&self.app, self.clock.get(), f))
            .unwrap();
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

    pub fn disk(&self) -> tavle::model::Board {
        store::analyze(&self.board()).board.unwrap()
    }
}

impl Room {
    /// Start a meeting now, enter who is present, log a decision.
    pub fn meeting_with(&mut self, people: &str, decision: &str) {
        self.key(KeyCode::Char('m'));
        assert!(self.app.shared.running().is_some(), "the meeting started");
        if !people.is_empty() {
            self.key(KeyCode::Char('o'));
            self.typ(people);
            self.key(KeyCode::Enter);
        }
        self.key(KeyCode::Char('d'));
        self.typ(decision);
        self.key(KeyCode::Enter);
    }

    /// End the running meeting from the closing summary.
    pub fn end_meeting(&mut self) {
        self.key(KeyCode::Char('m'));
        assert!(matches!(self.app.overlay, Some(Overlay::Closing(_))));
        self.key(KeyCode::Enter);
        assert!(self.disk().meeting.unwrap().running.is_none());
    }
}

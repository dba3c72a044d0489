//! The operations board's test room: board files of the test's own in a
//! temporary folder (the sample-like drift board `drift.json` beside this
//! file, or text the test writes), an app on them in bokmål on 24.11.2026
//! with the first board open, and keys typed into it — every effect carried
//! out as the runtime would, so what a key saves is on disk.
//!
//! Only the fixture lives here, no assertion about what tavle does. Each
//! test binary uses part of it, so unused items are allowed.
#![allow(dead_code)]

use std::path::PathBuf;
use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use tavle::app::{App, Event};
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::model::Timestamp;
use tavle::ops::Stamp;

/// The sample-like operations board: the sample's columns, cards, goals
/// and indicators, with staffing (yesterday and today), risks, deviations
/// and an annual wheel.
pub const DRIFT: &str = include_str!("drift.json");

pub fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T08:30:00+01:00").unwrap()
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

pub struct Ops {
    _tmp: tempfile::TempDir,
    pub dir: PathBuf,
    pub app: App,
    /// The file of the board open first.
    pub file: PathBuf,
    /// The wall clock of the room: 08:30 on the app's today.
    pub now: DateTime<FixedOffset>,
}

impl Ops {
    /// A folder of `files` (name, text), the first one open.
    pub fn new(files: &[(&str, &str)]) -> Ops {
        Ops::in_lang(Lang::Nb, files)
    }

    pub fn in_lang(lang: Lang, files: &[(&str, &str)]) -> Ops {
        Ops::on(today(), lang, files)
    }

    /// As [`Ops::new`], on `day` (08:30 by the clock).
    pub fn on(day: NaiveDate, lang: Lang, files: &[(&str, &str)]) -> Ops {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        for (name, text) in files {
            std::fs::write(dir.join(name), text).unwrap();
        }
        let entries = tavle::tui::load_all(&dir).unwrap();
        let app = App::new(lang, dir.clone(), entries, day, Instant::now());
        let file = dir.join(files[0].0);
        let clock = now() + (day - today());
        let mut ops = Ops {
            _tmp: tmp,
            dir,
            app,
            file: file.clone(),
            now: clock,
        };
        ops.event(Event::Clock(clock));
        ops.app.open_path(&file);
        ops
    }

    /// The sample-like drift board alone.
    pub fn drift() -> Ops {
        Ops::new(&[("drift.json", DRIFT)])
    }

    /// The drift board with `edit` done to its JSON first.
    pub fn drift_with(edit: impl FnOnce(&mut serde_json::Value)) -> Ops {
        let mut v: serde_json::Value = serde_json::from_str(DRIFT).unwrap();
        edit(&mut v);
        Ops::new(&[("drift.json", &v.to_string())])
    }

    pub fn event(&mut self, e: Event) {
        let effects = self.app.update(e, Instant::now());
        let now = self.now;
        let stamp = || Stamp {
            at: Timestamp::from_datetime(now),
            by: "Hilde".into(),
        };
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    pub fn key(&mut self, code: KeyCode) {
        self.event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    pub fn ch(&mut self, c: char) {
        self.key(KeyCode::Char(c));
    }

    pub fn typ(&mut self, text: &str) {
        for c in text.chars() {
            self.ch(c);
        }
    }

    pub fn buffer(&self, w: u16, h: u16) -> Buffer {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
        t.draw(|f| tavle::ui::render(&self.app, self.now, f))
            .unwrap();
        t.backend().buffer().clone()
    }

    /// The screen, `w` × `h`, one line of text a row.
    pub fn screen(&self, w: u16, h: u16) -> String {
        let buf = self.buffer(w, h);
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The board as it is on disk.
    pub fn disk(&self) -> tavle::model::Board {
        store::analyze(&self.file).board.unwrap()
    }
}

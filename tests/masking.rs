//! Identity numbers on screen: a card title and a decision that hold a valid
//! national identity number show it masked on the board, the card detail,
//! the decision panel and the closing summary of a meeting, and a save of
//! another field leaves the number in the file as it was.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, FixedOffset};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::json;
use tavle::app::{App, Event, Overlay, Screen};
use tavle::i18n::Lang;
use tavle::model::Timestamp;
use tavle::ops::Stamp;

fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-30T09:00:00+01:00").unwrap()
}

struct Room {
    _tmp: tempfile::TempDir,
    file: PathBuf,
    app: App,
}

impl Room {
    /// A folder with one board whose first card has `title`, open on screen.
    fn new(title: &str) -> Room {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("drift.json");
        let board = json!({
            "tavle": 1, "title": "Drift sone nord", "kind": "drift",
            "columns": [{"id": "i-dag", "title": "I dag"}, {"id": "pagar", "title": "Pågår"}],
            "cards": [{"id": "k1", "title": title, "column": "i-dag", "owner": "Kari"}],
        });
        std::fs::write(&file, serde_json::to_string_pretty(&board).unwrap()).unwrap();
        let entries = tavle::tui::load_all(tmp.path()).unwrap();
        let dir = tmp.path().to_path_buf();
        let app = App::new(Lang::Nb, dir, entries, t0().date_naive(), Instant::now());
        let mut room = Room {
            _tmp: tmp,
            file,
            app,
        };
        room.event(Event::Clock(t0()));
        let file = room.file.clone();
        room.app.open_path(&file);
        room
    }

    fn event(&mut self, e: Event) {
        let effects = self.app.update(e, Instant::now());
        let stamp = || Stamp {
            at: Timestamp::from_datetime(t0()),
            by: "Kari".into(),
        };
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn key_mod(&mut self, code: KeyCode, mods: KeyModifiers) {
        self.event(Event::Key(KeyEvent::new(code, mods)));
    }

    fn key(&mut self, code: KeyCode) {
        self.key_mod(code, KeyModifiers::NONE);
    }

    fn typ(&mut self, text: &str) {
        text.chars().for_each(|c| self.key(KeyCode::Char(c)));
    }

    fn path(&self) -> &Path {
        &self.file
    }

    fn screen(&self) -> String {
        let mut t = Terminal::new(TestBackend::new(150, 40)).unwrap();
        t.draw(|f| tavle::ui::render(&self.app, t0(), f)).unwrap();
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

/// A valid national identity number, built by the mod-11 rule from a date
/// and an individual number (never a real person's: the test picks the first
/// individual number whose check digits exist).
fn identity_number() -> String {
    const W1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    const W2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let control = |d: &[u32], w: &[u32]| {
        let k = 11 - d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
        match k {
            11 => Some(0),
            10 => None,
            k => Some(k),
        }
    };
    (500..1000)
        .find_map(|i: u32| {
            let mut d = vec![1, 5, 0, 3, 8, 4, i / 100, i / 10 % 10, i % 10];
            let k1 = control(&d, &W1)?;
            d.push(k1);
            let k2 = control(&d, &W2)?;
            d.push(k2);
            Some(
                d.iter()
                    .map(|x| char::from_digit(*x, 10).unwrap())
                    .collect(),
            )
        })
        .unwrap()
}

#[test]
fn identity_numbers_are_masked_on_every_screen_and_kept_in_the_file() {
    let number = identity_number();
    assert!(tavle::privacy::valid(
        &number.bytes().map(|b| b - b'0').collect::<Vec<_>>()
    ));
    let masked = format!("******{}", &number[6..]);
    let mut r = Room::new(&format!("Ring pårørende til {number}"));
    assert_eq!(r.app.screen, Screen::Board);
    let check = |r: &Room, place: &str| {
        let s = r.screen();
        assert!(!s.contains(&number), "{place} shows the number:\n{s}");
        assert!(s.contains(&masked), "{place} does not show it masked:\n{s}");
    };
    check(&r, "the board");
    r.key(KeyCode::Enter);
    assert_eq!(r.app.screen, Screen::Card);
    check(&r, "the card detail");
    r.key(KeyCode::Esc);
    // In a meeting: a decision about the card, and the card moved.
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char('d'));
    r.typ(&format!("Hilde ringer {number}"));
    r.key(KeyCode::Enter);
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    assert!(r.app.panel_visible());
    check(&r, "the decision panel");
    r.key(KeyCode::Char('m'));
    assert!(matches!(r.app.overlay, Some(Overlay::Closing(_))));
    check(&r, "the closing summary");
    r.key(KeyCode::Esc);
    // A save of another field leaves the number in the file as it was.
    r.key(KeyCode::Char('1'));
    let text = std::fs::read_to_string(r.path()).unwrap();
    assert!(
        text.contains(&format!("Ring pårørende til {number}")),
        "{text}"
    );
    assert!(text.contains("\"light\": \"green\""), "{text}");
    assert!(!text.contains("******"));
}

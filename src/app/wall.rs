//! The wallboard (`tavle --wall`): a corridor screen nobody touches. It
//! shows the boards one after another (and the overview and the indicators'
//! run charts, when the team's `tavle.toml` asks for them), each for
//! [`Wall::interval`]; a change from outside brings its board on screen at
//! once, with the changed cards highlighted. It is read-only: no key edits,
//! and no editor, prompt or dialog ever opens. Any key pauses it where it
//! is; `q` quits; Space goes on; the arrows step by hand.
//!
//! It holds only where it is and when it moves on, so it stays the same
//! size however long it runs (`tests/wall_soak.rs`).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyCode;

use super::Screen;
use super::keymap::{self, Binding, Cmd, WallCmd, bind, ch, ctrl, key};
use super::request::{Request, Requests};
use super::shared::Shared;
use crate::settings::WallScreen;

/// How long each screen shows when nothing says otherwise.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(20);

/// The wallboard's key table: the only keys it has.
pub const KEYS: &[Binding] = &[
    bind(
        &[ch('q', "q"), ctrl('c', "Ctrl+C")],
        Cmd::Wall(WallCmd::Quit),
        true,
    ),
    bind(&[ch(' ', "Space")], Cmd::Wall(WallCmd::Pause), true),
    bind(
        &[key(KeyCode::Right, "→"), key(KeyCode::Left, "←")],
        Cmd::Wall(WallCmd::Next),
        true,
    ),
];

/// One place the wallboard stops at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    Overview,
    Board(PathBuf),
    /// A board's indicators with their run charts.
    Indicators(PathBuf),
}

impl Stop {
    fn path(&self) -> Option<&Path> {
        match self {
            Stop::Overview => None,
            Stop::Board(p) | Stop::Indicators(p) => Some(p),
        }
    }

    fn screen(&self) -> Screen {
        match self {
            Stop::Overview => Screen::Overview,
            Stop::Board(_) => Screen::Board,
            Stop::Indicators(_) => Screen::Indicators,
        }
    }
}

/// Where the wallboard is and when it moves on.
#[derive(Debug, Clone)]
pub struct Wall {
    /// What it shows in turn.
    pub screens: Vec<WallScreen>,
    /// How long each stop shows.
    pub interval: Duration,
    /// Stopped by a key: stays where it is until Space.
    pub paused: bool,
    /// The stop on screen, and its number and how many there are now.
    pub stop: Option<Stop>,
    /// When the next stop comes.
    pub next_at: Instant,
    /// The stop on screen came because its board changed (shown as such).
    pub by_change: bool,
    /// When this screen saw each board's file change (boards that exist
    /// only: one row per board at most).
    pub seen: Vec<(PathBuf, DateTime<FixedOffset>)>,
}

impl Wall {
    /// A wallboard showing `screens` (all boards when empty), each for
    /// `interval`, starting at `now`.
    pub fn new(screens: Vec<WallScreen>, interval: Duration, now: Instant) -> Wall {
        let screens = if screens.is_empty() {
            vec![WallScreen::Boards]
        } else {
            screens
        };
        Wall {
            screens,
            interval: interval.max(Duration::from_millis(500)),
            paused: false,
            stop: None,
            next_at: now,
            by_change: false,
            seen: Vec::new(),
        }
    }

    /// When this screen saw the board at `path` change, if it did.
    pub fn seen(&self, path: &Path) -> Option<DateTime<FixedOffset>> {
        self.seen.iter().find(|(p, _)| p == path).map(|(_, t)| *t)
    }

    /// Every stop as the boards are now, in order.
    pub fn stops(&self, s: &Shared) -> Vec<Stop> {
        let mut out = Vec::new();
        for screen in &self.screens {
            let boards = s.entries().iter().filter(|e| e.summary().is_some());
            match screen {
                WallScreen::Overview => out.push(Stop::Overview),
                WallScreen::Boards => out.extend(boards.map(|e| Stop::Board(e.path.clone()))),
                WallScreen::Indicators => out.extend(
                    boards
                        .filter(|e| e.summary().is_some_and(|b| !b.slim().indicators.is_empty()))
                        .map(|e| Stop::Indicators(e.path.clone())),
                ),
            }
        }
        out
    }

    /// The stop on screen as "3 of 7", from 1.
    pub fn place(&self, s: &Shared) -> (usize, usize) {
        let stops = self.stops(s);
        let at = self
            .stop
            .as_ref()
            .and_then(|c| stops.iter().position(|x| x == c))
            .map_or(0, |i| i + 1);
        (at, stops.len())
    }

    /// When the runtime must wake the app to move on.
    pub fn deadline(&self) -> Option<Instant> {
        (!self.paused).then_some(self.next_at)
    }

    /// Time passed: move on when the stop's time is up.
    pub fn tick(&mut self, s: &Shared, now: Instant, rq: &mut Requests) {
        if self.stop.is_none() || (!self.paused && now >= self.next_at) {
            self.step(s, 1, now, rq);
        } else if self
            .stop
            .as_ref()
            .is_some_and(|c| !self.stops(s).contains(c))
        {
            // Its board went away: the next one, at once.
            self.step(s, 1, now, rq);
        }
    }

    /// Go `delta` stops on (back when negative), wrapping around.
    pub fn step(&mut self, s: &Shared, delta: isize, now: Instant, rq: &mut Requests) {
        let stops = self.stops(s);
        let Some(last) = stops.len().checked_sub(1) else {
            self.stop = None;
            rq.push(Request::Go(Screen::Overview));
            return;
        };
        let next = match self
            .stop
            .as_ref()
            .and_then(|c| stops.iter().position(|x| x == c))
        {
            Some(i) => (i as isize + delta).rem_euclid(last as isize + 1) as usize,
            // Not on a stop yet, or its board is gone: the first.
            None => 0,
        };
        if let Some(stop) = stops.get(next).cloned() {
            self.show(stop, now, rq);
        }
        self.by_change = false;
    }

    /// Boards changed from outside: the last of them comes on screen at
    /// once (unless the overview is, which shows every board anyway, or the
    /// wallboard is paused), and stays its whole time.
    pub fn changed(&mut self, s: &Shared, paths: &[PathBuf], now: Instant, rq: &mut Requests) {
        self.seen
            .retain(|(p, _)| !paths.contains(p) && s.entries().iter().any(|e| e.path == *p));
        self.seen
            .extend(paths.iter().map(|p| (p.clone(), s.wall())));
        if self.paused || self.stop == Some(Stop::Overview) {
            return;
        }
        let Some(path) = paths.iter().rev().find(|p| {
            s.entries()
                .iter()
                .any(|e| e.path == **p && e.summary().is_some())
        }) else {
            return;
        };
        let stop = match &self.stop {
            // On a board's charts, that board's charts stay if they changed.
            Some(Stop::Indicators(p)) if p == path => Stop::Indicators(path.clone()),
            _ => Stop::Board(path.clone()),
        };
        self.show(stop, now, rq);
        self.by_change = true;
    }

    /// A key: the wallboard's own, or any other, which pauses it.
    pub fn key(&mut self, k: &crossterm::event::KeyEvent, s: &Shared, now: Instant) -> Requests {
        let mut rq = Requests::new();
        match keymap::lookup(KEYS, k) {
            Some(Cmd::Wall(WallCmd::Quit)) => rq.push(Request::Quit),
            Some(Cmd::Wall(WallCmd::Pause)) => {
                self.paused = !self.paused;
                // Going on gives the stop on screen its whole time again.
                self.next_at = now + self.interval;
            }
            Some(Cmd::Wall(WallCmd::Next)) => {
                self.paused = true;
                self.step(s, 1, now, &mut rq);
            }
            Some(Cmd::Wall(WallCmd::Prev)) => {
                self.paused = true;
                self.step(s, -1, now, &mut rq);
            }
            _ => self.paused = true,
        }
        rq
    }

    fn show(&mut self, stop: Stop, now: Instant, rq: &mut Requests) {
        if let Some(path) = stop.path() {
            rq.push(Request::Show(path.to_path_buf()));
        }
        rq.push(Request::Go(stop.screen()));
        self.stop = Some(stop);
        self.next_at = now + self.interval;
    }
}

#[cfg(test)]
mod tests {
    use super::KEYS;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn no_key_means_two_things_on_the_wallboard() {
        let mut seen = Vec::new();
        for b in KEYS {
            for k in b.keys {
                assert!(!seen.contains(&(k.code, k.mods)), "{:?} twice", k.code);
                seen.push((k.code, k.mods));
            }
        }
        assert!(seen.len() >= 5);
    }

    #[test]
    fn the_arrows_are_one_row_and_two_commands() {
        use super::super::keymap::{Cmd, WallCmd, lookup};
        let k = |c| KeyEvent::new(c, KeyModifiers::NONE);
        assert_eq!(
            lookup(KEYS, &k(KeyCode::Right)),
            Some(Cmd::Wall(WallCmd::Next))
        );
        assert_eq!(
            lookup(KEYS, &k(KeyCode::Left)),
            Some(Cmd::Wall(WallCmd::Prev))
        );
        assert_eq!(lookup(KEYS, &k(KeyCode::Char('x'))), None);
    }
}

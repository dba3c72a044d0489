//! The harness of the real-Syncthing tests: a pair of Syncthing instances
//! ([`pair`], each one a [`side`]), `tavle` run the way a team runs it —
//! commands with a user per side ([`team`]) and the screen in a
//! pseudo-terminal ([`screen`]) — and an independent check that every edit
//! either side made is in a board ([`edits`]).
//!
//! Only the harness lives here; the scenarios and their assertions are in
//! `tests/real_syncthing.rs`.

pub mod edits;
pub mod pair;
pub mod screen;
pub mod side;
pub mod team;

use std::io::Write;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

pub use pair::{Pair, Setup};
pub use side::Side;

/// One scenario at a time: two Syncthing instances and a screen each are
/// enough for a 2-core machine, and the waits stay honest.
static SERIAL: Mutex<()> = Mutex::new(());

/// A running scenario: holds the turn and prints a trace with the time.
pub struct Scenario {
    name: &'static str,
    start: Instant,
    _turn: MutexGuard<'static, ()>,
}

impl Scenario {
    /// Wait for the turn, then start the trace.
    pub fn begin(name: &'static str) -> Scenario {
        let turn = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
        let s = Scenario {
            name,
            start: Instant::now(),
            _turn: turn,
        };
        s.trace("start");
        s
    }

    /// One line of the trace: what the scenario just did.
    pub fn trace(&self, what: &str) {
        eprintln!(
            "[{} {:>5.1}s] {what}",
            self.name,
            self.start.elapsed().as_secs_f64()
        );
    }

    /// Start the pair, or say on a line of its own why the scenario is
    /// skipped (written to stderr itself: the test harness hides what
    /// `eprintln!` says of a passing test) and give `None`.
    pub fn pair(&self, setup: &Setup) -> Option<Pair> {
        match Pair::start(setup) {
            Ok(pair) => {
                self.trace(&format!(
                    "Syncthing pair up: A={} B={} (.tavle {})",
                    pair.a.short_id(),
                    pair.b.short_id(),
                    if setup.sync_tavle {
                        "synced"
                    } else {
                        "in .stignore"
                    }
                ));
                Some(pair)
            }
            Err(why) => {
                let line = format!(
                    "SKIPPED: real Syncthing not available: {} (test {})",
                    why.lines().next().unwrap_or(""),
                    self.name
                );
                let _ = writeln!(std::io::stderr(), "{line}");
                eprintln!("{why}");
                None
            }
        }
    }
}

impl Drop for Scenario {
    fn drop(&mut self) {
        self.trace("end");
    }
}

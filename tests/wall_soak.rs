//! The wallboard runs for days: its memory stays flat. A clock the test
//! moves (days of it, midnight crossed) and thousands of changes from
//! outside — edits, a board that comes and goes — are fed to the app as
//! the runtime would, and the bytes the program holds are counted by a
//! counting allocator: after a warm-up, thousands more changes may not
//! make it hold more.
//!
//! One test in this binary, so no other test's allocations are counted.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;
use tavle::app::wall::Wall;
use tavle::app::{App, Event};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::settings::WallScreen;

/// Bytes allocated and not yet freed, by the whole test process.
static LIVE: AtomicIsize = AtomicIsize::new(0);

struct Counting;

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// The sample boards as the folder has them, and each one's JSON.
fn folder() -> (tempfile::TempDir, Vec<(PathBuf, Value)>) {
    let tmp = tempfile::tempdir().unwrap();
    let mut boards = Vec::new();
    for f in store::board_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"))).unwrap()
    {
        let to = tmp.path().join(f.file_name().unwrap());
        std::fs::copy(&f, &to).unwrap();
        let v: Value = serde_json::from_slice(&std::fs::read(&to).unwrap()).unwrap();
        boards.push((to, v));
    }
    (tmp, boards)
}

/// Change number `n` from outside: a card's title and light on one of the
/// boards, and every 50th change a board that appears or goes away.
fn change(n: usize, boards: &mut [(PathBuf, Value)], extra: &Path) -> FileChange {
    if n % 50 == 25 {
        if n % 100 == 25 {
            let (_, v) = &boards[0];
            let mut copy = v.clone();
            copy["title"] = Value::from(format!("Ny tavle {n}"));
            let analysis = store::analyze_bytes(serde_json::to_vec(&copy).unwrap());
            return FileChange::Present {
                path: extra.to_path_buf(),
                analysis,
            };
        }
        return FileChange::Missing {
            path: extra.to_path_buf(),
        };
    }
    let i = n % boards.len();
    let (path, v) = &mut boards[i];
    let cards = v["cards"].as_array_mut().unwrap();
    let k = n % cards.len();
    cards[k]["title"] = Value::from(format!("Endring nummer {n} i gangen"));
    cards[k]["light"] = Value::from(["green", "yellow", "red"][n % 3]);
    let analysis = store::analyze_bytes(serde_json::to_vec(v).unwrap());
    FileChange::Present {
        path: path.clone(),
        analysis,
    }
}

struct Soak {
    app: App,
    t0: Instant,
    /// Seconds since the start, on the injected clock.
    secs: u64,
}

impl Soak {
    /// `count` changes, a minute apart on the injected clock, with the ticks and
    /// the wall clock (a minute's reading now and then) between them, and
    /// a frame drawn now and then as the runtime does.
    fn run(&mut self, from: usize, count: usize, boards: &mut [(PathBuf, Value)], extra: &Path) {
        let start = common::t0();
        for n in from..from + count {
            self.secs += 60;
            let now = self.t0 + Duration::from_secs(self.secs);
            let c = change(n, boards, extra);
            let _ = self
                .app
                .update(Event::Files(WatchEvent::Changed(vec![c])), now);
            let _ = self.app.update(Event::Tick, now);
            if n % 9 == 0 {
                let wall = start + chrono::Duration::seconds(self.secs as i64);
                let _ = self.app.update(Event::Clock(wall), now);
            }
            if n % 97 == 0 {
                let mut t =
                    ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
                t.draw(|f| tavle::ui::render(&self.app, start, f)).unwrap();
            }
        }
    }
}

#[test]
fn memory_stays_flat_through_days_of_outside_changes() {
    let (tmp, mut boards) = folder();
    let extra = tmp.path().join("kommer-og-gaar.json");
    let mut app = common::Room::app_for(tmp.path());
    let t0 = Instant::now();
    let screens = vec![
        WallScreen::Overview,
        WallScreen::Boards,
        WallScreen::Indicators,
    ];
    app.start_wall(Wall::new(screens, Duration::from_secs(20), t0), t0);
    let mut soak = Soak { app, t0, secs: 0 };

    // Warm-up: every cache and buffer reaches the size it keeps.
    soak.run(0, 1000, &mut boards, &extra);
    let warm = LIVE.load(Ordering::Relaxed);
    // Then 6000 more changes, a minute apart: more than four days.
    soak.run(1000, 6000, &mut boards, &extra);
    let after = LIVE.load(Ordering::Relaxed);
    assert!(soak.secs > 4 * 24 * 3600, "days passed: {} s", soak.secs);
    let grew = after - warm;
    println!("live bytes after warm-up {warm}, after 6000 more changes {after} ({grew:+})");
    // A leak of even 100 bytes per change would be 600 kB.
    assert!(
        grew < 64 * 1024,
        "the wallboard holds {grew} bytes more after 6000 changes"
    );
    // It kept moving and following: still a wallboard, on a board.
    let wall = soak.app.wall.as_ref().unwrap();
    assert!(wall.stop.is_some());
    assert!(wall.seen.len() <= boards.len() + 1);
}

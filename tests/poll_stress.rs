//! A polling watcher misses nothing and shows nothing stale (issue 24 point
//! 3): while a real poll thread runs on a temporary folder, a seeded random
//! sequence of edits — same-size rewrites with the old modification time put
//! back (a coarse clock), in-place rewrites that keep the size, renames over
//! other boards and to new names, deletes, new files, saves by temp file and
//! rename — is made, and after the content check has had time to run, the
//! last thing reported for every path must be what the model says the file
//! holds (or that it is gone). And a quiet round reads only the open board
//! and the few files whose turn it is, not the folder.
//!
//! No timing assertion: each test polls for the expected state until a
//! generous deadline and fails only if it never comes.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use tavle::folder::watch::{self, FileChange, PollOptions, WatchEvent};

/// What each path last held by the watcher's reports: a title, or None for gone.
type Shown = Arc<Mutex<BTreeMap<PathBuf, Option<String>>>>;

/// A board whose file length depends only on the title's length.
fn board(title: &str) -> String {
    format!("{{\"tavle\":1,\"title\":\"{title}\",\"kind\":\"drift\"}}\n")
}

/// A small seeded generator (xorshift64*), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn start(dir: &Path, options: PollOptions) -> (watch::Watcher, Shown) {
    let shown: Shown = Arc::default();
    let sink = Arc::clone(&shown);
    let w = watch::watch_polled(dir, options, move |e| {
        let changes = match e {
            WatchEvent::Changed(c) | WatchEvent::Rescanned(c) => c,
            WatchEvent::Error(e) => panic!("watcher error: {e}"),
            WatchEvent::Stopped(r) => panic!("watcher stopped: {r:?}"),
            WatchEvent::Skipped(s) => panic!("skipped: {s:?}"),
        };
        let mut shown = sink.lock().unwrap();
        for c in changes {
            let title = match &c {
                FileChange::Present { analysis, .. } => Some(
                    analysis
                        .board
                        .as_ref()
                        .map_or_else(|| "<unreadable>".to_string(), |b| b.title.clone()),
                ),
                FileChange::Missing { .. } => None,
            };
            shown.insert(c.path().to_path_buf(), title);
        }
    })
    .unwrap();
    (w, shown)
}

/// Write `text` over `path` in place (same inode), keeping its modification
/// time as it was: what a coarse clock makes of a rewrite within one tick.
fn rewrite_keeping_mtime(path: &Path, text: &str) {
    let old = fs::metadata(path).unwrap().modified().unwrap();
    let mut f = File::options().write(true).open(path).unwrap();
    f.seek(SeekFrom::Start(0)).unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f.set_len(text.len() as u64).unwrap();
    f.set_modified(old).unwrap();
}

fn save_by_rename(dir: &Path, path: &Path, text: &str) {
    let tmp = dir.join(".save.tmp");
    fs::write(&tmp, text).unwrap();
    fs::rename(&tmp, path).unwrap();
}

/// Wait until every path of `model` shows what the model says; the
/// mismatches left when the deadline passes.
fn settle(
    shown: &Shown,
    model: &BTreeMap<PathBuf, Option<String>>,
    limit: Duration,
) -> Vec<String> {
    let deadline = Instant::now() + limit;
    loop {
        let wrong: Vec<String> = {
            let shown = shown.lock().unwrap();
            model
                .iter()
                .filter(|(p, want)| shown.get(*p).cloned().flatten() != **want)
                .map(|(p, want)| {
                    format!("{}: want {want:?}, shown {:?}", p.display(), shown.get(p))
                })
                .collect()
        };
        if wrong.is_empty() || Instant::now() > deadline {
            return wrong;
        }
        thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn random_edits_are_all_shown_after_the_content_check() {
    for seed in [1u64, 0x5eed, 0xdead_beef] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let mut rng = Rng(seed);
        // Every title has the same length, so every rewrite keeps the size.
        let mut serial = 0u32;
        let mut title = || {
            serial += 1;
            format!("T{seed:08x}-{serial:05}")
        };
        let mut model: BTreeMap<PathBuf, Option<String>> = BTreeMap::new();
        let names: Vec<PathBuf> = (0..12).map(|i| dir.join(format!("b{i:02}.json"))).collect();
        for p in &names[..8] {
            let t = title();
            fs::write(p, board(&t)).unwrap();
            model.insert(p.clone(), Some(t));
        }
        let options = PollOptions {
            interval: Duration::from_millis(25),
            full_check: Duration::from_millis(300),
        };
        let (w, shown) = start(dir, options);
        w.open(Some(&names[0]));
        for _ in 0..150 {
            let a = &names[rng.below(names.len())];
            let b = &names[rng.below(names.len())];
            let exists = |p: &PathBuf, m: &BTreeMap<PathBuf, Option<String>>| {
                m.get(p).is_some_and(Option::is_some)
            };
            match rng.below(6) {
                0 | 1 if exists(a, &model) => {
                    let t = title();
                    rewrite_keeping_mtime(a, &board(&t));
                    model.insert(a.clone(), Some(t));
                }
                2 if exists(a, &model) && a != b => {
                    fs::rename(a, b).unwrap();
                    let moved = model.insert(a.clone(), None).flatten();
                    model.insert(b.clone(), moved);
                }
                3 if exists(a, &model) => {
                    fs::remove_file(a).unwrap();
                    model.insert(a.clone(), None);
                }
                _ => {
                    let t = title();
                    save_by_rename(dir, a, &board(&t));
                    model.insert(a.clone(), Some(t));
                }
            }
            if rng.below(3) == 0 {
                thread::sleep(Duration::from_millis(rng.below(40) as u64));
            }
        }
        // A file gone before the watcher ever saw it is never reported: no
        // change to show. Only paths the watcher could know are checked.
        let wrong = settle(&shown, &model, Duration::from_secs(30));
        assert!(
            wrong.is_empty(),
            "seed {seed:#x}: stale or missed:\n{}",
            wrong.join("\n")
        );
        assert!(w.is_running());
    }
}

#[test]
fn a_quiet_round_reads_only_the_open_board_and_its_turn() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    let paths: Vec<PathBuf> = (0..60).map(|i| dir.join(format!("b{i:02}.json"))).collect();
    for (i, p) in paths.iter().enumerate() {
        fs::write(p, board(&format!("Tavle {i:03}"))).unwrap();
        File::options()
            .write(true)
            .open(p)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
    }
    let size = fs::metadata(&paths[0]).unwrap().len();
    let options = PollOptions {
        interval: Duration::from_millis(20),
        // 3 s / 20 ms = 150 rounds: one file in turn per round.
        full_check: Duration::from_secs(3),
    };
    let (w, _shown) = start(dir, options);
    w.open(Some(&paths[7]));
    let first = w.poll_stats().unwrap().first;
    assert_eq!((first.opened, first.bytes), (60, 60 * size));
    // The files' change times are new (just written): racy, so re-read each
    // round for RACY after. Then only the open board and one in turn.
    let deadline = Instant::now() + Duration::from_secs(30);
    let quiet = loop {
        let stats = w.poll_stats().unwrap();
        assert_eq!(stats.boards, 60);
        if stats.rounds > 0 && stats.last.opened <= 2 {
            break stats.last;
        }
        assert!(
            Instant::now() < deadline,
            "rounds still read {:?}",
            stats.last
        );
        thread::sleep(Duration::from_millis(50));
    };
    assert!(
        quiet.opened >= 1,
        "the open board is read every round: {quiet:?}"
    );
    assert_eq!(quiet.bytes, quiet.opened as u64 * size);
    assert_eq!(quiet.stats, 60);
}

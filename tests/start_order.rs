//! A large folder's first screenful is right at once (issue 24): once a
//! run has read the boards, the next start reads the boards that go first
//! before the others, from what it remembered (`folder::ranks`), and a
//! board changed since is read first too, its place not being known.
//!
//! One test in this binary: it points the cache folder at a temp folder
//! (`XDG_CACHE_HOME`) for the whole process.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use tavle::app::{Entry, Event, rank_key};
use tavle::folder::store;
use tavle::tui::loader;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap_or_default()
}

/// A board of `red` red cards, `late` cards past their deadline and a
/// card due in `soon` days (so the day matters).
fn board(n: usize, red: usize, late: usize, soon: i64) -> String {
    let mut cards: Vec<String> = (0..red)
        .map(|i| format!(r#"{{"id":"r{i}","title":"Rød {i}","column":"a","light":"red"}}"#))
        .collect();
    cards.extend((0..late).map(|i| {
        format!(
            r#"{{"id":"l{i}","title":"Sen {i}","column":"a","due":"2026-11-0{}"}}"#,
            1 + i % 9
        )
    }));
    let due = today() + chrono::Duration::days(soon);
    cards.push(format!(
        r#"{{"id":"s","title":"Snart","column":"a","due":"{due}"}}"#
    ));
    format!(
        r#"{{"tavle":1,"title":"Tavle {n}","kind":"drift",
          "columns":[{{"id":"a","title":"I dag"}},{{"id":"f","title":"Ferdig","done":true}}],
          "cards":[{}]}}"#,
        cards.join(",")
    )
}

/// The boards of `files` in the overview's order, worked out from every
/// board read whole: the first screenful is the first of them.
fn true_order(files: &[PathBuf]) -> Vec<PathBuf> {
    let mut keyed: Vec<_> = (files.iter())
        .map(|p| {
            let e = Entry::from_analysis(p.clone(), store::analyze(p));
            let b = e.board.as_ref().expect("a board");
            let c = tavle_core::plan::counts(b, today(), None);
            (rank_key(true, tavle_core::plan::badness(&c)), p.clone())
        })
        .collect();
    keyed.sort_by(|(a, p), (b, q)| {
        a.cmp(b).then_with(|| {
            p.as_os_str()
                .as_encoded_bytes()
                .cmp(q.as_os_str().as_encoded_bytes())
        })
    });
    keyed.into_iter().map(|(_, p)| p).collect()
}

/// When the file of facts in the cache folder `cache` was last written,
/// and by which file: the one renamed into place (`ranks-….json`), never
/// the hidden temp file it is written as first, which holds a part of it
/// (waiting on that let the next start read no facts on a busy machine).
fn written(cache: &Path) -> Option<(std::time::SystemTime, u64)> {
    (std::fs::read_dir(cache.join("tavle")).ok()?)
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with("ranks-") && name.ends_with(".json")
        })
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            Some((m.modified().ok()?, inode(&m)))
        })
        .max()
}

/// The file's inode: a file renamed into place is a new one, even within
/// the same tick of the clock.
#[cfg(unix)]
fn inode(m: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(m)
}

#[cfg(not(unix))]
fn inode(_: &std::fs::Metadata) -> u64 {
    0
}

/// Run the start's loader over `files` of `dir`: the paths of its first
/// batch, once every batch came (and the facts are written in `cache`).
fn start(dir: &Path, files: &[PathBuf], cache: &Path) -> Vec<PathBuf> {
    let before = written(cache);
    let (tx, rx) = mpsc::channel();
    loader::spawn(dir.to_path_buf(), files.to_vec(), tx, false, today());
    let mut first = None;
    let mut seen = 0;
    while seen < files.len() {
        match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(Event::Loaded(batch)) => {
                seen += batch.entries.len();
                first.get_or_insert_with(|| batch.entries.iter().map(|e| e.path.clone()).collect());
            }
            Ok(_) => {}
            Err(e) => panic!("the loader stopped: {e}"),
        }
    }
    // The facts are written after the last batch: wait for the new file.
    let end = Instant::now() + Duration::from_secs(30);
    while written(cache) == before {
        assert!(Instant::now() < end, "no facts written");
        std::thread::sleep(Duration::from_millis(20));
    }
    first.unwrap_or_default()
}

fn sorted(mut v: Vec<PathBuf>) -> Vec<PathBuf> {
    v.sort();
    v
}

#[test]
fn the_first_batch_is_the_first_screenful_once_the_boards_are_known() {
    let cache = tempfile::tempdir().unwrap();
    // SAFETY: the only test of this binary; set before any thread starts.
    unsafe { std::env::set_var("XDG_CACHE_HOME", cache.path()) };
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for n in 0..600 {
        // The worst boards are spread over the names, most near the end.
        let red = (n * 7919) % 13 + usize::from(n > 400) * 3;
        let path = dir.path().join(format!("tavle-{n:03}.json"));
        std::fs::write(&path, board(n, red, n % 4, (n % 5) as i64 - 2)).unwrap();
        files.push(path);
    }
    // A stamp from the moment the facts were begun is not trusted (a
    // coarse clock): let the files' stamps age first.
    std::thread::sleep(Duration::from_millis(2100));
    let truth = true_order(&files);
    let top: Vec<PathBuf> = truth[..64].to_vec();

    // First start: nothing known, the first batch is the first 64 by name.
    let mut by_name = files.clone();
    by_name.sort();
    let first = start(dir.path(), &files, cache.path());
    assert_eq!(first, by_name[..64].to_vec());

    // Second start: the first batch is exactly the true first 64.
    let first = start(dir.path(), &files, cache.path());
    assert_eq!(sorted(first.clone()), sorted(top.clone()));
    assert_ne!(
        sorted(by_name[..64].to_vec()),
        sorted(top.clone()),
        "the test must tell them apart"
    );

    // A board from near the bottom made the worst of all: its place is not
    // known, so it is read first, with the 64 others that go first.
    let last = truth.last().unwrap().clone();
    std::thread::sleep(Duration::from_millis(10));
    std::fs::write(&last, board(999, 40, 3, 1)).unwrap();
    let first = start(dir.path(), &files, cache.path());
    assert_eq!(first.first(), Some(&last));
    let mut expected = vec![last.clone()];
    expected.extend(
        true_order(&files)
            .into_iter()
            .filter(|p| *p != last)
            .take(64),
    );
    assert_eq!(sorted(first), sorted(expected));
}

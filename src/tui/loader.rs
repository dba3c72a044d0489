//! Reading a folder's boards in the background, on both cores, a batch at
//! a time, so the first screenful is on screen long before a region's
//! 10,000 boards are all read (issue 24). The batches go to the app as
//! [`Event::Loaded`]; the first is small, so it comes at once.
//!
//! The first screenful is the right one: the boards are read in the order
//! the overview will show them, as far as the last run's facts tell it
//! ([`crate::folder::ranks`]): first every board whose file is new or
//! changed since (its place is not known), then the others worst first.
//! The first batch holds the unknown ones and the [`FIRST`] worst known
//! ones, so no board read later can go above them. When everything is
//! read, the facts are remembered for the next start.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Sender;

use chrono::NaiveDate;

use crate::app::{Entry, Event, Loaded, rank_key};
use crate::folder::ranks::{self, Known, Remembered};
use crate::folder::store;
use crate::platform::{self, FileStamp};
use tavle_core::summary::RankFacts;

/// Boards in the first batch besides those whose place is not known: a
/// screenful, there at once.
const FIRST: usize = 64;
/// Boards in every later batch: few enough events, soon enough on screen.
const BATCH: usize = 512;

/// The batches `n` files are read in: the first `first` long, then
/// [`BATCH`]es.
fn batches(n: usize, first: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < n {
        let len = if start == 0 { first.max(1) } else { BATCH };
        let end = (start + len).min(n);
        out.push(start..end);
        start = end;
    }
    out
}

/// The order to read `files` in at the start (each with its stamp now,
/// when it has one), and the length of the first batch, from what is
/// `known` of them for `today`: the files whose place is not known (new,
/// changed, not a board last time) by name, then the others by the
/// overview's order; the first batch is the unknown ones and the [`FIRST`]
/// known ones that go first (with more unknown ones than fit in a
/// [`BATCH`], what comes first is not known: the first [`FIRST`], and the
/// screen fills in as before).
pub fn start_order(
    files: Vec<(PathBuf, Option<FileStamp>)>,
    known: &Remembered,
    today: NaiveDate,
) -> (Vec<(PathBuf, Option<FileStamp>)>, usize) {
    let mut unknown = Vec::new();
    let mut ranked = Vec::new();
    for (path, stamp) in files {
        let counts = (path.file_name().and_then(|n| n.to_str()))
            .and_then(|name| known.get(name))
            .filter(|k| stamp == Some(k.stamp))
            .and_then(|k| k.facts.as_ref()?.counts(today));
        match counts {
            Some(c) => ranked.push((rank_key(true, tavle_core::plan::badness(&c)), (path, stamp))),
            None => unknown.push((path, stamp)),
        }
    }
    // As the overview orders them: by key, ties by the path's bytes.
    ranked.sort_by(|(a, (p, _)), (b, (q, _))| {
        a.cmp(b).then_with(|| {
            p.as_os_str()
                .as_encoded_bytes()
                .cmp(q.as_os_str().as_encoded_bytes())
        })
    });
    // More unknown ones than a batch holds (a first start, a folder much
    // changed): what comes first is not known; a screenful comes at once
    // and the rest fills in as it is read.
    let first = match unknown.len() + FIRST {
        n if n <= BATCH => n,
        _ => FIRST,
    };
    unknown.extend(ranked.into_iter().map(|(_, f)| f));
    let first = first.min(unknown.len());
    (unknown, first)
}

/// Now, in nanoseconds since the Unix epoch (0 if the clock is before it).
fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_nanos()).ok())
        .unwrap_or(0)
}

/// Read every file of `files` in `dir` (worst first as far as the last run
/// knew, batch by batch, on two threads) and send each batch as an
/// [`Event::Loaded`]; with `brief`, each board is held in brief from the
/// start (a large folder: the parsed boards are let go here, so they never
/// add up). Then remember the boards' facts for `today`. Returns at once;
/// the threads end when every file is read or the app is gone.
pub fn spawn(
    dir: PathBuf,
    files: Vec<PathBuf>,
    events: Sender<Event>,
    brief: bool,
    today: NaiveDate,
) {
    std::thread::spawn(move || {
        let begun = now_ns();
        let files: Vec<_> = (files.into_iter())
            .map(|p| {
                let stamp = platform::file_stamp(&p).ok();
                (p, stamp)
            })
            .collect();
        let (files, first) = start_order(files, &ranks::read(&dir), today);
        let total = files.len();
        let work = batches(total, first);
        let next = AtomicUsize::new(0);
        // Each board's line of the facts, as it is read: 10,000 boards'
        // facts are a few MB of text, and nothing more is held for them.
        let lines = Mutex::new(ranks::head(&dir, begun));
        let read = |tx: &Sender<Event>| {
            loop {
                let Some(range) = work.get(next.fetch_add(1, Ordering::Relaxed)) else {
                    return true;
                };
                let mut batch_lines = String::new();
                let entries = (files[range.clone()].iter())
                    .map(|(p, stamp)| {
                        let mut e = Entry::from_analysis(p.clone(), store::analyze(p));
                        if let Some(line) = stamp.and_then(|s| line_of(p, &e, s, today)) {
                            batch_lines.push_str(&line);
                        }
                        if brief {
                            e.let_go();
                        }
                        e
                    })
                    .collect();
                if let Ok(mut lines) = lines.lock()
                    && let Some(lines) = lines.as_mut()
                {
                    lines.extend_from_slice(batch_lines.as_bytes());
                }
                let batch = Loaded { entries, total };
                if tx.send(Event::Loaded(Box::new(batch))).is_err() {
                    return false;
                }
            }
        };
        let whole = std::thread::scope(|s| {
            let second = events.clone();
            let other = s.spawn(move || read(&second));
            let mine = read(&events);
            mine && other.join().unwrap_or(false)
        });
        if whole && let Ok(Some(bytes)) = lines.into_inner() {
            // Only to read faster next time: a cache that cannot be
            // written costs nothing but that.
            let _ = ranks::write(&dir, &bytes);
        }
    });
}

/// The line that remembers the board at `p` read as `e`, its file's stamp
/// before it was read: its facts (none when it is not a board).
fn line_of(p: &Path, e: &Entry, stamp: FileStamp, today: NaiveDate) -> Option<String> {
    let name = p.file_name()?.to_str()?;
    let facts = match (&e.broken, e.summary()) {
        (None, Some(s)) => Some(RankFacts::of(s, today)),
        _ => None,
    };
    ranks::line(name, &Known { stamp, facts })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_batches_cover_every_file_once_and_the_first_is_small() {
        for n in [0, 1, FIRST - 1, FIRST, FIRST + 1, FIRST + BATCH, 10_000] {
            let b = batches(n, FIRST);
            let mut seen = vec![0u8; n];
            for r in &b {
                for i in r.clone() {
                    seen[i] += 1;
                }
            }
            assert!(seen.iter().all(|&c| c == 1), "{n}: {b:?}");
            if let Some(first) = b.first() {
                assert!(first.len() <= FIRST);
            }
            assert!(b.iter().all(|r| r.len() <= BATCH && !r.is_empty()));
        }
    }
}

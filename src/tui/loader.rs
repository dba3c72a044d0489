//! Reading a folder's boards in the background, on both cores, a batch at
//! a time, so the first screenful is on screen long before a region's
//! 10,000 boards are all read (issue 24). The batches go to the app as
//! [`Event::Loaded`]; the first is small, so it comes at once.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Sender;

use crate::app::{Entry, Event, Loaded};
use crate::folder::store;

/// Boards in the first batch: a screenful, there at once.
const FIRST: usize = 64;
/// Boards in every later batch: few enough events, soon enough on screen.
const BATCH: usize = 512;

/// The batches `files` is read in: a small first one, then [`BATCH`]es.
fn batches(n: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < n {
        let len = if start == 0 { FIRST } else { BATCH };
        let end = (start + len).min(n);
        out.push(start..end);
        start = end;
    }
    out
}

/// Read every file of `files` (in their order, batch by batch, on two
/// threads) and send each batch as an [`Event::Loaded`]; with `brief`,
/// each board is held in brief from the start (a large folder: the parsed
/// boards are let go here, so they never add up). Returns at once; the
/// threads end when every file is read or the app is gone.
pub fn spawn(files: Vec<PathBuf>, events: Sender<Event>, brief: bool) {
    let total = files.len();
    let work = batches(total);
    std::thread::spawn(move || {
        let next = AtomicUsize::new(0);
        let read = |tx: &Sender<Event>| {
            loop {
                let Some(range) = work.get(next.fetch_add(1, Ordering::Relaxed)) else {
                    return;
                };
                let entries = (files[range.clone()].iter())
                    .map(|p| {
                        let mut e = Entry::from_analysis(p.clone(), store::analyze(p));
                        if brief {
                            e.let_go();
                        }
                        e
                    })
                    .collect();
                let batch = Loaded { entries, total };
                if tx.send(Event::Loaded(Box::new(batch))).is_err() {
                    return;
                }
            }
        };
        std::thread::scope(|s| {
            let second = events.clone();
            s.spawn(move || read(&second));
            read(&events);
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_batches_cover_every_file_once_and_the_first_is_small() {
        for n in [0, 1, FIRST - 1, FIRST, FIRST + 1, FIRST + BATCH, 10_000] {
            let b = batches(n);
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

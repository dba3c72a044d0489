//! Watching the folder by polling: list it and compare each board file's
//! *content* every interval, for network and FUSE filesystems (where
//! notification sees only this machine's writes) and where notification
//! cannot be set up.
//!
//! A round must never trust an mtime (whole seconds, and a replace may carry
//! an older one), never open an entry that is not a regular board file, and
//! never send once the [`Watcher`] is dropped; the sleeping thread is woken
//! rather than waited for.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use super::{
    FileChange, Method, Msg, PollReason, WatchEvent, Watcher, gone, guarded, listing_error,
};
use crate::folder::store::{self, Skipped};

/// A zero interval would be a busy loop.
const MIN_POLL: Duration = Duration::from_millis(10);

/// Fingerprints of the board files found in the last round (0 for one that
/// could not be read) with their access (a chmod changes no byte), and the
/// entries skipped.
#[derive(Default)]
struct Seen {
    files: HashMap<PathBuf, (u64, Option<store::Why>)>,
    skipped: Vec<Skipped>,
}

/// What a poll round reports.
#[derive(Clone, Copy, PartialEq)]
enum Round {
    /// Only record fingerprints: the caller has loaded the folder itself.
    Baseline,
    /// New and changed files, and `Missing` for those gone.
    Changes,
    /// Every file, for a `Rescanned` after the folder could not be listed.
    Everything,
}

pub(super) fn start_poll(
    dir: &Path,
    interval: Duration,
    reason: PollReason,
    send: impl Fn(WatchEvent) + Send + 'static,
) -> io::Result<Watcher> {
    let interval = interval.max(MIN_POLL);
    let stop = Arc::new(AtomicBool::new(false));
    // The baseline is taken before returning, so that every change made after
    // `watch` returns is reported (and a missing folder is an error now).
    let mut seen = Seen::default();
    poll_round(dir, &mut seen, Round::Baseline, &stop)
        .map_err(|e| io::Error::new(e.kind(), listing_error(dir, &e)))?;
    let (wake, woken) = mpsc::channel();
    let running = Arc::new(AtomicBool::new(true));
    let (thread_stop, thread_running) = (Arc::clone(&stop), Arc::clone(&running));
    let thread_dir = dir.to_path_buf();
    thread::Builder::new()
        .name("tavle-poll".into())
        .spawn(move || {
            guarded(&thread_stop, &thread_running, &send, || {
                run_poll(&thread_dir, interval, seen, &woken, &thread_stop, &send);
                None
            });
        })?;
    Ok(Watcher {
        method: Method::Poll { interval, reason },
        stop,
        wake,
        _notify: None,
        running,
    })
}

/// The poll thread: compare the folder's contents every `interval`.
fn run_poll(
    dir: &Path,
    interval: Duration,
    mut seen: Seen,
    woken: &Receiver<Msg>,
    stop: &AtomicBool,
    send: &dyn Fn(WatchEvent),
) {
    // The last listing error reported, so that a share that stays away is
    // reported once rather than every interval.
    let mut failing: Option<String> = None;
    loop {
        // Sleeps the interval, but wakes at once when the Watcher is dropped
        // (Stop, or the sender gone).
        match woken.recv_timeout(interval) {
            Err(RecvTimeoutError::Timeout) => {}
            Ok(_) | Err(RecvTimeoutError::Disconnected) => return,
        }
        if stop.load(Ordering::Acquire) {
            return;
        }
        let round = if failing.is_some() {
            Round::Everything
        } else {
            Round::Changes
        };
        match poll_round(dir, &mut seen, round, stop) {
            Ok(None) => return,
            Ok(Some((changes, skipped))) => {
                failing = None;
                if !skipped.is_empty() {
                    send(WatchEvent::Skipped(skipped));
                }
                if round == Round::Everything {
                    send(WatchEvent::Rescanned(changes));
                } else if !changes.is_empty() {
                    send(WatchEvent::Changed(changes));
                }
            }
            Err(e) => {
                let message = listing_error(dir, &e);
                if failing.as_ref() != Some(&message) {
                    send(WatchEvent::Error(message.clone()));
                    failing = Some(message);
                }
            }
        }
    }
}

/// List the folder and compare each board file's content with the last round
/// (content, not mtime: whole-second mtimes miss a rewrite within the same
/// second, and a replace may carry an older mtime). Returns the changes and
/// the newly skipped entries; None when the watcher was dropped meanwhile.
fn poll_round(
    dir: &Path,
    seen: &mut Seen,
    round: Round,
    stop: &AtomicBool,
) -> io::Result<Option<(Vec<FileChange>, Vec<Skipped>)>> {
    let listing = store::list_boards(dir)?;
    let mut now = HashMap::with_capacity(listing.boards.len());
    let mut changes = Vec::new();
    for path in listing.boards {
        if stop.load(Ordering::Acquire) {
            return Ok(None);
        }
        let before = seen.files.get(&path).copied();
        let (state, analysis) = match store::read_board(&path) {
            Ok(read) => {
                let state = (store::fingerprint(&read.bytes), read.why);
                let report = round == Round::Everything
                    || (round == Round::Changes && before != Some(state));
                let analysis = report.then(|| read.analyze());
                (state, analysis)
            }
            // Deleted since the listing: reported as missing below.
            Err(_) if gone(&path) => continue,
            Err(problem) => {
                let report = round == Round::Everything
                    || (round == Round::Changes && before != Some((0, None)));
                ((0, None), report.then(|| store::unreadable(problem)))
            }
        };
        if let Some(analysis) = analysis {
            changes.push(FileChange::Present {
                path: path.clone(),
                analysis,
            });
        }
        now.insert(path, state);
    }
    if round == Round::Changes {
        let mut missing: Vec<&PathBuf> = seen
            .files
            .keys()
            .filter(|p| !now.contains_key(*p))
            .collect();
        missing.sort();
        changes.extend(
            missing
                .into_iter()
                .map(|path| FileChange::Missing { path: path.clone() }),
        );
    }
    let new_skips: Vec<Skipped> = match round {
        Round::Baseline => Vec::new(),
        Round::Everything => listing.skipped.clone(),
        Round::Changes => listing
            .skipped
            .iter()
            .filter(|s| !seen.skipped.contains(s))
            .cloned()
            .collect(),
    };
    seen.files = now;
    seen.skipped = listing.skipped;
    Ok(Some((changes, new_skips)))
}

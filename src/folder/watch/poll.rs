//! Watching the folder by polling, for network and FUSE filesystems (where
//! notification sees only this machine's writes) and where notification
//! cannot be set up: every interval, list the folder, `stat` each board file
//! and read only those that may have changed (see `recheck` for which and
//! why: a changed stamp, a racy one, the open board, and a few in turn so
//! that every file is re-read within five minutes). A round therefore costs
//! what changed, not what exists.
//!
//! A round must never trust a stamp alone (whole-second times, a replace may
//! carry an older mtime: hence the racy rule and the turns), never open an
//! entry that is not a regular board file, and never send once the
//! [`Watcher`] is dropped; the sleeping thread is woken rather than waited
//! for. What each round read is counted in [`PollStats`], for
//! `tavle check --stats`.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::recheck::{FULL_CHECK, Known, Reason, decide, in_turn, turn_size};
use super::{
    FileChange, Method, Msg, PollReason, WatchEvent, Watcher, gone, guarded, listing_error,
};
use crate::folder::store::{self, Skipped};
use crate::platform;

/// A zero interval would be a busy loop.
const MIN_POLL: Duration = Duration::from_millis(10);

/// How a folder is polled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollOptions {
    /// Time between rounds (at least 10 ms).
    pub interval: Duration,
    /// Every file is re-read at least once in this time, whatever its
    /// stamp. [`FULL_CHECK`] unless a test needs it sooner.
    pub full_check: Duration,
}

impl PollOptions {
    pub fn new(interval: Duration) -> Self {
        PollOptions {
            interval,
            full_check: FULL_CHECK,
        }
    }
}

/// What one poll round cost.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoundCost {
    /// Bytes of board files read.
    pub bytes: u64,
    /// Board files opened and read.
    pub opened: usize,
    /// `stat` calls made for stamps (the listing's own are not counted).
    pub stats: usize,
    /// How long the round took, listing included.
    pub duration: Duration,
}

/// What polling has cost so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PollStats {
    /// Board files in the last listing.
    pub boards: usize,
    /// Rounds after the first (the first reads everything).
    pub rounds: u64,
    /// The first round, which read every file.
    pub first: RoundCost,
    /// The last round.
    pub last: RoundCost,
    /// When the last round ended.
    pub last_at: Option<SystemTime>,
    /// Bytes read by all rounds after the first.
    pub bytes: u64,
}

/// What a watcher shares with its poll thread.
pub(super) type SharedStats = Arc<Mutex<PollStats>>;

/// What the last rounds knew of the folder.
#[derive(Default)]
struct Seen {
    files: HashMap<PathBuf, Known>,
    skipped: Vec<Skipped>,
    /// Where the next turn of content checks starts in the sorted listing.
    cursor: usize,
}

/// What a poll round reports.
#[derive(Clone, Copy, PartialEq)]
enum Round {
    /// Read every file and only record it: the caller has loaded the folder itself.
    Baseline,
    /// New and changed files, and `Missing` for those gone.
    Changes,
    /// Every file, for a `Rescanned` after the folder could not be listed.
    Everything,
}

/// What a round needs besides the folder.
struct Ctx<'a> {
    open: Option<&'a Path>,
    options: PollOptions,
    stop: &'a AtomicBool,
}

/// What a round found.
struct Found {
    changes: Vec<FileChange>,
    skipped: Vec<Skipped>,
    cost: RoundCost,
}

pub(super) fn start_poll(
    dir: &Path,
    options: PollOptions,
    reason: PollReason,
    send: impl Fn(WatchEvent) + Send + 'static,
) -> io::Result<Watcher> {
    let options = PollOptions {
        interval: options.interval.max(MIN_POLL),
        ..options
    };
    let stop = Arc::new(AtomicBool::new(false));
    // The baseline is taken before returning, so that every change made after
    // `watch` returns is reported (and a missing folder is an error now).
    let mut seen = Seen::default();
    let ctx = Ctx {
        open: None,
        options,
        stop: &stop,
    };
    let first = poll_round(dir, &mut seen, Round::Baseline, &ctx)
        .map_err(|e| io::Error::new(e.kind(), listing_error(dir, &e)))?;
    let stats: SharedStats = Arc::new(Mutex::new(PollStats {
        boards: seen.files.len(),
        first: first.as_ref().map_or_else(RoundCost::default, |f| f.cost),
        last_at: Some(SystemTime::now()),
        ..PollStats::default()
    }));
    let (wake, woken) = mpsc::channel();
    let running = Arc::new(AtomicBool::new(true));
    let (thread_stop, thread_running) = (Arc::clone(&stop), Arc::clone(&running));
    let thread_stats = Arc::clone(&stats);
    let thread_dir = dir.to_path_buf();
    thread::Builder::new()
        .name("tavle-poll".into())
        .spawn(move || {
            guarded(&thread_stop, &thread_running, &send, || {
                let poll = Poll {
                    dir: &thread_dir,
                    options,
                    woken: &woken,
                    stop: &thread_stop,
                    stats: &thread_stats,
                };
                poll.run(seen, &send);
                None
            });
        })?;
    Ok(Watcher {
        method: Method::Poll {
            interval: options.interval,
            reason,
        },
        stop,
        wake,
        _notify: None,
        running,
        stats: Some(stats),
    })
}

/// The poll thread's fixed parts.
struct Poll<'a> {
    dir: &'a Path,
    options: PollOptions,
    woken: &'a Receiver<Msg>,
    stop: &'a AtomicBool,
    stats: &'a SharedStats,
}

impl Poll<'_> {
    /// Compare the folder every interval until the Watcher is dropped.
    fn run(&self, mut seen: Seen, send: &dyn Fn(WatchEvent)) {
        // The last listing error reported, so that a share that stays away is
        // reported once rather than every interval.
        let mut failing: Option<String> = None;
        let mut open: Option<PathBuf> = None;
        loop {
            // Sleeps the interval, but wakes at once when the Watcher is
            // dropped (Stop, or the sender gone); a new open board is noted.
            let deadline = Instant::now() + self.options.interval;
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                match self.woken.recv_timeout(left) {
                    Err(RecvTimeoutError::Timeout) => break,
                    Ok(Msg::Open(path)) => open = path,
                    Ok(_) | Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            if self.stop.load(Ordering::Acquire) {
                return;
            }
            let round = if failing.is_some() {
                Round::Everything
            } else {
                Round::Changes
            };
            let ctx = Ctx {
                open: open.as_deref(),
                options: self.options,
                stop: self.stop,
            };
            match poll_round(self.dir, &mut seen, round, &ctx) {
                Ok(None) => return,
                Ok(Some(found)) => {
                    failing = None;
                    self.count(seen.files.len(), found.cost);
                    if !found.skipped.is_empty() {
                        send(WatchEvent::Skipped(found.skipped));
                    }
                    if round == Round::Everything {
                        send(WatchEvent::Rescanned(found.changes));
                    } else if !found.changes.is_empty() {
                        send(WatchEvent::Changed(found.changes));
                    }
                }
                Err(e) => {
                    let message = listing_error(self.dir, &e);
                    if failing.as_ref() != Some(&message) {
                        send(WatchEvent::Error(message.clone()));
                        failing = Some(message);
                    }
                }
            }
        }
    }

    fn count(&self, boards: usize, cost: RoundCost) {
        let mut stats = self.stats.lock().unwrap_or_else(PoisonError::into_inner);
        stats.boards = boards;
        stats.rounds += 1;
        stats.last = cost;
        stats.last_at = Some(SystemTime::now());
        stats.bytes += cost.bytes;
    }
}

/// Now, in nanoseconds since the Unix epoch (negative before it).
fn now_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// List the folder, `stat` each board file and read those that may have
/// changed (see `recheck`); report those whose content or access differs
/// from the last read. Returns the changes, the newly skipped entries and
/// what the round cost; None when the watcher was dropped meanwhile.
fn poll_round(
    dir: &Path,
    seen: &mut Seen,
    round: Round,
    ctx: &Ctx<'_>,
) -> io::Result<Option<Found>> {
    let began = Instant::now();
    let mut cost = RoundCost::default();
    let listing = store::list_boards(dir)?;
    let files = listing.boards.len();
    let turn = turn_size(files, ctx.options.interval, ctx.options.full_check);
    let mut now = HashMap::with_capacity(files);
    let mut changes = Vec::new();
    for (i, path) in listing.boards.into_iter().enumerate() {
        if ctx.stop.load(Ordering::Acquire) {
            return Ok(None);
        }
        let before = seen.files.get(&path).copied();
        // Taken before the stamp: a write after it is newer than `read_ns`.
        let read_ns = now_ns();
        cost.stats += 1;
        let stamp = platform::file_stamp(&path).ok();
        let reason = match round {
            Round::Changes => decide(
                before.as_ref(),
                stamp.as_ref(),
                ctx.open == Some(path.as_path()),
                in_turn(i, seen.cursor, turn, files),
            ),
            Round::Baseline | Round::Everything => Reason::New,
        };
        if reason == Reason::Skip {
            if let Some(known) = before {
                now.insert(path, known);
            }
            continue;
        }
        let (state, analysis) = match store::read_board(&path) {
            Ok(read) => {
                cost.opened += 1;
                cost.bytes += read.bytes.len() as u64;
                let state = (store::fingerprint(&read.bytes), read.why);
                let report = round == Round::Everything
                    || (round == Round::Changes && before.map(|k| k.state) != Some(state));
                (state, report.then(|| read.analyze()))
            }
            // Deleted since the listing: reported as missing below.
            Err(_) if gone(&path) => continue,
            Err(problem) => {
                let report = round == Round::Everything
                    || (round == Round::Changes && before.map(|k| k.state) != Some((0, None)));
                ((0, None), report.then(|| store::unreadable(problem)))
            }
        };
        if let Some(analysis) = analysis {
            changes.push(FileChange::Present {
                path: path.clone(),
                analysis,
            });
        }
        now.insert(
            path,
            Known {
                stamp,
                state,
                read_ns,
            },
        );
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
    if files > 0 {
        seen.cursor = (seen.cursor + turn) % files;
    }
    cost.duration = began.elapsed();
    Ok(Some(Found {
        changes,
        skipped: new_skips,
        cost,
    }))
}

/// What polling `dir` costs, for `tavle check --stats`: the first round
/// (which reads every file) and then one quiet round at once, as a screen
/// polling at `options.interval` would do them; no thread, nothing reported.
pub fn poll_cost(dir: &Path, options: PollOptions) -> io::Result<(PollStats, u64)> {
    let stop = AtomicBool::new(false);
    let ctx = Ctx {
        open: None,
        options,
        stop: &stop,
    };
    let mut seen = Seen::default();
    let first = poll_round(dir, &mut seen, Round::Baseline, &ctx)?;
    let first = first.map_or_else(RoundCost::default, |f| f.cost);
    let quiet = poll_round(dir, &mut seen, Round::Changes, &ctx)?;
    let quiet = quiet.map_or_else(RoundCost::default, |f| f.cost);
    let boards = seen.files.len();
    let mean_board = first.bytes.checked_div(boards as u64).unwrap_or(0);
    let stats = PollStats {
        boards,
        rounds: 1,
        first,
        last: quiet,
        last_at: Some(SystemTime::now()),
        bytes: quiet.bytes,
    };
    Ok((stats, mean_board))
}

#[cfg(test)]
#[path = "poll_tests.rs"]
mod poll_tests;

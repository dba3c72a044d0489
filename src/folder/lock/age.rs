//! How old a lock or `.break` file is, as seen by tavle. Its modification
//! time is written by whoever made it, on a clock tavle does not own: a
//! share's clock may run ahead, and anyone may plant a time in 2099. A file
//! whose time is in the future (or unknown) therefore ages from the moment
//! this process first saw that very file with those very bytes, so that no
//! time written into a file can keep it young for good.
//!
//! The memo of first sightings is per process and small: a long-running
//! screen remembers, a one-shot command starts afresh (`tavle unlock` does
//! not rely on it: see `unlock`). Nothing here reads a file or decides.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use crate::folder::safe_fs::Meta;

/// A time further ahead than this is not clock skew between machines on a
/// share: the file's time says nothing about its age (planted, or a clock
/// gone wrong), and `tavle unlock` does not wait for it.
pub const FUTURE_SKEW: Duration = Duration::from_secs(60);

/// How many first sightings a process remembers (future-dated files are rare).
const MEMO: usize = 64;

/// One file with one content: its id, size, time and bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Sighting {
    id: (u64, u64),
    len: u64,
    print: u64,
}

impl Sighting {
    pub(super) fn of(meta: &Meta, bytes: &[u8]) -> Sighting {
        // Same key in one process is all that is needed; a collision only
        // makes a file older by the other one's age.
        let mut h = DefaultHasher::new();
        meta.modified.hash(&mut h);
        bytes.hash(&mut h);
        Sighting {
            id: meta.id,
            len: meta.len,
            print: h.finish(),
        }
    }
}

static FIRST_SEEN: Mutex<Vec<(Sighting, SystemTime)>> = Mutex::new(Vec::new());

/// When this process first saw `what` (now, if this is the first time).
fn first_seen(what: Sighting, now: SystemTime) -> SystemTime {
    // A panic elsewhere while holding the memo leaves it usable.
    let mut memo = FIRST_SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, at)) = memo.iter().find(|(s, _)| *s == what) {
        return *at;
    }
    if memo.len() >= MEMO {
        memo.remove(0);
    }
    memo.push((what, now));
    now
}

/// How old the file `meta` (with `what` in it) is at `now`, as seen by
/// tavle: by its time when that is not in the future, else since first seen.
pub(super) fn age(meta: &Meta, what: Sighting, now: SystemTime) -> Duration {
    match meta.modified {
        Some(m) if m <= now => now.duration_since(m).unwrap_or_default(),
        _ => now
            .duration_since(first_seen(what, now))
            .unwrap_or_default(),
    }
}

/// Whether the file's time is no measure of its age at all: unknown, or
/// further in the future than clock skew explains.
pub(super) fn untrusted(meta: &Meta, now: SystemTime) -> bool {
    meta.modified.is_none_or(|m| m > now + FUTURE_SKEW)
}

/// The file's time, when it is further in the future than clock skew explains.
pub(super) fn future_time(meta: &Meta, now: SystemTime) -> Option<SystemTime> {
    meta.modified.filter(|m| *m > now + FUTURE_SKEW)
}
#[cfg(test)]
#[path = "age_tests.rs"]
mod more_tests;

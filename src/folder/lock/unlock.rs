//! Breaking a lock by hand (`tavle unlock`): what was found, and whether a
//! person may break it. No lock can be made unbreakable this way:
//!
//! - a lock whose holder is **dead** (on this very machine: same host,
//!   machine id, boot and pid namespace, and its process is gone) or
//!   **unknown** (empty, garbage, cut short, too large) is broken at once,
//!   whatever time it claims;
//! - a lock of **another machine** (or container), or one this user may not
//!   read, is broken when it is older than [`STALE_AFTER`]; a younger one,
//!   or one whose time is in the future (its age unknown), only with
//!   `--force`;
//! - a lock of a **running process on this machine** is refused: while it
//!   is younger than [`STALE_AFTER`] even with `--force` (a save in
//!   progress); older, or with a time in the future, `--force` breaks it (a
//!   process that hangs, or a reused process id).
//!
//! A lock younger than [`DEAD_MIN_AGE`] as seen by tavle is looked at again
//! once it is that old (a writer between creating and filling it, or one
//! that is just done), so a person never breaks a lock in its first second.
//! Like every breaker, it removes a lock only under `.break`, and only the
//! very lock it judged. An odd entry at the lock's name (FIFO, link) is
//! removed at once: removing a name never opens or follows it; a folder
//! there is renamed aside (tavle removes no folder), which frees the name.

use std::path::Path;
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use super::age;
use super::files;
use super::holder::{DEAD_MIN_AGE, EMPTY_MIN_AGE, Holder, STALE_AFTER, Seen, inspect};
use super::machine::{Machine, Place};
use super::{BREAK_STALE, BreakGuard, LockError, lock_name};
use crate::folder::board_fs;
use crate::folder::safe_fs::{self, FsErrorKind, NodeKind};
use crate::platform::{self, Liveness};

/// What `tavle unlock` found at the lock's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Who the lock names, if anyone.
    pub holder: Option<Holder>,
    /// Where that holder is.
    pub place: Place,
    /// How old the lock is, as seen by tavle.
    pub age: Duration,
    /// The lock's time, when it is further in the future than clock skew
    /// explains (its age is then unknown).
    pub future: Option<SystemTime>,
}

impl Found {
    fn of(seen: &Seen, now: SystemTime, me: &Machine, alive: impl Fn(u32) -> Liveness) -> Found {
        Found {
            holder: seen.holder.clone(),
            place: seen.place(me, alive),
            age: seen.age(now),
            future: age::future_time(&seen.meta, now),
        }
    }
}

/// What `tavle unlock` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unlocked {
    /// There was no lock.
    NotLocked,
    /// The lock was removed; what it was.
    Broke(Found),
    /// The lock was not a regular file (a FIFO, link…); that name was removed
    /// (never what a link points to).
    RemovedOdd(NodeKind),
    /// The lock was a folder: it was renamed to `aside` (tavle removes no
    /// folder), which frees the lock's name.
    MovedFolder { aside: std::path::PathBuf },
    /// Not broken: a process on this machine holds it and may be saving
    /// right now (`--force` does not help).
    InUse(Found),
    /// Not broken: it may be in use; `--force` breaks it.
    NeedsForce(Found),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Break,
    InUse,
    NeedsForce,
}

/// Whether a person may break the lock `found` (see the module doc).
fn decide(found: &Found, force: bool) -> Decision {
    let young = found.future.is_none() && found.age < STALE_AFTER;
    match found.place {
        Place::Nobody
        | Place::Here {
            alive: Liveness::Dead,
            ..
        } => Decision::Break,
        Place::Here {
            alive: Liveness::Alive,
            ..
        } if young => Decision::InUse,
        Place::Here {
            alive: Liveness::Unknown,
            ..
        }
        | Place::Elsewhere(_)
        | Place::Unreadable
            if found.age >= STALE_AFTER =>
        {
            Decision::Break
        }
        _ if force => Decision::Break,
        _ => Decision::NeedsForce,
    }
}

/// How many times a lock that keeps changing under us is looked at again.
const LOOKS: usize = 4;

/// Break the lock of `board` by hand (`tavle unlock`), saying what was
/// found; `force` also breaks a lock that may be in use (see the module doc).
pub fn break_lock(board: &Path, force: bool) -> Result<Unlocked, LockError> {
    let file = board_fs::locate_board(board).map_err(LockError::Fs)?;
    let (folder, name) = (&file.folder, lock_name(&file.name));
    let like = files::board_meta(folder, &file.name);
    let me = Machine::here();
    let busy = |seen: Seen| LockError::Busy {
        board: file.path(),
        holder: seen.holder,
    };
    let mut last = None;
    for _ in 0..LOOKS {
        let seen = match inspect(folder, &name) {
            Ok(Some(seen)) => seen,
            Ok(None) => return Ok(Unlocked::NotLocked),
            Err(LockError::NotRegular {
                kind: NodeKind::Directory,
                ..
            }) => {
                let mut aside = name.clone();
                aside.push(format!(".{}.folder", &safe_fs::random_token()[..12]));
                folder.rename(&name, &aside).map_err(LockError::Fs)?;
                return Ok(Unlocked::MovedFolder {
                    aside: folder.join(&aside),
                });
            }
            Err(LockError::NotRegular { kind, .. }) => {
                folder.remove(&name).map_err(LockError::Fs)?;
                return Ok(Unlocked::RemovedOdd(kind));
            }
            Err(e) => return Err(e),
        };
        // In its first moment a lock may be being written or released: look
        // again then. A lock that names nobody is a crash only once it is
        // EMPTY_MIN_AGE old, as its doc says and writers judge it.
        let age = seen.age(SystemTime::now());
        let first_moment = match seen.place(&me, platform::process) {
            Place::Nobody => EMPTY_MIN_AGE,
            _ => DEAD_MIN_AGE,
        };
        if age < first_moment {
            thread::sleep(first_moment - age);
            last = Some(seen);
            continue;
        }
        let found = Found::of(&seen, SystemTime::now(), &me, platform::process);
        match decide(&found, force) {
            Decision::InUse => return Ok(Unlocked::InUse(found)),
            Decision::NeedsForce => return Ok(Unlocked::NeedsForce(found)),
            Decision::Break => {}
        }
        // Another breaker holds `.break` for microseconds; a crashed one's is
        // cleared once it is BREAK_STALE old as seen by tavle (twice that
        // leaves room for a slow machine).
        let deadline = Instant::now() + 2 * BREAK_STALE;
        let guard = loop {
            if let Some(guard) = BreakGuard::take(folder, &name, like.as_ref())? {
                break guard;
            }
            if Instant::now() >= deadline {
                return Err(busy(seen));
            }
            thread::sleep(Duration::from_millis(20));
        };
        match inspect(folder, &name)? {
            Some(now) if now.same(&seen) => {
                match folder.remove(&name) {
                    Ok(()) => {}
                    Err(e) if e.kind == FsErrorKind::NotFound => {}
                    Err(e) => return Err(LockError::Fs(e)),
                }
                drop(guard);
                return Ok(Unlocked::Broke(found));
            }
            // Released, or broken by a writer meanwhile: nothing left to break.
            None => return Ok(Unlocked::NotLocked),
            // A new lock took its place: judge that one.
            Some(other) => {
                drop(guard);
                last = Some(other);
            }
        }
    }
    // Locks that keep coming and going: in use.
    Err(match last {
        Some(seen) => busy(seen),
        None => LockError::Busy {
            board: file.path(),
            holder: None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::folder::lock::Differs;

    fn found(place: Place, age: u64, future: bool) -> Found {
        Found {
            holder: None,
            place,
            age: Duration::from_secs(age),
            future: future.then_some(SystemTime::UNIX_EPOCH),
        }
    }

    fn here(alive: Liveness) -> Place {
        Place::Here {
            alive,
            by_name_only: false,
        }
    }

    #[test]
    fn dead_and_unknown_holders_are_broken_whatever_their_time() {
        for (age, future) in [(1, false), (1, true), (3600, false)] {
            for place in [Place::Nobody, here(Liveness::Dead)] {
                assert_eq!(
                    decide(&found(place, age, future), false),
                    Decision::Break,
                    "{place:?} {age} {future}"
                );
            }
        }
    }

    #[test]
    fn a_running_holder_here_is_refused_and_force_helps_only_once_it_is_old_or_future() {
        let alive = here(Liveness::Alive);
        assert_eq!(decide(&found(alive, 5, false), true), Decision::InUse);
        assert_eq!(decide(&found(alive, 5, false), false), Decision::InUse);
        assert_eq!(
            decide(&found(alive, 40, false), false),
            Decision::NeedsForce
        );
        assert_eq!(decide(&found(alive, 40, false), true), Decision::Break);
        assert_eq!(decide(&found(alive, 1, true), false), Decision::NeedsForce);
        assert_eq!(decide(&found(alive, 1, true), true), Decision::Break);
    }

    #[test]
    fn another_machines_lock_is_broken_when_old_and_with_force_when_recent() {
        for place in [
            Place::Elsewhere(Differs::PidNamespace),
            Place::Elsewhere(Differs::Host),
            Place::Unreadable,
            here(Liveness::Unknown),
        ] {
            assert_eq!(decide(&found(place, 40, false), false), Decision::Break);
            assert_eq!(decide(&found(place, 5, false), false), Decision::NeedsForce);
            assert_eq!(decide(&found(place, 1, true), false), Decision::NeedsForce);
            assert_eq!(decide(&found(place, 5, false), true), Decision::Break);
            assert_eq!(decide(&found(place, 1, true), true), Decision::Break);
        }
    }
}
#[cfg(test)]
#[path = "unlock_tests.rs"]
mod more_tests;

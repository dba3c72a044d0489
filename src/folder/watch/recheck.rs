//! Which files a poll round reads: the decision, kept apart from the thread
//! so that it can be tested without a clock or a folder.
//!
//! A round `stat`s every board file and reads only
//! - a file it has not read before, or whose stamp (size, modification and
//!   change time in full precision, device and inode, permissions; see
//!   `platform::FileStamp`) differs from the one it had when last read;
//! - a **racy** file: one whose modification or change time was within
//!   [`RACY`] of the moment it was last read. A write in that same clock
//!   tick may leave every part of the stamp as it was (a file system that
//!   keeps whole seconds, or FAT's two seconds; a share that reports what
//!   its server's file system keeps), so such a file is re-read every round
//!   until a read happens more than [`RACY`] after its times, after which its
//!   stamp can be trusted again. This is git's "racy git" rule for its index.
//! - the **open board**, every round, so that the screen people look at does
//!   not depend on a share's metadata at all;
//! - a few files each round in turn (round-robin over the sorted listing), so
//!   that every file is re-read at least once in [`FULL_CHECK`]: this catches
//!   what the stamp cannot — a server whose clock runs behind ours (its
//!   times then look old at once, and the racy rule does not fire), a sync
//!   client that writes and then sets the old times back within the same
//!   tick, a Windows share (std gives no file index or change time there).
//!
//! Five minutes: 500 boards of 12 KB read once in 5 min is 20 KB/s, a fifth
//! of the 100 KB/s a screen may cost; a shorter check would cost a screen
//! more than the rest of polling together, and an edit that keeps size and
//! both times is rare (the change time cannot be set by a program at all).

use std::time::Duration;

use crate::folder::store;
use crate::platform::FileStamp;

/// How close to the last read a file's times make its stamp untrustworthy:
/// two seconds, the coarsest clock of a file system a board may be on (FAT,
/// and SMB shares of one).
pub const RACY: Duration = Duration::from_secs(2);

/// Every board file is re-read at least once in this time, whatever its stamp.
pub const FULL_CHECK: Duration = Duration::from_secs(5 * 60);

/// What a round knows of a file from its last read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Known {
    /// Its stamp just before it was read; None when it could not be taken.
    pub stamp: Option<FileStamp>,
    /// The fingerprint of what was read (0 when it could not be read) and
    /// why it must not be written (a chmod changes no byte).
    pub state: (u64, Option<store::Why>),
    /// When the stamp was taken, in nanoseconds since the Unix epoch.
    pub read_ns: i128,
}

/// Why a file is read this round, or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reason {
    Skip,
    New,
    Stamp,
    Racy,
    Open,
    Turn,
}

/// Whether to read a file whose stamp is `stamp` now (None: `stat` failed,
/// so only a read can tell), given what is `known` of it, whether it is the
/// open board, and whether this round is its turn for a content check.
pub(super) fn decide(
    known: Option<&Known>,
    stamp: Option<&FileStamp>,
    open: bool,
    turn: bool,
) -> Reason {
    let Some(known) = known else {
        return Reason::New;
    };
    let (Some(stamp), Some(was)) = (stamp, known.stamp.as_ref()) else {
        return Reason::Stamp;
    };
    if stamp != was {
        Reason::Stamp
    } else if racy(stamp, known.read_ns) {
        Reason::Racy
    } else if open {
        Reason::Open
    } else if turn {
        Reason::Turn
    } else {
        Reason::Skip
    }
}

/// Whether a write in the same tick as the file's last change could have
/// kept its stamp: its modification or change time is not clearly before
/// the moment it was read (a time after that moment, a clock ahead of ours,
/// counts too).
fn racy(stamp: &FileStamp, read_ns: i128) -> bool {
    let last = stamp.modified_ns.max(stamp.changed_ns);
    last + RACY.as_nanos() as i128 >= read_ns
}

/// How many files a round re-reads in turn so that all `files` are re-read
/// within `full_check` at one round every `interval`: at least one (while
/// there are files), at most all.
pub(super) fn turn_size(files: usize, interval: Duration, full_check: Duration) -> usize {
    if files == 0 {
        return 0;
    }
    let rounds = (full_check.as_nanos() / interval.as_nanos().max(1)).max(1);
    let per_round = (files as u128).div_ceil(rounds);
    usize::try_from(per_round).map_or(files, |n| n.clamp(1, files))
}

/// Whether position `i` of `files` sorted files is in the turn of the round
/// that starts at `cursor` and checks `size` files (wrapping around).
pub(super) fn in_turn(i: usize, cursor: usize, size: usize, files: usize) -> bool {
    files > 0 && (i + files - cursor % files) % files < size
}

#[cfg(test)]
#[path = "recheck_tests.rs"]
mod tests;

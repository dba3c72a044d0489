//! Watching the board folder, so that every screen on the same folder shows a
//! change written by another process at once, and costs nothing while idle.
//!
//! Two ways:
//! - **Notify**: the OS's change notification (inotify, FSEvents,
//!   ReadDirectoryChangesW) through `notify`, on the *folder itself*, so that an
//!   editor's save-by-rename and a sync client's delete-then-write are seen
//!   (a watch on each file would be lost with the replaced inode).
//! - **Poll**: list the folder every interval and read the files whose
//!   metadata changed (and the open board, racy files and a few in turn: see
//!   `recheck`), for network and FUSE filesystems, where notification cannot
//!   see what other machines write, and when notification is not available.
//!
//! Not `notify-debouncer-full`/`-mini`: they wake on every tick forever and hand
//! events over only after a fixed timeout. Here the notify callback only queues
//! paths; one loader thread blocks on that queue (no CPU while idle), reacts to
//! the first event at once and coalesces whatever else of a burst queued up
//! while it was busy.
//!
//! Both read the folder by the rule of `store::list_boards`: a FIFO, socket or
//! device named like a board is never opened (it is reported as
//! [`WatchEvent::Skipped`]). When a thread ends for any reason but the
//! [`Watcher`] being dropped (the folder deleted or moved away, a panic), it
//! says so with [`WatchEvent::Stopped`], so that the screen never claims to
//! follow a folder it no longer sees.
//!
//! This file holds the public surface — the events, [`Watcher`], [`watch`]
//! and [`remote_fs`] — and what both ways share: the guard that reports a
//! thread's end and how a file that cannot be read is reported. The
//! notification side lives in `notify`, the polling side in `poll`. Nothing
//! here lists the folder or reads a board file, and nothing here may decide
//! *how* to watch beyond choosing between the two.

use std::fmt;
use std::fs;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};
use std::time::Duration;

use crate::folder::store::{self, Skipped};

mod notify;
mod poll;
mod recheck;

// `self::`: a bare `notify` would also name the crate.
use self::notify::{Folder, arm_notify, start_loader};
pub use self::poll::{PollOptions, PollStats, RoundCost, poll_cost};
use self::poll::{SharedStats, start_poll};
pub use self::recheck::{FULL_CHECK, RACY};

/// Poll interval in [`WatchMode::Auto`] when notification cannot be used: short
/// enough for a board meeting, long enough to be cheap on a network share.
const AUTO_POLL: Duration = Duration::from_millis(1500);

/// What one board file holds now.
// Nearly every change is `Present`, so boxing the analysis would only add an
// allocation; and the receiver takes the analysis by value.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum FileChange {
    /// The file exists; what it holds now.
    Present {
        path: PathBuf,
        analysis: store::Analysis,
    },
    /// The file is gone (it may come back at once: delete-then-write by a sync client).
    Missing { path: PathBuf },
}

impl FileChange {
    /// The board file this is about, as `dir.join(name)` like
    /// [`store::board_files`] gives it, so that it compares equal to a loaded path.
    pub fn path(&self) -> &Path {
        match self {
            FileChange::Present { path, .. } | FileChange::Missing { path } => path,
        }
    }
}

/// What the watcher reports.
#[derive(Debug, Clone)]
pub enum WatchEvent {
    /// Some board files changed; each listed once.
    Changed(Vec<FileChange>),
    /// A full reload: every board file now in the folder (the receiver drops
    /// boards not listed). Sent when notify asks for a rescan (its event queue
    /// overflowed), after a watcher error, and when the folder can be listed
    /// again after it could not; not at start-up (the caller loads first itself).
    Rescanned(Vec<FileChange>),
    /// The watcher reported an error, or the folder could not be listed. A
    /// `Rescanned` follows as soon as the folder can be listed.
    Error(String),
    /// Entries named like boards that are not read (FIFOs, sockets, devices,
    /// broken links): newly seen ones, to warn about. A board file replaced
    /// by one is also reported `Missing`.
    Skipped(Vec<Skipped>),
    /// The watcher stopped for good (not because it was dropped): nothing
    /// more will be reported and the screen may be out of date.
    Stopped(StopReason),
}

/// Why the watcher stopped: data of the core, so that the catalogue can
/// word it without importing this layer.
pub use tavle_core::access::StopReason;

/// How to watch the folder.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WatchMode {
    /// Notification where it sees every change, polling where it cannot.
    Auto,
    /// Always poll, at this interval (at least 10 ms).
    Poll(Duration),
}

/// How the folder is watched in the end, for the status line.
#[derive(Clone, Debug, PartialEq)]
pub enum Method {
    /// The OS reports changes as they happen.
    Notify,
    /// The folder is listed and changed files read every `interval`.
    Poll {
        interval: Duration,
        reason: PollReason,
    },
}

/// Why the folder is polled rather than watched by notification.
#[derive(Clone, Debug, PartialEq)]
pub enum PollReason {
    /// Asked for with [`WatchMode::Poll`].
    Forced,
    /// The folder is on this network or remote filesystem ("nfs", "smb",
    /// "cifs", "fuse", "9p", ...; see [`remote_fs`]), where notification sees
    /// only this machine's writes.
    NetworkFs(&'static str),
    /// Notification could not be set up (say, the inotify watch limit is reached).
    NotifyFailed,
}

/// What the notify callback hands to the loader thread.
enum Msg {
    /// Board files of the folder (already filtered) that something happened to.
    Paths(Vec<PathBuf>),
    /// Events may have been lost: list the whole folder.
    Rescan,
    /// notify reported an error; events may have been lost, so rescan too.
    Error(String),
    /// notify can no longer watch the folder.
    Fatal(StopReason),
    /// The board now open on the screen, read every poll round (None: none).
    Open(Option<PathBuf>),
    /// The [`Watcher`] was dropped.
    Stop,
}

/// A running watch. Dropping it stops its threads promptly: a sleeping thread
/// is woken, a busy one stops before its next file and never sends again.
pub struct Watcher {
    method: Method,
    /// Checked between files and before every `send`, so that a thread in the
    /// middle of a long round stops without waiting for the next wake-up.
    stop: Arc<AtomicBool>,
    /// Wakes the loader or poll thread so that it sees `stop` at once.
    wake: Sender<Msg>,
    /// Dropping it ends notify's own thread, which drops our callback.
    // `::notify`, the crate: `notify` alone is the child module here.
    _notify: Option<::notify::RecommendedWatcher>,
    /// Cleared when the loader or poll thread ends, for whatever reason.
    running: Arc<AtomicBool>,
    /// What polling has cost; None when notification is used.
    stats: Option<SharedStats>,
}

impl Watcher {
    /// How the folder is watched, for the status line.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// Whether the watcher thread still runs. False once it has stopped
    /// (before [`WatchEvent::Stopped`] is sent).
    pub fn is_running(&self) -> bool {
        self.running.load(Ordering::Acquire)
    }

    /// Tell the watcher which board is open on the screen: a polling watcher
    /// reads it every round, whatever its metadata says (notification needs
    /// no telling). Cheap; call it when the open board changes.
    pub fn open(&self, board: Option<&Path>) {
        if self.stats.is_some() {
            // The thread may be gone; then there is nothing to tell.
            let _ = self.wake.send(Msg::Open(board.map(Path::to_path_buf)));
        }
    }

    /// What polling has cost so far; None when notification is used.
    pub fn poll_stats(&self) -> Option<PollStats> {
        let stats = self.stats.as_ref()?;
        let stats = stats
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Some(stats.clone())
    }
}

impl fmt::Debug for Watcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Watcher")
            .field("method", &self.method)
            .finish_non_exhaustive()
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        // The thread may already be gone; nothing to wake then.
        let _ = self.wake.send(Msg::Stop);
    }
}

/// Start watching `dir`. `send` is called from a background thread for every
/// event; it is never called for the state at start-up (load that yourself)
/// nor once the [`Watcher`] is dropped, except for a call already under way.
///
/// Fails only when the folder cannot be listed or a thread cannot be started.
pub fn watch(
    dir: &Path,
    mode: WatchMode,
    send: impl Fn(WatchEvent) + Send + 'static,
) -> io::Result<Watcher> {
    let reason = match mode {
        WatchMode::Poll(interval) => {
            return start_poll(dir, PollOptions::new(interval), PollReason::Forced, send);
        }
        WatchMode::Auto => match remote_fs(dir) {
            Some(fs) => PollReason::NetworkFs(fs),
            None => {
                let folder = Folder::new(dir);
                let (tx, rx) = mpsc::channel();
                match arm_notify(&folder, tx.clone()) {
                    Ok(watcher) => return start_loader(folder, watcher, tx, rx, send),
                    // Polling still shows changes, only later; the status line says why.
                    Err(_) => PollReason::NotifyFailed,
                }
            }
        },
    };
    start_poll(dir, PollOptions::new(AUTO_POLL), reason, send)
}

/// Poll `dir` with `options` (as [`WatchMode::Poll`] does with a full check
/// every [`FULL_CHECK`]); for tests and measurements that need the content
/// check sooner.
pub fn watch_polled(
    dir: &Path,
    options: PollOptions,
    send: impl Fn(WatchEvent) + Send + 'static,
) -> io::Result<Watcher> {
    start_poll(dir, options, PollReason::Forced, send)
}

/// The network/remote filesystem under `dir`, whose changes by other
/// machines notification cannot see. Linux, by statfs `f_type` magic: NFS,
/// SMB, CIFS, SMB2/3, FUSE (OneDrive, Dropbox, rclone, sshfs mounts; also
/// local ones such as ntfs-3g, which then are only polled), 9p, AFS, Coda,
/// NCP, Ceph, Lustre, GFS2 and OCFS2; macOS, by statfs `f_fstypename`: smbfs,
/// NFS, AFP, WebDAV, macFUSE; Windows: a UNC path or a mapped network drive
/// (see `platform::remote_fs`). None for local filesystems and when `dir`
/// cannot be examined.
pub fn remote_fs(dir: &Path) -> Option<&'static str> {
    crate::platform::remote_fs(dir)
}

/// Run a watcher thread's body; when it ends for any reason but the
/// [`Watcher`] being dropped (a returned reason, a panic), clear `running`
/// and report [`WatchEvent::Stopped`]. A `send` that panics again is given up.
fn guarded(
    stop: &AtomicBool,
    running: &AtomicBool,
    send: &dyn Fn(WatchEvent),
    body: impl FnOnce() -> Option<StopReason>,
) {
    let reason = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(reason) => reason,
        Err(_) => Some(StopReason::Crashed),
    };
    running.store(false, Ordering::Release);
    if let Some(reason) = reason
        && !stop.load(Ordering::Acquire)
    {
        let _ = catch_unwind(AssertUnwindSafe(|| send(WatchEvent::Stopped(reason))));
    }
}

/// Whether nothing that [`store::board_files`] would list is at `path`.
fn gone(path: &Path) -> bool {
    match fs::symlink_metadata(path) {
        Ok(meta) => meta.is_dir(),
        Err(e) => e.kind() == io::ErrorKind::NotFound,
    }
}

/// What a failed listing of `dir` says: the folder named once (the folder
/// layer's errors name their path already; a bare OS error gets it put first).
fn listing_error(dir: &Path, e: &io::Error) -> String {
    let text = e.to_string();
    if text.starts_with(&*dir.display().to_string()) {
        text
    } else {
        format!("{}: {text}", dir.display())
    }
}

#[cfg(test)]
mod tests;

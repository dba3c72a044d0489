//! Watching the board folder, so that every screen on the same folder shows a
//! change written by another process at once, and costs nothing while idle.
//!
//! Two ways:
//! - **Notify**: the OS's change notification (inotify, FSEvents,
//!   ReadDirectoryChangesW) through `notify`, on the *folder itself*, so that an
//!   editor's save-by-rename and a sync client's delete-then-write are seen
//!   (a watch on each file would be lost with the replaced inode).
//! - **Poll**: list the folder and compare file *contents* every interval, for
//!   network and FUSE filesystems, where notification cannot see what other
//!   machines write, and when notification is not available.
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

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::fs;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::Duration;

use notify::event::{AccessKind, AccessMode, ModifyKind};
use notify::{EventKind, RecursiveMode, Watcher as _};

use crate::folder::board_fs::{self, Entry};
use crate::folder::store::{self, Skipped};

/// Poll interval in [`WatchMode::Auto`] when notification cannot be used: short
/// enough for a board meeting, long enough to be cheap on a network share.
const AUTO_POLL: Duration = Duration::from_millis(1500);

/// A zero interval would be a busy loop.
const MIN_POLL: Duration = Duration::from_millis(10);

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
    /// The folder's contents are compared every `interval`.
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
    _notify: Option<notify::RecommendedWatcher>,
    /// Cleared when the loader or poll thread ends, for whatever reason.
    running: Arc<AtomicBool>,
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
        WatchMode::Poll(interval) => return start_poll(dir, interval, PollReason::Forced, send),
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
    start_poll(dir, AUTO_POLL, reason, send)
}

/// On Linux, the network/remote filesystem under `dir`, by statfs `f_type`
/// magic, whose changes by other machines inotify cannot see: NFS, SMB, CIFS,
/// SMB2/3, FUSE (OneDrive, Dropbox, rclone, sshfs mounts; also local ones such
/// as ntfs-3g, which then are only polled), 9p, AFS, Coda, NCP, Ceph, Lustre,
/// GFS2 and OCFS2. None elsewhere, for local filesystems, and when `dir`
/// cannot be examined.
pub fn remote_fs(dir: &Path) -> Option<&'static str> {
    crate::platform::remote_fs(dir)
}

/// The watched folder and the spellings notify may use for it in event paths
/// (made absolute on Linux, canonical on macOS), so that events can be matched
/// and reported as `dir.join(name)`, the way [`store::board_files`] names files.
#[derive(Clone)]
struct Folder {
    dir: PathBuf,
    aliases: Vec<PathBuf>,
}

impl Folder {
    fn new(dir: &Path) -> Folder {
        let mut aliases = vec![dir.to_path_buf()];
        for alias in [std::path::absolute(dir), fs::canonicalize(dir)]
            .into_iter()
            .flatten()
        {
            if !aliases.contains(&alias) {
                aliases.push(alias);
            }
        }
        Folder {
            dir: dir.to_path_buf(),
            aliases,
        }
    }

    fn is(&self, path: &Path) -> bool {
        self.aliases.iter().any(|a| a == path)
    }

    /// The board file `path` names, if it is one directly in this folder.
    fn board_path(&self, path: &Path) -> Option<PathBuf> {
        let name = path.file_name()?;
        (self.is(path.parent()?) && is_board_name(name)).then(|| self.dir.join(name))
    }
}

/// The rule of [`store::board_files`]: `*.json`, not hidden. Leaves out lock
/// files (`X.json.lock`) and our temp files (`.X.json.….tmp`).
fn is_board_name(name: &std::ffi::OsStr) -> bool {
    board_fs::is_board_name(name)
}

/// Set up notification on the folder. The callback runs on notify's thread and
/// only filters and queues, so that it never holds up notify.
fn arm_notify(folder: &Folder, tx: Sender<Msg>) -> notify::Result<notify::RecommendedWatcher> {
    let ours = folder.clone();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Some(msg) = to_msg(&ours, res) {
            // The loader is gone only when the Watcher is being dropped.
            let _ = tx.send(msg);
        }
    })?;
    watcher.watch(&folder.dir, RecursiveMode::NonRecursive)?;
    Ok(watcher)
}

/// What the loader needs to hear of one notify event, if anything.
fn to_msg(folder: &Folder, res: notify::Result<notify::Event>) -> Option<Msg> {
    let event = match res {
        Ok(event) => event,
        // The watch itself is gone, or can never be set again.
        Err(e)
            if matches!(
                e.kind,
                notify::ErrorKind::WatchNotFound | notify::ErrorKind::MaxFilesWatch
            ) =>
        {
            return Some(Msg::Fatal(StopReason::Failed(e.to_string())));
        }
        Err(e) => return Some(Msg::Error(e.to_string())),
    };
    if event.need_rescan() {
        return Some(Msg::Rescan);
    }
    match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => {}
        // Opening or reading changes nothing; and the loader's own reads would
        // otherwise wake it again, for ever.
        EventKind::Access(_) => return None,
        _ => {}
    }
    // The folder itself deleted or moved away: the OS watch on it has ended
    // (or now follows it elsewhere), so nothing more of the folder will be seen.
    let folder_gone = matches!(
        event.kind,
        EventKind::Remove(_) | EventKind::Modify(ModifyKind::Name(_))
    ) && event.paths.iter().any(|p| folder.is(p));
    if folder_gone {
        return Some(Msg::Fatal(StopReason::FolderGone));
    }
    // A rename brings both paths: the old name is gone, the new one is there.
    let paths: Vec<PathBuf> = event
        .paths
        .iter()
        .filter_map(|p| folder.board_path(p))
        .collect();
    (!paths.is_empty()).then_some(Msg::Paths(paths))
}

fn start_loader(
    folder: Folder,
    watcher: notify::RecommendedWatcher,
    tx: Sender<Msg>,
    rx: Receiver<Msg>,
    send: impl Fn(WatchEvent) + Send + 'static,
) -> io::Result<Watcher> {
    let stop = Arc::new(AtomicBool::new(false));
    let running = Arc::new(AtomicBool::new(true));
    let (thread_stop, thread_running) = (Arc::clone(&stop), Arc::clone(&running));
    thread::Builder::new()
        .name("tavle-watch".into())
        .spawn(move || {
            guarded(&thread_stop, &thread_running, &send, || {
                run_loader(&rx, &folder, &thread_stop, &send)
            });
        })?;
    Ok(Watcher {
        method: Method::Notify,
        stop,
        wake: tx,
        _notify: Some(watcher),
        running,
    })
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

/// The loader thread: block until something happened, then read what it
/// concerns and report it. Returns why it stopped, or None when the
/// [`Watcher`] was dropped.
fn run_loader(
    rx: &Receiver<Msg>,
    folder: &Folder,
    stop: &AtomicBool,
    send: &dyn Fn(WatchEvent),
) -> Option<StopReason> {
    // Kept until the folder can be listed, so that a failed rescan is retried.
    let mut rescan = false;
    // Blocks without CPU until an event; Err when every sender is gone.
    while let Ok(first) = rx.recv() {
        let mut paths = BTreeSet::new();
        let mut errors: Vec<String> = Vec::new();
        let mut fatal = None;
        // React to the first event at once; whatever else queued meanwhile
        // is the rest of the burst and handled with it, each file read once.
        let queued = std::iter::from_fn(|| rx.try_recv().ok());
        for msg in std::iter::once(first).chain(queued) {
            match msg {
                Msg::Paths(p) => paths.extend(p),
                Msg::Rescan => rescan = true,
                Msg::Error(e) => {
                    if !errors.contains(&e) {
                        errors.push(e);
                    }
                    rescan = true;
                }
                Msg::Fatal(reason) => fatal = fatal.or(Some(reason)),
                Msg::Stop => return None,
            }
        }
        if stop.load(Ordering::Acquire) {
            return None;
        }
        if fatal.is_some() {
            return fatal;
        }
        for e in errors {
            send(WatchEvent::Error(e));
        }
        if rescan {
            match store::list_boards(&folder.dir) {
                Ok(listing) => {
                    rescan = false;
                    let all = load_all(&listing.boards, stop)?;
                    if !listing.skipped.is_empty() {
                        send(WatchEvent::Skipped(listing.skipped));
                    }
                    send(WatchEvent::Rescanned(all));
                }
                Err(e) => send(WatchEvent::Error(listing_error(&folder.dir, &e.into()))),
            }
        } else {
            let mut skipped = Vec::new();
            let changes = load_all_noting(&paths, stop, &mut skipped)?;
            if !skipped.is_empty() {
                send(WatchEvent::Skipped(skipped));
            }
            if !changes.is_empty() {
                send(WatchEvent::Changed(changes));
            }
        }
    }
    None
}

/// Read and analyse every file; None when the watcher was dropped meanwhile.
fn load_all<'a>(
    paths: impl IntoIterator<Item = &'a PathBuf>,
    stop: &AtomicBool,
) -> Option<Vec<FileChange>> {
    load_all_noting(paths, stop, &mut Vec::new())
}

/// [`load_all`], noting entries that are skipped (and reported `Missing`).
fn load_all_noting<'a>(
    paths: impl IntoIterator<Item = &'a PathBuf>,
    stop: &AtomicBool,
    skipped: &mut Vec<Skipped>,
) -> Option<Vec<FileChange>> {
    let mut changes = Vec::new();
    for path in paths {
        if stop.load(Ordering::Acquire) {
            return None;
        }
        let (change, skip) = load(path);
        changes.push(change);
        skipped.extend(skip);
    }
    (!stop.load(Ordering::Acquire)).then_some(changes)
}

/// What a board file holds now. Like [`store::analyze`], except that a file
/// that is not there is `Missing` rather than a board with a read error, and
/// so is an odd entry (a FIFO, a broken link), which is never opened and is
/// returned as skipped.
fn load(path: &Path) -> (FileChange, Option<Skipped>) {
    let path = path.to_path_buf();
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return (FileChange::Missing { path }, None);
    };
    match board_fs::entry(dir, name) {
        Entry::Board => {}
        Entry::Skipped(why) => {
            let skipped = Skipped {
                path: path.clone(),
                why,
            };
            return (FileChange::Missing { path }, Some(skipped));
        }
        Entry::Other | Entry::Missing => return (FileChange::Missing { path }, None),
    }
    let change = match store::read_board(&path) {
        Ok((bytes, why)) => FileChange::Present {
            path,
            analysis: with_access(store::analyze_bytes(bytes), why),
        },
        // `read_board` keeps only the reason: ask the filesystem whether it is gone.
        Err(_) if gone(&path) => FileChange::Missing { path },
        Err(problem) => FileChange::Present {
            path,
            analysis: unreadable(problem),
        },
    };
    (change, None)
}

/// An analysis with the file's own reason to be read-only, if any.
fn with_access(mut analysis: store::Analysis, why: Option<store::Why>) -> store::Analysis {
    if let Some(why) = why {
        analysis.access = store::Access::ReadOnly(why);
    }
    analysis
}

/// Whether nothing that [`store::board_files`] would list is at `path`.
fn gone(path: &Path) -> bool {
    match fs::symlink_metadata(path) {
        Ok(meta) => meta.is_dir(),
        Err(e) => e.kind() == io::ErrorKind::NotFound,
    }
}

/// The analysis of a file that is there but cannot be read, as [`store::analyze`] makes it.
fn unreadable(problem: store::Located) -> store::Analysis {
    store::Analysis {
        board: None,
        problems: vec![problem],
        style: store::TextStyle::default(),
        fingerprint: 0,
        access: store::Access::Writable,
    }
}

fn listing_error(dir: &Path, e: &io::Error) -> String {
    format!("{}: {e}", dir.display())
}

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

fn start_poll(
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
            Ok((bytes, why)) => {
                let state = (store::fingerprint(&bytes), why);
                let report = round == Round::Everything
                    || (round == Round::Changes && before != Some(state));
                let analysis = report.then(|| with_access(store::analyze_bytes(bytes), why));
                (state, analysis)
            }
            // Deleted since the listing: reported as missing below.
            Err(_) if gone(&path) => continue,
            Err(problem) => {
                let report = round == Round::Everything
                    || (round == Round::Changes && before != Some((0, None)));
                ((0, None), report.then(|| unreadable(problem)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::File;
    use std::time::{Instant, SystemTime};

    fn board(title: &str) -> String {
        format!(r#"{{"tavle":1,"title":"{title}","kind":"drift"}}"#)
    }

    /// A `send` that forwards into a channel the test reads.
    fn sink() -> (impl Fn(WatchEvent) + Send + 'static, Receiver<WatchEvent>) {
        let (tx, rx) = mpsc::channel();
        (
            move |e| {
                let _ = tx.send(e);
            },
            rx,
        )
    }

    fn title(change: &FileChange) -> Option<&str> {
        match change {
            FileChange::Present { analysis, .. } => {
                analysis.board.as_ref().map(|b| b.title.as_str())
            }
            FileChange::Missing { .. } => None,
        }
    }

    fn is_missing(change: &FileChange) -> bool {
        matches!(change, FileChange::Missing { .. })
    }

    /// Wait until an event carries a change for `path` that `want` accepts.
    /// Every change seen on the way must be for a board file of `dir`: lock and
    /// temp files must never be reported.
    fn wait_for(
        rx: &Receiver<WatchEvent>,
        dir: &Path,
        path: &Path,
        want: impl Fn(&FileChange) -> bool,
    ) {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let changes = match rx.recv_timeout(left) {
                Ok(WatchEvent::Changed(c) | WatchEvent::Rescanned(c)) => c,
                Ok(WatchEvent::Error(e)) => panic!("watcher error: {e}"),
                Ok(WatchEvent::Stopped(r)) => panic!("watcher stopped: {r:?}"),
                Ok(WatchEvent::Skipped(s)) => panic!("skipped: {s:?}"),
                Err(e) => panic!("no matching event for {}: {e}", path.display()),
            };
            for c in &changes {
                let p = c.path();
                assert_eq!(p.parent(), Some(dir), "{}", p.display());
                assert!(is_board_name(p.file_name().unwrap()), "{}", p.display());
            }
            if changes.iter().any(|c| c.path() == path && want(c)) {
                return;
            }
        }
    }

    /// Wait until `send` was dropped, which happens when the thread owning it ends.
    fn assert_disconnects(rx: &Receiver<WatchEvent>) {
        let deadline = Instant::now() + Duration::from_secs(1);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(_) => continue,
                Err(RecvTimeoutError::Disconnected) => return,
                Err(RecvTimeoutError::Timeout) => panic!("the watcher thread still runs"),
            }
        }
    }

    /// Replace a file the way `store::write_atomic` and editors do.
    fn replace(path: &Path, text: &str) {
        let tmp = path.with_file_name(format!(
            ".{}.1.tmp",
            path.file_name().unwrap().to_string_lossy()
        ));
        fs::write(&tmp, text).unwrap();
        fs::rename(&tmp, path).unwrap();
    }

    #[test]
    fn notify_reports_create_replace_and_delete() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let (send, rx) = sink();
        let w = watch(dir, WatchMode::Auto, send).unwrap();
        #[cfg(target_os = "linux")]
        assert_eq!(w.method(), &Method::Notify);

        let a = dir.join("a.json");
        fs::write(&a, board("Første")).unwrap();
        wait_for(&rx, dir, &a, |c| title(c) == Some("Første"));

        replace(&a, &board("Andre"));
        wait_for(&rx, dir, &a, |c| title(c) == Some("Andre"));

        fs::remove_file(&a).unwrap();
        wait_for(&rx, dir, &a, is_missing);
        drop(w);
    }

    #[test]
    fn notify_ignores_lock_temp_and_subfolder_files() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::create_dir(dir.join("referater")).unwrap();
        let (send, rx) = sink();
        let _w = watch(dir, WatchMode::Auto, send).unwrap();

        fs::write(dir.join("x.json.lock"), "pid").unwrap();
        fs::write(dir.join(".x.json.1.tmp"), board("Temp")).unwrap();
        fs::write(dir.join("referater").join("r.json"), board("Ref")).unwrap();
        fs::remove_file(dir.join("x.json.lock")).unwrap();
        // A board file written after them: every event up to its own must name
        // board files only (checked by `wait_for`).
        let b = dir.join("b.json");
        fs::write(&b, board("B")).unwrap();
        wait_for(&rx, dir, &b, |c| title(c) == Some("B"));

        // Then it falls quiet: the loader's own reads (open, close-nowrite)
        // must not wake it again.
        let deadline = Instant::now() + Duration::from_secs(5);
        while rx.recv_timeout(Duration::from_millis(300)).is_ok() {
            assert!(Instant::now() < deadline, "events keep coming while idle");
        }
    }

    #[test]
    fn loader_rescans_after_an_error() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::write(dir.join("a.json"), board("A")).unwrap();
        fs::write(dir.join("b.json"), "{").unwrap();
        fs::write(dir.join("b.json.lock"), "pid").unwrap();
        fs::create_dir(dir.join("referater")).unwrap();
        fs::write(dir.join("referater").join("r.json"), board("R")).unwrap();

        let (tx, queue) = mpsc::channel();
        let (send, rx) = sink();
        let folder = Folder::new(dir);
        let loader = thread::spawn(move || {
            run_loader(&queue, &folder, &AtomicBool::new(false), &send);
        });
        tx.send(Msg::Error("queue overflow".into())).unwrap();
        match rx.recv_timeout(Duration::from_secs(5)) {
            Ok(WatchEvent::Error(e)) => assert_eq!(e, "queue overflow"),
            other => panic!("{other:?}"),
        }
        match rx.recv_timeout(Duration::from_secs(5)) {
            Ok(WatchEvent::Rescanned(all)) => {
                let paths: Vec<&Path> = all.iter().map(FileChange::path).collect();
                assert_eq!(paths, [dir.join("a.json"), dir.join("b.json")]);
                assert_eq!(title(&all[0]), Some("A"));
                // A broken file is still there, with its problems.
                assert!(
                    matches!(&all[1], FileChange::Present { analysis, .. } if analysis.errors() > 0)
                );
            }
            other => panic!("{other:?}"),
        }
        // Every sender gone ends the loader, which drops `send`.
        drop(tx);
        loader.join().unwrap();
        assert_disconnects(&rx);
    }

    #[test]
    fn poll_sees_same_second_rewrite_older_mtime_and_delete() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let a = dir.join("a.json");
        fs::write(&a, board("A1")).unwrap();
        let (send, rx) = sink();
        let w = watch(dir, WatchMode::Poll(Duration::from_millis(100)), send).unwrap();
        assert_eq!(
            w.method(),
            &Method::Poll {
                interval: Duration::from_millis(100),
                reason: PollReason::Forced
            }
        );

        // Same length, same second: only the content tells.
        fs::write(&a, board("A2")).unwrap();
        wait_for(&rx, dir, &a, |c| title(c) == Some("A2"));

        // Changed content with an mtime older than before.
        let old = SystemTime::now() - Duration::from_secs(3600);
        fs::write(&a, board("A3")).unwrap();
        File::options()
            .write(true)
            .open(&a)
            .unwrap()
            .set_modified(old)
            .unwrap();
        wait_for(&rx, dir, &a, |c| title(c) == Some("A3"));

        let b = dir.join("b.json");
        fs::write(&b, board("B")).unwrap();
        fs::write(dir.join("b.json.lock"), "pid").unwrap();
        wait_for(&rx, dir, &b, |c| title(c) == Some("B"));

        fs::remove_file(&a).unwrap();
        wait_for(&rx, dir, &a, is_missing);
    }

    #[test]
    fn poll_of_a_missing_folder_fails() {
        let tmp = tempfile::tempdir().unwrap();
        let (send, _rx) = sink();
        let gone = tmp.path().join("nowhere");
        assert!(watch(&gone, WatchMode::Poll(Duration::from_millis(100)), send).is_err());
    }

    #[test]
    fn local_folder_is_not_remote() {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(remote_fs(tmp.path()), None);
    }

    #[test]
    fn dropping_a_poll_watcher_ends_its_thread_at_once() {
        let tmp = tempfile::tempdir().unwrap();
        let (send, rx) = sink();
        // A long interval: the thread must be woken, not waited for.
        let w = watch(tmp.path(), WatchMode::Poll(Duration::from_secs(60)), send).unwrap();
        drop(w);
        assert_disconnects(&rx);
    }

    #[test]
    fn dropping_a_notify_watcher_ends_its_thread() {
        let tmp = tempfile::tempdir().unwrap();
        let (send, rx) = sink();
        let w = watch(tmp.path(), WatchMode::Auto, send).unwrap();
        drop(w);
        assert_disconnects(&rx);
    }
}

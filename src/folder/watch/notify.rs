//! Watching the folder by the OS's change notification: the `notify` callback
//! that filters and queues paths on notify's own thread, and the one loader
//! thread that blocks on that queue, reads what a burst concerns once and
//! reports it.
//!
//! The callback must never read a file or block (it would hold up notify);
//! the loader must never open an entry that is not a regular board file
//! (FIFOs, sockets, devices and broken links are reported as skipped), and
//! must not send once the [`Watcher`] is dropped.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::thread;

use notify::event::{AccessKind, AccessMode, ModifyKind};
use notify::{EventKind, RecursiveMode, Watcher as _};

use super::{
    FileChange, Method, Msg, StopReason, WatchEvent, Watcher, gone, guarded, listing_error,
};
use crate::folder::board_fs::{self, Entry};
use crate::folder::store::{self, Skipped};

/// The watched folder and the spellings notify may use for it in event paths
/// (made absolute on Linux, canonical on macOS), so that events can be matched
/// and reported as `dir.join(name)`, the way [`store::board_files`] names files.
#[derive(Clone)]
pub(super) struct Folder {
    dir: PathBuf,
    aliases: Vec<PathBuf>,
}

impl Folder {
    pub(super) fn new(dir: &Path) -> Folder {
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
pub(super) fn is_board_name(name: &std::ffi::OsStr) -> bool {
    board_fs::is_board_name(name)
}

/// Set up notification on the folder. The callback runs on notify's thread and
/// only filters and queues, so that it never holds up notify.
pub(super) fn arm_notify(
    folder: &Folder,
    tx: Sender<Msg>,
) -> notify::Result<notify::RecommendedWatcher> {
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

pub(super) fn start_loader(
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
        stats: None,
    })
}

/// The loader thread: block until something happened, then read what it
/// concerns and report it. Returns why it stopped, or None when the
/// [`Watcher`] was dropped.
pub(super) fn run_loader(
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
                // Every change is notified; the open board needs no polling.
                Msg::Open(_) => {}
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
        Ok(read) => FileChange::Present {
            path,
            analysis: read.analyze(),
        },
        // `read_board` keeps only the reason: ask the filesystem whether it is gone.
        Err(_) if gone(&path) => FileChange::Missing { path },
        Err(problem) => FileChange::Present {
            path,
            analysis: store::unreadable(problem),
        },
    };
    (change, None)
}
#[cfg(test)]
#[path = "notify_tests.rs"]
mod more_tests;

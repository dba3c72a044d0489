//! Tests of the folder watcher: notification and polling each see a create,
//! a replace and a delete, never report lock, temp or subfolder files, and
//! end their thread when the [`Watcher`] is dropped.
//!
//! They drive real threads on a temporary folder; they must not depend on
//! timing beyond generous deadlines, nor touch anything outside that folder.
//! The helpers marked `pub(super)` are shared with `poll::poll_tests`.

use super::notify::{Folder, is_board_name, run_loader};
use super::*;
use std::fs::File;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Instant, SystemTime};

pub(super) fn board(title: &str) -> String {
    format!(r#"{{"tavle":1,"title":"{title}","kind":"drift"}}"#)
}

/// A `send` that forwards into a channel the test reads.
pub(super) fn sink() -> (impl Fn(WatchEvent) + Send + 'static, Receiver<WatchEvent>) {
    let (tx, rx) = mpsc::channel();
    (
        move |e| {
            let _ = tx.send(e);
        },
        rx,
    )
}

pub(super) fn title(change: &FileChange) -> Option<&str> {
    match change {
        FileChange::Present { analysis, .. } => analysis.board.as_ref().map(|b| b.title.as_str()),
        FileChange::Missing { .. } => None,
    }
}

fn is_missing(change: &FileChange) -> bool {
    matches!(change, FileChange::Missing { .. })
}

/// Wait until an event carries a change for `path` that `want` accepts.
/// Every change seen on the way must be for a board file of `dir`: lock and
/// temp files must never be reported.
pub(super) fn wait_for(
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

/// `n` boards titled `title` in `dir`, last modified an hour ago (their
/// change times are new: a test waits [`RACY`] before it trusts them);
/// the size of each.
pub(super) fn aged_boards(dir: &Path, n: usize, title: &str) -> u64 {
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    for i in 0..n {
        let p = dir.join(format!("b{i}.json"));
        fs::write(&p, board(title)).unwrap();
        File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
    }
    board(title).len() as u64
}

#[test]
fn poll_cost_reads_everything_then_only_the_files_in_turn() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let size = aged_boards(dir, 10, "Same length");
    // 10 files re-read within 5 rounds: 2 per round.
    let options = PollOptions {
        interval: Duration::from_secs(1),
        full_check: Duration::from_secs(5),
    };
    // The change times are new: wait until they are no longer racy.
    thread::sleep(RACY + Duration::from_millis(200));
    let (stats, mean) = poll_cost(dir, options).unwrap();
    assert_eq!(stats.boards, 10);
    assert_eq!((stats.first.opened, stats.first.bytes), (10, 10 * size));
    assert_eq!((stats.last.opened, stats.last.bytes), (2, 2 * size));
    assert_eq!(stats.last.stats, 10);
    assert_eq!(mean, size);
}

/// The cost a polling screen reports (`tavle check --stats` measures its
/// own rounds; this is the running watcher's): the first round read every
/// file, each later round is counted with what it read, and the rounds
/// come an interval apart, not back to back; a quiet folder's rounds tell
/// nothing. An interval below the least is raised to it.
#[test]
fn a_polling_watcher_counts_its_rounds_and_what_they_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let size = aged_boards(dir, 4, "Fire like");
    thread::sleep(RACY + Duration::from_millis(200));
    // Every file re-read once in 4 rounds: one a round.
    let options = PollOptions {
        interval: Duration::from_millis(100),
        full_check: Duration::from_millis(400),
    };
    let begun = SystemTime::now();
    let (send, rx) = sink();
    let w = watch_polled(dir, options, send).unwrap();
    let stats = w.poll_stats().unwrap();
    assert_eq!(stats.boards, 4);
    assert_eq!((stats.first.opened, stats.first.bytes), (4, 4 * size));
    assert!(stats.last_at.is_some_and(|t| t >= begun));
    assert_eq!(stats.rounds, 0);
    thread::sleep(Duration::from_millis(1050));
    let stats = w.poll_stats().unwrap();
    // About ten rounds in a second at 100 ms (a busy machine: fewer);
    // rounds back to back would be hundreds.
    assert!((3..=12).contains(&stats.rounds), "{stats:?}");
    assert_eq!(stats.boards, 4);
    assert_eq!((stats.last.opened, stats.last.bytes), (1, size));
    assert_eq!(stats.bytes, stats.rounds * size);
    // Nothing changed: the files re-read in turn are not news.
    let told: Vec<WatchEvent> = rx.try_iter().collect();
    assert!(told.is_empty(), "{} events", told.len());
    drop(w);
    // Too short an interval is raised to the least one.
    let (send, _rx) = sink();
    let fast = PollOptions {
        interval: Duration::from_nanos(1),
        full_check: Duration::from_secs(5),
    };
    let w = watch_polled(dir, fast, send).unwrap();
    match w.method() {
        Method::Poll { interval, .. } => assert_eq!(*interval, Duration::from_millis(10)),
        m => panic!("{m:?}"),
    }
}

/// A folder that cannot be listed is named once in the message, whether the
/// error came from the folder layer (which names its path) or bare from the OS.
#[test]
fn a_listing_error_names_the_folder_once() {
    let dir = Path::new("/srv/tavler");
    let layer: io::Error =
        crate::folder::safe_fs::FsError::io(&io::Error::from(io::ErrorKind::NotFound), dir).into();
    assert_eq!(super::listing_error(dir, &layer), "/srv/tavler: not found");
    let bare = io::Error::other("disk on fire");
    assert_eq!(
        super::listing_error(dir, &bare),
        "/srv/tavler: disk on fire"
    );
}

/// A watcher made by hand around a channel the test reads: the thread's
/// end of it, and whether it polls.
fn watcher_by_hand(polls: bool) -> (Watcher, mpsc::Receiver<Msg>) {
    let (wake, woken) = mpsc::channel();
    let w = Watcher {
        method: Method::Notify,
        stop: Arc::new(AtomicBool::new(false)),
        wake,
        _notify: None,
        running: Arc::new(AtomicBool::new(true)),
        stats: polls.then(SharedStats::default),
    };
    (w, woken)
}

/// The board open on the screen is told to a polling watcher's thread
/// (which reads it every round), and told again when it changes; a
/// notification watcher needs no telling.
#[test]
fn the_open_board_is_told_to_the_polling_thread_only() {
    let (w, woken) = watcher_by_hand(true);
    w.open(Some(Path::new("/boards/drift.json")));
    w.open(None);
    assert!(
        matches!(woken.try_recv(), Ok(Msg::Open(Some(p))) if p == Path::new("/boards/drift.json"))
    );
    assert!(matches!(woken.try_recv(), Ok(Msg::Open(None))));
    assert!(woken.try_recv().is_err());

    let (w, woken) = watcher_by_hand(false);
    w.open(Some(Path::new("/boards/drift.json")));
    assert!(woken.try_recv().is_err());
    drop(w);
    assert!(matches!(woken.try_recv(), Ok(Msg::Stop)));
}

/// A watcher thread that ends on its own (a reason returned, or a panic)
/// says so once; one ended because its [`Watcher`] was dropped says
/// nothing. Either way it no longer counts as running.
#[test]
fn a_thread_that_ends_on_its_own_says_why_and_a_stopped_one_says_nothing() {
    let run = |stopped: bool, body: fn() -> Option<StopReason>| {
        let (send, rx) = sink();
        let (stop, running) = (AtomicBool::new(stopped), AtomicBool::new(true));
        guarded(&stop, &running, &send, body);
        assert!(!running.load(Ordering::Acquire));
        rx.try_iter().collect::<Vec<_>>()
    };
    let gone = run(false, || Some(StopReason::FolderGone));
    assert!(
        matches!(gone[..], [WatchEvent::Stopped(StopReason::FolderGone)]),
        "{gone:?}"
    );
    let crashed = run(false, || panic!("planted"));
    assert!(
        matches!(crashed[..], [WatchEvent::Stopped(StopReason::Crashed)]),
        "{crashed:?}"
    );
    assert!(run(false, || None).is_empty());
    assert!(run(true, || Some(StopReason::FolderGone)).is_empty());
    assert!(run(true, || panic!("planted")).is_empty());
}

/// A watcher just started runs, and says how it watches when printed.
#[test]
fn a_started_watcher_runs_and_prints_its_method() {
    let tmp = tempfile::tempdir().unwrap();
    let (send, _rx) = sink();
    let w = watch(tmp.path(), WatchMode::Poll(Duration::from_secs(3600)), send).unwrap();
    assert!(w.is_running());
    assert_eq!(
        format!("{w:?}"),
        "Watcher { method: Poll { interval: 3600s, reason: Forced }, .. }"
    );
}

/// A notify watcher whose folder is deleted stops, says so, and no longer
/// counts as running.
#[test]
fn a_watcher_whose_folder_is_deleted_no_longer_runs() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("watched");
    fs::create_dir(&dir).unwrap();
    let (send, rx) = sink();
    let w = watch(&dir, WatchMode::Auto, send).unwrap();
    if *w.method() != Method::Notify {
        eprintln!("skipped: no notification here ({:?})", w.method());
        return;
    }
    fs::remove_dir(&dir).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(WatchEvent::Stopped(reason)) => {
                assert_eq!(reason, StopReason::FolderGone);
                break;
            }
            Ok(_) => {}
            Err(e) => panic!("no Stopped after the folder was deleted: {e}"),
        }
    }
    assert!(!w.is_running());
}

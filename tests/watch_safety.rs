//! The watcher on a folder others write to: odd files named like boards are
//! reported and never opened, a change of permissions is seen, and when the
//! watcher stops for any reason but being dropped (the folder deleted, its
//! thread panicking) it says so, so that the screen never claims to follow a
//! folder it no longer sees.
//!
//! A FIFO is made the Unix way, so the tests that plant one are Unix only;
//! the others run everywhere.
// Some helpers serve only the Unix tests.
#![cfg_attr(not(unix), allow(dead_code, unused_imports))]

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use tavle::diag::NodeKind;
use tavle::folder::store::{Access, SkipWhy, Why};
use tavle::folder::watch::{FileChange, StopReason, WatchEvent, WatchMode, watch};

const POLL: WatchMode = WatchMode::Poll(Duration::from_millis(50));

fn board(title: &str) -> String {
    format!(r#"{{"tavle":1,"title":"{title}","kind":"drift"}}"#)
}

fn sink() -> (impl Fn(WatchEvent) + Send + 'static, Receiver<WatchEvent>) {
    let (tx, rx) = mpsc::channel();
    (
        move |e| {
            let _ = tx.send(e);
        },
        rx,
    )
}

/// A `send` that panics the first time it is given anything but `Stopped`.
fn panicking_sink() -> (impl Fn(WatchEvent) + Send + 'static, Receiver<WatchEvent>) {
    let (tx, rx) = mpsc::channel();
    let panicked = AtomicBool::new(false);
    (
        move |e| {
            if !matches!(e, WatchEvent::Stopped(_)) && !panicked.swap(true, Ordering::SeqCst) {
                panic!("the receiver broke");
            }
            let _ = tx.send(e);
        },
        rx,
    )
}

/// The first event `want` accepts within 5 s.
fn wait_for<T>(rx: &Receiver<WatchEvent>, want: impl Fn(&WatchEvent) -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let e = rx.recv_timeout(left).expect("no matching event");
        if let Some(t) = want(&e) {
            return t;
        }
    }
}

fn changed_title(e: &WatchEvent, path: &Path) -> Option<String> {
    let (WatchEvent::Changed(c) | WatchEvent::Rescanned(c)) = e else {
        return None;
    };
    c.iter().find_map(|c| match c {
        FileChange::Present { path: p, analysis } if p == path => {
            analysis.board.as_ref().map(|b| b.title.clone())
        }
        _ => None,
    })
}

fn skipped(e: &WatchEvent) -> Option<Vec<SkipWhy>> {
    match e {
        WatchEvent::Skipped(s) => Some(s.iter().map(|s| s.why.clone()).collect()),
        _ => None,
    }
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    assert!(made.unwrap().success());
}

#[cfg(unix)]
fn fifo_is_skipped_and_watching_goes_on(mode: WatchMode) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (send, rx) = sink();
    let _w = watch(dir, mode, send).unwrap();
    mkfifo(&dir.join("rør.json"));
    let why = wait_for(&rx, skipped);
    assert_eq!(why, [SkipWhy::Special(NodeKind::Fifo)]);
    let a = dir.join("a.json");
    fs::write(&a, board("Etter")).unwrap();
    let title = wait_for(&rx, |e| changed_title(e, &a));
    assert_eq!(title, "Etter");
}

#[cfg(unix)]
#[test]
fn the_poller_skips_a_fifo_and_goes_on() {
    fifo_is_skipped_and_watching_goes_on(POLL);
}

#[cfg(target_os = "linux")]
#[test]
fn notification_skips_a_fifo_and_goes_on() {
    fifo_is_skipped_and_watching_goes_on(WatchMode::Auto);
}

#[test]
fn the_poller_sees_a_board_become_read_only() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a.json");
    fs::write(&a, board("A")).unwrap();
    let (send, rx) = sink();
    let _w = watch(tmp.path(), POLL, send).unwrap();
    // No write bit on Unix (0444), the read-only attribute on Windows.
    let mut perms = fs::metadata(&a).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&a, perms).unwrap();
    let access = wait_for(&rx, |e| match e {
        WatchEvent::Changed(c) => c.iter().find_map(|c| match c {
            FileChange::Present { analysis, .. } => Some(analysis.access),
            FileChange::Missing { .. } => None,
        }),
        _ => None,
    });
    assert_eq!(access, Access::ReadOnly(Why::NoWritePermission));
}

#[cfg(target_os = "linux")]
#[test]
fn deleting_the_watched_folder_stops_the_watcher_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("tavler");
    fs::create_dir(&dir).unwrap();
    let (send, rx) = sink();
    let w = watch(&dir, WatchMode::Auto, send).unwrap();
    assert!(w.is_running());
    fs::remove_dir(&dir).unwrap();
    let reason = wait_for(&rx, |e| match e {
        WatchEvent::Stopped(r) => Some(r.clone()),
        _ => None,
    });
    assert_eq!(reason, StopReason::FolderGone);
    assert!(!w.is_running());
}

fn a_panicking_receiver_stops_the_watcher_and_says_so(mode: WatchMode) {
    let tmp = tempfile::tempdir().unwrap();
    let (send, rx) = panicking_sink();
    let w = watch(tmp.path(), mode, send).unwrap();
    fs::write(tmp.path().join("a.json"), board("A")).unwrap();
    let reason = wait_for(&rx, |e| match e {
        WatchEvent::Stopped(r) => Some(r.clone()),
        _ => None,
    });
    assert_eq!(reason, StopReason::Crashed);
    assert!(!w.is_running());
}

#[test]
fn a_panic_in_the_poll_thread_stops_it_and_says_so() {
    a_panicking_receiver_stops_the_watcher_and_says_so(POLL);
}

#[test]
fn a_panic_in_the_loader_thread_stops_it_and_says_so() {
    a_panicking_receiver_stops_the_watcher_and_says_so(WatchMode::Auto);
}

#[test]
fn a_dropped_watcher_does_not_report_stopped() {
    for mode in [POLL, WatchMode::Auto] {
        let tmp = tempfile::tempdir().unwrap();
        let (send, rx) = sink();
        drop(watch(tmp.path(), mode, send).unwrap());
        // The thread ends and drops `send`: the channel closes without a `Stopped`.
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(WatchEvent::Stopped(r)) => panic!("reported {r:?} after a drop"),
                Ok(_) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
                Err(mpsc::RecvTimeoutError::Timeout) => panic!("the thread still runs"),
            }
        }
    }
}

//! Many writers finding the same crash-left lock at once. Each trial plants a
//! lock of a dead process (old enough to be broken), starts 12 writers on a
//! barrier, and each adds one distinct card through `store::update`. After
//! every trial all 12 cards must be in the file, the change log must have
//! grown by 12 lines, and no lock, `.break` or temp file may be left: exactly
//! one writer broke the stale lock and nobody removed a lock another had taken.
//!
//! Trials: `TAVLE_LOCK_TRIALS` (threads, default 1000) and
//! `TAVLE_LOCK_PROC_TRIALS` (12 real `tavle card add` processes, default 3).
//! The folder is on tmpfs (`/dev/shm`) where there is one: the test is about
//! the protocol, not about how fast the disk makes an fsync durable.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Barrier, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use tavle::folder::lock::{self, hostname};
use tavle::folder::store;
use tavle::model::Timestamp;
use tavle::ops::{CardOp, NewCard, Op, Stamp};

const WRITERS: usize = 12;

const MINIMAL: &str =
    r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;

fn trials(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A temp folder, on tmpfs where there is one.
fn folder() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    let builder = tempfile::Builder::new().prefix("tavle-lock-race-").clone();
    if shm.is_dir()
        && let Ok(dir) = builder.tempdir_in(shm)
    {
        return dir;
    }
    builder.tempdir().unwrap()
}

/// The id of a process that ran and is gone.
fn dead_pid() -> u32 {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

/// A fresh board and a crash-left lock of `pid` on this machine, 5 s old.
fn reset(board: &Path, lock_text: &str) {
    fs::write(board, MINIMAL).unwrap();
    let lock = lock::lock_path(board);
    fs::write(&lock, lock_text).unwrap();
    fs::File::options()
        .write(true)
        .open(&lock)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_secs(5))
        .unwrap();
}

fn add(title: String) -> Op {
    Op::Card(CardOp::Add(NewCard {
        title,
        column: "a".to_string(),
        owner: None,
        due: None,
        light: None,
        source: None,
        received: None,
    }))
}

/// Every expected title once, the log grown by `WRITERS` lines, nothing left behind.
fn check_trial(dir: &Path, board: &Path, trial: usize, log_lines: usize) {
    let b = store::analyze(board).board.expect("the board parses");
    let mut titles: Vec<String> = b.cards.iter().map(|c| c.title.clone()).collect();
    titles.sort();
    let mut expected: Vec<String> = (0..WRITERS).map(|w| format!("t{trial}-w{w}")).collect();
    expected.sort();
    assert_eq!(titles, expected, "trial {trial}: an edit was lost");
    let log = fs::read_to_string(tavle::folder::log::log_path(board)).unwrap_or_default();
    assert_eq!(log.lines().count(), log_lines, "trial {trial}: log lines");
    let left: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.ends_with(".lock")
                || n.ends_with(".break")
                || n.ends_with(".tmp")
                || n.ends_with(".stale")
        })
        .collect();
    assert!(left.is_empty(), "trial {trial}: left behind: {left:?}");
}

/// Threads of one process: `trials` trials of 12 writers on a dead-pid lock
/// (or on what `lock_text` plants).
fn run_threads(trials: usize, lock_text: &str) {
    let dir = folder();
    let board = dir.path().join("b.json");
    // Two rendezvous per trial: all start together, and the main thread
    // checks the file only when every writer has returned.
    let start = Arc::new(Barrier::new(WRITERS + 1));
    let done = Arc::new(Barrier::new(WRITERS + 1));
    // Writers report here and always reach `done`, so a failure fails the
    // test instead of leaving the others waiting at the barrier.
    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (board, start, done) = (board.clone(), Arc::clone(&start), Arc::clone(&done));
            let failures = Arc::clone(&failures);
            thread::spawn(move || {
                let stamp = Stamp {
                    at: Timestamp::parse("2026-11-24T08:15:00+01:00").unwrap(),
                    by: format!("w{w}"),
                };
                for trial in 0..trials {
                    start.wait();
                    let title = format!("t{trial}-w{w}");
                    // Reported saved only with its card in what was written.
                    match store::update(&board, &[add(title.clone())], &stamp) {
                        Ok(saved) if saved.board.cards.iter().any(|c| c.title == title) => {}
                        other => failures.lock().unwrap().push(format!("{title}: {other:?}")),
                    }
                    done.wait();
                }
            })
        })
        .collect();
    for trial in 0..trials {
        reset(&board, lock_text);
        let _ = fs::remove_file(tavle::folder::log::log_path(&board));
        start.wait();
        done.wait();
        let failed = std::mem::take(&mut *failures.lock().unwrap());
        assert!(failed.is_empty(), "trial {trial}: {failed:?}");
        check_trial(dir.path(), &board, trial, WRITERS);
    }
    for w in writers {
        w.join().unwrap();
    }
}

#[test]
fn twelve_threads_on_a_dead_pid_lock_lose_nothing() {
    let n = trials("TAVLE_LOCK_TRIALS", 1000);
    let text = format!(
        "host={}\npid={}\nat=2026-11-24T08:00:00+01:00\nnonce=crashed\n",
        hostname(),
        dead_pid()
    );
    let start = Instant::now();
    run_threads(n, &text);
    eprintln!("{n} trials of {WRITERS} writers: {:?}", start.elapsed());
}

#[test]
fn twelve_threads_on_an_empty_lock_lose_nothing() {
    // A crash between creating the lock and writing into it: judged by age.
    run_threads(trials("TAVLE_LOCK_TRIALS", 1000) / 10, "");
}

#[test]
fn twelve_processes_on_a_dead_pid_lock_lose_nothing() {
    let n = trials("TAVLE_LOCK_PROC_TRIALS", 3);
    let bin = env!("CARGO_BIN_EXE_tavle");
    let dir = folder();
    let board = dir.path().join("b.json");
    let text = format!(
        "host={}\npid={}\nat=2026-11-24T08:00:00+01:00\nnonce=crashed\n",
        hostname(),
        dead_pid()
    );
    for trial in 0..n {
        reset(&board, &text);
        let _ = fs::remove_file(tavle::folder::log::log_path(&board));
        let start = Arc::new(Barrier::new(WRITERS));
        let writers: Vec<_> = (0..WRITERS)
            .map(|w| {
                let (board, start) = (board.clone(), Arc::clone(&start));
                thread::spawn(move || {
                    let title = format!("t{trial}-w{w}");
                    let mut cmd = Command::new(bin);
                    cmd.args(["card", "add"])
                        .arg(&board)
                        .args(["--title", &title])
                        .env("TAVLE_LANG", "en")
                        .env("TAVLE_USER", format!("w{w}"));
                    start.wait();
                    let out = cmd.output().unwrap();
                    assert!(
                        out.status.success(),
                        "{title}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                })
            })
            .collect();
        for w in writers {
            w.join().unwrap();
        }
        check_trial(dir.path(), &board, trial, WRITERS);
    }
}

//! Two processes with the same host name in different process-id namespaces
//! (containers, or cloned machines) never take each other's live lock for a
//! dead one (issue 15.7). A holder started with `unshare --pid --fork
//! --mount-proc` takes a board's lock through the library, as a process
//! whose id inside its namespace is one that is gone outside it; the test,
//! outside, must neither break that lock while the holder runs nor after it
//! exits without releasing it (another namespace is another machine), and
//! `tavle unlock` clears it after saying what it found.
//!
//! Needs root (or CAP_SYS_ADMIN) and util-linux's `unshare`; without them
//! the test says on stderr that it was skipped and why (written to stderr
//! itself, so that the test harness does not hide it).

mod lock_support;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use lock_support::{BOARD, dead_pid, set_time, tavle, text};
use tavle::folder::lock::{LockError, acquire, hostname, lock_path};

/// The board the holder locks, set only for the holder's run.
const HOLDER_BOARD: &str = "TAVLE_TEST_NS_HOLDER_BOARD";

/// Exit code of the holder's shell when the namespace's next pid cannot be set.
const NO_PID_CHOICE: i32 = 97;

/// The holder, run inside the new namespace by the test below (and a no-op
/// anywhere else): takes the lock, says its pid, waits for stdin to close,
/// and exits without releasing the lock, as a crash would.
#[test]
#[ignore = "run inside a new pid namespace by the test below"]
fn ns_holder() {
    let Ok(board) = std::env::var(HOLDER_BOARD) else {
        return;
    };
    let lock = acquire(Path::new(&board), Duration::from_secs(10)).unwrap();
    let mut out = std::io::stdout();
    writeln!(out, "HELD pid={}", std::process::id()).unwrap();
    out.flush().unwrap();
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
    std::mem::forget(lock);
}

/// Kills the holder if the test fails half-way.
struct Holder(Child);

impl Drop for Holder {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Say so on stderr itself: the harness hides what `eprintln!` says.
fn skipped(why: &str) {
    let _ = writeln!(std::io::stderr(), "SKIPPED: lock_namespace: {why}");
}

/// Set the lock's time to `secs` ago.
fn aged(board: &Path, secs: u64) {
    set_time(
        &lock_path(board),
        SystemTime::now() - Duration::from_secs(secs),
    );
}

#[test]
fn a_lock_from_another_pid_namespace_with_the_same_host_name_is_never_taken_for_dead() {
    match Command::new("unshare")
        .args(["--pid", "--fork", "--mount-proc", "true"])
        .stderr(Stdio::piped())
        .output()
    {
        Ok(o) if o.status.success() => {}
        Ok(o) => {
            return skipped(&format!(
                "`unshare --pid --fork --mount-proc` failed (not root?): {}",
                text(&o.stderr).trim()
            ));
        }
        Err(e) => return skipped(&format!("no `unshare` to run: {e}")),
    }
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    // A pid that is gone here becomes the holder's pid in its namespace.
    let pid = dead_pid();
    let script = format!(
        "echo {} > /proc/sys/kernel/ns_last_pid || exit {NO_PID_CHOICE}; \"$0\" \"$@\"; exit $?",
        pid - 1
    );
    let exe = std::env::current_exe().unwrap();
    let child = Command::new("unshare")
        .args(["--pid", "--fork", "--mount-proc", "sh", "-c", &script])
        .arg(&exe)
        .args(["--exact", "ns_holder", "--ignored", "--nocapture"])
        .args(["--test-threads", "1"])
        .env(HOLDER_BOARD, &board)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut holder = Holder(child);
    // Its "HELD pid=N" line, or its end; a watchdog for a holder that hangs.
    let stdout = holder.0.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            // The harness may have written "test ns_holder ... " on the same line.
            if let Some((_, n)) = line.split_once("HELD pid=") {
                let _ = tx.send(n.trim().parse::<u32>().ok());
            }
        }
        let _ = tx.send(None);
    });
    let Ok(Some(inner)) = rx.recv_timeout(Duration::from_secs(60)) else {
        let status = holder.0.wait().unwrap();
        if status.code() == Some(NO_PID_CHOICE) {
            return skipped("cannot choose the pid in the new namespace (ns_last_pid)");
        }
        panic!("the holder did not take the lock: {status:?}");
    };
    assert_eq!(inner, pid, "the holder's pid in its namespace");
    let lock = fs::read_to_string(lock_path(&board)).unwrap();
    let ours = fs::read_link("/proc/self/ns/pid").unwrap();
    assert!(lock.contains(&format!("host={}\n", hostname())), "{lock}");
    assert!(lock.contains(&format!("pid={pid}\n")), "{lock}");
    assert!(lock.contains("pidns=pid:["), "{lock}");
    assert!(
        !lock.contains(&format!("pidns={}\n", ours.display())),
        "{lock}"
    );
    // What makes the test worth running: judged by this namespace's process
    // table, the holder would look dead.
    assert!(
        !Path::new(&format!("/proc/{pid}")).exists(),
        "pid {pid} was reused here meanwhile; run again"
    );

    // While the holder runs: busy, then stale, never broken.
    aged(&board, 10);
    match acquire(&board, Duration::from_millis(300)) {
        Err(LockError::Busy {
            holder: Some(h), ..
        }) => assert_eq!(h.pid, pid),
        other => panic!("a live lock of another namespace: {other:?}"),
    }
    aged(&board, 120);
    assert!(matches!(
        acquire(&board, Duration::from_millis(300)),
        Err(LockError::Stale { .. })
    ));
    assert_eq!(fs::read_to_string(lock_path(&board)).unwrap(), lock);

    // The holder exits without releasing: still another machine's lock.
    drop(holder.0.stdin.take());
    assert!(holder.0.wait().unwrap().success());
    aged(&board, 10);
    assert!(matches!(
        acquire(&board, Duration::from_millis(300)),
        Err(LockError::Busy { .. })
    ));
    assert_eq!(fs::read_to_string(lock_path(&board)).unwrap(), lock);

    // `tavle unlock` says what it found; a recent one only with --force.
    let out = tavle(dir.path(), "en", &["unlock", "b", "--dir", "."]);
    let said = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("another container on this machine (another process namespace)"),
        "{said}"
    );
    assert!(said.contains("`tavle unlock b --force`"), "{said}");
    assert!(lock_path(&board).exists());
    aged(&board, 120);
    let out = tavle(dir.path(), "en", &["unlock", "b", "--dir", "."]);
    let said = text(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains(&format!("taken by {} (pid {pid})", hostname())),
        "{said}"
    );
    assert!(said.contains("another process namespace"), "{said}");
    assert_eq!(
        text(&out.stdout).trim(),
        format!(
            "broke the lock left by {} (pid {pid}) on the board b",
            hostname()
        )
    );
    assert!(!lock_path(&board).exists());
}

//! What the lock tests share: planting a lock file with a given text and
//! time, the text of a holder on this machine with this process's ids (read
//! here from the system's own files, not through tavle), a process id that
//! is gone, and running the real `tavle` binary.
//!
//! Only fixtures live here: no test and no assertion about tavle beyond a
//! fixture's own preconditions. Each test binary uses part of it.
#![allow(dead_code)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use tavle::folder::lock::{hostname, lock_path};

pub const BOARD: &str =
    r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;

/// Set the modification time of `path`.
pub fn set_time(path: &Path, time: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(time)
        .unwrap();
}

/// A lock file at `board`'s lock path with `text` and the time `time`.
pub fn plant_at(board: &Path, text: &str, time: SystemTime) {
    let path = lock_path(board);
    fs::write(&path, text).unwrap();
    set_time(&path, time);
}

/// Fifty years from now: a time no clock skew explains.
pub fn far_future() -> SystemTime {
    SystemTime::now() + Duration::from_secs(50 * 365 * 24 * 3600)
}

/// This process's machine id, boot id and pid namespace as lock lines,
/// read from the system's files (empty where there is none).
pub fn my_ids() -> String {
    let read = |p: &str| {
        fs::read_to_string(p)
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    let machine = ["/etc/machine-id", "/var/lib/dbus/machine-id"]
        .iter()
        .map(|p| read(p))
        .find(|m| !m.is_empty())
        .unwrap_or_default();
    let pidns = fs::read_link("/proc/self/ns/pid")
        .map(|l| l.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(
        "machine={machine}\nboot={}\npidns={pidns}\n",
        read("/proc/sys/kernel/random/boot_id")
    )
}

/// The text of a lock held by `pid` on this very machine.
pub fn here(pid: u32) -> String {
    format!(
        "host={}\npid={pid}\nat=2026-11-24T08:00:00+01:00\nnonce=planted\n{}",
        hostname(),
        my_ids()
    )
}

/// The id of a process that ran and is gone.
pub fn dead_pid() -> u32 {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .arg("--version")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

/// Run `tavle ARGS` in `dir` in `lang`, with a watchdog.
pub fn tavle(dir: &Path, lang: &str, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", lang)
        .env("TAVLE_USER", "test")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("tavle {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

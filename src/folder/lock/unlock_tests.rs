//! More tests of `tavle unlock` (run 16's survivors).

use super::*;

/// A stale lock whose breaking is held up by a crashed breaker's hour-old
/// `.break`: that `.break` is cleared and the lock is broken on the next
/// try, not reported busy at once.
#[test]
fn a_crashed_breakers_break_file_does_not_keep_a_stale_lock() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    std::fs::write(&board, "{}").unwrap();
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    let lock = dir.path().join("b.json.lock");
    let brk = dir.path().join("b.json.lock.break");
    // A process of this machine that is gone (no pid is this large).
    let dead = format!(
        "host={}\npid={}\nat=2026-11-24T08:00:00+01:00\nnonce=dead\n",
        super::super::hostname(),
        u32::MAX - 1
    );
    for (path, text) in [(&lock, dead.as_str()), (&brk, "nonce")] {
        std::fs::write(path, text).unwrap();
        std::fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
    }
    let res = break_lock(&board, false);
    assert!(
        matches!(&res, Ok(Unlocked::Broke(f)) if f.holder.as_ref().is_some_and(|h| h.pid == u32::MAX - 1)),
        "{res:?}"
    );
    assert!(!lock.exists() && !brk.exists());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["b.json"]);
}

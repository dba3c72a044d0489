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

/// A running holder of this machine keeps its lock while it is younger
/// than 30 seconds; from exactly 30 on `--force` may break it (another
/// machine's lock is broken from then on without it).
#[test]
fn a_lock_of_exactly_30_seconds_is_no_longer_young() {
    let found = |place: Place, secs: u64| Found {
        holder: None,
        place,
        age: Duration::from_secs(secs),
        future: None,
    };
    let alive = Place::Here {
        alive: Liveness::Alive,
        by_name_only: false,
    };
    let other = Place::Elsewhere(crate::folder::lock::Differs::Host);
    assert_eq!(decide(&found(alive, 29), false), Decision::InUse);
    assert_eq!(decide(&found(alive, 29), true), Decision::InUse);
    assert_eq!(decide(&found(alive, 30), false), Decision::NeedsForce);
    assert_eq!(decide(&found(alive, 30), true), Decision::Break);
    assert_eq!(decide(&found(other, 29), false), Decision::NeedsForce);
    assert_eq!(decide(&found(other, 30), false), Decision::Break);
}

/// A new lock that took the stale one's place while the breaker took
/// `.break` (made there through the `Made` seam) is judged afresh: a running
/// holder of this machine keeps it.
#[test]
fn a_lock_that_changed_while_break_was_taken_is_judged_again() {
    use crate::folder::lock::seam::{self, Point};
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    std::fs::write(&board, "{}").unwrap();
    let lock = dir.path().join("b.json.lock");
    let set_age = |path: &Path, secs: u64| {
        std::fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(SystemTime::now() - Duration::from_secs(secs))
            .unwrap();
    };
    let dead = format!(
        "host={}\npid={}\nat=2026-11-24T08:00:00+01:00\nnonce=dead\n",
        super::super::hostname(),
        u32::MAX - 1
    );
    std::fs::write(&lock, &dead).unwrap();
    set_age(&lock, 3600);
    // This very process, ten seconds into its save.
    let live = Holder::me("live".to_string()).to_text();
    {
        let (lock, live) = (lock.clone(), live.clone());
        let mut done = false;
        seam::set(move |p| {
            if p == Point::Made && !done {
                done = true;
                std::fs::remove_file(&lock).unwrap();
                std::fs::write(&lock, &live).unwrap();
                set_age(&lock, 10);
            }
        });
    }
    let res = break_lock(&board, false);
    seam::set(|_| {});
    assert!(
        matches!(&res, Ok(Unlocked::InUse(f)) if f.holder.as_ref().is_some_and(|h| h.pid == std::process::id())),
        "{res:?}"
    );
    assert_eq!(std::fs::read_to_string(&lock).unwrap(), live);
    assert!(!dir.path().join("b.json.lock.break").exists());
}

/// An empty lock `secs` old at `board`'s lock path.
fn plant_empty(board: &Path, secs: f64) -> std::path::PathBuf {
    let lock = board.with_file_name("b.json.lock");
    let f = std::fs::File::create(&lock).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs_f64(secs))
        .unwrap();
    lock
}

/// A lock that names nobody and is younger than `EMPTY_MIN_AGE` (it may be
/// being written) is looked at again once it is that old, and only then
/// broken: what was broken was at least five seconds old. (Half a second
/// of waiting here.)
#[test]
fn a_young_empty_lock_is_broken_only_once_it_is_five_seconds_old() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    std::fs::write(&board, "{}").unwrap();
    let lock = plant_empty(&board, 4.5);
    let res = break_lock(&board, false);
    assert!(
        matches!(&res, Ok(Unlocked::Broke(f))
            if f.place == Place::Nobody && f.holder.is_none() && f.age >= Duration::from_secs(5)),
        "{res:?}"
    );
    assert!(!lock.exists());
}

/// A lock that may be broken but cannot be removed (a folder where files
/// may be made but not removed) is an error, not reported as broken.
#[cfg(target_os = "linux")]
#[test]
fn a_lock_that_cannot_be_removed_is_not_reported_broken() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    std::fs::write(&board, "{}").unwrap();
    let lock = plant_empty(&board, 3600.0);
    let Some(append_only) = crate::folder::lock::more_tests::DirFlag::append_only(dir.path())
    else {
        eprintln!("skipped: this folder cannot be made append-only here");
        return;
    };
    let res = break_lock(&board, false);
    drop(append_only);
    assert!(matches!(&res, Err(LockError::Fs(_))), "{res:?}");
    assert!(lock.exists());
}

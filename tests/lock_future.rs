//! No lock can be made unbreakable (issue 15.7), through the public API and
//! the real binary: a lock or `.break` file with a time in the future (a
//! share's clock, or planted) ages as seen by tavle, and `tavle unlock`
//! clears a dead or unknown holder's lock whatever its time, after saying
//! what it found; it refuses a running holder here, and wants `--force` for
//! another machine's recent lock.
//!
//! Timings are lower bounds only (a lock is not broken before it has been
//! seen for its minimum age); waits are generous, so a busy machine is slow,
//! never wrong.

mod lock_support;

use std::fs;
use std::time::{Duration, Instant, SystemTime};

use lock_support::{BOARD, dead_pid, far_future, here, plant_at, set_time, tavle, text};
use tavle::folder::lock::{
    BREAK_STALE, DEAD_MIN_AGE, EMPTY_MIN_AGE, LockError, Place, Unlocked, acquire, break_lock,
    hostname, lock_path,
};

/// Whether at least `age` has passed since `since`, as tavle counts it. tavle
/// ages a lock by the wall clock, which on a virtual machine being set right
/// can run a little faster than the test's monotonic clock (0.5 % was seen):
/// a 2 % margin keeps this a lower bound that a busy machine cannot break.
///
/// A future-dated file ages from when this process first saw that file with
/// those bytes (`folder::lock::age`), keyed by inode, size and content: two
/// tests here that plant the same bytes may get the same inode (freed by the
/// other's temp folder) and would share a first sighting. So every planted
/// future-dated file has words of its own test.
fn seen_for(since: Instant, age: Duration) -> bool {
    since.elapsed() >= age.mul_f64(0.98)
}

#[test]
fn a_future_dead_lock_of_this_machine_is_broken_once_seen_for_dead_min_age() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    plant_at(&board, &here(dead_pid()), far_future());
    let first = Instant::now();
    // Just seen: it may belong to a process that just finished.
    assert!(matches!(
        acquire(&board, Duration::ZERO),
        Err(LockError::Busy {
            holder: Some(_),
            ..
        })
    ));
    let lock = acquire(&board, Duration::from_secs(20)).unwrap();
    assert!(seen_for(first, DEAD_MIN_AGE), "{:?}", first.elapsed());
    assert!(lock.verify().is_ok());
}

#[test]
fn a_future_empty_or_garbage_lock_is_broken_once_seen_for_empty_min_age() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    plant_at(&board, "garbage of the empty-lock test\0\n", far_future());
    let first = Instant::now();
    assert!(matches!(
        acquire(&board, Duration::ZERO),
        Err(LockError::Busy { holder: None, .. })
    ));
    let lock = acquire(&board, Duration::from_secs(30)).unwrap();
    assert!(seen_for(first, EMPTY_MIN_AGE), "{:?}", first.elapsed());
    drop(lock);
    assert!(!lock_path(&board).exists());
}

#[test]
fn a_future_break_file_does_not_block_breaking_for_good() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    plant_at(
        &board,
        &here(dead_pid()),
        SystemTime::now() - Duration::from_secs(5),
    );
    let brk = dir.path().join("b.json.lock.break");
    fs::write(&brk, "crashed: the break-file test").unwrap();
    set_time(&brk, far_future());
    let first = Instant::now();
    // A breaker seems to be at work: the dead lock stays for now.
    assert!(matches!(
        acquire(&board, Duration::ZERO),
        Err(LockError::Stale { .. })
    ));
    let lock = acquire(&board, Duration::from_secs(30)).unwrap();
    assert!(seen_for(first, BREAK_STALE), "{:?}", first.elapsed());
    drop(lock);
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n != "b.json")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn unlock_is_not_blocked_for_good_by_a_future_break_file() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    plant_at(&board, "", SystemTime::now() - Duration::from_secs(10));
    let brk = dir.path().join("b.json.lock.break");
    fs::write(&brk, "crashed: the unlock test").unwrap();
    set_time(&brk, far_future());
    let start = Instant::now();
    match break_lock(&board, false).unwrap() {
        Unlocked::Broke(found) => assert_eq!(found.place, Place::Nobody),
        other => panic!("{other:?}"),
    }
    assert!(seen_for(start, BREAK_STALE), "{:?}", start.elapsed());
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n != "b.json")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_future_lock_that_outlives_a_wait_is_named_stale_so_unlock_is_suggested() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    plant_at(&board, "host=annen-pc\npid=42\nat=x\n", far_future());
    // The screen's first try does not wait: busy, so it waits and says who.
    assert!(matches!(
        acquire(&board, Duration::ZERO),
        Err(LockError::Busy { .. })
    ));
    assert!(matches!(
        acquire(&board, Duration::from_millis(50)),
        Err(LockError::Stale {
            holder: Some(_),
            ..
        })
    ));
    // Within clock skew it is only busy.
    plant_at(
        &board,
        "host=annen-pc\npid=42\nat=x\nnonce=2\n",
        SystemTime::now() + Duration::from_secs(20),
    );
    assert!(matches!(
        acquire(&board, Duration::from_millis(50)),
        Err(LockError::Busy { .. })
    ));
}

#[test]
fn unlock_clears_a_dead_or_unknown_lock_whatever_its_time_and_says_what_it_found() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    let unlock = || tavle(dir.path(), "en", &["unlock", "b", "--dir", "."]);

    plant_at(&board, "garbage\0\n", far_future());
    let out = unlock();
    let (said, done) = (text(&out.stderr), text(&out.stdout));
    assert!(out.status.success(), "{said}");
    assert!(said.contains("it names no holder"), "{said}");
    assert!(said.contains("its time is in the future ("), "{said}");
    assert_eq!(done.trim(), "broke a lock with no holder on the board b");
    assert!(!lock_path(&board).exists());

    let pid = dead_pid();
    plant_at(&board, &here(pid), far_future());
    let out = unlock();
    let said = text(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains(&format!("taken by {} (pid {pid})", hostname())),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "process {pid} is no longer running on this machine"
        )),
        "{said}"
    );
    assert!(!said.contains("older version"), "{said}");
    assert_eq!(
        text(&out.stdout).trim(),
        format!(
            "broke the lock left by {} (pid {pid}) on the board b",
            hostname()
        )
    );
    assert!(!lock_path(&board).exists());

    // An older tavle's lock names only the host; unlock says it judged by that.
    let old = format!("host={}\npid={pid}\nat=x\n", hostname());
    plant_at(&board, &old, SystemTime::now() - Duration::from_secs(2));
    let out = unlock();
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("older version of tavle"));
    assert!(!lock_path(&board).exists());
}

#[test]
fn unlock_refuses_a_running_holder_here_and_wants_force_for_a_recent_foreign_lock() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    let unlock = |force: bool| {
        let mut args = vec!["unlock", "b", "--dir", "."];
        if force {
            args.push("--force");
        }
        tavle(dir.path(), "en", &args)
    };

    // A save in progress here: refused, even with --force.
    let held = acquire(&board, Duration::ZERO).unwrap();
    for force in [false, true] {
        let out = unlock(force);
        assert_eq!(out.status.code(), Some(1));
        let said = text(&out.stderr);
        assert!(said.contains("is in use right now by"), "{said}");
        assert!(said.contains("is running on this machine"), "{said}");
    }
    assert!(held.verify().is_ok(), "a lock in use was broken");
    drop(held);

    // A running process here with a planted time in the future: --force breaks it.
    let me = std::process::id();
    plant_at(&board, &here(me), far_future());
    let out = unlock(false);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(
        said.contains(&format!("process {me} runs on this machine")),
        "{said}"
    );
    assert!(said.contains("`tavle unlock b --force`"), "{said}");
    assert!(lock_path(&board).exists());
    assert!(unlock(true).status.success());
    assert!(!lock_path(&board).exists());

    // Another machine's recent lock: --force; its old lock: at once.
    let foreign = "host=annen-pc\npid=42\nat=2026-11-24T08:00:00+01:00\n";
    plant_at(&board, foreign, SystemTime::now() - Duration::from_secs(10));
    let out = unlock(false);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(
        said.contains("taken on another machine (annen-pc)"),
        "{said}"
    );
    assert!(said.contains("may be in use"), "{said}");
    let out = unlock(true);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        "broke the lock left by annen-pc (pid 42) on the board b"
    );
    plant_at(
        &board,
        foreign,
        SystemTime::now() - Duration::from_secs(120),
    );
    assert!(unlock(false).status.success());
    assert!(!lock_path(&board).exists());
}

#[test]
fn unlock_breaks_a_fresh_empty_lock_only_once_it_is_empty_min_age_old() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    // Just made and not yet filled, as a writer's lock is for microseconds.
    plant_at(&board, "", SystemTime::now());
    let first = Instant::now();
    let unlocked = break_lock(&board, false).unwrap();
    assert!(matches!(unlocked, Unlocked::Broke(_)), "{unlocked:?}");
    // Not before a writer would judge it a crash (DEAD_MIN_AGE is shorter).
    assert!(EMPTY_MIN_AGE > DEAD_MIN_AGE);
    assert!(seen_for(first, EMPTY_MIN_AGE), "{:?}", first.elapsed());
    assert!(!lock_path(&board).exists());
}

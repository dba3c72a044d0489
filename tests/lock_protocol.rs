//! The lock protocol through its public API (see the module doc of
//! `tavle::folder::lock`): exclusive, released only by its holder, a dead or empty
//! lock broken by its age, another machine's only by `tavle unlock`, odd lock
//! files reported and never read, a crashed breaker's `.break` cleared.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use tavle::folder::lock::{
    BREAK_STALE, Differs, EMPTY_MIN_AGE, LockError, Place, Unlocked, acquire, break_lock, hostname,
    lock_path,
};

/// A lock file at `board`'s lock path with `text`, `age` old.
fn plant(board: &Path, text: &str, age: Duration) {
    let path = lock_path(board);
    fs::write(&path, text).unwrap();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(SystemTime::now() - age)
        .unwrap();
}

fn dead_holder() -> String {
    format!(
        "host={}\npid={}\nat=2026-11-24T08:00:00+01:00\nnonce=dead\n",
        hostname(),
        u32::MAX - 1
    )
}

#[test]
fn exclusive_and_released_on_drop() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    let lock = acquire(&board, Duration::ZERO).unwrap();
    assert!(lock_path(&board).exists());
    match acquire(&board, Duration::from_millis(30)) {
        Err(LockError::Busy {
            holder: Some(h),
            board: b,
        }) => {
            assert_eq!((h.pid, b), (std::process::id(), board.clone()));
        }
        other => panic!("{other:?}"),
    }
    drop(lock);
    assert!(!lock_path(&board).exists());
    assert!(acquire(&board, Duration::ZERO).is_ok());
}

#[test]
fn a_dead_local_holder_is_broken_once_it_is_old() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    // Fresh: it may belong to a process that just finished; leave it.
    plant(&board, &dead_holder(), Duration::ZERO);
    assert!(matches!(
        acquire(&board, Duration::ZERO),
        Err(LockError::Busy { .. })
    ));
    plant(&board, &dead_holder(), Duration::from_secs(5));
    let lock = acquire(&board, Duration::ZERO).unwrap();
    assert!(lock.verify().is_ok());
    assert!(!dir.path().join("b.json.lock.break").exists());
}

#[test]
fn an_empty_lock_is_broken_by_its_age_and_its_holder_is_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    plant(&board, "", Duration::from_secs(1));
    match acquire(&board, Duration::ZERO) {
        Err(LockError::Busy { holder: None, .. }) => {}
        other => panic!("{other:?}"),
    }
    plant(
        &board,
        "garbage\0\n",
        EMPTY_MIN_AGE + Duration::from_secs(1),
    );
    assert!(acquire(&board, Duration::ZERO).is_ok());
}

#[test]
fn an_old_foreign_lock_is_reported_stale_and_only_unlock_breaks_it() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    let text = "host=annen-pc\npid=42\nat=2026-11-24T08:00:00+01:00\n";
    plant(&board, text, Duration::from_secs(10));
    assert!(matches!(
        acquire(&board, Duration::ZERO),
        Err(LockError::Busy { .. })
    ));
    // `tavle unlock` breaks a young lock of another machine only with --force.
    match break_lock(&board, false).unwrap() {
        Unlocked::NeedsForce(f) => {
            assert_eq!(f.place, Place::Elsewhere(Differs::Host));
            assert_eq!(f.holder.unwrap().host, "annen-pc");
        }
        other => panic!("{other:?}"),
    }
    assert!(lock_path(&board).exists());
    plant(&board, text, Duration::from_secs(120));
    match acquire(&board, Duration::ZERO) {
        Err(LockError::Stale {
            holder: Some(h), ..
        }) => assert_eq!(h.host, "annen-pc"),
        other => panic!("{other:?}"),
    }
    match break_lock(&board, false).unwrap() {
        Unlocked::Broke(f) => {
            let h = f.holder.unwrap();
            assert_eq!((h.host.as_str(), h.pid), ("annen-pc", 42));
            assert!(f.age >= Duration::from_secs(120), "{:?}", f.age);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(break_lock(&board, false).unwrap(), Unlocked::NotLocked);
    assert!(acquire(&board, Duration::ZERO).is_ok());
}

#[test]
fn dropping_a_broken_lock_leaves_the_new_holders_lock() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    let mine = acquire(&board, Duration::ZERO).unwrap();
    // Someone breaks it and takes the lock.
    fs::remove_file(lock_path(&board)).unwrap();
    let theirs = "host=x\npid=1\nat=later\nnonce=theirs\n";
    fs::write(lock_path(&board), theirs).unwrap();
    assert!(matches!(mine.verify(), Err(LockError::Lost { .. })));
    drop(mine);
    assert_eq!(fs::read_to_string(lock_path(&board)).unwrap(), theirs);
}

#[cfg(unix)]
#[test]
fn a_lock_that_is_a_fifo_or_a_link_is_reported_at_once_never_read() {
    use std::os::unix::fs::symlink;
    use std::time::Instant;
    use tavle::diag::NodeKind;
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    let lock = lock_path(&board);
    // `mkfifo` the program: rustix has no mkfifoat on macOS.
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&lock)
            .status()
            .unwrap()
            .success()
    );
    let start = Instant::now();
    match acquire(&board, Duration::from_secs(10)) {
        Err(LockError::NotRegular {
            kind: NodeKind::Fifo,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    assert!(start.elapsed() < Duration::from_secs(2), "waited on a FIFO");
    assert!(lock.exists(), "removed automatically");
    assert_eq!(
        break_lock(&board, false).unwrap(),
        Unlocked::RemovedOdd(NodeKind::Fifo)
    );

    let victim = dir.path().join("victim.txt");
    fs::write(&victim, "keep").unwrap();
    symlink(&victim, &lock).unwrap();
    match acquire(&board, Duration::from_secs(10)) {
        Err(LockError::NotRegular {
            kind: NodeKind::Symlink,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(
        break_lock(&board, false).unwrap(),
        Unlocked::RemovedOdd(NodeKind::Symlink)
    );
    assert_eq!(fs::read_to_string(&victim).unwrap(), "keep");
}

#[test]
fn a_folder_at_the_lock_name_is_moved_aside_by_unlock_so_the_board_can_be_locked() {
    use tavle::diag::NodeKind;
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    let lock = lock_path(&board);
    fs::create_dir(&lock).unwrap();
    fs::write(lock.join("inside"), "keep").unwrap();
    assert!(matches!(
        acquire(&board, Duration::ZERO),
        Err(LockError::NotRegular {
            kind: NodeKind::Directory,
            ..
        })
    ));
    let aside = match break_lock(&board, false).unwrap() {
        Unlocked::MovedFolder { aside } => aside,
        other => panic!("{other:?}"),
    };
    assert_eq!(aside.parent(), Some(dir.path()));
    assert_eq!(fs::read_to_string(aside.join("inside")).unwrap(), "keep");
    assert!(acquire(&board, Duration::ZERO).is_ok());
}

#[test]
fn a_stale_break_file_is_cleared_and_a_fresh_one_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    let brk = dir.path().join("b.json.lock.break");
    fs::write(&brk, "crashed").unwrap();
    plant(&board, &dead_holder(), Duration::from_secs(5));
    // A fresh `.break`: a breaker is at work; the stale lock stays for now.
    assert!(matches!(
        acquire(&board, Duration::ZERO),
        Err(LockError::Stale { .. })
    ));
    assert!(brk.exists());
    fs::File::options()
        .write(true)
        .open(&brk)
        .unwrap()
        .set_modified(SystemTime::now() - BREAK_STALE - Duration::from_secs(1))
        .unwrap();
    let lock = acquire(&board, Duration::from_millis(200)).unwrap();
    assert!(!brk.exists());
    drop(lock);
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

//! Tests of clearing a crashed breaker's `.break` (run 16's survivors).

use super::*;

fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

/// A `.break` an hour old is a crashed breaker's: it is removed, and
/// nothing is left under the name it was moved aside to.
#[test]
fn an_hour_old_break_is_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let brk = dir.path().join("b.json.lock.break");
    std::fs::write(dir.path().join("b.json"), "{}").unwrap();
    let f = std::fs::File::create(&brk).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(3600))
        .unwrap();
    drop(f);
    let folder = Folder::open(dir.path()).unwrap();
    clear_stale_break(&folder, OsStr::new("b.json.lock.break"));
    assert_eq!(names(dir.path()), ["b.json"]);
}

/// A `.break` a breaker just took stays (it is cleared only once it is
/// five seconds old).
#[test]
fn a_fresh_break_stays() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.json.lock.break"), "nonce").unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    clear_stale_break(&folder, OsStr::new("b.json.lock.break"));
    assert_eq!(names(dir.path()), ["b.json.lock.break"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("b.json.lock.break")).unwrap(),
        "nonce"
    );
}

/// Another breaker's `.break`: taking it says "busy" (no error), and a
/// crashed breaker's is cleared on the way, so that the next try gets it.
#[test]
fn a_taken_break_is_busy_and_a_crashed_ones_is_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let brk = dir.path().join("b.json.lock.break");
    std::fs::write(&brk, "nonce").unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    let lock = OsStr::new("b.json.lock");
    assert!(matches!(BreakGuard::take(&folder, lock, None), Ok(None)));
    assert_eq!(std::fs::read_to_string(&brk).unwrap(), "nonce");

    let f = std::fs::File::options().write(true).open(&brk).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(3600))
        .unwrap();
    drop(f);
    assert!(matches!(BreakGuard::take(&folder, lock, None), Ok(None)));
    assert_eq!(names(dir.path()), Vec::<String>::new());
    let guard = BreakGuard::take(&folder, lock, None).unwrap().unwrap();
    assert_eq!(names(dir.path()), ["b.json.lock.break"]);
    drop(guard);
    assert_eq!(names(dir.path()), Vec::<String>::new());
}

/// A folder given an inode flag (`chattr +a`: files may be made in it but
/// not removed; `chattr +i`: nothing may be made or removed) for as long as
/// it lives. None where this system or user cannot do that.
#[cfg(target_os = "linux")]
pub(super) struct DirFlag(std::fs::File, rustix::fs::IFlags);

#[cfg(target_os = "linux")]
impl DirFlag {
    pub(super) fn set(dir: &Path, flag: rustix::fs::IFlags) -> Option<DirFlag> {
        use rustix::fs::{ioctl_getflags, ioctl_setflags};
        let f = std::fs::File::open(dir).ok()?;
        let flags = ioctl_getflags(&f).ok()?;
        ioctl_setflags(&f, flags | flag).ok()?;
        Some(DirFlag(f, flag))
    }

    pub(super) fn append_only(dir: &Path) -> Option<DirFlag> {
        DirFlag::set(dir, rustix::fs::IFlags::APPEND)
    }
}

#[cfg(target_os = "linux")]
impl Drop for DirFlag {
    fn drop(&mut self) {
        use rustix::fs::{ioctl_getflags, ioctl_setflags};
        if let Ok(flags) = ioctl_getflags(&self.0) {
            let _ = ioctl_setflags(&self.0, flags - self.1);
        }
    }
}

/// A lock file `name` in `dir` holding `bytes`, `age` old.
fn plant(dir: &Path, name: &str, bytes: &[u8], age: Duration) {
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    let mut f = std::fs::File::create(&path).unwrap();
    f.write_all(bytes).unwrap();
    f.set_modified(SystemTime::now() - age).unwrap();
}

const HOUR: Duration = Duration::from_secs(3600);

/// Under `.break`, a breaker removes the lock only when it is the very lock
/// it judged and that lock may still be broken: not another stale lock
/// that took its place (that one is judged afresh), and not the same lock
/// of a live holder.
#[test]
fn a_breaker_removes_only_the_very_lock_it_judged_while_it_may_be_broken() {
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    let name = OsStr::new("b.json.lock");
    let lock = dir.path().join("b.json.lock");
    let me = Machine::here();
    // Judged: an hour-old empty lock. Now there: an hour-old lock of garbage.
    plant(dir.path(), "b.json.lock", b"", HOUR);
    let judged = inspect(&folder, name).unwrap().unwrap();
    plant(dir.path(), "b.json.lock", b"garbage", HOUR);
    assert!(!break_if_same(&folder, name, &judged, &me, None).unwrap());
    assert_eq!(std::fs::read(&lock).unwrap(), b"garbage");
    // The very lock, an hour old, of this very process (alive: never
    // broken automatically).
    let live = Holder::me("live".to_string()).to_text();
    plant(dir.path(), "b.json.lock", live.as_bytes(), HOUR);
    let judged = inspect(&folder, name).unwrap().unwrap();
    assert!(!break_if_same(&folder, name, &judged, &me, None).unwrap());
    assert_eq!(std::fs::read_to_string(&lock).unwrap(), live);
    // The very lock, an hour-old empty one: removed.
    plant(dir.path(), "b.json.lock", b"", HOUR);
    let judged = inspect(&folder, name).unwrap().unwrap();
    assert!(break_if_same(&folder, name, &judged, &me, None).unwrap());
    assert_eq!(names(dir.path()), Vec::<String>::new());
}

/// A stale lock the breaker may not remove (a folder where files may be
/// made but not removed) is an error, not "gone".
#[cfg(target_os = "linux")]
#[test]
fn a_stale_lock_that_cannot_be_removed_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    let name = OsStr::new("b.json.lock");
    plant(dir.path(), "b.json.lock", b"", HOUR);
    let judged = inspect(&folder, name).unwrap().unwrap();
    let Some(append_only) = DirFlag::append_only(dir.path()) else {
        eprintln!("skipped: this folder cannot be made append-only here");
        return;
    };
    let res = break_if_same(&folder, name, &judged, &Machine::here(), None);
    drop(append_only);
    assert!(matches!(res, Err(LockError::Fs(_))), "{res:?}");
    assert!(dir.path().join("b.json.lock").exists());
}

/// A writer waiting for a lock it may not break yet (another breaker holds
/// `.break`) pauses 1, 2, then 4 ms at least between looks: within 200 ms
/// it looks at most 53 times (the looks before the last two are 3 + 4 × 49
/// ms < 200 ms apart at least). It never spins.
#[test]
fn a_waiting_writer_backs_off_to_pauses_of_milliseconds() {
    use std::cell::Cell;
    use std::rc::Rc;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.json"), "{}").unwrap();
    plant(dir.path(), "b.json.lock", b"", HOUR);
    plant(dir.path(), "b.json.lock.break", b"nonce", Duration::ZERO);
    let folder = Folder::open(dir.path()).unwrap();
    let looks = Rc::new(Cell::new(0));
    let counted = Rc::clone(&looks);
    seam::set(move |p| {
        if p == seam::Point::JudgedStale {
            counted.set(counted.get() + 1);
        }
    });
    let res = acquire_in(&folder, OsStr::new("b.json"), Duration::from_millis(200));
    seam::set(|_| {});
    assert!(matches!(res, Err(LockError::Stale { .. })), "{res:?}");
    assert!((1..=53).contains(&looks.get()), "{} looks", looks.get());
}

/// A `.break` that cannot be made for another reason than "another breaker
/// has it" (here: its name is one byte too long for the file system, while
/// the lock's fits) is an error, not "busy".
#[test]
fn a_break_file_that_cannot_be_made_is_an_error_not_busy() {
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    // 250 bytes: `.break` makes it 256, one more than file systems allow.
    let lock = "l".repeat(250);
    let res = BreakGuard::take(&folder, OsStr::new(&lock), None);
    assert!(
        matches!(res, Err(LockError::Fs(_))),
        "{:?}",
        res.map(|g| g.is_some())
    );
    assert_eq!(names(dir.path()), Vec::<String>::new());
}

/// A lock that cannot be made for another reason than "someone holds it"
/// (a folder where nothing may be made: `chattr +i`) is that error: the
/// writer neither waits for a lock that is not there nor takes it for held.
/// Should the writer still be at it after ten seconds, the folder is made
/// writable again (so that a writer that kept trying takes the lock).
#[cfg(target_os = "linux")]
#[test]
fn a_lock_that_cannot_be_made_is_that_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.json"), "{}").unwrap();
    let Some(immutable) = DirFlag::set(dir.path(), rustix::fs::IFlags::IMMUTABLE) else {
        eprintln!("skipped: this folder cannot be made immutable here");
        return;
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let path = dir.path().to_path_buf();
    std::thread::spawn(move || {
        let folder = Folder::open(&path).unwrap();
        let res = acquire_in(&folder, OsStr::new("b.json"), Duration::ZERO);
        let _ = tx.send(res.map(drop));
    });
    let res = rx.recv_timeout(Duration::from_secs(10));
    drop(immutable);
    let res = res.unwrap_or_else(|_| rx.recv().unwrap());
    assert!(
        matches!(&res, Err(LockError::Fs(e)) if e.kind != FsErrorKind::AlreadyExists),
        "{res:?}"
    );
    assert_eq!(names(dir.path()), ["b.json"]);
}

/// A busy or stale lock names its holder: host, process and time, or "an
/// unknown holder" when the lock names nobody.
#[test]
fn a_lock_error_names_its_holder() {
    let holder = Holder {
        host: "vm".into(),
        pid: 42,
        at: "2026-11-24T08:00:00+01:00".into(),
        nonce: None,
        ids: None,
    };
    let busy = LockError::Busy {
        board: PathBuf::from("b.json"),
        holder: Some(holder),
    };
    assert_eq!(
        busy.to_string(),
        "b.json is locked by vm (pid 42) since 2026-11-24T08:00:00+01:00"
    );
    let stale = LockError::Stale {
        board: PathBuf::from("b.json"),
        holder: None,
    };
    assert_eq!(
        stale.to_string(),
        "b.json has a stale lock left by an unknown holder"
    );
}

/// A lock in use whose time is far in the future (no measure of its age):
/// a writer that did not wait reports it busy; one that waited and still
/// finds it names it stale (`tavle unlock` says what it is).
#[test]
fn a_future_dated_lock_in_use_is_busy_at_once_and_stale_after_a_wait() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.json"), "{}").unwrap();
    // This very process's lock (alive: never broken), dated a year ahead.
    let live = Holder::me("live".to_string()).to_text();
    let path = dir.path().join("b.json.lock");
    std::fs::write(&path, &live).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(SystemTime::now() + Duration::from_secs(365 * 24 * 3600))
        .unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    let board = OsStr::new("b.json");
    let res = acquire_in(&folder, board, Duration::ZERO);
    assert!(matches!(res, Err(LockError::Busy { .. })), "{res:?}");
    let res = acquire_in(&folder, board, Duration::from_millis(20));
    assert!(matches!(res, Err(LockError::Stale { .. })), "{res:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), live);
}

/// A breaker removes `.break` only when it is still its own: the same file
/// with its own nonce in it. Another breaker's (here: the same file number,
/// as a freed inode may be reused, with another nonce; or another file with
/// the same bytes) stays.
#[test]
fn a_breaker_leaves_another_breakers_break_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    let name = OsString::from("b.json.lock.break");
    std::fs::write(dir.path().join(&name), "theirs").unwrap();
    let id = folder.stat(&name, false).unwrap().unwrap().id;
    drop(BreakGuard {
        folder: &folder,
        name: name.clone(),
        id,
        nonce: "mine".into(),
    });
    assert_eq!(names(dir.path()), ["b.json.lock.break"]);
    drop(BreakGuard {
        folder: &folder,
        name: name.clone(),
        id: (id.0, id.1 + 1),
        nonce: "theirs".into(),
    });
    assert_eq!(names(dir.path()), ["b.json.lock.break"]);
    drop(BreakGuard {
        folder: &folder,
        name,
        id,
        nonce: "theirs".into(),
    });
    assert_eq!(names(dir.path()), Vec::<String>::new());
}

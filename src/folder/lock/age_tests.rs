//! Tests of a lock's age as seen by tavle, and (through the memo of first
//! sightings, which a test here can hold) of a breaker stopped while it
//! judges a lock.

use super::*;
use crate::folder::safe_fs::NodeKind;

fn meta(modified: Option<SystemTime>) -> Meta {
    Meta {
        kind: NodeKind::File,
        len: 1,
        modified,
        id: (1, 1),
        mode: 0o644,
        gid: None,
        readonly: false,
    }
}

/// A time exactly `FUTURE_SKEW` ahead is clock skew, not a future time.
#[test]
fn a_time_exactly_the_skew_ahead_is_not_in_the_future() {
    let now = SystemTime::now();
    let at = |secs: u64| meta(Some(now + Duration::from_secs(secs)));
    assert_eq!(future_time(&at(60), now), None);
    let beyond = now + Duration::from_secs(60) + Duration::from_nanos(1);
    assert_eq!(future_time(&meta(Some(beyond)), now), Some(beyond));
    assert_eq!(future_time(&meta(None), now), None);
}

/// Whether thread `task` (a `/proc/thread-self` target) waits on a futex
/// (a lock held elsewhere) right now.
#[cfg(target_os = "linux")]
fn waits_on_lock(task: &std::path::Path) -> bool {
    std::fs::read_to_string(std::path::Path::new("/proc").join(task).join("wchan"))
        .is_ok_and(|w| w.contains("futex"))
}

/// A lock that vanishes between the breaker's second look and its remove
/// (its holder released it, or another breaker removed it) is gone: not an
/// error. The breaker is held inside its judging (this test holds the memo
/// of first sightings, which judging a future-dated lock asks) while the
/// lock is removed.
#[cfg(target_os = "linux")]
#[test]
fn a_lock_removed_while_the_breaker_judged_it_is_gone_not_an_error() {
    use crate::folder::lock::machine::Machine;
    use crate::folder::lock::{break_if_same, inspect, seam};
    use crate::folder::safe_fs::Folder;
    use std::ffi::OsStr;
    let dir = tempfile::tempdir().unwrap();
    let lock = dir.path().join("b.json.lock");
    let year = Duration::from_secs(365 * 24 * 3600);
    let f = std::fs::File::create(&lock).unwrap();
    f.set_modified(SystemTime::now() + year).unwrap();
    drop(f);
    let name = OsStr::new("b.json.lock");
    let judged = inspect(&Folder::open(dir.path()).unwrap(), name)
        .unwrap()
        .unwrap();
    let memo = {
        let mut memo = FIRST_SEEN.lock().unwrap_or_else(|e| e.into_inner());
        // First seen an hour ago: an empty lock that old is a crash.
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        memo.push((Sighting::of(&judged.meta, &judged.bytes), hour_ago));
        memo
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let path = dir.path().to_path_buf();
    let breaker = std::thread::spawn(move || {
        let task = std::fs::read_link("/proc/thread-self").ok();
        seam::set(move |p| {
            if p == seam::Point::Made {
                let _ = tx.send(task.clone());
            }
        });
        let folder = Folder::open(&path).unwrap();
        break_if_same(&folder, name, &judged, &Machine::here(), None)
    });
    // `.break` is taken; wait (up to ten seconds) until the breaker waits for
    // the memo, i.e. has looked at the lock again and is judging it.
    if let Ok(Some(task)) = rx.recv() {
        for _ in 0..1000 {
            if waits_on_lock(&task) {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    std::fs::remove_file(&lock).unwrap();
    drop(memo);
    let res = breaker.join().unwrap();
    assert!(matches!(res, Ok(true)), "{res:?}");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}

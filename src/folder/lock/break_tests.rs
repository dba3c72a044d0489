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

//! More tests of the board files in a folder (run 16's survivors).

use super::*;

/// A crashed writer's temp file is a leftover once it is three minutes old;
/// one a writer is writing now is not.
#[test]
fn only_an_old_temp_file_is_a_leftover() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.json"), "{}").unwrap();
    std::fs::write(dir.path().join(".b.json.111.tmp"), "now").unwrap();
    let old = std::fs::File::create(dir.path().join(".b.json.222.tmp")).unwrap();
    old.set_modified(SystemTime::now() - Duration::from_secs(3600))
        .unwrap();
    drop(old);
    let folder = Folder::open(dir.path()).unwrap();
    let found = leftovers(&folder, Some(OsStr::new("b.json")));
    // Of no known machine: its process is not asked for (not dead).
    let seen: Vec<(&OsStr, u32, bool, bool)> = found
        .iter()
        .map(|l| (l.name.as_os_str(), l.pid, l.this_host, l.dead))
        .collect();
    assert_eq!(seen, [(OsStr::new(".b.json.222.tmp"), 222, false, false)]);
    assert!(found[0].age >= Duration::from_secs(3600));
}

/// Another machine's temp file (its process cannot be asked) is removed
/// only once it is an hour old.
#[test]
fn another_machines_temp_file_goes_after_an_hour() {
    let left = |age: u64| Leftover {
        path: PathBuf::from(".b.json.7-0badcafe.x1.tmp"),
        name: OsString::from(".b.json.7-0badcafe.x1.tmp"),
        pid: 7,
        this_host: false,
        dead: false,
        age: Duration::from_secs(age),
        regular: true,
    };
    assert!(!left(10 * 60).removable());
    assert!(!left(59 * 60).removable());
    assert!(left(60 * 60).removable());
    assert!(left(2 * 60 * 60).removable());
}

/// This machine's temp file goes only when its process is known to be gone,
/// however old it is.
#[test]
fn this_machines_temp_file_goes_only_when_its_process_is_gone() {
    let left = |dead: bool| Leftover {
        path: PathBuf::from(".b.json.7-0badcafe.x1.tmp"),
        name: OsString::from(".b.json.7-0badcafe.x1.tmp"),
        pid: 7,
        this_host: true,
        dead,
        age: Duration::from_secs(2 * 60 * 60),
        regular: true,
    };
    assert!(!left(false).removable());
    assert!(left(true).removable());
}

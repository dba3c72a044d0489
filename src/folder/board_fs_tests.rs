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

/// A tag of a machine that is not this one, for temp file names.
fn other_host() -> &'static str {
    let here = host_tag(&platform::hostname());
    ["0badcafe", "deadbeef"]
        .into_iter()
        .find(|t| *t != here)
        .unwrap()
}

/// An old temp file of `name` (age in minutes) in `dir`.
fn old_temp(dir: &Path, name: &str, minutes: u64) {
    let f = std::fs::File::create(dir.join(name)).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(minutes * 60))
        .unwrap();
}

/// The save removes the leftovers of its own board that may go, and says
/// how many: none when there are none, every one of them when there are
/// several; another board's and a young one stay.
#[test]
fn remove_leftovers_counts_what_it_removed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.json"), "{}").unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    assert_eq!(remove_leftovers(&folder, OsStr::new("b.json")), 0);
    let host = other_host();
    let gone = [
        format!(".b.json.7-{host}.x1.tmp"),
        format!(".b.json.8-{host}.x2.tmp"),
    ];
    let stay = [
        // Another machine's, ten minutes old: its writer may be alive.
        format!(".b.json.9-{host}.x3.tmp"),
        // Another board's.
        format!(".c.json.7-{host}.x4.tmp"),
    ];
    old_temp(dir.path(), &gone[0], 120);
    old_temp(dir.path(), &gone[1], 90);
    old_temp(dir.path(), &stay[0], 10);
    old_temp(dir.path(), &stay[1], 120);
    assert_eq!(remove_leftovers(&folder, OsStr::new("b.json")), 2);
    for name in &gone {
        assert!(!dir.path().join(name).exists(), "{name}");
    }
    for name in &stay {
        assert!(dir.path().join(name).exists(), "{name}");
    }
    assert_eq!(remove_leftovers(&folder, OsStr::new("b.json")), 0);
}

/// A name that cannot be examined for another reason than its absence (a
/// path through a file) is skipped as unreadable, not taken for missing.
#[cfg(unix)]
#[test]
fn an_entry_that_cannot_be_examined_is_unreadable_not_missing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("f");
    std::fs::write(&file, "x").unwrap();
    let e = entry(&file, OsStr::new("b.json"));
    assert!(matches!(e, Entry::Skipped(SkipWhy::Unreadable(_))), "{e:?}");
    assert_eq!(entry(dir.path(), OsStr::new("none.json")), Entry::Missing);
}

/// A temp file is a leftover once it is three minutes old: at two and a
/// half minutes its writer may still be saving, at three and a third it is
/// one (of another machine here, so it is listed, not removed).
#[test]
fn a_temp_file_is_a_leftover_after_three_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let host = other_host();
    let young = format!(".b.json.7-{host}.x1.tmp");
    let old = format!(".b.json.8-{host}.x2.tmp");
    let f = std::fs::File::create(dir.path().join(&young)).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(150))
        .unwrap();
    let f = std::fs::File::create(dir.path().join(&old)).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(200))
        .unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    let found: Vec<OsString> = leftovers(&folder, Some(OsStr::new("b.json")))
        .into_iter()
        .map(|l| l.name)
        .collect();
    assert_eq!(found, [OsString::from(&old)]);
}

/// This machine's temp file whose writer is alive (this very process) is
/// listed as a leftover of a live writer, not a dead one, and stays.
#[test]
fn a_temp_file_of_a_live_writer_here_stays() {
    let dir = tempfile::tempdir().unwrap();
    let here = host_tag(&platform::hostname());
    let name = format!(".b.json.{}-{here}.x1.tmp", std::process::id());
    old_temp(dir.path(), &name, 120);
    let folder = Folder::open(dir.path()).unwrap();
    let found = leftovers(&folder, Some(OsStr::new("b.json")));
    let seen: Vec<(bool, bool)> = found.iter().map(|l| (l.this_host, l.dead)).collect();
    assert_eq!(seen, [(true, false)]);
    assert_eq!(remove_leftovers(&folder, OsStr::new("b.json")), 0);
    assert!(dir.path().join(&name).exists());
}

/// A temp name of ours has an owner `PID-HOST` with a host tag of eight hex
/// digits and an alphanumeric token: a name off in any one part is not ours.
#[test]
fn a_temp_name_off_in_one_part_is_not_ours() {
    let b = Some(OsStr::new("b.json"));
    let ok = parse_temp_name(OsStr::new(".b.json.7-0badcafe.x1.tmp"), b).unwrap();
    assert_eq!((ok.pid, ok.host.as_deref()), (7, Some("0badcafe")));
    for name in [
        // The token.
        ".b.json.7-0badcafe.x_1.tmp",
        // The host tag: too short, not hex.
        ".b.json.7-0badcaf.x1.tmp",
        ".b.json.7-0badcafg.x1.tmp",
    ] {
        assert!(parse_temp_name(OsStr::new(name), b).is_none(), "{name}");
    }
}

/// A leftover says whether it is a regular file (what else is at a temp
/// name is reported as such).
#[test]
fn a_leftover_says_whether_it_is_a_regular_file() {
    let dir = tempfile::tempdir().unwrap();
    let host = other_host();
    let file = format!(".b.json.7-{host}.x1.tmp");
    old_temp(dir.path(), &file, 120);
    let folder = Folder::open(dir.path()).unwrap();
    let found = leftovers(&folder, Some(OsStr::new("b.json")));
    assert_eq!(found.len(), 1);
    assert!(found[0].regular);
}
